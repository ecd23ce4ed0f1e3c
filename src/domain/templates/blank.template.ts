// The blank module template: a minimal pipeline the administrator builds on.
import type { ModuleTemplate } from './template.types';

export const blankTemplate: ModuleTemplate = {
  key: 'blank',
  name: { ro: 'Modul gol', en: 'Blank module' },
  description: {
    ro: 'Pornește de la un flux simplu și adaugă propriile etape, câmpuri și tipuri de sarcini.',
    en: 'Start from a simple pipeline and add your own statuses, fields and task types.',
  },
  statuses: [
    {
      key: 'new',
      name: { ro: 'Nou', en: 'New' },
      group: 'lead',
      color: '#868e96',
      probability: 10,
    },
    {
      key: 'in_progress',
      name: { ro: 'În lucru', en: 'In progress' },
      group: 'open',
      color: '#228be6',
      probability: 50,
    },
    {
      key: 'done',
      name: { ro: 'Finalizat', en: 'Done' },
      group: 'won',
      color: '#40c057',
      probability: 100,
    },
  ],
  fields: [],
  taskTypes: [],
  sampleCards: [],
};
