// SQL for the sign-in throttle: failed attempts per e-mail and per address in a time window.
import type { Executor } from '../../context';

export async function countFailuresSince(
  db: Executor,
  by: { email: string } | { ip: string },
  since: string,
): Promise<number> {
  let query = db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('failed_at', '>', since);
  query = 'email' in by ? query.where('email', '=', by.email) : query.where('ip', '=', by.ip);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function recordFailure(db: Executor, email: string, ip: string, at: string) {
  await db.insertInto('login_failures').values({ email, ip, failed_at: at }).execute();
}

/** Forget an e-mail's failures after a good sign-in, and every failure older than `before`. */
export async function clearFailures(db: Executor, email: string, before: string) {
  await db
    .deleteFrom('login_failures')
    .where((eb) => eb.or([eb('email', '=', email), eb('failed_at', '<', before)]))
    .execute();
}
