/** What the directory writers share: counts, and comparing records as the export writes them. */

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
}
export type WriteCounts = Record<
  'technologies' | 'services' | 'clients' | 'coops' | 'caseStudies',
  Counts
> & {
  people: Counts & { removed: number };
};

export const zeroCounts = (): WriteCounts => {
  const z = () => ({ created: 0, updated: 0, unchanged: 0 });
  return {
    technologies: z(),
    services: z(),
    clients: z(),
    coops: z(),
    caseStudies: z(),
    people: { ...z(), removed: 0 },
  };
};

/** JSON with object keys sorted, so equal records compare equal whatever order their keys came in. */
export const canonicalJson = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : 1)))
      : x,
  );
export const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);
export const chunks = <T>(items: T[], size = 1000) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
