// The Helpdesk module template: customer support tickets from report to resolution.
import type { ModuleTemplate } from './template.types';

const ticket = { ro: 'Tichet', en: 'Ticket' };
const details = { ro: 'Detalii', en: 'Details' };

export const helpdeskTemplate: ModuleTemplate = {
  key: 'helpdesk',
  name: { ro: 'Suport clienți', en: 'Helpdesk' },
  description: {
    ro: 'Preia solicitările clienților, alocă-le echipei și urmărește-le până la rezolvare.',
    en: 'Take in customer requests, assign them to the team and follow them to resolution.',
  },
  statuses: [
    {
      key: 'new_ticket',
      name: { ro: 'Tichet nou', en: 'New ticket' },
      group: 'lead',
      color: '#868e96',
      probability: 20,
    },
    {
      key: 'assigned',
      name: { ro: 'Alocat', en: 'Assigned' },
      group: 'open',
      color: '#228be6',
      probability: 50,
    },
    {
      key: 'waiting_on_customer',
      name: { ro: 'În așteptarea clientului', en: 'Waiting on customer' },
      group: 'open',
      color: '#fab005',
      probability: 60,
    },
    {
      key: 'resolved',
      name: { ro: 'Rezolvat', en: 'Resolved' },
      group: 'won',
      color: '#40c057',
      probability: 100,
    },
    {
      key: 'closed_without_fix',
      name: { ro: 'Închis fără rezolvare', en: 'Closed without fix' },
      group: 'lost',
      color: '#fa5252',
      probability: 0,
    },
  ],
  fields: [
    {
      key: 'priority',
      label: { ro: 'Prioritate', en: 'Priority' },
      type: 'single_choice',
      section: ticket,
      required: true,
      options: [
        { key: 'low', label: { ro: 'Scăzută', en: 'Low' } },
        { key: 'normal', label: { ro: 'Normală', en: 'Normal' } },
        { key: 'high', label: { ro: 'Ridicată', en: 'High' } },
        { key: 'urgent', label: { ro: 'Urgentă', en: 'Urgent' } },
      ],
    },
    {
      key: 'channel',
      label: { ro: 'Canal', en: 'Channel' },
      type: 'single_choice',
      section: ticket,
      options: [
        { key: 'email', label: { ro: 'E-mail', en: 'E-mail' } },
        { key: 'phone', label: { ro: 'Telefon', en: 'Phone' } },
        { key: 'chat', label: { ro: 'Chat', en: 'Chat' } },
        { key: 'portal', label: { ro: 'Portal clienți', en: 'Customer portal' } },
      ],
    },
    {
      key: 'category',
      label: { ro: 'Categorie', en: 'Category' },
      type: 'single_choice',
      section: ticket,
      options: [
        { key: 'technical', label: { ro: 'Problemă tehnică', en: 'Technical issue' } },
        { key: 'billing', label: { ro: 'Facturare', en: 'Billing' } },
        { key: 'account', label: { ro: 'Cont și acces', en: 'Account and access' } },
        {
          key: 'feature_request',
          label: { ro: 'Cerere de funcționalitate', en: 'Feature request' },
        },
        { key: 'other', label: { ro: 'Altele', en: 'Other' } },
      ],
    },
    {
      key: 'reported_at',
      label: { ro: 'Raportat la', en: 'Reported at' },
      type: 'datetime',
      section: ticket,
    },
    {
      key: 'customer_email',
      label: { ro: 'E-mail client', en: 'Customer e-mail' },
      type: 'email',
      section: ticket,
    },
    {
      key: 'description',
      label: { ro: 'Descriere', en: 'Description' },
      type: 'long_text',
      section: details,
    },
  ],
  taskTypes: [
    {
      name: { ro: 'Răspuns', en: 'Reply' },
      color: '#15aabf',
      icon: 'message-reply',
      defaultDurationMin: 15,
      defaultReminderMin: 30,
    },
    {
      name: { ro: 'Apel', en: 'Call' },
      color: '#228be6',
      icon: 'phone',
      defaultDurationMin: 15,
      defaultReminderMin: 10,
    },
    {
      name: { ro: 'Revenire', en: 'Follow-up' },
      color: '#12b886',
      icon: 'repeat',
      defaultDurationMin: 10,
      defaultReminderMin: 60,
    },
    {
      name: { ro: 'Escaladare', en: 'Escalation' },
      color: '#fa5252',
      icon: 'alert-triangle',
      defaultDurationMin: 30,
      defaultReminderMin: 15,
    },
  ],
  sampleCards: [
    {
      title: { ro: 'Nu se pot exporta rapoartele în PDF', en: 'Reports cannot be exported to PDF' },
      status: 'new_ticket',
      contact: 'catalina_stanescu',
      fields: {
        priority: 'normal',
        channel: 'email',
        category: 'technical',
        reported_at: '2026-11-30T07:45:00Z',
        customer_email: 'catalina.stanescu@example.ro',
        description: {
          ro: 'Butonul „Exportă PDF” afișează o eroare pentru rapoartele lunare.',
          en: 'The “Export PDF” button shows an error for monthly reports.',
        },
      },
    },
    {
      title: {
        ro: 'Factura din noiembrie are TVA greșit',
        en: 'November invoice has the wrong VAT',
      },
      status: 'assigned',
      contact: 'mihai_dumitrescu',
      fields: {
        priority: 'high',
        channel: 'phone',
        category: 'billing',
        reported_at: '2026-11-27T12:10:00Z',
      },
    },
    {
      title: { ro: 'Acces pentru un coleg nou', en: 'Access for a new colleague' },
      status: 'waiting_on_customer',
      contact: 'ioana_turcanu',
      fields: {
        priority: 'low',
        channel: 'portal',
        category: 'account',
        reported_at: '2026-11-25T09:30:00Z',
        customer_email: 'ioana.turcanu@example.ro',
      },
    },
    {
      title: { ro: 'Aplicația de dispecerat nu pornește', en: 'Dispatch app does not start' },
      status: 'resolved',
      contact: 'serban_ionescu',
      fields: {
        priority: 'urgent',
        channel: 'chat',
        category: 'technical',
        reported_at: '2026-11-20T05:05:00Z',
        customer_email: 'serban.ionescu@example.com',
      },
    },
  ],
};
