import { describe, expect, it } from 'vitest';
import { parseTypedDate } from './typed-date';

describe('parseTypedDate', () => {
  it('reads a whole date in the input format or as ISO text', () => {
    expect(parseTypedDate('15.01.2026', 'DD.MM.YYYY')).toBe('2026-01-15');
    expect(parseTypedDate(' 15/01/2026 ', 'DD/MM/YYYY')).toBe('2026-01-15');
    expect(parseTypedDate('2026-01-15', 'DD.MM.YYYY')).toBe('2026-01-15');
  });

  it('is not a date while it is still being typed, nor a day that does not exist', () => {
    for (const text of ['1', '15.01', '15.01.202', '5.1.2026', '31.02.2026', '15/01/2026', ''])
      expect(parseTypedDate(text, 'DD.MM.YYYY'), text).toBeNull();
  });
});
