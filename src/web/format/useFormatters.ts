// The formatters bound to the UI language and the signed-in user's time zone.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/auth.queries';
import type { Money } from '../api/cards.types';
import type { Locale } from '../api/types';
import {
  formatDate,
  formatDateTime,
  formatFileSize,
  formatMoney,
  formatNumber,
} from './formatters';

export type Formatters = ReturnType<typeof useFormatters>;

export function useFormatters() {
  const { i18n } = useTranslation();
  const { data: me } = useMe();
  const locale: Locale = i18n.resolvedLanguage === 'ro' ? 'ro' : 'en';
  const timeZone = me?.user.timeZone || Intl.DateTimeFormat().resolvedOptions().timeZone;
  return useMemo(
    () => ({
      locale,
      timeZone,
      money: (money: Money) => formatMoney(money, locale),
      number: (value: number) => formatNumber(value, locale),
      date: (date: string) => formatDate(date, locale),
      dateTime: (iso: string) => formatDateTime(iso, locale, timeZone),
      fileSize: (bytes: number) => formatFileSize(bytes, locale),
    }),
    [locale, timeZone],
  );
}
