// Remembers on this device that someone has signed in, so "/" offers sign-in rather than sign-up.
const STORAGE_KEY = 'carta.hasSignedIn';

export function hasSignedInBefore(): boolean {
  return localStorage.getItem(STORAGE_KEY) === '1';
}

export function rememberSignedIn(): void {
  localStorage.setItem(STORAGE_KEY, '1');
}
