// The Recruitment module template: candidates from application to hire.
import type { ModuleTemplate } from './template.types';

const candidate = { ro: 'Candidat', en: 'Candidate' };
const terms = { ro: 'Condiții', en: 'Terms' };

export const recruitmentTemplate: ModuleTemplate = {
  key: 'recruitment',
  name: { ro: 'Recrutare', en: 'Recruitment' },
  description: {
    ro: 'Urmărește candidații de la aplicare, prin interviuri, până la angajare.',
    en: 'Follow candidates from application, through interviews, to hire.',
  },
  statuses: [
    {
      key: 'applied',
      name: { ro: 'Aplicat', en: 'Applied' },
      group: 'lead',
      color: '#868e96',
      probability: 10,
    },
    {
      key: 'screening',
      name: { ro: 'Preselecție', en: 'Screening' },
      group: 'open',
      color: '#15aabf',
      probability: 20,
    },
    {
      key: 'interview',
      name: { ro: 'Interviu', en: 'Interview' },
      group: 'open',
      color: '#228be6',
      probability: 40,
    },
    {
      key: 'offer',
      name: { ro: 'Ofertă', en: 'Offer' },
      group: 'open',
      color: '#7950f2',
      probability: 70,
    },
    {
      key: 'hired',
      name: { ro: 'Angajat', en: 'Hired' },
      group: 'won',
      color: '#40c057',
      probability: 100,
    },
    {
      key: 'rejected',
      name: { ro: 'Respins', en: 'Rejected' },
      group: 'lost',
      color: '#fa5252',
      probability: 0,
    },
  ],
  fields: [
    {
      key: 'position',
      label: { ro: 'Post', en: 'Position' },
      type: 'text',
      section: candidate,
      required: true,
    },
    { key: 'email', label: { ro: 'E-mail', en: 'E-mail' }, type: 'email', section: candidate },
    { key: 'phone', label: { ro: 'Telefon', en: 'Phone' }, type: 'phone', section: candidate },
    { key: 'linkedin', label: { ro: 'LinkedIn', en: 'LinkedIn' }, type: 'url', section: candidate },
    { key: 'cv', label: { ro: 'CV', en: 'CV' }, type: 'file', section: candidate },
    {
      key: 'seniority',
      label: { ro: 'Nivel de experiență', en: 'Seniority' },
      type: 'single_choice',
      section: candidate,
      options: [
        { key: 'junior', label: { ro: 'Junior', en: 'Junior' } },
        { key: 'mid', label: { ro: 'Intermediar', en: 'Mid-level' } },
        { key: 'senior', label: { ro: 'Senior', en: 'Senior' } },
        { key: 'lead', label: { ro: 'Coordonator de echipă', en: 'Team lead' } },
      ],
    },
    {
      key: 'source',
      label: { ro: 'Sursă', en: 'Source' },
      type: 'single_choice',
      section: candidate,
      options: [
        { key: 'careers_page', label: { ro: 'Pagina de cariere', en: 'Careers page' } },
        { key: 'job_board', label: { ro: 'Portal de locuri de muncă', en: 'Job board' } },
        { key: 'linkedin', label: { ro: 'LinkedIn', en: 'LinkedIn' } },
        { key: 'referral', label: { ro: 'Recomandare', en: 'Referral' } },
        { key: 'agency', label: { ro: 'Agenție de recrutare', en: 'Recruitment agency' } },
      ],
    },
    {
      key: 'salary_expectation',
      label: { ro: 'Salariu dorit', en: 'Salary expectation' },
      type: 'money',
      section: terms,
      requiredFromStatus: 'offer',
      helpText: { ro: 'Salariul lunar net dorit.', en: 'Desired monthly net salary.' },
    },
    {
      key: 'available_from',
      label: { ro: 'Disponibil de la', en: 'Available from' },
      type: 'date',
      section: terms,
    },
  ],
  taskTypes: [
    {
      name: { ro: 'Interviu', en: 'Interview' },
      color: '#228be6',
      icon: 'users',
      defaultDurationMin: 60,
      defaultReminderMin: 30,
    },
    {
      name: { ro: 'Apel de preselecție', en: 'Phone screen' },
      color: '#15aabf',
      icon: 'phone',
      defaultDurationMin: 20,
      defaultReminderMin: 10,
    },
    {
      name: { ro: 'Verificare referințe', en: 'Reference check' },
      color: '#12b886',
      icon: 'user-check',
      defaultDurationMin: 30,
      defaultReminderMin: 60,
    },
    {
      name: { ro: 'Apel pentru ofertă', en: 'Offer call' },
      color: '#7950f2',
      icon: 'phone-call',
      defaultDurationMin: 30,
      defaultReminderMin: 15,
    },
  ],
  // Candidates are not customers, so recruitment samples link to no contact.
  sampleCards: [
    {
      title: { ro: 'Elena Marin – contabil senior', en: 'Elena Marin – senior accountant' },
      status: 'applied',
      fields: {
        position: { ro: 'Contabil senior', en: 'Senior accountant' },
        email: 'elena.marin@example.com',
        phone: '+40 723 618 045',
        seniority: 'senior',
        source: 'job_board',
      },
    },
    {
      title: { ro: 'Radu Constantinescu – programator', en: 'Radu Constantinescu – developer' },
      status: 'screening',
      fields: {
        position: { ro: 'Programator full-stack', en: 'Full-stack developer' },
        email: 'radu.constantinescu@example.com',
        phone: '+40 747 302 916',
        seniority: 'mid',
        source: 'linkedin',
        available_from: '2027-01-04',
      },
    },
    {
      title: { ro: 'Bianca Țăranu – agent vânzări', en: 'Bianca Țăranu – sales agent' },
      status: 'interview',
      fields: {
        position: { ro: 'Agent de vânzări', en: 'Sales agent' },
        email: 'bianca.taranu@example.ro',
        phone: '+40 762 514 738',
        seniority: 'junior',
        source: 'referral',
        available_from: '2026-12-14',
      },
    },
    {
      title: { ro: 'Ștefan Pîrvu – șef de depozit', en: 'Ștefan Pîrvu – warehouse manager' },
      status: 'offer',
      fields: {
        position: { ro: 'Șef de depozit', en: 'Warehouse manager' },
        email: 'stefan.pirvu@example.ro',
        phone: '+40 735 829 164',
        seniority: 'lead',
        source: 'careers_page',
        salary_expectation: { amount: '7500.00', currency: 'RON' },
        available_from: '2027-01-11',
      },
    },
  ],
};
