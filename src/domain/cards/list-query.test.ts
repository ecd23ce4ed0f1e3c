import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '../fields/field-definition';
import { parseFieldFilters, parseSort } from './list-query';

const field = (
  key: string,
  type: FieldDefinition['type'],
  options: FieldDefinition['options'] = null,
): FieldDefinition => ({
  id: `f-${key}`,
  key,
  label: key,
  type,
  required: false,
  requiredFromStatusId: null,
  options,
});
const fields = [
  field('close', 'date'),
  field('value', 'money'),
  field('name', 'text'),
  field('source', 'single_choice', [{ key: 'web', label: 'Web' }]),
  field('tags', 'multi_choice', [{ key: 'a', label: 'A' }]),
];

describe('parseFieldFilters', () => {
  it.each([
    [
      'filter[close][gte]',
      '2026-01-31',
      { fieldId: 'f-close', column: 'txt', op: 'gte', value: '2026-01-31' },
    ],
    ['filter[value][lt]', '100.5', { fieldId: 'f-value', column: 'num', op: 'lt', value: 100.5 }],
    [
      'filter[name][contains]',
      'Șarbu',
      { fieldId: 'f-name', column: 'txt', op: 'contains', value: 'sarbu' },
    ],
    ['filter[source]', 'web', { fieldId: 'f-source', column: 'txt', op: 'eq', values: ['web'] }],
    ['filter[tags][empty]', 'true', { fieldId: 'f-tags', column: 'txt', op: 'empty', empty: true }],
  ])('reads %s=%s', (name, value, expected) => {
    expect(parseFieldFilters({ [name]: value }, fields)).toEqual({
      filters: [expected],
      problems: [],
    });
  });

  it.each([
    ['filter[close][gte]', 'tomorrow'],
    ['filter[close]', '2026-02-30'],
    ['filter[source]', 'fax'],
    ['filter[name][gte]', 'a'],
    ['filter[value][contains]', '1'],
    ['filter[value]', 'ten'],
    ['filter[nope]', 'x'],
    ['filter[name][like]', 'x'],
    ['filter[tags][empty]', 'maybe'],
  ])('refuses %s=%s naming the parameter', (name, value) => {
    const { filters, problems } = parseFieldFilters({ [name]: value }, fields);
    expect(filters).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual([`query.${name}`]);
  });
});

describe('parseSort', () => {
  it('sorts newest first by default, by a core key or a field, descending with a minus', () => {
    expect(parseSort(undefined, fields)).toEqual({
      kind: 'core',
      key: 'createdAt',
      descending: true,
    });
    expect(parseSort('title', fields)).toEqual({ kind: 'core', key: 'title', descending: false });
    expect(parseSort('-value', fields)).toEqual({
      kind: 'field',
      fieldId: 'f-value',
      column: 'num',
      descending: true,
    });
  });

  it('refuses multiple-choice fields and unknown keys', () => {
    expect(typeof parseSort('tags', fields)).toBe('string');
    expect(typeof parseSort('-nope', fields)).toBe('string');
  });
});
