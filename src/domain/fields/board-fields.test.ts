import { describe, expect, it } from 'vitest';
import type { FieldType } from '../field-types';
import { boardFields } from './board-fields';

const field = (id: string, type: FieldType, archived = false) => ({ id, type, archived });

describe('board fields', () => {
  it('picks the first money, date and choice field, in field order', () => {
    const fields = [
      field('source', 'single_choice'),
      field('notes', 'text'),
      field('close', 'date'),
      field('value', 'money'),
      field('budget', 'money'),
      field('tags', 'multi_choice'),
      field('due', 'datetime'),
    ];
    expect(boardFields(fields).map((f) => f.id)).toEqual(['source', 'close', 'value']);
  });

  it('passes over archived fields and kinds the module lacks', () => {
    const fields = [field('old', 'money', true), field('due', 'datetime'), field('n', 'number')];
    expect(boardFields(fields).map((f) => f.id)).toEqual(['due']);
  });
});
