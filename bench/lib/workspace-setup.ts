// The workspace the benchmark data lives in, made the way the app makes one: sign-up through the
// API with the five template modules, then fields up to 20 per module and 49 more users through
// the stores the services use.
import { randomUUID } from 'node:crypto';
import { keyOptions } from '../../src/domain/fields/field-key';
import type { FieldDefinition } from '../../src/domain/fields/field-definition';
import type { Role } from '../../src/domain/permissions';
import type { ModuleTemplateKey } from '../../src/domain/templates/template.types';
import { buildApp } from '../../src/server/app';
import type { AppContext } from '../../src/server/context';
import {
  loadFieldDefinitions,
  loadStatuses,
  type StatusInfo,
} from '../../src/server/features/cards/card-context.store';
import { insertFields } from '../../src/server/features/fields/fields.store';
import { listModules } from '../../src/server/features/modules/modules.store';
import { insertUser } from '../../src/server/features/users/users.store';
import { newId, nowIso } from '../../src/server/ids';
import { EXTRA_FIELDS, FIELDS_PER_MODULE } from './extra-fields';
import type { Random } from './random';
import { FIRST_NAMES, LAST_NAMES } from './romanian';

export const BENCH_PASSWORD = 'parola benchmark Carta';
const TEMPLATES: ModuleTemplateKey[] = [
  'sales',
  'projects',
  'helpdesk',
  'recruitment',
  'invoicing',
];
const USER_COUNT = 50;

export type BenchModule = {
  id: string;
  template: string;
  statuses: StatusInfo[];
  fields: FieldDefinition[];
};

export type BenchWorkspace = {
  workspaceId: string;
  adminId: string;
  email: string;
  userIds: string[];
  modules: BenchModule[];
};

async function signUp(ctx: AppContext, email: string) {
  const app = await buildApp(ctx);
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/signup',
    payload: {
      company: 'Carta Benchmark SRL',
      admin: { name: 'Ana Benchmark', email, password: BENCH_PASSWORD },
      modules: TEMPLATES,
      sampleData: false,
      locale: 'ro',
    },
  });
  await app.close();
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.body}`);
  const me = response.json<{ user: { id: string }; workspace: { id: string } }>();
  return { workspaceId: me.workspace.id, adminId: me.user.id };
}

async function addFields(ctx: AppContext, workspaceId: string, moduleId: string) {
  const present = await loadFieldDefinitions(ctx.db, workspaceId, moduleId);
  const taken = new Set(present.map((field) => field.key));
  const extra = EXTRA_FIELDS.filter((field) => !taken.has(field.key));
  const now = nowIso();
  const rows = extra.slice(0, FIELDS_PER_MODULE - present.length).map((field, index) => {
    const keyed = field.options ? keyOptions(field.options.map((label) => ({ label }))) : null;
    if (keyed && !keyed.ok) throw new Error(keyed.message);
    return {
      id: newId(),
      key: field.key,
      label: field.label,
      type: field.type,
      section: 'Detalii',
      required: false,
      requiredFromStatusId: null,
      options: keyed?.ok ? keyed.options : null,
      helpText: '',
      position: present.length + index,
    };
  });
  await insertFields(ctx.db, workspaceId, moduleId, rows, now);
}

async function addUsers(ctx: AppContext, random: Random, workspaceId: string, adminId: string) {
  const admin = await ctx.db
    .selectFrom('users')
    .select('password_hash')
    .where('id', '=', adminId)
    .executeTakeFirstOrThrow();
  const roles: Role[] = ['manager', 'user', 'user', 'user', 'user', 'restricted'];
  const ids = [adminId];
  for (let n = 1; n < USER_COUNT; n++) {
    const id = newId();
    await insertUser(ctx.db, {
      id,
      workspaceId,
      name: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
      email: `user${n}-${randomUUID().slice(0, 8)}@bench.carta.test`,
      passwordHash: admin.password_hash,
      role: random.pick(roles),
      locale: 'ro',
      timeZone: 'Europe/Bucharest',
      createdAt: nowIso(),
    });
    ids.push(id);
  }
  return ids;
}

async function grantModules(
  ctx: AppContext,
  workspaceId: string,
  userIds: string[],
  moduleIds: string[],
) {
  const rows = userIds.slice(1).flatMap((userId) =>
    moduleIds.map((moduleId) => ({
      workspace_id: workspaceId,
      user_id: userId,
      module_id: moduleId,
      access: 'write',
    })),
  );
  await ctx.db.insertInto('module_access').values(rows).execute();
}

export async function setUpWorkspace(ctx: AppContext, random: Random): Promise<BenchWorkspace> {
  const email = `admin-${randomUUID().slice(0, 8)}@bench.carta.test`;
  const { workspaceId, adminId } = await signUp(ctx, email);
  const moduleRows = await listModules(ctx.db, workspaceId, { includeArchived: false });
  for (const module of moduleRows) await addFields(ctx, workspaceId, module.id);
  const userIds = await addUsers(ctx, random, workspaceId, adminId);
  await grantModules(
    ctx,
    workspaceId,
    userIds,
    moduleRows.map((m) => m.id),
  );
  const modules = [];
  for (const module of moduleRows) {
    modules.push({
      id: module.id,
      template: module.template,
      statuses: await loadStatuses(ctx.db, workspaceId, module.id),
      fields: await loadFieldDefinitions(ctx.db, workspaceId, module.id),
    });
  }
  return { workspaceId, adminId, email, userIds, modules };
}
