// Turns a module template into the rows of a new module, in the workspace's language:
// statuses, fields, task types and (optionally) sample cards. Pure; ids come from the caller.
import { generateNKeysBetween } from 'fractional-indexing';
import type { FieldType } from '../field-types';
import type { Locale, Localized } from '../locale';
import type { StatusGroup } from '../pipeline';
import type { ModuleTemplate, SampleFieldValue } from './template.types';

export type PlannedModule = {
  statuses: {
    id: string;
    name: string;
    group: StatusGroup;
    color: string;
    probability: number;
    position: number;
  }[];
  fields: {
    id: string;
    key: string;
    label: string;
    type: FieldType;
    section: string;
    required: boolean;
    requiredFromStatusId: string | null;
    options: { key: string; label: string }[] | null;
    helpText: string;
    position: number;
  }[];
  taskTypes: {
    id: string;
    name: string;
    color: string;
    icon: string;
    defaultDurationMin: number;
    defaultReminderMin: number;
    position: number;
  }[];
  sampleCards: {
    id: string;
    statusId: string;
    title: string;
    contactKey: string | null;
    fields: Record<string, unknown>;
    rank: string;
  }[];
};

function isLocalized(value: SampleFieldValue): value is Localized {
  return typeof value === 'object' && !Array.isArray(value) && 'ro' in value && 'en' in value;
}

export function planModule(
  template: ModuleTemplate,
  options: { locale: Locale; sampleData: boolean; newId: () => string },
): PlannedModule {
  const { locale, newId } = options;
  const statusIdByKey = new Map(template.statuses.map((s) => [s.key, newId()]));
  const statusId = (key: string) => {
    const id = statusIdByKey.get(key);
    if (!id) throw new Error(`template ${template.key} names unknown status ${key}`);
    return id;
  };
  const cards = options.sampleData ? template.sampleCards : [];
  // Sample cards of one status get ascending rank keys, so the board shows them in listed order.
  const ranks = generateNKeysBetween(null, null, cards.length);
  return {
    statuses: template.statuses.map((s, position) => ({
      id: statusId(s.key),
      name: s.name[locale],
      group: s.group,
      color: s.color,
      probability: s.probability,
      position,
    })),
    fields: template.fields.map((f, position) => ({
      id: newId(),
      key: f.key,
      label: f.label[locale],
      type: f.type,
      section: f.section[locale],
      required: f.required ?? false,
      requiredFromStatusId: f.requiredFromStatus ? statusId(f.requiredFromStatus) : null,
      options: f.options?.map((o) => ({ key: o.key, label: o.label[locale] })) ?? null,
      helpText: f.helpText?.[locale] ?? '',
      position,
    })),
    taskTypes: template.taskTypes.map((t, position) => ({
      id: newId(),
      name: t.name[locale],
      color: t.color,
      icon: t.icon,
      defaultDurationMin: t.defaultDurationMin,
      defaultReminderMin: t.defaultReminderMin,
      position,
    })),
    sampleCards: cards.map((card, index) => ({
      id: newId(),
      statusId: statusId(card.status),
      title: card.title[locale],
      contactKey: card.contact ?? null,
      fields: Object.fromEntries(
        Object.entries(card.fields).map(([key, value]) => [
          key,
          isLocalized(value) ? value[locale] : value,
        ]),
      ),
      rank: ranks[index] as string,
    })),
  };
}
