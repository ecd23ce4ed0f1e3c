// SQL for users of a workspace.
import type { Executor } from '../../context';
import type { Locale } from '../../../domain/locale';
import type { Role } from '../../../domain/permissions';

export type NewUser = {
  id: string;
  workspaceId: string;
  name: string;
  email: string;
  passwordHash: string | null;
  role: Role;
  locale: Locale;
  timeZone: string;
  createdAt: string;
};

export async function insertUser(db: Executor, user: NewUser) {
  await db
    .insertInto('users')
    .values({
      id: user.id,
      workspace_id: user.workspaceId,
      name: user.name,
      email: user.email,
      password_hash: user.passwordHash,
      role: user.role,
      locale: user.locale,
      time_zone: user.timeZone,
      created_at: user.createdAt,
    })
    .execute();
}

/** Sign-in looks an e-mail up before any workspace is known; e-mails are unique. */
export async function findUserForSignIn(db: Executor, email: string) {
  return db
    .selectFrom('users')
    .select([
      'id',
      'workspace_id as workspaceId',
      'password_hash as passwordHash',
      'is_active as isActive',
    ])
    .where('email', '=', email)
    .executeTakeFirst();
}

export async function emailExists(db: Executor, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  return row !== undefined;
}

const userColumns = [
  'id',
  'name',
  'email',
  'role',
  'position',
  'locale',
  'time_zone as timeZone',
  'is_active as isActive',
] as const;

export async function findUser(db: Executor, workspaceId: string, userId: string) {
  return db
    .selectFrom('users')
    .select(userColumns)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', userId)
    .executeTakeFirst();
}

export async function listUsers(
  db: Executor,
  workspaceId: string,
  page: { limit: number; after?: { name: string; id: string } },
) {
  let query = db
    .selectFrom('users')
    .select(userColumns)
    .where('workspace_id', '=', workspaceId)
    .orderBy('name')
    .orderBy('id')
    .limit(page.limit + 1);
  const after = page.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('name', '>', after.name),
        eb.and([eb('name', '=', after.name), eb('id', '>', after.id)]),
      ]),
    );
  }
  return query.execute();
}
