// Rules of a module's pipeline (DESIGN.md step 3): what a new status takes from its group, when a
// status name is taken, what a new order must name and when a status may be removed.
import { Conflict, ValidationFailed } from './errors';
import type { StatusGroup } from './pipeline';

export const STATUS_NAME_MAX_LENGTH = 60;

/** Colours of the four groups, the ones the module templates use. */
export const DEFAULT_STATUS_COLOR: Record<StatusGroup, string> = {
  lead: '#868e96',
  open: '#228be6',
  won: '#40c057',
  lost: '#fa5252',
};

/** Win probability (percent) a new status of each group starts with, for the weighted forecast. */
export const DEFAULT_STATUS_PROBABILITY: Record<StatusGroup, number> = {
  lead: 10,
  open: 50,
  won: 100,
  lost: 0,
};

/** Names compare without regard to case, but "Câștigat" and "Castigat" stay two names. */
export function isStatusNameTaken(
  statuses: { id: string; name: string }[],
  name: string,
  exceptStatusId?: string,
): boolean {
  return statuses.some(
    (status) =>
      status.id !== exceptStatusId &&
      status.name.localeCompare(name, undefined, { sensitivity: 'accent' }) === 0,
  );
}

export type OrderProblem =
  | { kind: 'duplicate'; id: string }
  | { kind: 'unknown'; id: string }
  | { kind: 'missing'; ids: string[] };

/** A new order must name every current item (status, field, module) exactly once; null when it does. */
export function orderProblem(currentIds: string[], proposed: string[]): OrderProblem | null {
  const current = new Set(currentIds);
  const seen = new Set<string>();
  for (const id of proposed) {
    if (seen.has(id)) return { kind: 'duplicate', id };
    if (!current.has(id)) return { kind: 'unknown', id };
    seen.add(id);
  }
  const missing = currentIds.filter((id) => !seen.has(id));
  return missing.length > 0 ? { kind: 'missing', ids: missing } : null;
}

export type StatusRemoval =
  | { ok: true; moveCardsTo: string | null }
  | { ok: false; problem: 'last_status' | 'bad_move_target' | 'status_has_cards' };

/**
 * Whether a status may go: a module keeps at least one status, and cards never lose theirs, so a
 * status holding cards (trashed ones too) goes only with `moveTo`, another status of its module.
 */
export function planStatusRemoval(input: {
  statusId: string;
  moduleStatusIds: string[];
  cardCount: number;
  moveTo: string | undefined;
}): StatusRemoval {
  const { statusId, moduleStatusIds, cardCount, moveTo } = input;
  if (moduleStatusIds.length <= 1) return { ok: false, problem: 'last_status' };
  if (moveTo !== undefined && (moveTo === statusId || !moduleStatusIds.includes(moveTo))) {
    return { ok: false, problem: 'bad_move_target' };
  }
  if (cardCount === 0) return { ok: true, moveCardsTo: null };
  if (moveTo === undefined) return { ok: false, problem: 'status_has_cards' };
  return { ok: true, moveCardsTo: moveTo };
}

/**
 * Refuses a new order that is not one: an id twice or one that is not there is bad input (400
 * on `ids`); a list missing some current item was made from a stale page (409 stale_order).
 */
export function requireCompleteOrder(currentIds: string[], proposed: string[], noun: string): void {
  const problem = orderProblem(currentIds, proposed);
  if (problem?.kind === 'duplicate')
    throw ValidationFailed.field('ids', `names ${problem.id} twice`);
  if (problem?.kind === 'unknown')
    throw ValidationFailed.field('ids', `${problem.id} is not a ${noun} here`);
  if (problem?.kind === 'missing') {
    throw new Conflict('stale_order', `the ${noun}s changed; reload them and try again`);
  }
}
