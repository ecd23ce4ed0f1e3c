// What the card screens read about a module on every request — the module, its statuses and
// fields, the caller's access to it and the workspace currency — kept in memory per workspace.
// The session look-up also reads the workspace's setup version, which triggers raise on every
// change to those tables (migration 0004), in any server process; a request that sees a newer
// version than the one kept starts afresh. A board or list request so runs its session look-up
// and its own statements, not four more. Writes still read the setup inside their transaction.
import type { Kysely } from 'kysely';
import type { ModuleAccess } from '../../../domain/permissions';
import type { Actor, AppContext } from '../../context';
import type { Database } from '../../db/schema';
import {
  activeFields,
  loadFieldDefinitions,
  loadStatuses,
  type LoadedField,
  type StatusInfo,
} from '../cards/card-context.store';
import { findCompanySettings } from '../settings/settings.store';
import { checkModuleAccess } from './module-access';
import * as store from './modules.store';

export type ModuleDefinition = Omit<store.ModuleRow, 'cardCount'>;

/** Shared by every request of the workspace: frozen, never to be changed by its readers. */
export type ModuleSetup = {
  module: Readonly<ModuleDefinition>;
  statuses: readonly Readonly<StatusInfo>[];
  /** Every field, archived ones included (card-context.store loadFieldDefinitions). */
  fields: readonly Readonly<LoadedField>[];
  /** The fields not archived, in order: what the board and the list filter, sort and show. */
  liveFields: readonly Readonly<LoadedField>[];
  currency: string;
};

type Definition = Omit<ModuleSetup, 'currency'>;

type WorkspaceSetup = {
  version: number;
  currency: Map<'currency', Promise<string>>;
  /** Modules that exist; an id that names none is not kept (ids come from URLs). */
  modules: Map<string, Promise<Definition | undefined>>;
  /** By `userId moduleId`, for modules that exist: what the user was granted. */
  grants: Map<string, Promise<ModuleAccess | undefined>>;
};

/** Workspaces kept per database, and modules and grants per workspace; the oldest go first. */
const MAX_WORKSPACES = 1000;
const MAX_ENTRIES = 2000;
const kept = new WeakMap<Kysely<Database>, Map<string, WorkspaceSetup>>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function workspaceSetup(db: Kysely<Database>, workspaceId: string, version: number) {
  let workspaces = kept.get(db);
  if (!workspaces) kept.set(db, (workspaces = new Map()));
  let setup = workspaces.get(workspaceId);
  workspaces.delete(workspaceId);
  // A request that read an older version may use a newer setup, as if it had come a moment later.
  if (!setup || setup.version < version) {
    setup = { version, currency: new Map(), modules: new Map(), grants: new Map() };
    if (workspaces.size >= MAX_WORKSPACES) workspaces.delete(workspaces.keys().next().value!);
  }
  workspaces.set(workspaceId, setup);
  return setup;
}

/** The promise kept under `key`, or a new load kept there; a load that fails is not kept. */
function remembered<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>) {
  let found = map.get(key);
  if (!found) {
    const loading = load().then(deepFreeze);
    loading.catch(() => forget(map, key, loading));
    if (map.size >= MAX_ENTRIES) map.delete(map.keys().next().value!);
    map.set(key, (found = loading));
  }
  return found;
}

function forget<T>(map: Map<string, Promise<T>>, key: string, kept: Promise<T>) {
  if (map.get(key) === kept) map.delete(key);
}

async function loadDefinition(db: Kysely<Database>, workspaceId: string, moduleId: string) {
  const [module, statuses, fields] = await Promise.all([
    store.findModuleDefinition(db, workspaceId, moduleId),
    loadStatuses(db, workspaceId, moduleId),
    loadFieldDefinitions(db, workspaceId, moduleId),
  ]);
  return module && { module, statuses, fields, liveFields: activeFields(fields) };
}

async function loadCurrency(db: Kysely<Database>, workspaceId: string) {
  return (await findCompanySettings(db, workspaceId))?.currency ?? 'RON';
}

/**
 * The module's setup, if the actor may read (or write) the module: as requireModuleAccess, 404
 * when they may not see it, 403 when they may see but not write it, 409 when writing into an
 * archived module. From memory when the actor's session carried the workspace's setup version.
 */
export async function moduleSetup(
  ctx: AppContext,
  actor: Actor,
  moduleId: string,
  needed: 'read' | 'write',
): Promise<ModuleSetup> {
  const { db } = ctx;
  const { workspaceId, userId } = actor;
  const grantOf = () =>
    actor.role === 'admin'
      ? Promise.resolve(undefined)
      : store.findModuleAccess(db, workspaceId, userId, moduleId);
  let definition: Definition | undefined;
  let granted: ModuleAccess | undefined;
  let currency: string;
  if (actor.setupVersion === undefined) {
    [definition, granted, currency] = deepFreeze(
      await Promise.all([
        loadDefinition(db, workspaceId, moduleId),
        grantOf(),
        loadCurrency(db, workspaceId),
      ]),
    );
  } else {
    const setup = workspaceSetup(db, workspaceId, actor.setupVersion);
    const grantKey = `${userId} ${moduleId}`;
    const keptDefinition = remembered(setup.modules, moduleId, () =>
      loadDefinition(db, workspaceId, moduleId),
    );
    const keptGrant =
      actor.role === 'admin' ? undefined : remembered(setup.grants, grantKey, grantOf);
    [definition, granted, currency] = await Promise.all([
      keptDefinition,
      keptGrant,
      remembered(setup.currency, 'currency', () => loadCurrency(db, workspaceId)),
    ]);
    if (!definition) {
      forget(setup.modules, moduleId, keptDefinition);
      if (keptGrant) forget(setup.grants, grantKey, keptGrant);
    }
  }
  checkModuleAccess(actor, definition?.module, granted, needed);
  return { ...definition!, currency };
}
