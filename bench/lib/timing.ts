// Times a piece of work over many iterations after a warm-up, and summarises the figures.
export type Timing = { n: number; mean: number; p50: number; p95: number; max: number };

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((sum, s) => sum + s, 0) / samples.length;
  return {
    n: samples.length,
    mean,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) as number,
  };
}

/** Runs `work(i)` `warmUp` times untimed, then `iterations` times timed (milliseconds). */
export async function measure(
  work: (iteration: number) => Promise<unknown>,
  options: { warmUp: number; iterations: number },
): Promise<Timing> {
  for (let i = 0; i < options.warmUp; i++) await work(i);
  const samples: number[] = [];
  for (let i = 0; i < options.iterations; i++) {
    const started = performance.now();
    await work(options.warmUp + i);
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

/**
 * Times several pieces of work in alternating blocks (`blocks` rounds, each running every piece
 * `iterations / blocks` times), after `warmUp` untimed runs of each: the speed of this machine
 * drifts over minutes (BENCHMARKS.md), and alternating lets the drift fall on every piece alike,
 * so their ratios hold. `timing` is called once the warm-up is over.
 */
export async function measureAlternating<Name extends string>(
  works: Record<Name, (iteration: number) => Promise<unknown>>,
  options: { warmUp: number; iterations: number; blocks: number; timing?: () => void },
): Promise<Record<Name, Timing>> {
  const names = Object.keys(works) as Name[];
  for (const name of names) {
    for (let i = 0; i < options.warmUp; i++) await works[name](i);
  }
  options.timing?.();
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<
    Name,
    number[]
  >;
  const perBlock = Math.ceil(options.iterations / options.blocks);
  for (let block = 0; block < options.blocks; block++) {
    for (const name of names) {
      for (let i = 0; i < perBlock; i++) {
        const iteration = options.warmUp + block * perBlock + i;
        const started = performance.now();
        await works[name](iteration);
        samples[name].push(performance.now() - started);
      }
    }
  }
  return Object.fromEntries(names.map((name) => [name, summarise(samples[name])])) as Record<
    Name,
    Timing
  >;
}
