// The sessions a server process has looked up, kept until the next write to the database by
// anyone (db/write-stamp): whether a session is live — its row, its user's role and activity,
// the workspace's setup version — changes only by a write, and without this every signed-in
// request runs its own look-up and SHA-256 of the token (about 30 µs of a SQLite list call,
// BENCHMARKS.md). Expiry, which changes with time alone, is checked on every use. SQLite only:
// elsewhere writeStamp cannot tell, and every request looks its session up.
import type { Executor } from '../../context';
import { writeStamp } from '../../db/write-stamp';

/** Enough for every signed-in user of a large workspace; the whole map goes at the next write. */
const MAX_KEPT = 10_000;

type Kept<Actor> = { stamp: string; byToken: Map<string, { actor: Actor; expiresAt: string }> };

const keptByDatabase = new WeakMap<Executor, Kept<unknown>>();

/**
 * The actor of `token` kept from an earlier look-up, if nothing has been written since and it has
 * not expired by `now`: answered at once, so a signed-in request needs no promise to find it.
 */
export function keptSession<Actor extends object>(
  db: Executor,
  token: string,
  now: string,
): Actor | undefined {
  const kept = keptByDatabase.get(db) as Kept<Actor> | undefined;
  if (!kept) return undefined;
  const hit = kept.byToken.get(token);
  if (!hit || hit.expiresAt <= now || writeStamp(db) !== kept.stamp) return undefined;
  return hit.actor;
}

/**
 * The actor of `token` found by `lookUp`, kept for later when it found one. The write stamp is
 * read before the look-up, so a write made meanwhile leaves what it found stale.
 */
export async function lookUpSession<Actor extends object>(
  db: Executor,
  token: string,
  lookUp: () => Promise<{ actor: Actor; expiresAt: string } | null>,
): Promise<Actor | null> {
  const stamp = writeStamp(db);
  const found = await lookUp();
  if (!found || stamp === undefined) return found?.actor ?? null;
  let kept = keptByDatabase.get(db) as Kept<Actor> | undefined;
  if (kept?.stamp !== stamp || kept.byToken.size >= MAX_KEPT) {
    kept = { stamp, byToken: new Map() };
    keptByDatabase.set(db, kept);
  }
  // Shared by every request of this session until the next write: never to be changed.
  kept.byToken.set(token, { actor: Object.freeze(found.actor), expiresAt: found.expiresAt });
  return found.actor;
}

/** The actor of `token`: as keptSession, else as lookUpSession. */
export async function liveSession<Actor extends object>(
  db: Executor,
  token: string,
  now: string,
  lookUp: () => Promise<{ actor: Actor; expiresAt: string } | null>,
): Promise<Actor | null> {
  return keptSession<Actor>(db, token, now) ?? lookUpSession(db, token, lookUp);
}
