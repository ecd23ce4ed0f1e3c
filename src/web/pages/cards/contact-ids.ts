// The contacts a card page names: its contact fields' values and every contact its timeline
// mentions (its own contact and contact fields, before and after), to load their names once.
import type { Card, HistoryEntry } from '../../api/cards.types';
import type { Field } from '../../api/types';

export function contactIdsOf(
  card: Card,
  fields: Field[] | undefined,
  entries: HistoryEntry[] = [],
): string[] {
  const contactKeys = new Set(
    (fields ?? []).filter((field) => field.type === 'contact').map((field) => field.key),
  );
  const ids = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string' && value !== '') ids.add(value);
  };
  for (const key of contactKeys) add(card.fields[key]);
  for (const entry of entries) {
    if (entry.kind !== 'updated') continue;
    for (const change of entry.changes) {
      if (change.field !== 'contact' && !contactKeys.has(change.field)) continue;
      add(change.from);
      add(change.to);
    }
  }
  return [...ids].sort();
}
