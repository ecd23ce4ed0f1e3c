// The message catalogues stay complete: the same keys in Romanian and English, the plural forms
// each language needs, and every key the web app asks for by name.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, type Messages } from './en';
import { ro } from './ro';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function leafKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : leafKeys(value, `${prefix}${key}.`),
  );
}

const withoutPlural = (key: string) => key.replace(PLURAL_SUFFIX, '');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const file = path.join(directory, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [file] : [];
  });
}

describe('message catalogues', () => {
  it('have the same keys in Romanian and English', () => {
    const english = new Set(leafKeys(en).map(withoutPlural));
    const romanian = new Set(leafKeys(ro).map(withoutPlural));
    expect([...romanian].filter((key) => !english.has(key))).toEqual([]);
    expect([...english].filter((key) => !romanian.has(key))).toEqual([]);
  });

  it('give every plural the forms its language needs (en: one, other; ro: one, few, other)', () => {
    const missing = (messages: Messages, forms: string[]) => {
      const keys = new Set(leafKeys(messages));
      const plurals = new Set(
        [...keys].filter((key) => PLURAL_SUFFIX.test(key)).map(withoutPlural),
      );
      return [...plurals].flatMap((base) =>
        forms.map((form) => `${base}_${form}`).filter((key) => !keys.has(key)),
      );
    };
    expect(missing(en, ['one', 'other'])).toEqual([]);
    expect(missing(ro, ['one', 'few', 'other'])).toEqual([]);
  });

  it('hold every key the web app asks for by name', () => {
    const known = new Set(leafKeys(en).map(withoutPlural));
    const webRoot = path.resolve(import.meta.dirname, '..');
    const asked = sourceFiles(webRoot).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\b(?:t|hintKey:)\(?\s*'([a-zA-Z]+\.[\w.]+)'/g)].map(
        (match) => `${path.relative(webRoot, file)}: ${match[1]}`,
      ),
    );
    expect(asked.length).toBeGreaterThan(50);
    expect(asked.filter((entry) => !known.has(entry.split(': ')[1] ?? ''))).toEqual([]);
  });
});
