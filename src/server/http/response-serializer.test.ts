import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { responseSerializerCompiler, unnamedProperty } from './response-serializer';

const card = z.object({
  id: z.string(),
  contactId: z.string().nullable(),
  fields: z.record(z.string(), z.unknown()),
  tags: z.array(z.object({ key: z.string() })),
});
const value = {
  id: 'c1',
  contactId: null,
  fields: { v: { amount: '1.50' } },
  tags: [{ key: 'a' }],
};

function compile(schema: unknown, checkResponses: boolean) {
  return responseSerializerCompiler({ checkResponses })({
    schema,
    method: 'GET',
    url: '/test',
    httpStatus: '200',
  });
}

describe('response serializer', () => {
  it('writes the answer as JSON, checked or not', () => {
    expect(compile(card, false)(value)).toBe(JSON.stringify(value));
    expect(compile(card, true)(value)).toBe(JSON.stringify(value));
  });

  it('refuses, when checking, an answer that breaks its schema', () => {
    expect(() => compile(card, true)({ ...value, id: 1 })).toThrow(
      "Response doesn't match the schema",
    );
  });

  it('refuses, when checking, a property the schema does not name, however deep', () => {
    expect(() => compile(card, true)({ ...value, passwordHash: 'x' })).toThrow();
    expect(unnamedProperty({ ...value, passwordHash: 'x' }, card.parse(value))).toBe(
      '.passwordHash',
    );
    const deep = { ...value, tags: [{ key: 'a', secret: 1 }] };
    expect(unnamedProperty(deep, card.parse(deep))).toBe('.tags[0].secret');
    expect(unnamedProperty({ ...value, extra: undefined }, card.parse(value))).toBeUndefined();
  });

  it('writes plain JSON for a route without a zod schema', () => {
    expect(compile({ type: 'object' }, true)({ a: 1 })).toBe('{"a":1}');
  });
});
