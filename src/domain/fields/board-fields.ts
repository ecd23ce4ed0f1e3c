// Which custom fields a card shows on the board: the first money field, the first date (or
// date-time) field and the first choice field of the module, in the module's field order. The
// board endpoint sends only these, so a board of a few hundred cards stays a small answer.
import type { FieldType } from '../field-types';

const BOARD_FIELD_KINDS: FieldType[][] = [
  ['money'],
  ['date', 'datetime'],
  ['single_choice', 'multi_choice'],
];

export function boardFields<T extends { id: string; type: FieldType; archived: boolean }>(
  fields: readonly T[],
): T[] {
  const picked = new Set(
    BOARD_FIELD_KINDS.flatMap((types) => {
      const first = fields.find((field) => !field.archived && types.includes(field.type));
      return first ? [first.id] : [];
    }),
  );
  return fields.filter((field) => picked.has(field.id));
}
