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
