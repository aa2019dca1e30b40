/**
 * Every translation, English and Spanish. The shared catalogue (en.json,
 * es.json) holds the layout and the directory; each later feature keeps its
 * own pair (`<feature>.en.json`, `<feature>.es.json`) under its own top-level
 * key, added here with one import per language.
 */
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import trustEn from './trust.en.json' with { type: 'json' };
import trustEs from './trust.es.json' with { type: 'json' };

export const catalogues = {
  en: { ...en, trust: trustEn },
  es: { ...es, trust: trustEs },
};

export type Catalogue = typeof catalogues.en;
