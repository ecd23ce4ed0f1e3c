// A worker thread that generates the cards of one module (card-rows.ts) and encodes them for the
// writer, a batch at a time on request, so generating runs on another core than writing.
// Each module has its own seeded random source: the data does not depend on which thread or in
// which order modules are made.
import { parentPort, workerData } from 'node:worker_threads';
import { createCardFactory } from './card-rows';
import { encodeRows } from './bulk-writer';
import { createRandom } from './random';
import type { CardJob, FromCardWorker } from './card-batches';

const job = workerData as CardJob;
const random = createRandom(job.seed);
const factory = createCardFactory(random, job.workspaceId, job.module, job.refs, job.cardCount);
let made = 0;

function nextBatch(): FromCardWorker {
  if (made >= job.cardCount) return { done: true, ...factory.totals() };
  const batch = Array.from({ length: Math.min(job.batch, job.cardCount - made) }, factory.next);
  made += batch.length;
  const values = batch.flatMap((generated) => generated.values);
  return {
    done: false,
    count: batch.length,
    valueCount: values.length,
    cards: encodeRows(
      job.kind,
      batch.map((generated) => generated.card),
    ),
    values: encodeRows(job.kind, values),
    history: encodeRows(
      job.kind,
      batch.map((generated) => generated.history),
    ),
  };
}

parentPort!.on('message', () => parentPort!.postMessage(nextBatch()));
