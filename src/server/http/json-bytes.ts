// An answer already written as JSON bytes, in parts the database wrote itself (see
// card-json.sql.ts): the serializer sends the bytes as they are instead of stringifying an
// object. Bytes, not strings: joining a few hundred JSON strings and encoding the result as UTF-8
// cost more than the board's queries. The parts are gathered as pieces and copied into one
// buffer once, when the answer is made, not once per nesting level.
export class JsonBytes<Answer = unknown> {
  readonly bytes: Buffer;

  constructor(json: JsonPieces) {
    this.bytes = Buffer.concat(json.pieces, json.length);
  }

  /**
   * For a route handler: its answer is typed by the route's response schema, and the serializer
   * (response-serializer) sends a JsonBytes as its bytes, so this stands in for the `Answer`.
   */
  asAnswer(): Answer {
    return this as unknown as Answer;
  }
}

/** JSON written in pieces, in order; `length` is their bytes in all. */
export class JsonPieces {
  readonly pieces: Buffer[] = [];
  length = 0;

  add(part: JsonPart): this {
    if (part instanceof JsonPieces) {
      for (const piece of part.pieces) this.pieces.push(piece);
      this.length += part.length;
    } else {
      const bytes = typeof part === 'string' ? Buffer.from(part) : part;
      this.pieces.push(bytes);
      this.length += bytes.length;
    }
    return this;
  }
}

/** Text, bytes or pieces that are JSON already. */
export type JsonPart = Buffer | string | JsonPieces;

const COMMA = Buffer.from(',');
const OPEN_ARRAY = Buffer.from('[');
const CLOSE_ARRAY = Buffer.from(']');
const CLOSE_OBJECT = Buffer.from('}');

/** A JSON array of elements that are JSON already. */
export function jsonArrayOf(elements: JsonPart[]): JsonPieces {
  const json = new JsonPieces().add(OPEN_ARRAY);
  elements.forEach((element, index) => {
    if (index > 0) json.add(COMMA);
    json.add(element);
  });
  return json.add(CLOSE_ARRAY);
}

/** `value` as a JSON object, with further properties whose values are JSON already. */
export function jsonObjectWith(value: object, written: Record<string, JsonPart>): JsonPieces {
  const head = JSON.stringify(value).slice(0, -1);
  const json = new JsonPieces().add(head);
  let first = head === '{';
  for (const [key, part] of Object.entries(written)) {
    json.add(`${first ? '' : ','}${JSON.stringify(key)}:`).add(part);
    first = false;
  }
  return json.add(CLOSE_OBJECT);
}
