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

/** The worker's next batch (or its totals); rejects if the worker fails or stops instead. */
function ask(worker: Worker): Promise<FromCardWorker> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (message: FromCardWorker) => {
      settle();
      resolve(message);
    };
    const onError = (error: Error) => {
      settle();
      reject(error);
    };
    const onExit = (code: number) => {
      settle();
      reject(new Error(`the card worker stopped (exit code ${code})`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage('next');
  });
}

export async function* cardBatches(job: CardJob): AsyncGenerator<CardBatch, ModuleTotals> {
  // The worker is TypeScript too: it registers tsx, as this process was started with it.
  const entry = new URL('./card-worker.ts', import.meta.url).href;
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  const worker = new Worker(boot, { eval: true, workerData: job });
  let pending = ask(worker);
  try {
    for (;;) {
      const message = await pending;
      if (message.done) return message;
      pending = ask(worker);
      yield message;
    }
  } finally {
    pending.catch(() => undefined); // a batch asked for but no longer wanted
    await worker.terminate();
  }
}
