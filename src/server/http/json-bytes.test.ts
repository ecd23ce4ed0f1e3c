import { describe, expect, it } from 'vitest';
import { JsonBytes, jsonArrayOf, jsonObjectWith, type JsonPieces } from './json-bytes';

const parsed = (json: JsonPieces) =>
  JSON.parse(new JsonBytes(json).bytes.toString('utf8')) as unknown;

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

  it('nests pieces in pieces and counts their bytes', () => {
    const columns = [
      jsonObjectWith({ n: 1 }, { cards: jsonArrayOf(['{"id":"a"}', '{"id":"b"}']) }),
    ];
    const board = jsonObjectWith({ moduleId: 'm' }, { columns: jsonArrayOf(columns) });
    const bytes = new JsonBytes(board).bytes;
    expect(bytes.length).toBe(board.length);
    expect(JSON.parse(bytes.toString())).toEqual({
      moduleId: 'm',
      columns: [{ n: 1, cards: [{ id: 'a' }, { id: 'b' }] }],
    });
  });

  it('keeps multi-byte characters whole', () => {
    const json = jsonObjectWith({ name: 'Ștefan 😀' }, { title: Buffer.from('"Brașov"') });
    expect(parsed(json)).toEqual({ name: 'Ștefan 😀', title: 'Brașov' });
  });
});
