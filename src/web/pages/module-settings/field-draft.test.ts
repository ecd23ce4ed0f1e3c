// The field forms' drafts: keys made like the server makes them, option keys kept on rename,
// defaults sent in the form each type takes, and only the changes sent on an edit.
import { describe, expect, it } from 'vitest';
import type { Field } from '../../api/types';
import {
  defaultOf,
  draftOfField,
  draftProblems,
  fieldChanges,
  keyedOptions,
  newFieldBody,
  newFieldDraft,
  optionRow,
  removedOptions,
  withLabel,
  withType,
  type FieldDraft,
} from './field-draft';

const stage: Field = {
  id: 'f1',
  moduleId: 'm1',
  key: 'stage',
  label: 'Stage',
  type: 'single_choice',
  section: 'Deal',
  required: false,
  requiredFromStatusId: null,
  options: [
    { key: 'small', label: 'Small' },
    { key: 'large', label: 'Large' },
  ],
  helpText: '',
  default: 'small',
  position: 0,
  archived: false,
  hasData: true,
};

describe('a new field draft', () => {
  it('makes the key from the label, diacritics folded, free among the taken keys', () => {
    const taken = new Set(['budget_aprobat']);
    expect(withLabel(newFieldDraft(''), 'Valoare ofertă', taken).key).toBe('valoare_oferta');
    expect(withLabel(newFieldDraft(''), 'Budget aprobat', taken).key).toBe('budget_aprobat_2');
  });

  it('stops following the label once the key is typed', () => {
    const typed: FieldDraft = { ...newFieldDraft(''), key: 'mine', keyTouched: true };
    expect(withLabel(typed, 'Budget', new Set()).key).toBe('mine');
  });

  it('starts a choice type with one option row and an empty default', () => {
    const draft = withType(newFieldDraft('Deal'), 'multi_choice');
    expect(draft.options).toHaveLength(1);
    expect(draft.defaultValue).toEqual([]);
  });

  it('sends the options with keys made from their labels', () => {
    const draft: FieldDraft = {
      ...withLabel(newFieldDraft('Deal'), 'Size', new Set()),
      type: 'single_choice',
      options: [optionRow('Mică'), optionRow('Mare')],
      defaultValue: 'mica',
    };
    expect(newFieldBody(draft)).toMatchObject({
      key: 'size',
      options: [
        { key: 'mica', label: 'Mică' },
        { key: 'mare', label: 'Mare' },
      ],
      default: 'mica',
      section: 'Deal',
    });
  });

  it.each([
    ['an empty label', { label: ' ' }, { label: 'required' }],
    ['a key that starts with a digit', { label: 'X', key: '1x' }, { key: 'badKey' }],
    [
      'a choice type without options',
      { label: 'X', type: 'single_choice' },
      { options: 'noOptions' },
    ],
    ['a well-formed field', { label: 'X', key: 'x' }, {}],
  ] as const)('finds the problems of %s', (_case, changes, problems) => {
    expect(draftProblems({ ...newFieldDraft(''), ...changes }, true)).toEqual(problems);
  });
});

describe('the default a draft sends', () => {
  it.each([
    ['text', ' hi ', 'hi'],
    ['text', '', null],
    ['number', '12,5', 12.5],
    ['money', '1 200,50', '1200.50'],
    ['date', '2026-05-01', '2026-05-01'],
    ['boolean', true, true],
    ['boolean', null, null],
    ['multi_choice', [], null],
    ['multi_choice', ['a'], ['a']],
    ['user', 'u1', null],
  ] as const)('for %s from %j is %j', (type, defaultValue, expected) => {
    const draft = {
      ...newFieldDraft(''),
      type,
      defaultValue: defaultValue as FieldDraft['defaultValue'],
    };
    expect(defaultOf(draft)).toEqual(expected);
  });

  it('keeps the currency of a stored money default', () => {
    const money: Field = {
      ...stage,
      type: 'money',
      options: null,
      default: { amount: '10.00', currency: 'EUR' },
    };
    expect(defaultOf(draftOfField(money))).toEqual({ amount: '10.00', currency: 'EUR' });
  });
});

describe('the changes of an edited field', () => {
  it('are empty when nothing changed', () => {
    expect(fieldChanges(stage, draftOfField(stage))).toEqual({});
  });

  it('rename an option under its stored key and give a new one a fresh key', () => {
    const draft = draftOfField(stage);
    const renamed: FieldDraft = {
      ...draft,
      options: [{ ...draft.options[0]!, label: 'Mică' }, draft.options[1]!, optionRow('Small')],
    };
    expect(fieldChanges(stage, renamed)).toEqual({
      options: [
        { key: 'small', label: 'Mică' },
        { key: 'large', label: 'Large' },
        { key: 'small_2', label: 'Small' },
      ],
    });
    expect(keyedOptions(renamed, new Set(['small', 'large']))[2]?.key).toBe('small_2');
  });

  it('name the stored options a draft removes', () => {
    const draft = draftOfField(stage);
    expect(removedOptions(stage, { ...draft, options: [draft.options[0]!] })).toEqual([
      { key: 'large', label: 'Large' },
    ]);
  });

  it('carry the new type, its options and a cleared default together', () => {
    const draft = withType(draftOfField(stage), 'multi_choice');
    expect(fieldChanges(stage, draft)).toEqual({
      type: 'multi_choice',
      options: stage.options,
      default: null,
    });
  });
});
