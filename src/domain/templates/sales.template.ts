// The Sales module template: a B2B deal pipeline from first lead to signed contract.
import type { ModuleTemplate } from './template.types';

const deal = { ro: 'Ofertă', en: 'Deal' };
const customer = { ro: 'Client', en: 'Customer' };
const notes = { ro: 'Note', en: 'Notes' };

export const salesTemplate: ModuleTemplate = {
  key: 'sales',
  name: { ro: 'Vânzări', en: 'Sales' },
  description: {
    ro: 'Urmărește oportunitățile de vânzare de la primul contact până la contractul semnat.',
    en: 'Track sales opportunities from the first contact to the signed contract.',
  },
  statuses: [
    {
      key: 'new_lead',
      name: { ro: 'Lead nou', en: 'New lead' },
      group: 'lead',
      color: '#868e96',
      probability: 10,
    },
    {
      key: 'contacted',
      name: { ro: 'Contactat', en: 'Contacted' },
      group: 'open',
      color: '#228be6',
      probability: 20,
    },
    {
      key: 'needs_analysis',
      name: { ro: 'Analiza nevoilor', en: 'Needs analysis' },
      group: 'open',
      color: '#15aabf',
      probability: 40,
    },
    {
      key: 'offer_sent',
      name: { ro: 'Ofertă trimisă', en: 'Offer sent' },
      group: 'open',
      color: '#7950f2',
      probability: 60,
    },
    {
      key: 'negotiation',
      name: { ro: 'Negociere', en: 'Negotiation' },
      group: 'open',
      color: '#fd7e14',
      probability: 80,
    },
    {
      key: 'won',
      name: { ro: 'Câștigat', en: 'Won' },
      group: 'won',
      color: '#40c057',
      probability: 100,
    },
    {
      key: 'lost',
      name: { ro: 'Pierdut', en: 'Lost' },
      group: 'lost',
      color: '#fa5252',
      probability: 0,
    },
  ],
  fields: [
    {
      key: 'value',
      label: { ro: 'Valoare', en: 'Value' },
      type: 'money',
      section: deal,
      requiredFromStatus: 'offer_sent',
      helpText: {
        ro: 'Valoarea estimată a contractului, fără TVA.',
        en: 'Estimated contract value, excluding VAT.',
      },
    },
    {
      key: 'expected_close',
      label: { ro: 'Data estimată de închidere', en: 'Expected close date' },
      type: 'date',
      section: deal,
    },
    {
      key: 'product_interest',
      label: { ro: 'Servicii de interes', en: 'Services of interest' },
      type: 'multi_choice',
      section: deal,
      options: [
        { key: 'licenses', label: { ro: 'Licențe', en: 'Licences' } },
        { key: 'implementation', label: { ro: 'Implementare', en: 'Implementation' } },
        { key: 'training', label: { ro: 'Instruire', en: 'Training' } },
        { key: 'support', label: { ro: 'Suport și mentenanță', en: 'Support and maintenance' } },
        { key: 'consulting', label: { ro: 'Consultanță', en: 'Consulting' } },
      ],
    },
    {
      key: 'lost_reason',
      label: { ro: 'Motivul pierderii', en: 'Lost reason' },
      type: 'single_choice',
      section: deal,
      requiredFromStatus: 'lost',
      options: [
        { key: 'price', label: { ro: 'Preț prea mare', en: 'Price too high' } },
        { key: 'competitor', label: { ro: 'A ales concurența', en: 'Chose a competitor' } },
        { key: 'no_budget', label: { ro: 'Fără buget', en: 'No budget' } },
        { key: 'no_response', label: { ro: 'Fără răspuns', en: 'No response' } },
        { key: 'timing', label: { ro: 'Moment nepotrivit', en: 'Bad timing' } },
      ],
    },
    {
      key: 'source',
      label: { ro: 'Sursă', en: 'Source' },
      type: 'single_choice',
      section: customer,
      options: [
        { key: 'website', label: { ro: 'Site web', en: 'Website' } },
        { key: 'referral', label: { ro: 'Recomandare', en: 'Referral' } },
        { key: 'cold_call', label: { ro: 'Apel la rece', en: 'Cold call' } },
        { key: 'event', label: { ro: 'Eveniment', en: 'Event' } },
        { key: 'partner', label: { ro: 'Partener', en: 'Partner' } },
      ],
    },
    {
      key: 'website',
      label: { ro: 'Site web', en: 'Website' },
      type: 'url',
      section: customer,
    },
    {
      key: 'notes',
      label: { ro: 'Note', en: 'Notes' },
      type: 'long_text',
      section: notes,
    },
  ],
  taskTypes: [
    {
      name: { ro: 'Apel', en: 'Call' },
      color: '#228be6',
      icon: 'phone',
      defaultDurationMin: 15,
      defaultReminderMin: 10,
    },
    {
      name: { ro: 'Întâlnire', en: 'Meeting' },
      color: '#7950f2',
      icon: 'calendar',
      defaultDurationMin: 60,
      defaultReminderMin: 30,
    },
    {
      name: { ro: 'E-mail', en: 'E-mail' },
      color: '#15aabf',
      icon: 'mail',
      defaultDurationMin: 10,
      defaultReminderMin: 0,
    },
    {
      name: { ro: 'Ofertă', en: 'Offer' },
      color: '#fd7e14',
      icon: 'file-text',
      defaultDurationMin: 60,
      defaultReminderMin: 1440,
    },
  ],
  sampleCards: [
    {
      title: { ro: 'Implementare CRM – Nordvest', en: 'CRM rollout – Nordvest' },
      status: 'new_lead',
      contact: 'andreea_popescu',
      fields: {
        source: 'website',
        product_interest: ['implementation', 'training'],
        expected_close: '2027-02-26',
        website: 'https://www.example.ro/nordvest',
      },
    },
    {
      title: { ro: 'Mentenanță aplicație flotă', en: 'Fleet app maintenance' },
      status: 'needs_analysis',
      contact: 'serban_ionescu',
      fields: {
        source: 'referral',
        product_interest: ['support'],
        expected_close: '2027-01-29',
        notes: {
          ro: 'Vor suport în afara programului pentru dispecerat, inclusiv în weekend.',
          en: 'They want after-hours support for dispatch, weekends included.',
        },
      },
    },
    {
      title: { ro: 'Instruire echipă de vânzări', en: 'Sales team training' },
      status: 'offer_sent',
      contact: 'ioana_turcanu',
      fields: {
        value: { amount: '18500.00', currency: 'RON' },
        source: 'event',
        product_interest: ['training'],
        expected_close: '2026-12-18',
      },
    },
    {
      title: { ro: 'Platformă de urmărire a transporturilor', en: 'Shipment tracking platform' },
      status: 'negotiation',
      contact: 'vadul',
      fields: {
        value: { amount: '12500.00', currency: 'EUR' },
        source: 'partner',
        product_interest: ['licenses', 'implementation'],
        expected_close: '2026-12-11',
      },
    },
    {
      title: { ro: 'Consultanță digitalizare', en: 'Digitalisation consulting' },
      status: 'won',
      contact: 'catalina_stanescu',
      fields: {
        value: { amount: '36000.00', currency: 'RON' },
        source: 'referral',
        product_interest: ['consulting'],
        expected_close: '2026-11-20',
      },
    },
    {
      title: { ro: 'Licențe anuale – Agroserv', en: 'Annual licences – Agroserv' },
      status: 'lost',
      contact: 'mihai_dumitrescu',
      fields: {
        value: { amount: '9800.00', currency: 'RON' },
        source: 'cold_call',
        product_interest: ['licenses'],
        lost_reason: 'price',
        expected_close: '2026-11-13',
      },
    },
  ],
};
