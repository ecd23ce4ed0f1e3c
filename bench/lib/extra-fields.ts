// The fields the generator adds to each template module so that every module has 20, covering
// the types a filter or sort can meet (number, money, date, choice, text, yes/no, references).
import type { FieldType } from '../../src/domain/field-types';

export const FIELDS_PER_MODULE = 20;

export type ExtraField = { key: string; label: string; type: FieldType; options?: string[] };

const COUNTIES =
  'Alba|Arad|Argeș|Bacău|Bihor|Bistrița-Năsăud|Botoșani|Brașov|Brăila|București|Buzău|' +
  'Caraș-Severin|Călărași|Cluj|Constanța|Covasna|Dâmbovița|Dolj|Galați|Giurgiu|Gorj|Harghita|' +
  'Hunedoara|Ialomița|Iași|Ilfov|Maramureș|Mehedinți|Mureș|Neamț|Olt|Prahova|Satu Mare|Sălaj|' +
  'Sibiu|Suceava|Teleorman|Timiș|Tulcea|Vaslui|Vâlcea|Vrancea';
const REGIONS =
  'Nord-Est|Sud-Est|Sud-Muntenia|Sud-Vest Oltenia|Vest|Nord-Vest|Centru|București-Ilfov';
const TAGS = 'VIP|Nou|Recurent|Export|Sector public|Prioritar';
const PRIORITIES = 'Scăzută|Medie|Ridicată|Critică';

const choice = (key: string, label: string, labels: string, type: FieldType = 'single_choice') => ({
  key,
  label,
  type,
  options: labels.split('|'),
});

/** In the order they are added; a module takes as many as it needs to reach 20 fields. */
export const EXTRA_FIELDS: ExtraField[] = [
  { key: 'numar_angajati', label: 'Număr de angajați', type: 'number' },
  { key: 'cifra_afaceri', label: 'Cifră de afaceri', type: 'money' },
  choice('judet', 'Județ', COUNTIES),
  choice('regiune', 'Regiune', REGIONS),
  { key: 'data_contact', label: 'Data primului contact', type: 'date' },
  { key: 'confirmat', label: 'Confirmat', type: 'boolean' },
  { key: 'oras', label: 'Oraș', type: 'text' },
  { key: 'scor', label: 'Scor', type: 'number' },
  { key: 'telefon_contact', label: 'Telefon', type: 'phone' },
  { key: 'email_contact', label: 'E-mail', type: 'email' },
  choice('etichete', 'Etichete', TAGS, 'multi_choice'),
  { key: 'intalnire', label: 'Următoarea întâlnire', type: 'datetime' },
  { key: 'responsabil', label: 'Responsabil tehnic', type: 'user' },
  { key: 'partener', label: 'Partener', type: 'contact' },
  { key: 'urmatorul_pas', label: 'Următorul pas', type: 'text' },
  { key: 'valoare_lunara', label: 'Valoare lunară', type: 'money' },
  choice('prioritate_interna', 'Prioritate internă', PRIORITIES),
  { key: 'observatii', label: 'Observații', type: 'long_text' },
  { key: 'pagina_web', label: 'Pagină web', type: 'url' },
];
