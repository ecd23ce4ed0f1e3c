// Tests for content-based image detection: real signatures, SVG prologs and look-alikes.
import { describe, expect, it } from 'vitest';
import { detectImageKind, imageContentType, type ImageKind } from './image-kind';

// A complete, valid 1x1 RGBA PNG (IHDR, IDAT, IEND with correct CRCs).
const ONE_PIXEL_PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);
// SOI marker followed by a JFIF APP0 segment header.
const JPEG_HEADER = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const GIF_HEADER = new TextEncoder().encode('GIF89a\x01\x00\x01\x00');

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const withBom = (text: string): Uint8Array => Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8(text)]);

const SVG_BODY = '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><rect/></svg>';

describe('detectImageKind', () => {
  it.each<[string, Uint8Array, ImageKind | null]>([
    ['a real 1x1 PNG', ONE_PIXEL_PNG, 'png'],
    ['a JPEG header', JPEG_HEADER, 'jpeg'],
    ['an SVG without XML declaration', utf8(SVG_BODY), 'svg'],
    [
      'an SVG with XML declaration',
      utf8(`<?xml version="1.0" encoding="UTF-8"?>\n${SVG_BODY}`),
      'svg',
    ],
    ['an SVG with a byte-order mark', withBom(`<?xml version="1.0"?>${SVG_BODY}`), 'svg'],
    [
      'an SVG with comments and a doctype',
      utf8(
        '<?xml version="1.0"?>\n<!-- made by hand -->\n' +
          '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" ' +
          '"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [ <!ENTITY a "<b>"> ]>\n' +
          `<!-- another -->${SVG_BODY}`,
      ),
      'svg',
    ],
    ['a plain <svg> without namespace', utf8('<svg width="1"></svg>'), 'svg'],
    ['a self-closing <svg/>', utf8('  \n<svg/>'), 'svg'],
    [
      'an attribute holding ">"',
      utf8('<svg data-x="a>b" xmlns="http://www.w3.org/2000/svg"/>'),
      'svg',
    ],
    [
      'a prefixed root in the SVG namespace',
      utf8('<s:svg xmlns:s="http://www.w3.org/2000/svg"></s:svg>'),
      'svg',
    ],
    ['a text file renamed', utf8('hello'), null],
    ['an HTML file holding an svg', utf8('<html><svg></svg></html>'), null],
    ['an HTML5 doctype', utf8('<!doctype html><svg></svg>'), null],
    ['an svg root in another namespace', utf8('<svg xmlns="urn:not-svg"></svg>'), null],
    ['a prefixed svg outside the SVG namespace', utf8('<s:svg xmlns:s="urn:x"></s:svg>'), null],
    ['an element merely starting with svg', utf8('<svgfoo></svgfoo>'), null],
    ['an svg start tag cut short', utf8('<svg width="1"'), null],
    ['an unclosed comment before svg', utf8('<!-- <svg></svg>'), null],
    ['text before the svg', utf8('hello <svg></svg>'), null],
    ['markup that is not UTF-8', Uint8Array.from([0x3c, 0x73, 0x76, 0x67, 0xff, 0x3e]), null],
    ['a GIF header', GIF_HEADER, null],
    ['a truncated PNG signature', ONE_PIXEL_PNG.slice(0, 4), null],
    ['empty input', new Uint8Array(0), null],
  ])('recognises %s', (_case, bytes, expected) => {
    expect(detectImageKind(bytes)).toBe(expected);
  });
});

describe('imageContentType', () => {
  it.each<[ImageKind, string]>([
    ['png', 'image/png'],
    ['jpeg', 'image/jpeg'],
    ['svg', 'image/svg+xml'],
  ])('gives %s the content type %s', (kind, contentType) => {
    expect(imageContentType(kind)).toBe(contentType);
  });
});
