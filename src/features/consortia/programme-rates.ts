/**
 * Published success rates of public funding programmes, shown beside the
 * network's own bid success rate. Sources are listed in docs/teams.md
 * ("Success rates"); update both together.
 */
export interface ProgrammeRate {
  name: string;
  /** Share of eligible proposals funded, 0..1. */
  rate: number;
  period: string;
  source: string;
}

export const PUBLISHED_PROGRAMME_RATES: readonly ProgrammeRate[] = [
  {
    name: 'Horizon Europe',
    rate: 0.159,
    period: '2021–2022',
    source: 'European Commission, Horizon Europe key figures (May 2023)',
  },
  {
    name: 'Horizon 2020',
    rate: 0.119,
    period: '2014–2020',
    source: 'European Commission, Horizon 2020 final figures',
  },
];
