// SQL for sessions: a session row is looked up by the hash of the cookie's token.
import type { Executor } from '../../context';

export type SessionRow = {
  id: string;
  workspaceId: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
};

export async function insertSession(db: Executor, session: SessionRow & { createdAt: string }) {
  await db
    .insertInto('sessions')
    .values({
      id: session.id,
      workspace_id: session.workspaceId,
      user_id: session.userId,
      csrf_token: session.csrfToken,
      created_at: session.createdAt,
      expires_at: session.expiresAt,
    })
    .execute();
}

/**
 * The session with its user, only while both are valid: unexpired and the user active; and the
 * workspace's setup version, which says whether the setup kept in memory is current.
 */
export async function findLiveSession(db: Executor, id: string, now: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', (join) =>
      join
        .onRef('users.id', '=', 'sessions.user_id')
        .onRef('users.workspace_id', '=', 'sessions.workspace_id'),
    )
    .innerJoin('workspaces', 'workspaces.id', 'sessions.workspace_id')
    .select([
      'sessions.id',
      'sessions.workspace_id as workspaceId',
      'sessions.user_id as userId',
      'sessions.csrf_token as csrfToken',
      'users.role',
      'workspaces.setup_version as setupVersion',
    ])
    .where('sessions.id', '=', id)
    .where('sessions.expires_at', '>', now)
    .where('users.is_active', '=', 1)
    .executeTakeFirst();
}

export async function deleteSession(db: Executor, workspaceId: string, id: string) {
  await db
    .deleteFrom('sessions')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}
