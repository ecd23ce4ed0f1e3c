// The card list of a module: filters on any field, sort, keyset pages; same record scope as
// the board (restricted users see their own cards).
import { parseFieldFilters, parseSort } from '../../../domain/cards/list-query';
import { ValidationFailed } from '../../../domain/errors';
import { seesOnlyOwnCards } from '../../../domain/permissions';
import { idleBeforeOfStatuses } from '../../../domain/cards/staleness';
import { foldForSearch } from '../../../domain/text/fold';
import type { Actor, AppContext } from '../../context';
import { decodeCursor, keysetPage } from '../../http/cursor';
import { JsonBytes, jsonArrayOf, jsonObjectWith } from '../../http/json-bytes';
import { moduleSetup } from '../modules/module-setup';
import { listCards, type ListPosition } from './card-list.store';
import type { CardListQueryInput, CardListResponse } from './cards.schemas';

function readPosition(cursor: string): ListPosition {
  const { v, id } = decodeCursor(cursor, ['v', 'id']);
  try {
    const value: unknown = JSON.parse(v);
    if (value === null || typeof value === 'string' || typeof value === 'number')
      return { value, id };
  } catch {
    // falls through
  }
  throw ValidationFailed.field('query.cursor', 'is not a cursor this list gave out');
}

export async function listModuleCards(
  ctx: AppContext,
  actor: Actor,
  moduleId: string,
  query: CardListQueryInput,
) {
  const { module, statuses, liveFields } = await moduleSetup(ctx, actor, moduleId, 'read');
  // The filters are the query's `filter[<key>]…` parameters, kept by the schema's catch-all.
  const { filters, problems } = parseFieldFilters(query as Record<string, unknown>, liveFields);
  const sort = parseSort(query.sort, liveFields);
  if (typeof sort === 'string') problems.push({ path: 'query.sort', message: sort });
  if (problems.length > 0) throw new ValidationFailed(problems);
  const ownerId = seesOnlyOwnCards(actor.role)
    ? actor.userId
    : query.owner === 'me'
      ? actor.userId
      : query.owner;
  const now = new Date();
  const rows = await listCards(
    ctx.db,
    ctx.dbKind,
    actor.workspaceId,
    {
      moduleId,
      statusIds: query.status?.split(',').filter(Boolean),
      ownerId,
      titleContains: query.q ? foldForSearch(query.q) : undefined,
      filters,
      sort: sort as Exclude<typeof sort, string>,
      limit: query.limit,
      idleBefore: idleBeforeOfStatuses(statuses, module.idleDays, now),
    },
    query.cursor ? readPosition(query.cursor) : undefined,
  );
  const { items, nextCursor } = keysetPage(rows, query.limit, (last) => ({
    v: JSON.stringify(last.sortValue),
    id: last.id,
  }));
  return new JsonBytes<CardListResponse>(
    jsonObjectWith({ nextCursor }, { items: jsonArrayOf(items.map((row) => row.json)) }),
  );
}
