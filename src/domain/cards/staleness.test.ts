import { describe, expect, it } from 'vitest';
import { idleBefore, isStale } from './staleness';

const now = new Date('2026-11-30T12:00:00Z');

describe('isStale', () => {
  it.each([
    ['an open card idle longer than the limit', '2026-11-20T11:00:00Z', 'open', 10, true],
    ['an open card changed within the limit', '2026-11-25T12:00:00Z', 'open', 10, false],
    ['a lead idle too long', '2026-01-01T00:00:00Z', 'lead', 10, true],
    ['a won card however old', '2020-01-01T00:00:00Z', 'won', 10, false],
    ['a lost card however old', '2020-01-01T00:00:00Z', 'lost', 10, false],
    ['any card when the module sets no limit', '2020-01-01T00:00:00Z', 'open', null, false],
  ] as const)('flags %s: %s', (_case, updatedAt, group, idleDays, expected) => {
    expect(isStale({ updatedAt, group }, idleDays, now)).toBe(expected);
  });
});

describe('idleBefore', () => {
  it('is the limit before now for cards still worked on', () => {
    expect(idleBefore('open', 10, now)).toEqual(new Date('2026-11-20T12:00:00Z'));
    expect(idleBefore('lead', 1, now)).toEqual(new Date('2026-11-29T12:00:00Z'));
  });

  it('is null where cards are never idle', () => {
    expect(idleBefore('won', 10, now)).toBeNull();
    expect(idleBefore('lost', 10, now)).toBeNull();
    expect(idleBefore('open', null, now)).toBeNull();
  });

  it('agrees with isStale at the limit itself', () => {
    const limit = idleBefore('open', 10, now)!.toISOString();
    expect(isStale({ updatedAt: limit, group: 'open' }, 10, now)).toBe(false);
    const justBefore = new Date(Date.parse(limit) - 1).toISOString();
    expect(isStale({ updatedAt: justBefore, group: 'open' }, 10, now)).toBe(true);
  });
});
