// Mantine's date pickers (on dayjs) in the UI language, whatever the browser's own locale: a
// native date input follows the browser's, so a Romanian screen could ask for 11/30/2026.
import 'dayjs/locale/ro';
import { DatesProvider } from '@mantine/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** How a date input writes its value: as Romanians write dates, and as en-GB does (formatters). */
const INPUT_FORMATS = {
  ro: { date: 'DD.MM.YYYY', dateTime: 'DD.MM.YYYY HH:mm' },
  en: { date: 'DD/MM/YYYY', dateTime: 'DD/MM/YYYY HH:mm' },
} as const;

export function useDateInputFormats() {
  const { i18n } = useTranslation();
  return INPUT_FORMATS[i18n.resolvedLanguage === 'ro' ? 'ro' : 'en'];
}

export function LocalizedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage === 'ro' ? 'ro' : 'en';
  // Weeks start on Monday in Romania and in the en-GB the English UI writes numbers and dates in.
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}
