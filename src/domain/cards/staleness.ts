// "Idle after N days" (DESIGN.md step 3): a card still being worked on, unchanged for that long.
import type { StatusGroup } from '../pipeline';

const DAY_MS = 24 * 3600 * 1000;

/**
 * The moment before which a card of this status group last changed counts as idle, or null when
 * cards of the group never do (won and lost cards, or no idle limit). Lets a query decide
 * staleness with one comparison of `updated_at`.
 */
export function idleBefore(group: StatusGroup, idleDays: number | null, now: Date): Date | null {
  if (idleDays === null || group === 'won' || group === 'lost') return null;
  return new Date(now.getTime() - idleDays * DAY_MS);
}

export function isStale(
  card: { updatedAt: string; group: StatusGroup },
  idleDays: number | null,
  now: Date,
): boolean {
  const before = idleBefore(card.group, idleDays, now);
  return before !== null && Date.parse(card.updatedAt) < before.getTime();
}

/** `idleBefore` of each status, for a query over the cards of several statuses. */
export function idleBeforeOfStatuses(
  statuses: readonly { id: string; group: StatusGroup }[],
  idleDays: number | null,
  now: Date,
): { statusId: string; idleBefore: Date | null }[] {
  return statuses.map((status) => ({
    statusId: status.id,
    idleBefore: idleBefore(status.group, idleDays, now),
  }));
}
