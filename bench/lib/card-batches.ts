// Runs card-worker.ts for one module and hands its batches over as they come: the next batch is
// asked for as soon as one arrives, so the worker builds it while this thread writes.
import { Worker } from 'node:worker_threads';
import type { DatabaseKind } from '../../src/server/db/connection';
import type { EncodedRows, Row } from './bulk-writer';
import type { References } from './field-values';
import type { BenchModule } from './workspace-setup';

export type CardJob = {
  kind: DatabaseKind;
  workspaceId: string;
  module: BenchModule;
  refs: References;
  cardCount: number;
  batch: number;
  seed: number;
};

export type CardBatch = {
  done: false;
  count: number;
  valueCount: number;
  cards: EncodedRows;
  values: EncodedRows;
  history: EncodedRows;
};
export type ModuleTotals = { done: true; countRows: Row[]; moneyRows: Row[] };
export type FromCardWorker = CardBatch | ModuleTotals;

export async function* cardBatches(job: CardJob): AsyncGenerator<CardBatch, ModuleTotals> {
  // The worker is TypeScript too: it registers tsx, as this process was started with it.
  const entry = new URL('./card-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: job });
  const waiting: ((message: FromCardWorker) => void)[] = [];
  let failure: Error | null = null;
  const arrived: FromCardWorker[] = [];
  worker.on('message', (message: FromCardWorker) => {
    const take = waiting.shift();
    if (take) take(message);
    else arrived.push(message);
  });
  worker.on('error', (error) => {
    failure = error;
    for (const take of waiting.splice(0)) take({ done: true, countRows: [], moneyRows: [] });
  });
  const next = () =>
    new Promise<FromCardWorker>((resolve) => {
      const ready = arrived.shift();
      if (ready) resolve(ready);
      else waiting.push(resolve);
    });
  try {
    worker.postMessage('next');
    for (;;) {
      const message = await next();
      if (failure) throw failure;
      if (message.done) return message;
      worker.postMessage('next');
      yield message;
    }
  } finally {
    await worker.terminate();
  }
}
