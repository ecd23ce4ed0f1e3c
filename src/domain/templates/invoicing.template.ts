// The Invoicing module template: invoices from draft to payment.
import type { ModuleTemplate } from './template.types';

const invoice = { ro: 'Factură', en: 'Invoice' };
const payment = { ro: 'Plată', en: 'Payment' };

export const invoicingTemplate: ModuleTemplate = {
  key: 'invoicing',
  name: { ro: 'Facturare', en: 'Invoicing' },
  description: {
    ro: 'Emite facturi, urmărește scadențele și încasările.',
    en: 'Issue invoices, follow due dates and collect payments.',
  },
  statuses: [
    {
      key: 'draft',
      name: { ro: 'Ciornă', en: 'Draft' },
      group: 'lead',
      color: '#868e96',
      probability: 50,
    },
    {
      key: 'issued',
      name: { ro: 'Emisă', en: 'Issued' },
      group: 'open',
      color: '#228be6',
      probability: 90,
    },
    {
      key: 'overdue',
      name: { ro: 'Scadență depășită', en: 'Overdue' },
      group: 'open',
      color: '#fd7e14',
      probability: 60,
    },
    {
      key: 'paid',
      name: { ro: 'Încasată', en: 'Paid' },
      group: 'won',
      color: '#40c057',
      probability: 100,
    },
    {
      key: 'cancelled',
      name: { ro: 'Anulată', en: 'Cancelled' },
      group: 'lost',
      color: '#fa5252',
      probability: 0,
    },
  ],
  fields: [
    {
      key: 'invoice_number',
      label: { ro: 'Număr factură', en: 'Invoice number' },
      type: 'text',
      section: invoice,
      requiredFromStatus: 'issued',
    },
    {
      key: 'amount',
      label: { ro: 'Valoare', en: 'Amount' },
      type: 'money',
      section: invoice,
      required: true,
      helpText: { ro: 'Totalul facturii, cu TVA.', en: 'Invoice total, VAT included.' },
    },
    {
      key: 'issue_date',
      label: { ro: 'Data emiterii', en: 'Issue date' },
      type: 'date',
      section: invoice,
      requiredFromStatus: 'issued',
    },
    {
      key: 'due_date',
      label: { ro: 'Data scadenței', en: 'Due date' },
      type: 'date',
      section: payment,
      requiredFromStatus: 'issued',
    },
    {
      key: 'payment_method',
      label: { ro: 'Modalitate de plată', en: 'Payment method' },
      type: 'single_choice',
      section: payment,
      options: [
        { key: 'bank_transfer', label: { ro: 'Ordin de plată', en: 'Bank transfer' } },
        { key: 'card', label: { ro: 'Card', en: 'Card' } },
        { key: 'cash', label: { ro: 'Numerar', en: 'Cash' } },
      ],
    },
  ],
  taskTypes: [
    {
      name: { ro: 'Memento de plată', en: 'Payment reminder' },
      color: '#fd7e14',
      icon: 'bell',
      defaultDurationMin: 10,
      defaultReminderMin: 60,
    },
    {
      name: { ro: 'Apel', en: 'Call' },
      color: '#228be6',
      icon: 'phone',
      defaultDurationMin: 15,
      defaultReminderMin: 10,
    },
    {
      name: { ro: 'Trimitere factură', en: 'Send invoice' },
      color: '#15aabf',
      icon: 'send',
      defaultDurationMin: 10,
      defaultReminderMin: 30,
    },
  ],
  sampleCards: [
    {
      title: { ro: 'Servicii de mentenanță – decembrie', en: 'Maintenance services – December' },
      status: 'draft',
      contact: 'agroserv',
      fields: {
        amount: { amount: '2380.00', currency: 'RON' },
        payment_method: 'bank_transfer',
      },
    },
    {
      title: {
        ro: 'Consultanță digitalizare – etapa 1',
        en: 'Digitalisation consulting – phase 1',
      },
      status: 'issued',
      contact: 'nordvest',
      fields: {
        invoice_number: 'CRT-0047',
        amount: { amount: '21420.00', currency: 'RON' },
        issue_date: '2026-11-23',
        due_date: '2026-12-23',
        payment_method: 'bank_transfer',
      },
    },
    {
      title: { ro: 'Licențe platformă urmărire', en: 'Tracking platform licences' },
      status: 'overdue',
      contact: 'vadul',
      fields: {
        invoice_number: 'CRT-0041',
        amount: { amount: '5950.00', currency: 'EUR' },
        issue_date: '2026-10-26',
        due_date: '2026-11-25',
        payment_method: 'bank_transfer',
      },
    },
    {
      title: { ro: 'Instruire echipă – avans', en: 'Team training – advance payment' },
      status: 'paid',
      contact: 'bradet',
      fields: {
        invoice_number: 'CRT-0038',
        amount: { amount: '4500.00', currency: 'RON' },
        issue_date: '2026-10-12',
        due_date: '2026-10-26',
        payment_method: 'card',
      },
    },
  ],
};
