import { describe, expect, it } from 'vitest';
import { checklistState, type ChecklistFacts } from './checklist';

const completeModule = {
  openStatuses: 2,
  wonStatuses: 1,
  lostStatuses: 1,
  fields: 3,
  taskTypes: 2,
};
const fresh: ChecklistFacts = {
  company: { name: 'Firma SRL', taxId: '', address: '', city: '', email: '' },
  activeModules: [],
  otherActiveUsers: 0,
  nonAdminsWithModuleAccess: 0,
  nonAdminUsers: 0,
};

function done(facts: ChecklistFacts) {
  return Object.fromEntries(checklistState(facts).map((s) => [s.key, s.done]));
}

describe('checklistState', () => {
  it('shows nothing done on a workspace that only has a name', () => {
    expect(Object.values(done(fresh))).toEqual([false, false, false, false, false, false, false]);
  });

  it('ticks company settings only once name, tax id, address, city and e-mail are filled', () => {
    const company = {
      name: 'Firma SRL',
      taxId: '18547290',
      address: 'Str. Mare 1',
      city: 'Iași',
      email: 'a@b.ro',
    };
    expect(done({ ...fresh, company }).company).toBe(true);
    expect(done({ ...fresh, company: { ...company, city: ' ' } }).company).toBe(false);
  });

  it.each([
    ['pipeline', { lostStatuses: 0 }],
    ['fields', { fields: 0 }],
    ['taskTypes', { taskTypes: 0 }],
  ] as const)('leaves %s open while one active module lacks it', (step, gap) => {
    const facts = { ...fresh, activeModules: [completeModule, { ...completeModule, ...gap }] };
    expect(done(facts)[step]).toBe(false);
    expect(done({ ...fresh, activeModules: [completeModule] })[step]).toBe(true);
  });

  it('ticks users when another active user exists, and rights when each has module access', () => {
    const invited = {
      ...fresh,
      otherActiveUsers: 2,
      nonAdminUsers: 2,
      nonAdminsWithModuleAccess: 1,
    };
    expect(done(invited).users).toBe(true);
    expect(done(invited).rights).toBe(false);
    expect(done({ ...invited, nonAdminsWithModuleAccess: 2 }).rights).toBe(true);
  });
});
