// An answer already written as JSON bytes, in parts the database wrote itself (see
// card-json.sql.ts): the serializer sends the bytes as they are instead of stringifying an
// object. Bytes, not strings: joining a few hundred JSON strings and encoding the result as UTF-8
// cost more than the board's queries; copying buffers costs next to nothing.
export class JsonBytes<Answer = unknown> {
  constructor(readonly bytes: Buffer) {}

  /**
   * For a route handler: its answer is typed by the route's response schema, and the serializer
   * (response-serializer) sends a JsonBytes as its bytes, so this stands in for the `Answer`.
   */
  asAnswer(): Answer {
    return this as unknown as Answer;
  }
}

export type JsonPart = Buffer | string;

const COMMA = Buffer.from(',');
const OPEN_ARRAY = Buffer.from('[');
const CLOSE_ARRAY = Buffer.from(']');

function bytesOf(part: JsonPart): Buffer {
  return typeof part === 'string' ? Buffer.from(part) : part;
}

/** A JSON array of elements that are JSON already. */
export function jsonArrayOf(elements: JsonPart[]): Buffer {
  const parts: Buffer[] = [OPEN_ARRAY];
  elements.forEach((element, index) => {
    if (index > 0) parts.push(COMMA);
    parts.push(bytesOf(element));
  });
  parts.push(CLOSE_ARRAY);
  return Buffer.concat(parts);
}

/** `value` as a JSON object, with further properties whose values are JSON already. */
export function jsonObjectWith(value: object, written: Record<string, JsonPart>): Buffer {
  const head = JSON.stringify(value).slice(0, -1);
  const parts: Buffer[] = [Buffer.from(head)];
  for (const [key, json] of Object.entries(written)) {
    parts.push(
      Buffer.from(`${parts.length > 1 || head !== '{' ? ',' : ''}${JSON.stringify(key)}:`),
    );
    parts.push(bytesOf(json));
  }
  parts.push(Buffer.from('}'));
  return Buffer.concat(parts);
}
