// Row ids: UUIDv7 strings, so ids sort by creation time and keyset pagination can rely on them.
import { v7 as uuidv7 } from 'uuid';

export function newId(): string {
  return uuidv7();
}

export function nowIso(): string {
  return new Date().toISOString();
}
