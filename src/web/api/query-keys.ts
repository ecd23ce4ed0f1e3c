// Query keys in one place, so a mutation invalidates exactly what it changed.
export const queryKeys = {
  me: ['me'] as const,
  checklist: ['checklist'] as const,
  companySettings: ['settings', 'company'] as const,
  moduleTemplates: ['module-templates'] as const,
  modules: ['modules'] as const,
  module: (id: string) => ['modules', id] as const,
  fields: (moduleId: string) => ['modules', moduleId, 'fields'] as const,
  users: ['users'] as const,
  contactSearch: (search: string) => ['contacts', 'search', search] as const,
  contact: (id: string) => ['contacts', id] as const,
  board: (moduleId: string) => ['board', moduleId] as const,
  card: (cardId: string) => ['cards', cardId] as const,
  cardHistory: (cardId: string) => ['cards', cardId, 'history'] as const,
  cardAttachments: (cardId: string) => ['cards', cardId, 'attachments'] as const,
  trash: ['trash'] as const,
};
