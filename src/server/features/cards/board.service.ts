// The kanban board of a module: per status column its count, money sum and weighted sum (the
// module's first money field, in the workspace currency) and the first page of its cards, each
// with the fields a board card shows (domain/fields/board-fields).
import { ValidationFailed } from '../../../domain/errors';
import { boardFields } from '../../../domain/fields/board-fields';
import { fromMinorUnits, percentOf } from '../../../domain/money/decimal';
import { seesOnlyOwnCards } from '../../../domain/permissions';
import { idleBeforeOfStatuses } from '../../../domain/cards/staleness';
import type { Actor, AppContext } from '../../context';
import { decodeCursor, keysetPage } from '../../http/cursor';
import { JsonBytes, jsonArrayOf, jsonObjectWith } from '../../http/json-bytes';
import { moduleSetup } from '../modules/module-setup';
import { boardPages, ownerTotals, storedTotals } from './board.store';
import type { StatusInfo } from './card-context.store';
import type { BoardResponse } from './board.schemas';

type Options = { status?: string; cursor?: string; limit: number };

export async function getBoard(
  ctx: AppContext,
  actor: Actor,
  moduleId: string,
  options: Options,
): Promise<JsonBytes<BoardResponse>> {
  const { module, statuses, fields, liveFields, currency } = await moduleSetup(
    ctx,
    actor,
    moduleId,
    'read',
  );
  const sumField = liveFields.find((f) => f.type === 'money') ?? null;
  const cardFields = boardFields(fields).map((field) => field.key);
  const ownerId = seesOnlyOwnCards(actor.role) ? actor.userId : undefined;

  let shown: readonly StatusInfo[] = statuses;
  if (options.status !== undefined) {
    shown = statuses.filter((s) => s.id === options.status);
    if (shown.length === 0)
      throw ValidationFailed.field('query.status', 'is not a status of this module');
  } else if (options.cursor) {
    throw ValidationFailed.field('query.cursor', 'pages one column: give status too');
  }
  const after = options.cursor ? decodeCursor(options.cursor, ['rank', 'id']) : undefined;
  const now = new Date();

  const [totals, pages] = await Promise.all([
    ownerId
      ? ownerTotals(ctx.db, actor.workspaceId, moduleId, sumField?.id ?? null, ownerId)
      : storedTotals(ctx.db, ctx.dbKind, actor.workspaceId, moduleId, sumField?.id ?? null),
    boardPages(ctx.db, ctx.dbKind, actor.workspaceId, moduleId, {
      columns: idleBeforeOfStatuses(shown, module.idleDays, now),
      limit: options.limit,
      after,
      ownerId,
      fieldKeys: cardFields,
    }),
  ]);

  const columns = shown.map((status, index) => {
    const { items: cards, nextCursor } = keysetPage(
      pages.filter((row) => row.column === index),
      options.limit,
      (last) => ({ rank: last.rank, id: last.id }),
    );
    const sums = totals.sums.filter((s) => s.statusId === status.id && s.amountMinor !== 0n);
    const main = sums.find((s) => s.currency === currency)?.amountMinor ?? 0n;
    const column = {
      status: {
        id: status.id,
        name: status.name,
        group: status.group,
        color: status.color,
        probability: status.probability,
      },
      count: Number(totals.counts.find((c) => c.statusId === status.id)?.count ?? 0),
      sum: sumField ? { amount: fromMinorUnits(main), currency } : null,
      weightedSum: sumField
        ? { amount: fromMinorUnits(percentOf(main, status.probability)), currency }
        : null,
      otherSums: sums
        .filter((s) => s.currency !== currency)
        .map((s) => ({ amount: fromMinorUnits(s.amountMinor), currency: s.currency })),
      nextCursor,
    };
    return jsonObjectWith(column, { cards: jsonArrayOf(cards.map((card) => card.json)) });
  });
  const board = {
    moduleId,
    currency,
    sumField: sumField ? { key: sumField.key, label: sumField.label } : null,
    cardFields,
  };
  return new JsonBytes(jsonObjectWith(board, { columns: jsonArrayOf(columns) }));
}
