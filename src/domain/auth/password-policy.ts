// Password rules checked when a user sets a password (invitation, reset, change).

export type PasswordProblem = 'too_short' | 'too_long' | 'same_as_email';

const MIN_CODE_POINTS = 10;
// Bounds hashing work per request; long passphrases still fit easily.
const MAX_CODE_POINTS = 200;

/** Every rule the password breaks; an empty list means it is acceptable. */
export function passwordProblems(password: string, email: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  // Code points, not UTF-16 units, so an emoji or a non-Latin letter counts as one character.
  const length = [...password].length;
  if (length < MIN_CODE_POINTS) problems.push('too_short');
  if (length > MAX_CODE_POINTS) problems.push('too_long');
  if (isSameAsEmail(password, email)) problems.push('same_as_email');
  return problems;
}

function isSameAsEmail(password: string, email: string): boolean {
  const address = email.trim().toLowerCase();
  if (address === '') return false;
  const at = address.lastIndexOf('@');
  const localPart = at === -1 ? address : address.slice(0, at);
  const candidate = password.trim().toLowerCase();
  return candidate === address || (localPart !== '' && candidate === localPart);
}
