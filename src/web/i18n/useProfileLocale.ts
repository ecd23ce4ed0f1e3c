// Follows the signed-in user's language unless this device has a language picked explicitly.
import { useEffect } from 'react';
import type { Locale } from '../api/types';
import { currentLocale, i18n, storedLocale } from './index';

export function useProfileLocale(profileLocale: Locale | undefined): void {
  useEffect(() => {
    if (!profileLocale || storedLocale()) return;
    if (profileLocale !== currentLocale()) void i18n.changeLanguage(profileLocale);
  }, [profileLocale]);
}
