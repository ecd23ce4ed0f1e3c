// Mantine's date pickers (on dayjs) in the UI language, whatever the browser's own locale: a
// native date input follows the browser's, so a Romanian screen could ask for 11/30/2026.
import 'dayjs/locale/ro';
import { DatesProvider, useDatesContext } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n';

/** How a date input writes its value: as Romanians write dates, and as en-GB does (formatters). */
const INPUT_FORMATS = {
  ro: { date: 'DD.MM.YYYY', dateTime: 'DD.MM.YYYY HH:mm' },
  en: { date: 'DD/MM/YYYY', dateTime: 'DD/MM/YYYY HH:mm' },
} as const;

/** The input formats of the pickers' locale, which LocalizedDates keeps to the UI language. */
export function useDateInputFormats() {
  return INPUT_FORMATS[useDatesContext().getLocale() === 'ro' ? 'ro' : 'en'];
}

export function LocalizedDates({ children }: { children: ReactNode }) {
  useTranslation(); // renders again when the language changes
  return <DatesProvider settings={{ locale: currentLocale() }}>{children}</DatesProvider>;
}
