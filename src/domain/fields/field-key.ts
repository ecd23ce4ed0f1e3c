// Stable keys of custom fields and choice options, made from their labels when none is given:
// ASCII, diacritics folded, words joined by '_' ('Valoare ofertă' → 'valoare_oferta').
import { foldForSearch } from '../text/fold';
import type { ChoiceOption } from '../field-types';

const KEY_MAX_LENGTH = 50;

function trimUnderscores(text: string): string {
  return text.replace(/^_+|_+$/g, '');
}

/**
 * The key a label suggests; always matches FIELD_KEY_PATTERN. `fallback` stands in for a label
 * with no ASCII letter or digit and prefixes one that starts with a digit ('2024' → 'field_2024').
 */
export function keyFromLabel(label: string, fallback: 'field' | 'option' = 'field'): string {
  let key = trimUnderscores(foldForSearch(label).replace(/[^a-z0-9]+/g, '_'));
  if (key === '') return fallback;
  if (/^[0-9]/.test(key)) key = `${fallback}_${key}`;
  return trimUnderscores(key.slice(0, KEY_MAX_LENGTH));
}

/** `key`, or `key_2`, `key_3`, ... : the first that is not taken, kept within the length limit. */
export function firstFreeKey(key: string, taken: ReadonlySet<string>): string {
  if (!taken.has(key)) return key;
  for (let n = 2; ; n += 1) {
    const suffix = `_${n}`;
    const candidate = trimUnderscores(key.slice(0, KEY_MAX_LENGTH - suffix.length)) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

export type OptionInput = { key?: string | undefined; label: string };
export type KeyedOptions =
  { ok: true; options: ChoiceOption[] } | { ok: false; path: string; message: string };

/**
 * Gives each option of a choice field its key: the one sent, or a new one made from its label
 * that neither another option nor any of `reservedKeys` (the field's current keys) has.
 */
export function keyOptions(
  options: OptionInput[],
  reservedKeys: ReadonlySet<string> = new Set(),
): KeyedOptions {
  const sent = new Set<string>();
  for (const [index, option] of options.entries()) {
    if (option.key === undefined) continue;
    if (sent.has(option.key)) {
      return { ok: false, path: `options.${index}.key`, message: `repeats the key ${option.key}` };
    }
    sent.add(option.key);
  }
  const taken = new Set([...reservedKeys, ...sent]);
  const keyed = options.map((option) => {
    if (option.key !== undefined) return { key: option.key, label: option.label };
    const key = firstFreeKey(keyFromLabel(option.label, 'option'), taken);
    taken.add(key);
    return { key, label: option.label };
  });
  return { ok: true, options: keyed };
}
