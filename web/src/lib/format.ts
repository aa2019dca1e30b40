/** Numbers, dates, countries and languages in the reader's language, through Intl. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The reader's own variant of the UI language when the browser names one
 * (en-GB writes 29 Nov 2026, en-US Nov 29, 2026); else the language itself.
 */
export function regionalLocale(language: string): string {
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  return preferred.find((l) => l.toLowerCase().split('-')[0] === language) ?? language;
}

export function formatters(language: string) {
  const locale = regionalLocale(language);
  const regions = new Intl.DisplayNames([locale], { type: 'region' });
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const safe = (f: () => string | undefined, fallback: string) => {
    try {
      return f() ?? fallback;
    } catch {
      return fallback;
    }
  };
  return {
    number: (n: number) => number.format(n),
    percent: (share: number) => percent.format(share),
    /** An ISO date (2026-12-01) as a calendar day, never shifted by the time zone. */
    day: (iso: string) => {
      const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
      return date.format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1, 12)));
    },
    dateTime: (iso: string | Date) => dateTime.format(new Date(iso)),
    country: (code: string) => safe(() => regions.of(code), code),
    language: (code: string) => safe(() => languages.of(code), code),
  };
}

export type Formatters = ReturnType<typeof formatters>;

export function useFormat(): Formatters {
  const { i18n } = useTranslation();
  return useMemo(() => formatters(i18n.language), [i18n.language]);
}

/** ISO 3166 codes for the country pickers; names come from Intl in the reader's language. */
export const COUNTRY_CODES =
  'AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FR GA GB GD GE GH GM GN GQ GR GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KM KN KR KW KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NZ OM PA PE PG PH PK PL PR PS PT PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TZ UA UG US UY UZ VA VC VE VN VU WS YE ZA ZM ZW'.split(
    ' ',
  );

/** Languages offered in pickers; any ISO 639 code is accepted by the API. */
export const LANGUAGE_CODES = [
  'en',
  'es',
  'pt',
  'fr',
  'de',
  'it',
  'ca',
  'eu',
  'gl',
  'nl',
  'cy',
  'ga',
  'qu',
  'gn',
];

export function sortedByName(codes: string[], name: (code: string) => string) {
  return codes.map((code) => ({ code, name: name(code) })).sort((a, b) => a.name.localeCompare(b.name));
}
