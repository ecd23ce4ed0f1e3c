// A timeline entry in words, in the UI language: "changed Status from New lead to Offer sent".
// The author's name is put in front by the caller.
import type { TFunction } from 'i18next';
import type { Card, HistoryChange, HistoryEntry } from '../../api/cards.types';
import type { Field } from '../../api/types';
import { describeValue, type ValueNames } from '../../format/field-values';

type LineContext = { t: TFunction; card: Card; fields: Field[]; names: ValueNames };

const BUILT_IN = ['title', 'status', 'owner', 'contact'] as const;
type BuiltIn = (typeof BUILT_IN)[number];
const isBuiltIn = (field: string): field is BuiltIn =>
  (BUILT_IN as readonly string[]).includes(field);

function builtInValue(field: BuiltIn, value: unknown, context: LineContext): string | null {
  if (value === null || value === undefined || value === '') return null;
  const text = String(value);
  if (field === 'owner') return context.names.userName(text) ?? text;
  if (field === 'contact') {
    const known = text === context.card.contactId ? context.card.contactName : undefined;
    return context.names.contactName(text) ?? known ?? text;
  }
  return text;
}

function changeLine(change: HistoryChange, context: LineContext): string {
  const { t } = context;
  if (change.field === 'attachments') {
    return change.to
      ? t('board.activity.attached', { file: String(change.to) })
      : t('board.activity.detached', { file: String(change.from) });
  }
  const field = context.fields.find((candidate) => candidate.key === change.field);
  const value = (raw: unknown) =>
    isBuiltIn(change.field)
      ? builtInValue(change.field, raw, context)
      : describeValue(field, raw, context.names);
  const label = isBuiltIn(change.field)
    ? t(`board.activity.builtIn.${change.field}`)
    : (field?.label ?? change.label);
  const from = value(change.from);
  const to = value(change.to);
  if (from === null && to !== null) return t('board.activity.set', { field: label, to });
  if (to === null && from !== null) return t('board.activity.cleared', { field: label, from });
  const empty = t('board.fields.emptyValue');
  return t('board.activity.changed', { field: label, from: from ?? empty, to: to ?? empty });
}

export function historyLines(entry: HistoryEntry, context: LineContext): string[] {
  const { t } = context;
  switch (entry.kind) {
    case 'created':
      return [t('board.activity.created')];
    case 'deleted':
      return [t('board.activity.deleted')];
    case 'restored':
      return [t('board.activity.restored')];
    case 'comment':
      return [t('board.activity.commented')];
    case 'updated':
      return entry.changes.map((change) => changeLine(change, context));
  }
}
