// Who may do what: roles of DESIGN.md step 7 and the capability each route declares it needs.
export const ROLES = ['admin', 'manager', 'user', 'restricted'] as const;
export type Role = (typeof ROLES)[number];

/**
 * What a route requires of the caller. `public`: nobody need be signed in; `signedIn`: any
 * active user of the workspace; `settings`: workspace configuration, admins only.
 */
export type Requirement = 'public' | 'signedIn' | 'settings';

export function roleMeets(role: Role, requirement: Requirement): boolean {
  switch (requirement) {
    case 'public':
    case 'signedIn':
      return true;
    case 'settings':
      return role === 'admin';
  }
}

export const MODULE_ACCESS = ['none', 'read', 'write'] as const;
export type ModuleAccess = (typeof MODULE_ACCESS)[number];

/** Admins reach every module; anyone else what the admin granted them, nothing by default. */
export function effectiveModuleAccess(role: Role, granted: ModuleAccess | undefined): ModuleAccess {
  return role === 'admin' ? 'write' : (granted ?? 'none');
}

export function accessAllows(access: ModuleAccess, needed: 'read' | 'write'): boolean {
  return needed === 'read' ? access !== 'none' : access === 'write';
}

/** Restricted users see only the cards they own (and, once tasks exist, hold an open task on). */
export function seesOnlyOwnCards(role: Role): boolean {
  return role === 'restricted';
}
