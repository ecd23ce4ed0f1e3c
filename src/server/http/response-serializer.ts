// Writes every JSON response. Handlers build their answers property by property, so in production
// an answer is written as it is (JSON.stringify, or the bytes of a JsonBytes): checking a board's
// few hundred cards against its zod schema would cost as much as the board's queries. With
// Config.checkResponses (the test suites and `npm run dev`) every answer must match its route's
// schema exactly: a wrong type, a missing property or one the schema does not name (a column
// selected too many) fails the request.
import type { FastifySerializerCompiler } from 'fastify/types/schema';
import { ResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { JsonBytes } from './json-bytes';

function zodSchemaOf(schema: unknown): z.ZodType | undefined {
  if (schema instanceof z.ZodType) return schema;
  const properties = (schema as { properties?: unknown } | null)?.properties;
  return properties instanceof z.ZodType ? properties : undefined;
}

const write = (data: unknown) =>
  (data instanceof JsonBytes ? data.bytes : JSON.stringify(data)) as string;

/** The first property of `sent` (a path) that zod left out of `parsed`, as it names no such key. */
export function unnamedProperty(sent: unknown, parsed: unknown, path = ''): string | undefined {
  if (Array.isArray(sent) && Array.isArray(parsed)) {
    for (const [index, item] of sent.entries()) {
      const found = unnamedProperty(item, parsed[index], `${path}[${index}]`);
      if (found) return found;
    }
  } else if (isPlainObject(sent) && isPlainObject(parsed)) {
    for (const [key, value] of Object.entries(sent)) {
      if (value === undefined) continue;
      if (!(key in parsed)) return `${path}.${key}`;
      const found = unnamedProperty(value, parsed[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function responseSerializerCompiler(options: {
  checkResponses: boolean;
}): FastifySerializerCompiler<unknown> {
  return ({ schema, method, url }) => {
    const zodSchema = zodSchemaOf(schema);
    if (!zodSchema || !options.checkResponses) return write;
    return (answer) => {
      const data: unknown =
        answer instanceof JsonBytes ? JSON.parse(answer.bytes.toString()) : answer;
      const checked = zodSchema.safeParse(data);
      const unnamed = checked.success ? unnamedProperty(data, checked.data) : undefined;
      if (!checked.success) {
        throw new ResponseSerializationError(method, url, { cause: checked.error });
      }
      if (unnamed) {
        const cause = new Error(`the answer has ${unnamed}, which its schema does not name`);
        throw new ResponseSerializationError(method, url, { cause: cause as z.ZodError });
      }
      return write(answer);
    };
  };
}
