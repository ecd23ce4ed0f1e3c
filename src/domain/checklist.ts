// The administrator's seven-step checklist (DESIGN.md), each step ticked from live data alone.
// The rule of each step is written beside it; docs/checklist.md repeats them for admins.

export const CHECKLIST_STEPS = [
  'company',
  'modules',
  'pipeline',
  'fields',
  'taskTypes',
  'users',
  'rights',
] as const;
export type ChecklistStepKey = (typeof CHECKLIST_STEPS)[number];

/** What the rules look at, gathered by the service. */
export type ChecklistFacts = {
  company: { name: string; taxId: string; address: string; city: string; email: string };
  /** One entry per active (not archived) module. */
  activeModules: {
    openStatuses: number;
    wonStatuses: number;
    lostStatuses: number;
    fields: number;
    taskTypes: number;
  }[];
  /** Active users other than admins, and how many of them have access to any module. */
  otherActiveUsers: number;
  nonAdminsWithModuleAccess: number;
  nonAdminUsers: number;
};

const filled = (value: string) => value.trim() !== '';
const everyModule = (
  facts: ChecklistFacts,
  rule: (m: ChecklistFacts['activeModules'][number]) => boolean,
) => facts.activeModules.length > 0 && facts.activeModules.every(rule);

const RULES: Record<ChecklistStepKey, (facts: ChecklistFacts) => boolean> = {
  // 1. The legal data an invoice needs: name, tax id, address, city and a contact e-mail.
  company: ({ company }) =>
    [company.name, company.taxId, company.address, company.city, company.email].every(filled),
  // 2. At least one module in use.
  modules: (facts) => facts.activeModules.length > 0,
  // 3. Every active module's pipeline can end: an open status, a won one and a lost one.
  pipeline: (facts) =>
    everyModule(facts, (m) => m.openStatuses > 0 && m.wonStatuses > 0 && m.lostStatuses > 0),
  // 4. Every active module's cards carry at least one custom field.
  fields: (facts) => everyModule(facts, (m) => m.fields > 0),
  // 5. Every active module has at least one task type.
  taskTypes: (facts) => everyModule(facts, (m) => m.taskTypes > 0),
  // 6. The admin is not alone: another active user exists (an accepted invitation).
  users: (facts) => facts.otherActiveUsers > 0,
  // 7. Every non-admin user has been granted access to at least one module.
  rights: (facts) =>
    facts.nonAdminUsers > 0 && facts.nonAdminsWithModuleAccess === facts.nonAdminUsers,
};

export function checklistState(facts: ChecklistFacts): { key: ChecklistStepKey; done: boolean }[] {
  return CHECKLIST_STEPS.map((key) => ({ key, done: RULES[key](facts) }));
}
