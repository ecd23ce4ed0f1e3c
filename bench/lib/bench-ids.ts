// Row ids for generated data: UUIDv7 as the app makes them (src/server/ids.ts), time-ordered and
// increasing, with their random bits from the generator's seeded source instead of the system's
// (a system call per id was a tenth of the generator's time).
import { v7 as uuidv7 } from 'uuid';
import type { Random } from './random';

export function createIdSource(random: Random): () => string {
  const bytes = new Uint8Array(16);
  let msecs = -Infinity;
  let seq = 0;
  return () => {
    // Sixteen draws per id, whatever the clock does, so the values drawn after it stay the same
    // from run to run.
    for (let i = 0; i < 16; i++) bytes[i] = random.int(256);
    const now = Date.now();
    // As uuid's own v7: a new millisecond starts a sequence from the random bytes, the same
    // millisecond counts up.
    if (now > msecs) {
      msecs = now;
      seq = ((bytes[6]! & 0x7f) << 23) | (bytes[7]! << 15) | (bytes[8]! << 7) | (bytes[9]! >> 1);
    } else {
      seq = (seq + 1) | 0;
    }
    return uuidv7({ random: bytes, msecs, seq });
  };
}
