// The two value indexes of card_values hold only the rows with a value in their column
// (migration 0007), so an engine walks one only when the query says that column is not null.
// Every query that finds cards by a field's values must say it; otherwise the engine reads all the
// workspace's values instead (docs/custom-field-storage.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFieldFilters, parseSort } from '../../src/domain/cards/list-query';
import { ownerTotals } from '../../src/server/features/cards/board.store';
import {
  activeFields,
  loadFieldDefinitions,
} from '../../src/server/features/cards/card-context.store';
import { listCards } from '../../src/server/features/cards/card-list.store';
import {
  fieldValuePage,
  listFields,
  optionKeysInUse,
} from '../../src/server/features/fields/fields.store';
import { signUp, type Client } from './clients';
import { CHOICES, createCard, moduleWithFields } from './fixtures';
import { planOf, statementsOf, type Statement } from './query-plans';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
let admin: Client;
let moduleId: string;
let workspaceId: string;

beforeAll(async () => {
  test = await startTestApp();
  admin = await signUp(test);
  workspaceId = admin.me.workspace.id;
  ({ moduleId } = await moduleWithFields(admin, [
    { key: 'value', label: 'Value', type: 'money' },
    { key: 'source', label: 'Source', type: 'single_choice', options: CHOICES },
    { key: 'notes', label: 'Notes', type: 'text' },
  ]));
  for (let i = 0; i < 12; i++) {
    await createCard(admin, moduleId, {
      title: `Card ${i}`,
      fields: {
        ...(i % 3 !== 0 && { value: { amount: String(i * 100), currency: 'RON' } }),
        source: CHOICES[i % 3]!.key,
        ...(i % 2 === 0 && { notes: `call back ${i}` }),
      },
    });
  }
});
afterAll(async () => {
  await test.close();
});

/** The plans, in one text, of the statements that read card_values. */
async function valuePlans(statements: Statement[]): Promise<string> {
  const reads = statements.filter((statement) => /card_values/.test(statement.sql));
  expect(reads.length).toBeGreaterThan(0);
  const plans = await Promise.all(reads.map((statement) => planOf(test.location, statement)));
  return plans.join('\n');
}

async function fieldsOfModule() {
  return activeFields(await loadFieldDefinitions(test.db, workspaceId, moduleId));
}

async function fieldOfModule(key: string) {
  return (await fieldsOfModule()).find((field) => field.key === key)!;
}

async function listPlans(query: Record<string, string>, sort: string, filterDrivesBelow: number) {
  const fields = await fieldsOfModule();
  const { filters } = parseFieldFilters(query, fields);
  const parsedSort = parseSort(sort, fields);
  if (typeof parsedSort === 'string') throw new Error(parsedSort);
  const list = { moduleId, filters, sort: parsedSort, limit: 5, filterDrivesBelow };
  return valuePlans(
    await statementsOf(test.location, (db) => listCards(db, test.ctx.dbKind, workspaceId, list)),
  );
}

describe('the card list walks the partial value index of its field', () => {
  it.each([
    [{ 'filter[value][gte]': '300' }, 'title', 'card_values_num'],
    [{ 'filter[source]': 'web' }, 'title', 'card_values_txt'],
    [{ 'filter[notes][contains]': 'call' }, 'createdAt', 'card_values_txt'],
    [{ 'filter[notes][empty]': 'false' }, 'title', 'card_values_txt'],
    [{ 'filter[value][empty]': 'false' }, 'title', 'card_values_num'],
  ])('a filter %j drives through its index (sorted by %s)', async (query, sort, index) => {
    expect(await listPlans(query, sort, Number.MAX_SAFE_INTEGER)).toContain(index);
  });

  it.each([
    ['value', 'card_values_num'],
    ['-source', 'card_values_txt'],
    ['notes', 'card_values_txt'],
  ])('sorted by %s, the walk goes down %s', async (sort, index) => {
    expect(await listPlans({}, sort, 0)).toContain(index);
  });
});

describe('the field and board look-ups by field use the partial indexes', () => {
  it('whether a field holds data: one probe of each index', async () => {
    const plans = await valuePlans(
      await statementsOf(test.location, (db) =>
        listFields(db, workspaceId, moduleId, { includeArchived: true }),
      ),
    );
    expect(plans).toContain('card_values_num');
    expect(plans).toContain('card_values_txt');
  });

  it('which options are in use, and the values of a field page by page', async () => {
    const [source, value] = [await fieldOfModule('source'), await fieldOfModule('value')];
    expect(
      await valuePlans(
        await statementsOf(test.location, (db) =>
          optionKeysInUse(db, workspaceId, source.id, [CHOICES[0]!.key]),
        ),
      ),
    ).toContain('card_values_txt');
    expect(
      await valuePlans(
        await statementsOf(test.location, (db) => fieldValuePage(db, workspaceId, value, '', 10)),
      ),
    ).toContain('card_values_num');
  });

  it("an owner's money sums on the board", async () => {
    const value = await fieldOfModule('value');
    const plans = await valuePlans(
      await statementsOf(test.location, (db) =>
        ownerTotals(db, workspaceId, moduleId, value.id, admin.me.user.id),
      ),
    );
    expect(plans).toContain('card_values_num');
  });
});
