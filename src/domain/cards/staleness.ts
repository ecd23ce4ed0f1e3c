// "Idle after N days" (DESIGN.md step 3): a card still being worked on, unchanged for that long.
import type { StatusGroup } from '../pipeline';

const DAY_MS = 24 * 3600 * 1000;

export function isStale(
  card: { updatedAt: string; group: StatusGroup },
  idleDays: number | null,
  now: Date,
): boolean {
  if (idleDays === null || card.group === 'won' || card.group === 'lost') return false;
  return now.getTime() - Date.parse(card.updatedAt) > idleDays * DAY_MS;
}
