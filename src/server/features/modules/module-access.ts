// Whether an actor may read or write a module, given the module (if it exists) and their grant.
import { Conflict, Forbidden, NotFound } from '../../../domain/errors';
import {
  accessAllows,
  effectiveModuleAccess,
  type ModuleAccess,
} from '../../../domain/permissions';
import type { Actor } from '../../context';

/**
 * 404 when the module does not exist or the actor may not even see it, 403 when they may see but
 * not write it; writing into an archived module is refused (409): restore it first.
 */
export function checkModuleAccess(
  actor: Actor,
  module: { archivedAt: string | null } | undefined,
  granted: ModuleAccess | undefined,
  needed: 'read' | 'write',
): asserts module {
  if (!module) throw new NotFound('module');
  const access = effectiveModuleAccess(actor.role, granted);
  if (!accessAllows(access, 'read')) throw new NotFound('module');
  if (!accessAllows(access, needed))
    throw new Forbidden('you have read-only access to this module');
  if (needed === 'write' && module.archivedAt !== null) {
    throw new Conflict(
      'module_archived',
      'this module is archived; restore it to change its cards',
    );
  }
}
