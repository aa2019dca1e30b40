/**
 * How spellings of a technology or service are matched: case, accents,
 * spaces and punctuation are folded, and a trailing ".js"/"js" is dropped,
 * so "ReactJS", "React.js" and "react" are one key. `+` and `#` are kept
 * because "C++" and "C#" are not "C".
 */
export function termKey(spelling: string): string {
  const folded = spelling
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9+#]/g, '');
  const withoutJs = folded.replace(/js$/, '');
  return withoutJs.length >= 2 ? withoutJs : folded;
}

/** Every key under which a term can be found: its slug, its name and its aliases. */
export function keysOf(term: { slug: string; name: string }, aliases: readonly string[] = []): string[] {
  return [...new Set([term.slug, term.name, ...aliases].map(termKey).filter(Boolean))];
}
