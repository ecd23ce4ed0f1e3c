// Query keys in one place, so a mutation invalidates exactly what it changed.
export const queryKeys = {
  me: ['me'] as const,
  checklist: ['checklist'] as const,
  companySettings: ['settings', 'company'] as const,
  moduleTemplates: ['module-templates'] as const,
  modules: ['modules'] as const,
  module: (id: string) => ['modules', id] as const,
  users: ['users'] as const,
};
