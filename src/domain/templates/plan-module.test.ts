import { describe, expect, it } from 'vitest';
import { moduleTemplates } from './index';
import { planModule } from './plan-module';

let counter = 0;
const newId = () => `id-${++counter}`;

describe('planModule', () => {
  it.each(Object.values(moduleTemplates))(
    'plans $key in Romanian with sample cards',
    (template) => {
      const plan = planModule(template, { locale: 'ro', sampleData: true, newId });
      expect(plan.statuses.map((s) => s.name)).toEqual(template.statuses.map((s) => s.name.ro));
      expect(plan.fields.map((f) => f.key)).toEqual(template.fields.map((f) => f.key));
      expect(plan.sampleCards).toHaveLength(template.sampleCards.length);
      const statusIds = new Set(plan.statuses.map((s) => s.id));
      for (const card of plan.sampleCards) expect(statusIds.has(card.statusId)).toBe(true);
      for (const field of plan.fields) {
        if (field.requiredFromStatusId)
          expect(statusIds.has(field.requiredFromStatusId)).toBe(true);
      }
    },
  );

  it('leaves sample cards out when sample data is not wanted', () => {
    const plan = planModule(moduleTemplates.sales, { locale: 'en', sampleData: false, newId });
    expect(plan.sampleCards).toEqual([]);
    expect(plan.statuses[0]?.name).toBe('New lead');
  });

  it('gives sample cards strictly ascending rank keys', () => {
    const plan = planModule(moduleTemplates.sales, { locale: 'en', sampleData: true, newId });
    const ranks = plan.sampleCards.map((c) => c.rank);
    expect([...ranks].sort()).toEqual(ranks);
    expect(new Set(ranks).size).toBe(ranks.length);
  });

  it('resolves localized sample text to the chosen language', () => {
    const plan = planModule(moduleTemplates.sales, { locale: 'en', sampleData: true, newId });
    for (const card of plan.sampleCards) {
      for (const value of Object.values(card.fields)) {
        const isLocalized = typeof value === 'object' && value !== null && 'ro' in value;
        expect(isLocalized).toBe(false);
      }
    }
  });
});
