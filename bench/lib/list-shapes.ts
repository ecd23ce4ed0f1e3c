// More shapes of the card list of the big (Sales) module, timed at the store (listCards: the
// same SQL the API issues): filters from very selective to not at all, core and field sorts,
// and the cards without a value for the sorted field (`npm run bench -- --shapes`).
import { parseFieldFilters, parseSort, type CardSort } from '../../src/domain/cards/list-query';
import { loadFieldDefinitions } from '../../src/server/features/cards/card-context.store';
import { listCards, type ListPosition } from '../../src/server/features/cards/card-list.store';
import type { BenchDatabase } from './bench-database';
import type { BenchLogin } from './bench-target';
import { measure, type Timing } from './timing';

type Shape = { name: string; query: string; pastValues?: boolean };

const SHAPES: Shape[] = [
  { name: 'newest first, no filter', query: 'sort=-createdAt' },
  { name: 'newest first, source=website', query: 'sort=-createdAt&filter[source]=website' },
  { name: 'value desc, judet=cluj (~1.5%)', query: 'sort=-value&filter[judet]=cluj' },
  {
    name: 'value desc, one e-mail (a few cards)',
    query: 'sort=-value&filter[email_contact]=EMAIL',
  },
  { name: 'title, confirmat=true', query: 'sort=title&filter[confirmat]=true' },
  {
    name: 'scor, scor>=100 and oras contains cluj',
    query: 'sort=scor&filter[scor][gte]=100&filter[oras][contains]=cluj',
  },
  { name: 'data_contact, etichete empty', query: 'sort=data_contact&filter[etichete][empty]=true' },
  { name: 'notes desc, past the values (15% filled)', query: 'sort=-notes', pastValues: true },
];

export async function timeListShapes(bench: BenchDatabase, login: BenchLogin, iterations: number) {
  const { workspaceId, bigModuleId: moduleId } = login;
  const fields = await loadFieldDefinitions(bench.db, workspaceId, moduleId);
  const email = await bench.db
    .selectFrom('card_values')
    .select('txt')
    .where('workspace_id', '=', workspaceId)
    .where('field_id', '=', fields.find((field) => field.key === 'email_contact')!.id)
    .limit(1)
    .executeTakeFirstOrThrow();
  const results: { name: string; timing: Timing; rows: number }[] = [];
  for (const shape of SHAPES) {
    const params = Object.fromEntries(
      new URLSearchParams(shape.query.replace('EMAIL', email.txt!)),
    );
    const list = {
      moduleId,
      filters: parseFieldFilters(params, fields).filters,
      sort: parseSort(params.sort, fields) as CardSort,
      limit: 50,
    };
    const after: ListPosition | undefined = shape.pastValues ? { value: null, id: '' } : undefined;
    let rows = 0;
    const timing = await measure(
      async () => {
        rows = (await listCards(bench.db, bench.kind, workspaceId, list, after)).length;
      },
      { warmUp: 3, iterations },
    );
    results.push({ name: shape.name, timing, rows });
  }
  return results;
}
