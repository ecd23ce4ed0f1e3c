// Session tokens: the cookie holds a random token, the database only its SHA-256, so a leaked
// database copy cannot be replayed as sessions.
import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'carta_session';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
