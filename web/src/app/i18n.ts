/**
 * English and Spanish from the first screen. The choice is remembered in this
 * browser (localStorage) and, when signed in, in the account; the page's
 * `lang` attribute follows it so screen readers pronounce it right.
 */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Catalogue, catalogues } from '../i18n/catalogue.ts';

export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
const STORAGE_KEY = 'minga.locale';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}

export function isLocale(v: unknown): v is Locale {
  return v === 'en' || v === 'es';
}

export function storedLocale(): Locale | null {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

function initialLocale(): Locale {
  return storedLocale() ?? (navigator.language.toLowerCase().startsWith('es') ? 'es' : 'en');
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'en';
}

/** Switches the UI language and remembers it in this browser. */
export async function setLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private windows may refuse storage; the switch still applies to this visit.
  }
  await i18n.changeLanguage(locale);
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

// Resources are bundled, so init completes synchronously.
void i18n.use(initReactI18next).init({
  resources: { en: { translation: catalogues.en }, es: { translation: catalogues.es } },
  lng: initialLocale(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
  returnNull: false,
});
document.documentElement.lang = i18n.language;

export { i18n };
