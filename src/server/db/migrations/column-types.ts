// Column types that differ between the two engines, named once so migrations read the same.
import type { DatabaseKind } from '../connection';

export function columnTypes(kind: DatabaseKind) {
  const postgres = kind === 'postgres';
  return {
    time: postgres ? ('timestamptz' as const) : ('text' as const),
    bytes: postgres ? ('bytea' as const) : ('blob' as const),
  };
}
