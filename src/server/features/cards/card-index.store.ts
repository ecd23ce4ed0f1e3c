// Keeps what is derived from cards in step with them, in the caller's transaction: the
// custom-field index (card_values) and the per-column totals the board reads (status_totals,
// status_money_totals). Every write of a card goes through here.
import type { FieldDefinition, FieldValue } from '../../../domain/fields/field-definition';
import { indexEntriesOf } from '../../../domain/fields/index-entries';
import { toMinorUnits } from '../../../domain/money/decimal';
import type { Executor } from '../../context';

export type IndexedCard = {
  id: string;
  moduleId: string;
  statusId: string;
  fields: Record<string, unknown>;
  /** Trashed cards keep their values indexed but count in no column. */
  deleted: boolean;
};

type MoneyKey = string; // statusId|fieldId|currency

type Deltas = {
  counts: Map<string, { moduleId: string; delta: number }>;
  money: Map<MoneyKey, { moduleId: string; delta: bigint }>;
};

function addToDeltas(deltas: Deltas, card: IndexedCard, fields: FieldDefinition[], sign: 1 | -1) {
  if (card.deleted) return;
  const count = deltas.counts.get(card.statusId) ?? { moduleId: card.moduleId, delta: 0 };
  count.delta += sign;
  deltas.counts.set(card.statusId, count);
  for (const field of fields) {
    if (field.type !== 'money') continue;
    const value = card.fields[field.key] as { amount: string; currency: string } | null | undefined;
    const minor = value ? toMinorUnits(value.amount) : null;
    if (!value || minor === null) continue;
    const key = `${card.statusId}|${field.id}|${value.currency}`;
    const entry = deltas.money.get(key) ?? { moduleId: card.moduleId, delta: 0n };
    entry.delta += sign === 1 ? minor : -minor;
    deltas.money.set(key, entry);
  }
}

/** Entries in key order: every writer locks totals rows in one order, so two never deadlock. */
function byKey<V>(entries: Map<string, V>): [string, V][] {
  return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

async function applyDeltas(db: Executor, workspaceId: string, deltas: Deltas) {
  for (const [statusId, { moduleId, delta }] of byKey(deltas.counts)) {
    if (delta === 0) continue;
    await db
      .insertInto('status_totals')
      .values({
        workspace_id: workspaceId,
        module_id: moduleId,
        status_id: statusId,
        card_count: delta,
      })
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'status_id']).doUpdateSet((eb) => ({
          card_count: eb('status_totals.card_count', '+', eb.ref('excluded.card_count')),
        })),
      )
      .execute();
  }
  for (const [key, { moduleId, delta }] of byKey(deltas.money)) {
    if (delta === 0n) continue;
    const [statusId, fieldId, currency] = key.split('|') as [string, string, string];
    await db
      .insertInto('status_money_totals')
      .values({
        workspace_id: workspaceId,
        module_id: moduleId,
        status_id: statusId,
        field_id: fieldId,
        currency,
        amount_minor: Number(delta),
      })
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'status_id', 'field_id', 'currency']).doUpdateSet((eb) => ({
          amount_minor: eb(
            'status_money_totals.amount_minor',
            '+',
            eb.ref('excluded.amount_minor'),
          ),
        })),
      )
      .execute();
  }
}

function valueRows(workspaceId: string, card: IndexedCard, fields: FieldDefinition[]) {
  return fields.flatMap((field) =>
    indexEntriesOf(field, (card.fields[field.key] ?? null) as FieldValue | null).map((entry) => ({
      workspace_id: workspaceId,
      module_id: card.moduleId,
      field_id: field.id,
      card_id: card.id,
      num: entry.num,
      txt: entry.txt,
    })),
  );
}

// SQLite allows 32766 bound parameters per statement; six per row keeps batches well inside.
const VALUE_ROWS_PER_INSERT = 1000;

async function insertValueRows(db: Executor, rows: ReturnType<typeof valueRows>) {
  for (let start = 0; start < rows.length; start += VALUE_ROWS_PER_INSERT) {
    await db
      .insertInto('card_values')
      .values(rows.slice(start, start + VALUE_ROWS_PER_INSERT))
      .execute();
  }
}

function emptyDeltas(): Deltas {
  return { counts: new Map(), money: new Map() };
}

/** Index cards that were just inserted. */
export async function indexNewCards(
  db: Executor,
  workspaceId: string,
  fields: FieldDefinition[],
  cards: IndexedCard[],
) {
  const deltas = emptyDeltas();
  for (const card of cards) addToDeltas(deltas, card, fields, 1);
  await insertValueRows(
    db,
    cards.flatMap((card) => valueRows(workspaceId, card, fields)),
  );
  await applyDeltas(db, workspaceId, deltas);
}

/** Take cards about to be deleted for good out of the totals (their values go by cascade). */
export async function unindexCards(
  db: Executor,
  workspaceId: string,
  fields: FieldDefinition[],
  cards: IndexedCard[],
) {
  const deltas = emptyDeltas();
  for (const card of cards) addToDeltas(deltas, card, fields, -1);
  await applyDeltas(db, workspaceId, deltas);
}

/** Re-index one card after a change: its status, fields or trash state. */
export async function reindexCard(
  db: Executor,
  workspaceId: string,
  fields: FieldDefinition[],
  before: IndexedCard,
  after: IndexedCard,
) {
  const deltas = emptyDeltas();
  addToDeltas(deltas, before, fields, -1);
  addToDeltas(deltas, after, fields, 1);
  await applyDeltas(db, workspaceId, deltas);
  if (fields.length > 0) {
    await db
      .deleteFrom('card_values')
      .where('workspace_id', '=', workspaceId)
      .where('card_id', '=', after.id)
      .where(
        'field_id',
        'in',
        fields.map((field) => field.id),
      )
      .execute();
  }
  await insertValueRows(db, valueRows(workspaceId, after, fields));
}

/** Every card of one status moved to another (a status removed with `moveTo`). */
export async function moveStatusTotals(
  db: Executor,
  workspaceId: string,
  fromStatusId: string,
  toStatusId: string,
) {
  const counts = await db
    .selectFrom('status_totals')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('status_id', '=', fromStatusId)
    .execute();
  const money = await db
    .selectFrom('status_money_totals')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('status_id', '=', fromStatusId)
    .execute();
  const deltas = emptyDeltas();
  for (const row of counts)
    deltas.counts.set(toStatusId, { moduleId: row.module_id, delta: row.card_count });
  for (const row of money) {
    deltas.money.set(`${toStatusId}|${row.field_id}|${row.currency}`, {
      moduleId: row.module_id,
      delta: BigInt(row.amount_minor),
    });
  }
  await applyDeltas(db, workspaceId, deltas);
  await db
    .deleteFrom('status_totals')
    .where('workspace_id', '=', workspaceId)
    .where('status_id', '=', fromStatusId)
    .execute();
  await db
    .deleteFrom('status_money_totals')
    .where('workspace_id', '=', workspaceId)
    .where('status_id', '=', fromStatusId)
    .execute();
}
