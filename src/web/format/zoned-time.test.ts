import { describe, expect, it } from 'vitest';
import { fromWallClock, toWallClock } from './zoned-time';

describe('wall-clock times in a time zone', () => {
  it.each([
    ['2026-11-30T08:42:00.000Z', 'Europe/Bucharest', '2026-11-30T10:42'],
    ['2026-07-01T08:42:00.000Z', 'Europe/Bucharest', '2026-07-01T11:42'],
    ['2026-11-30T23:30:00.000Z', 'America/New_York', '2026-11-30T18:30'],
    ['2026-11-30T08:42:00.000Z', 'UTC', '2026-11-30T08:42'],
  ])('shows %s in %s as %s and reads it back', (iso, zone, wall) => {
    expect(toWallClock(iso, zone)).toBe(wall);
    expect(fromWallClock(wall, zone)).toBe(iso);
  });

  it('reads a time on the day summer time starts (Bucharest, 29 March 2026)', () => {
    expect(fromWallClock('2026-03-29T05:00', 'Europe/Bucharest')).toBe('2026-03-29T02:00:00.000Z');
    expect(fromWallClock('2026-03-29T02:00', 'Europe/Bucharest')).toBe('2026-03-29T00:00:00.000Z');
  });

  it('refuses text that is not a time', () => {
    expect(fromWallClock('', 'UTC')).toBeNull();
    expect(fromWallClock('30.11.2026', 'UTC')).toBeNull();
    expect(toWallClock('not a time', 'UTC')).toBe('');
  });
});
