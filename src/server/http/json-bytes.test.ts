import { describe, expect, it } from 'vitest';
import { JsonBytes, jsonArrayOf, jsonObjectWith } from './json-bytes';

const parsed = (bytes: Buffer) => JSON.parse(bytes.toString('utf8')) as unknown;

describe('JSON written in parts', () => {
  it('joins elements that are JSON already, as bytes or text', () => {
    const cards = [Buffer.from('{"title":"Țară"}'), '{"title":"\\"quoted\\""}'];
    expect(parsed(jsonArrayOf(cards))).toEqual([{ title: 'Țară' }, { title: '"quoted"' }]);
    expect(parsed(jsonArrayOf([]))).toEqual([]);
  });

  it('adds written properties to an object, after its own or alone', () => {
    const written = { cards: jsonArrayOf([Buffer.from('{"id":"c1"}')]), n: '3' };
    expect(parsed(jsonObjectWith({ status: 'open', sum: null }, written))).toEqual({
      status: 'open',
      sum: null,
      cards: [{ id: 'c1' }],
      n: 3,
    });
    expect(parsed(jsonObjectWith({}, written))).toEqual({ cards: [{ id: 'c1' }], n: 3 });
    expect(parsed(jsonObjectWith({ a: 1 }, {}))).toEqual({ a: 1 });
  });

  it('keeps multi-byte characters whole', () => {
    const bytes = jsonObjectWith({ name: 'Ștefan 😀' }, { title: Buffer.from('"Brașov"') });
    expect(parsed(bytes)).toEqual({ name: 'Ștefan 😀', title: 'Brașov' });
    expect(new JsonBytes(bytes).bytes).toBe(bytes);
  });
});
