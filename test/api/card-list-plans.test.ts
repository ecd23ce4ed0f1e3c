// The card list chooses its plan by how many cards a filter matches: a selective filter drives
// (its matches are read and sorted), otherwise the sort's index is walked and filters are checked
// card by card. Test data is small, so both plans are forced here and must give the same pages.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFieldFilters, parseSort } from '../../src/domain/cards/list-query';
import {
  activeFields,
  loadFieldDefinitions,
} from '../../src/server/features/cards/card-context.store';
import { listCards, type ListPosition } from '../../src/server/features/cards/card-list.store';
import { signUp, type Client } from './clients';
import { CHOICES, createCard, moduleWithFields } from './fixtures';
import { startTestApp, type TestApp } from './test-app';

let test: TestApp;
let admin: Client;
let moduleId: string;

beforeAll(async () => {
  test = await startTestApp();
  admin = await signUp(test);
  ({ moduleId } = await moduleWithFields(admin, [
    { key: 'value', label: 'Value', type: 'money' },
    { key: 'source', label: 'Source', type: 'single_choice', options: CHOICES },
    { key: 'close', label: 'Close', type: 'date' },
    { key: 'notes', label: 'Notes', type: 'text' },
  ]));
  for (let i = 0; i < 45; i++) {
    await createCard(admin, moduleId, {
      title: `Card ${i}`,
      fields: {
        // Some cards lack each value, and values repeat, so ties and nulls are both walked.
        ...(i % 5 !== 0 && { value: { amount: String(((i * 37) % 11) * 100), currency: 'RON' } }),
        ...(i % 4 !== 0 && { source: CHOICES[i % 3]!.key }),
        ...(i % 3 !== 0 && { close: `2026-0${1 + (i % 9)}-1${i % 10}` }),
        notes: i % 2 === 0 ? `Ofertă ${i}` : `call back ${i}`,
      },
    });
  }
});
afterAll(async () => {
  await test.close();
});

async function walk(query: Record<string, string>, sort: string, drivesBelow: number) {
  const fields = activeFields(await loadFieldDefinitions(test.db, admin.me.workspace.id, moduleId));
  const { filters, problems } = parseFieldFilters(query, fields);
  const parsedSort = parseSort(sort, fields);
  if (problems.length > 0 || typeof parsedSort === 'string') throw new Error('bad test query');
  const ids: string[] = [];
  let after: ListPosition | undefined;
  for (let page = 0; page < 100; page++) {
    const rows = await listCards(
      test.db,
      test.ctx.dbKind,
      admin.me.workspace.id,
      { moduleId, filters, sort: parsedSort, limit: 4, filterDrivesBelow: drivesBelow },
      after,
    );
    const shown = rows.slice(0, 4);
    ids.push(...shown.map((row) => row.id));
    const last = shown.at(-1);
    if (rows.length <= 4 || !last) return ids;
    after = { value: last.sortValue, id: last.id };
  }
  throw new Error('the list never ends');
}

describe('the two plans of the card list', () => {
  it.each([
    [{ 'filter[source]': 'web' }, '-value'],
    [{ 'filter[source]': 'referral' }, 'close'],
    [{ 'filter[value][gte]': '300' }, '-close'],
    [{ 'filter[value][gte]': '300', 'filter[source]': 'fair' }, 'title'],
    [{ 'filter[notes][contains]': 'oferta' }, '-createdAt'],
    [{ 'filter[close][empty]': 'true' }, 'value'],
    [{ 'filter[value][empty]': 'false', 'filter[source]': 'web' }, '-updatedAt'],
  ])('give the same cards in the same order for %j sorted by %s', async (query, sort) => {
    const walked = await walk(query, sort, 0);
    const driven = await walk(query, sort, Number.MAX_SAFE_INTEGER);
    expect(walked.length).toBeGreaterThan(0);
    expect(new Set(walked).size).toBe(walked.length);
    expect(walked).toEqual(driven);
  });
});

describe.runIf(process.env.CARTA_TEST_DB === 'postgres')('on PostgreSQL', () => {
  it('runs without JIT compilation, which took longer than a page of the list', async () => {
    const { rows } = await sql<{ jit: string }>`select current_setting('jit') as jit`.execute(
      test.db,
    );
    expect(rows[0]!.jit).toBe('off');
  });
});
