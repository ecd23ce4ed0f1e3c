// Which image an upload really is, judged by its bytes (never by its name or declared type).

export type ImageKind = 'png' | 'jpeg' | 'svg';
export type ImageContentType = 'image/png' | 'image/jpeg' | 'image/svg+xml';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const ASCII_WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

export function detectImageKind(bytes: Uint8Array): ImageKind | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (startsWith(bytes, JPEG_SIGNATURE)) return 'jpeg';
  return isSvgDocument(bytes) ? 'svg' : null;
}

export function imageContentType(kind: ImageKind): ImageContentType {
  switch (kind) {
    case 'png':
      return 'image/png';
    case 'jpeg':
      return 'image/jpeg';
    case 'svg':
      return 'image/svg+xml';
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

function isSvgDocument(bytes: Uint8Array): boolean {
  if (!startsWithMarkup(bytes)) return false;
  const text = decodeUtf8(bytes);
  if (text === null) return false;
  const rootStart = skipProlog(text);
  if (rootStart === -1) return false;
  const tag = readStartTag(text, rootStart);
  return tag !== null && isSvgRoot(tag);
}

// Cheap pre-check so a large non-markup upload is not decoded as a whole just to be refused.
function startsWithMarkup(bytes: Uint8Array): boolean {
  let at = startsWith(bytes, UTF8_BOM) ? UTF8_BOM.length : 0;
  while (at < bytes.length && ASCII_WHITESPACE.has(bytes[at] ?? 0)) at += 1;
  return bytes[at] === 0x3c; // '<'
}

// A fatal decoder turns binary junk into "not text" instead of replacement characters.
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** Index of the root element's '<' after the XML declaration, comments, PIs and doctype; -1 if none. */
function skipProlog(text: string): number {
  let at = 0;
  for (;;) {
    while (at < text.length && /[ \t\r\n]/.test(text.charAt(at))) at += 1;
    if (text.startsWith('<?', at)) at = indexAfter(text, '?>', at);
    else if (text.startsWith('<!--', at)) at = indexAfter(text, '-->', at);
    else if (text.startsWith('<!DOCTYPE', at)) at = indexAfterDoctype(text, at);
    else return text.startsWith('<', at) ? at : -1;
    if (at === -1) return -1;
  }
}

function indexAfter(text: string, terminator: string, from: number): number {
  const end = text.indexOf(terminator, from);
  return end === -1 ? -1 : end + terminator.length;
}

// A doctype may hold an internal subset ([...]) and quoted ids, either of which can contain '>'.
function indexAfterDoctype(text: string, from: number): number {
  let quote = '';
  let depth = 0;
  for (let at = from; at < text.length; at += 1) {
    const char = text.charAt(at);
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '[') depth += 1;
    else if (char === ']') depth -= 1;
    else if (char === '>' && depth <= 0) return at + 1;
  }
  return -1;
}

type StartTag = { name: string; attributes: Map<string, string> };

function readStartTag(text: string, from: number): StartTag | null {
  const name = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(from, from + 256))?.[1];
  if (name === undefined) return null;
  const end = indexAfterTag(text, from + 1 + name.length);
  if (end === -1) return null;
  const attributes = new Map<string, string>();
  const source = text.slice(from + 1 + name.length, end);
  for (const match of source.matchAll(/([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(match[1] ?? '', match[2] ?? match[3] ?? '');
  }
  return { name, attributes };
}

function indexAfterTag(text: string, from: number): number {
  let quote = '';
  for (let at = from; at < text.length; at += 1) {
    const char = text.charAt(at);
    if (quote !== '') {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '>') return at;
  }
  return -1;
}

// Plain <svg> (no namespace declared, as browsers accept) or svg in the SVG namespace,
// prefixed or not; an <svg> bound to some other namespace is not an image.
function isSvgRoot(tag: StartTag): boolean {
  const colon = tag.name.indexOf(':');
  if (colon === -1) {
    const namespace = tag.attributes.get('xmlns');
    return tag.name === 'svg' && (namespace === undefined || namespace === SVG_NAMESPACE);
  }
  const prefix = tag.name.slice(0, colon);
  return (
    tag.name.slice(colon + 1) === 'svg' && tag.attributes.get(`xmlns:${prefix}`) === SVG_NAMESPACE
  );
}
