// Generated cards of one module and everything a card write derives from them, as the app writes
// it: the cards row (cards.store insertCards), its card_values rows (the same projection,
// src/domain/fields/index-entries.ts), a 'created' history entry, and the column totals.
import { generateKeyBetween } from 'fractional-indexing';
import type { FieldDefinition, FieldValue } from '../../src/domain/fields/field-definition';
import { indexEntriesOf } from '../../src/domain/fields/index-entries';
import { missingRequiredFields } from '../../src/domain/fields/required-fields';
import { toMinorUnits } from '../../src/domain/money/decimal';
import { foldForSearch } from '../../src/domain/text/fold';
import { createIdSource } from './bench-ids';
import type { Row } from './bulk-writer';
import { assertStoredForm, randomValue, randomValues, type References } from './field-values';
import type { Random } from './random';
import { COMPANY_STEMS, DEAL_NOUNS, QUALIFIERS } from './romanian';
import type { BenchModule } from './workspace-setup';

export const CARD_COLUMNS = [
  'id',
  'workspace_id',
  'module_id',
  'status_id',
  'title',
  'title_folded',
  'owner_id',
  'contact_id',
  'fields',
  'rank',
  'version',
  'is_sample',
  'created_by',
  'created_at',
  'updated_at',
  'deleted_at',
] as const;
export const VALUE_COLUMNS = ['workspace_id', 'module_id', 'field_id', 'card_id', 'num', 'txt'];
export const HISTORY_COLUMNS = [
  'id',
  'workspace_id',
  'card_id',
  'user_id',
  'kind',
  'changes',
  'at',
];
export const TOTAL_COLUMNS = ['workspace_id', 'module_id', 'status_id', 'card_count'];
export const MONEY_TOTAL_COLUMNS = [
  'workspace_id',
  'module_id',
  'status_id',
  'field_id',
  'currency',
  'amount_minor',
];

const GROUP_WEIGHT = { lead: 4, open: 2, won: 3, lost: 2 } as const;
const TRASHED_SHARE = 0.005;
const SPAN_MS = 3 * 365 * 86_400_000;
/** The first cards of each module are checked against the app's own value validation. */
const CHECKED_CARDS = 1000;

export type GeneratedCard = { card: Row; values: Row[]; history: Row };

function title(random: Random): string {
  const base = `${random.pick(DEAL_NOUNS)} – ${random.pick(COMPANY_STEMS)}`;
  return random.chance(0.3) ? `${base} (${random.pick(QUALIFIERS)})` : base;
}

export function createCardFactory(
  random: Random,
  workspaceId: string,
  module: BenchModule,
  refs: References,
  cardCount: number,
) {
  const weights = module.statuses.map((status) => GROUP_WEIGHT[status.group]);
  const positions = new Map(module.statuses.map((status) => [status.id, status.position]));
  const lastRank = new Map<string, string | null>();
  const counts = new Map<string, number>();
  const money = new Map<string, bigint>();
  const start = Date.now() - SPAN_MS;
  const newId = createIdSource(random);
  let made = 0;

  function fill(values: Record<string, FieldValue>, statusId: string) {
    for (const field of missingRequiredFields(module.fields, values, statusId, positions)) {
      values[field.key] = randomValue(random, field, refs);
    }
  }

  function count(statusId: string, values: Record<string, FieldValue>) {
    counts.set(statusId, (counts.get(statusId) ?? 0) + 1);
    for (const field of module.fields) {
      const value = values[field.key] as { amount: string; currency: string } | undefined;
      const minor = field.type === 'money' && value ? toMinorUnits(value.amount) : null;
      if (!value || minor === null) continue;
      const key = `${statusId}|${field.id}|${value.currency}`;
      money.set(key, (money.get(key) ?? 0n) + minor);
    }
  }

  function valueRows(cardId: string, values: Record<string, FieldValue>): Row[] {
    return module.fields.flatMap((field: FieldDefinition) =>
      indexEntriesOf(field, values[field.key] ?? null).map((entry) => [
        workspaceId,
        module.id,
        field.id,
        cardId,
        entry.num,
        entry.txt,
      ]),
    );
  }

  function next(): GeneratedCard {
    const status = module.statuses[random.weighted(weights)]!;
    const values = randomValues(random, module.fields, refs);
    fill(values, status.id);
    if (made < CHECKED_CARDS) assertStoredForm(module.fields, values);
    const rank = generateKeyBetween(lastRank.get(status.id) ?? null, null);
    lastRank.set(status.id, rank);
    const createdMs = start + Math.floor((made++ / cardCount) * SPAN_MS) + random.int(3_600_000);
    const createdAt = new Date(createdMs).toISOString();
    const updatedAt = new Date(
      Math.min(Date.now(), createdMs + random.int(90 * 86_400_000)),
    ).toISOString();
    const trashed = random.chance(TRASHED_SHARE);
    if (!trashed) count(status.id, values);
    const id = newId();
    const ownerId = random.pick(refs.userIds);
    const cardTitle = title(random);
    const card = [
      id,
      workspaceId,
      module.id,
      status.id,
      cardTitle,
      foldForSearch(cardTitle),
      ownerId,
      random.chance(0.7) ? random.pick(refs.contactIds) : null,
      JSON.stringify(values),
      rank,
      random.between(1, 6),
      0,
      ownerId,
      createdAt,
      updatedAt,
      trashed ? updatedAt : null,
    ];
    const history = [newId(), workspaceId, id, ownerId, 'created', '[]', createdAt];
    return { card, values: valueRows(id, values), history };
  }

  /** The status_totals and status_money_totals rows of everything made so far. */
  function totals() {
    const countRows = [...counts].map(([statusId, n]) => [workspaceId, module.id, statusId, n]);
    const moneyRows = [...money].map(([key, minor]) => {
      const [statusId, fieldId, currency] = key.split('|');
      return [workspaceId, module.id, statusId, fieldId, currency, Number(minor)];
    });
    return { countRows, moneyRows };
  }

  return { next, totals };
}
