// Sign-up, sign-in, sign-out and the session behind every request.
import { randomBytes } from 'node:crypto';
import { passwordProblems } from '../../../domain/auth/password-policy';
import {
  Conflict,
  TooManyRequests,
  Unauthenticated,
  ValidationFailed,
} from '../../../domain/errors';
import type { Locale } from '../../../domain/locale';
import type { Role } from '../../../domain/permissions';
import type { Actor, AppContext } from '../../context';
import { newId, nowIso } from '../../ids';
import { createModuleFromTemplate } from '../modules/modules.service';
import { ensureSampleContacts } from '../sample-data/sample-data.service';
import { logoUrl } from '../settings/settings.service';
import { findCompanySettings, insertCompanySettings } from '../settings/settings.store';
import { emailExists, findUser, findUserForSignIn, insertUser } from '../users/users.store';
import type { LoginInput, Me, SignUpInput } from './auth.schemas';
import { clearFailures, countFailuresSince, recordFailure } from './login-failures.store';
import { hashPassword, verifyPassword } from './passwords';
import { newToken, sessionIdOf } from './session-tokens';
import { keptSession, liveSession, lookUpSession } from './live-sessions';
import * as sessions from './sessions.store';

// Sign-in throttle: per e-mail it stops password guessing, per address it stops spraying.
const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES_PER_EMAIL = 10;
const MAX_FAILURES_PER_IP = 50;

export type NewSession = { token: string; expiresAt: string };

async function openSession(
  ctx: AppContext,
  db: AppContext['db'],
  actor: Actor,
): Promise<NewSession> {
  const token = newToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ctx.config.sessionTtlHours * 3600_000).toISOString();
  await sessions.insertSession(db, {
    id: sessionIdOf(token),
    workspaceId: actor.workspaceId,
    userId: actor.userId,
    csrfToken: randomBytes(24).toString('base64url'),
    createdAt: now.toISOString(),
    expiresAt,
  });
  return { token, expiresAt };
}

function checkPassword(password: string, email: string, path: string) {
  const problems = passwordProblems(password, email);
  const messages: Record<(typeof problems)[number], string> = {
    too_short: 'must be at least 10 characters',
    too_long: 'must be at most 200 characters',
    same_as_email: 'must not be your e-mail address',
  };
  if (problems.length > 0) {
    throw new ValidationFailed(problems.map((p) => ({ path, message: messages[p] })));
  }
}

export async function signUp(ctx: AppContext, input: SignUpInput): Promise<NewSession> {
  checkPassword(input.admin.password, input.admin.email, 'admin.password');
  if (await emailExists(ctx.db, input.admin.email)) {
    throw new Conflict('email_taken', 'an account with this e-mail already exists');
  }
  const passwordHash = await hashPassword(input.admin.password);
  return ctx.db.transaction().execute(async (trx) => {
    const workspaceId = newId();
    const userId = newId();
    const now = nowIso();
    const locale: Locale = input.locale;
    await trx.insertInto('workspaces').values({ id: workspaceId, created_at: now }).execute();
    await insertCompanySettings(
      trx,
      workspaceId,
      { name: input.company, locale, timeZone: 'Europe/Bucharest', country: 'RO', currency: 'RON' },
      now,
    );
    await insertUser(trx, {
      id: userId,
      workspaceId,
      name: input.admin.name,
      email: input.admin.email,
      passwordHash,
      role: 'admin',
      locale,
      timeZone: 'Europe/Bucharest',
      createdAt: now,
    });
    // A template listed twice makes one module, not two of the same name.
    for (const template of new Set(input.modules)) {
      await createModuleFromTemplate(trx, {
        workspaceId,
        ownerId: userId,
        template,
        locale,
        sampleData: input.sampleData,
      });
    }
    if (input.sampleData) await ensureSampleContacts(trx, workspaceId);
    return openSession(ctx, trx, { workspaceId, userId, role: 'admin' });
  });
}

export async function logIn(ctx: AppContext, input: LoginInput, ip: string): Promise<NewSession> {
  const now = Date.now();
  const since = new Date(now - FAILURE_WINDOW_MS).toISOString();
  const [byEmail, byIp] = await Promise.all([
    countFailuresSince(ctx.db, { email: input.email }, since),
    countFailuresSince(ctx.db, { ip }, since),
  ]);
  if (byEmail >= MAX_FAILURES_PER_EMAIL || byIp >= MAX_FAILURES_PER_IP) {
    throw new TooManyRequests(
      'too many failed sign-ins; try again later',
      FAILURE_WINDOW_MS / 1000,
    );
  }
  const user = await findUserForSignIn(ctx.db, input.email);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !passwordOk || user.isActive !== 1) {
    await recordFailure(ctx.db, input.email, ip, new Date(now).toISOString());
    throw new Unauthenticated('invalid_credentials', 'wrong e-mail or password');
  }
  await clearFailures(ctx.db, input.email, new Date(now - 24 * 3600_000).toISOString());
  const found = await findUser(ctx.db, user.workspaceId, user.id);
  return openSession(ctx, ctx.db, {
    workspaceId: user.workspaceId,
    userId: user.id,
    role: found?.role as Role,
  });
}

export async function logOut(ctx: AppContext, actor: Actor, token: string) {
  await sessions.deleteSession(ctx.db, actor.workspaceId, sessionIdOf(token));
}

export type SessionActor = Actor & {
  csrfToken: string;
  /** The workspace's setup version when the session was looked up (module-setup.ts). */
  setupVersion: number;
};

/** The session of `token` in the database, as live-sessions keeps it, or null. */
async function findSession(ctx: AppContext, token: string) {
  const row = await sessions.findLiveSession(ctx.db, ctx.dbKind, sessionIdOf(token), nowIso());
  if (!row) return null;
  const actor: SessionActor = {
    workspaceId: row.workspaceId,
    userId: row.userId,
    role: row.role as Role,
    csrfToken: row.csrfToken,
    setupVersion: row.setupVersion,
  };
  return { actor, expiresAt: row.expiresAt };
}

/** The caller of `token` if its session is kept in memory and still live (live-sessions). */
export function keptSessionActor(ctx: AppContext, token: string): SessionActor | undefined {
  return keptSession<SessionActor>(ctx.db, token, nowIso());
}

/**
 * The caller of `token` looked up in the database (and kept), or null when the token is unknown,
 * expired or revoked.
 */
export function lookUpSessionActor(ctx: AppContext, token: string): Promise<SessionActor | null> {
  return lookUpSession(ctx.db, token, () => findSession(ctx, token));
}

/** The actor behind a session token, or null when the token is unknown, expired or revoked. */
export function resolveSession(ctx: AppContext, token: string): Promise<SessionActor | null> {
  return liveSession(ctx.db, token, nowIso(), () => findSession(ctx, token));
}

export async function me(ctx: AppContext, actor: Actor, csrfToken: string): Promise<Me> {
  const [user, settings] = await Promise.all([
    findUser(ctx.db, actor.workspaceId, actor.userId),
    findCompanySettings(ctx.db, actor.workspaceId),
  ]);
  if (!user || !settings) throw new Unauthenticated();
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      role: user.role as Role,
      locale: user.locale as Locale,
      timeZone: user.timeZone,
    },
    workspace: {
      id: actor.workspaceId,
      name: settings.name,
      locale: settings.locale,
      logoUrl: logoUrl(settings.logoUpdatedAt),
    },
    csrfToken,
  };
}
