// i18n for the web app: Romanian and English, the choice kept in localStorage.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from '../../domain/locale';
import { setRequestLanguage } from '../api/client';
import { en } from './en';
import { ro } from './ro';

const STORAGE_KEY = 'carta.locale';

export function isLocale(value: unknown): value is Locale {
  return LOCALES.some((locale) => locale === value);
}

/** The language the user picked on this device, if any. */
export function storedLocale(): Locale | null {
  const stored = localStorage.getItem(STORAGE_KEY);
  return isLocale(stored) ? stored : null;
}

function initialLocale(): Locale {
  return storedLocale() ?? (navigator.language.toLowerCase().startsWith('ro') ? 'ro' : 'en');
}

/** Switches the UI language at once and remembers the choice on this device. */
export async function chooseLocale(locale: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  await i18n.changeLanguage(locale);
}

/** The UI language as a Locale (i18next may report a region variant). */
export function currentLocale(): Locale {
  return i18n.resolvedLanguage === 'ro' ? 'ro' : 'en';
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  setRequestLanguage(language);
});

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, ro: { translation: ro } },
  lng: initialLocale(),
  fallbackLng: 'en',
  supportedLngs: LOCALES,
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18n };
