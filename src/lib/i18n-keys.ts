/**
 * Checks a pair of translation catalogues: the same keys in both languages,
 * no empty strings, every {{placeholder}} of one present in the other, and
 * each plural key carrying every form its language needs (Spanish has
 * "many" where English has none). Pure: the web UI's JSON files go in, a
 * list of problems comes out.
 */
type Catalogue = { [key: string]: string | Catalogue };

const PLURAL = /_(zero|one|two|few|many|other)$/;

export function flatten(c: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(c)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

/** Keys with plural suffixes folded into their base: "results_one" → "results". */
function baseKeys(flat: Map<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of flat.keys()) {
    const m = PLURAL.exec(key);
    const base = m ? key.slice(0, m.index) : key;
    const forms = out.get(base) ?? [];
    if (m) forms.push(m[1]!);
    out.set(base, forms);
  }
  return out;
}

export function catalogueProblems(catalogues: Record<string, Catalogue>): string[] {
  const problems: string[] = [];
  const langs = Object.keys(catalogues);
  const flat = Object.fromEntries(langs.map((l) => [l, flatten(catalogues[l]!)]));
  const bases = Object.fromEntries(langs.map((l) => [l, baseKeys(flat[l]!)]));
  const all = new Set(langs.flatMap((l) => [...bases[l]!.keys()]));

  for (const lang of langs) {
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [key, value] of flat[lang]!) if (!value.trim()) problems.push(`${lang}: ${key} is empty`);
    for (const base of all) {
      const forms = bases[lang]!.get(base);
      if (!forms) {
        problems.push(`${lang}: ${base} is missing`);
        continue;
      }
      if (forms.length === 0) continue;
      for (const form of needed)
        if (!forms.includes(form)) problems.push(`${lang}: ${base}_${form} is missing (plural form)`);
    }
  }

  // Placeholders must match across languages, form by form where both have it.
  const [first, ...rest] = langs;
  if (first) {
    for (const [key, value] of flat[first]!) {
      for (const lang of rest) {
        const m = PLURAL.exec(key);
        const other =
          flat[lang]!.get(key) ?? (m ? flat[lang]!.get(`${key.slice(0, m.index)}_other`) : undefined);
        if (other === undefined) continue;
        const a = placeholders(value).join(',');
        const b = placeholders(other).join(',');
        if (a !== b) problems.push(`${lang}: ${key} has placeholders {${b}} but ${first} has {${a}}`);
      }
    }
  }
  return problems;
}
