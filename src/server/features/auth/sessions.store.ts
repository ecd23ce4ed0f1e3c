// SQL for sessions: a session row is looked up by the hash of the cookie's token.
import type { DatabaseKind } from '../../db/connection';
import { sql } from '../../db/sql-text';
import type { Executor } from '../../context';

export type SessionRow = {
  id: string;
  workspaceId: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
};

type LiveSession = {
  id: string;
  workspaceId: string;
  userId: string;
  csrfToken: string;
  role: string;
  setupVersion: number;
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
 * workspace's setup version, which says whether the setup kept in memory is current. Run before
 * every signed-in request, so it is a SQL template (db/sql-text), not a query-builder chain.
 */
export async function findLiveSession(db: Executor, kind: DatabaseKind, id: string, now: string) {
  const rows = await sql<LiveSession>`select sessions.id as id,
      sessions.workspace_id as "workspaceId", sessions.user_id as "userId",
      sessions.csrf_token as "csrfToken", users.role as role,
      workspaces.setup_version as "setupVersion", sessions.expires_at as "expiresAt"
    from sessions
    inner join users on users.id = sessions.user_id and users.workspace_id = sessions.workspace_id
    inner join workspaces on workspaces.id = sessions.workspace_id
    where sessions.id = ${id} and sessions.expires_at > ${now} and users.is_active = 1`.rows(
    db,
    kind,
  );
  return rows[0];
}

export async function deleteSession(db: Executor, workspaceId: string, id: string) {
  await db
    .deleteFrom('sessions')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}
