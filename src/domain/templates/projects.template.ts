// The Projects module template: client projects from planning to delivery.
import type { ModuleTemplate } from './template.types';

const project = { ro: 'Proiect', en: 'Project' };
const planning = { ro: 'Planificare', en: 'Planning' };

export const projectsTemplate: ModuleTemplate = {
  key: 'projects',
  name: { ro: 'Proiecte', en: 'Projects' },
  description: {
    ro: 'Planifică și livrează proiectele clienților, cu buget, termene și responsabili.',
    en: 'Plan and deliver client projects, with budget, deadlines and owners.',
  },
  statuses: [
    {
      key: 'planned',
      name: { ro: 'Planificat', en: 'Planned' },
      group: 'lead',
      color: '#868e96',
      probability: 30,
    },
    {
      key: 'in_progress',
      name: { ro: 'În desfășurare', en: 'In progress' },
      group: 'open',
      color: '#228be6',
      probability: 60,
    },
    {
      key: 'review',
      name: { ro: 'Revizuire', en: 'Review' },
      group: 'open',
      color: '#7950f2',
      probability: 90,
    },
    {
      key: 'delivered',
      name: { ro: 'Livrat', en: 'Delivered' },
      group: 'won',
      color: '#40c057',
      probability: 100,
    },
    {
      key: 'cancelled',
      name: { ro: 'Anulat', en: 'Cancelled' },
      group: 'lost',
      color: '#fa5252',
      probability: 0,
    },
  ],
  fields: [
    {
      key: 'budget',
      label: { ro: 'Buget', en: 'Budget' },
      type: 'money',
      section: project,
      requiredFromStatus: 'in_progress',
    },
    {
      key: 'priority',
      label: { ro: 'Prioritate', en: 'Priority' },
      type: 'single_choice',
      section: project,
      options: [
        { key: 'low', label: { ro: 'Scăzută', en: 'Low' } },
        { key: 'normal', label: { ro: 'Normală', en: 'Normal' } },
        { key: 'high', label: { ro: 'Ridicată', en: 'High' } },
      ],
    },
    {
      key: 'project_manager',
      label: { ro: 'Manager de proiect', en: 'Project manager' },
      type: 'user',
      section: project,
    },
    {
      key: 'brief',
      label: { ro: 'Descriere', en: 'Brief' },
      type: 'long_text',
      section: project,
    },
    {
      key: 'start_date',
      label: { ro: 'Data de început', en: 'Start date' },
      type: 'date',
      section: planning,
    },
    {
      key: 'due_date',
      label: { ro: 'Termen de livrare', en: 'Due date' },
      type: 'date',
      section: planning,
      requiredFromStatus: 'in_progress',
    },
    {
      key: 'hours_estimated',
      label: { ro: 'Ore estimate', en: 'Estimated hours' },
      type: 'number',
      section: planning,
    },
  ],
  taskTypes: [
    {
      name: { ro: 'Jalon', en: 'Milestone' },
      color: '#fab005',
      icon: 'flag',
      // A milestone marks a point in time, not a block of work.
      defaultDurationMin: 0,
      defaultReminderMin: 1440,
    },
    {
      name: { ro: 'Întâlnire', en: 'Meeting' },
      color: '#7950f2',
      icon: 'calendar',
      defaultDurationMin: 60,
      defaultReminderMin: 30,
    },
    {
      name: { ro: 'Revizuire', en: 'Review' },
      color: '#12b886',
      icon: 'checklist',
      defaultDurationMin: 45,
      defaultReminderMin: 60,
    },
    {
      name: { ro: 'Apel', en: 'Call' },
      color: '#228be6',
      icon: 'phone',
      defaultDurationMin: 15,
      defaultReminderMin: 10,
    },
  ],
  sampleCards: [
    {
      title: { ro: 'Site nou de prezentare', en: 'New company website' },
      status: 'planned',
      contact: 'mihai_dumitrescu',
      fields: {
        priority: 'normal',
        start_date: '2027-01-11',
        hours_estimated: 120,
        brief: {
          ro: 'Site în română și engleză, cu catalogul de utilaje și formular de contact.',
          en: 'Website in Romanian and English, with the machinery catalogue and a contact form.',
        },
      },
    },
    {
      title: { ro: 'Integrare ERP – facturare', en: 'ERP integration – invoicing' },
      status: 'in_progress',
      contact: 'andreea_popescu',
      fields: {
        budget: { amount: '42000.00', currency: 'RON' },
        priority: 'high',
        start_date: '2026-10-05',
        due_date: '2026-12-18',
        hours_estimated: 320,
      },
    },
    {
      title: { ro: 'Catalog online de mobilier', en: 'Online furniture catalogue' },
      status: 'review',
      contact: 'bradet',
      fields: {
        budget: { amount: '15000.00', currency: 'RON' },
        priority: 'normal',
        start_date: '2026-09-14',
        due_date: '2026-12-04',
        hours_estimated: 160,
      },
    },
    {
      title: { ro: 'Aplicație mobilă pentru șoferi', en: 'Mobile app for drivers' },
      status: 'delivered',
      contact: 'serban_ionescu',
      fields: {
        budget: { amount: '24000.00', currency: 'EUR' },
        priority: 'high',
        start_date: '2026-05-04',
        due_date: '2026-10-30',
        hours_estimated: 540,
      },
    },
  ],
};
