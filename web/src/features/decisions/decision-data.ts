/** Queries of one decision (live while open) and the words for its ballots. */
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { api, must, type Schemas } from '../../api/client.ts';

export type Decision = Schemas['Decision'];
export type Tally = Schemas['Tally'];
export type DecisionKind = Decision['kind'];
export const KINDS: DecisionKind[] = ['consent', 'vote', 'ranked', 'score'];
export const POSITIONS = ['agree', 'abstain', 'object', 'block'] as const;
export type Position = (typeof POSITIONS)[number];

/** While a decision is open its tally and state are asked for again every few seconds. */
const LIVE_MS = 5000;

export function useDecision(id: string) {
  return useQuery({
    queryKey: ['decision', id],
    queryFn: () => must(api.GET('/api/v1/decisions/{id}', { params: { path: { id } } })),
    refetchInterval: (q) => (q.state.data?.status === 'open' ? LIVE_MS : false),
  });
}

export function useTally(id: string, open: boolean) {
  return useQuery({
    queryKey: ['decision', id, 'tally'],
    queryFn: () => must(api.GET('/api/v1/decisions/{id}/tally', { params: { path: { id } } })),
    refetchInterval: open ? LIVE_MS : false,
  });
}

export function useAudit(id: string) {
  return useQuery({
    queryKey: ['decision', id, 'audit'],
    queryFn: () => must(api.GET('/api/v1/decisions/{id}/audit', { params: { path: { id } } })),
  });
}

/** The parts of the server's tally the page shows; the shape depends on the decision's kind. */
export interface TallyDetail {
  result?: 'passed' | 'blocked' | 'not_passed' | 'chosen' | 'tie' | 'no_quorum';
  quorumMet?: boolean;
  chosen?: string[];
  tied?: string[];
  consent?: {
    agree: number;
    abstain: number;
    object: number;
    block: number;
    objections: Array<{ voterKey: string; reason: string }>;
    blocks: Array<{ voterKey: string; reason: string }>;
  };
  counts?: Record<string, number>;
  rounds?: Array<{ counts: Record<string, number>; exhausted: number; eliminated: string[] }>;
  totals?: Record<string, number>;
  means?: Record<string, number>;
}

export interface Ballot {
  kind?: DecisionKind;
  position?: Position;
  reason?: string;
  option?: string;
  ranking?: string[];
  scores?: Record<string, number>;
}

export const optionLabel = (d: Decision, key: string) => d.options.find((o) => o.key === key)?.label ?? key;

/** A ballot in one line of the reader's language. */
export function describeBallot(d: Decision, b: Ballot, t: TFunction): string {
  if (b.position) {
    const pos = t(`decisions.position.${b.position}`);
    return b.reason ? `${pos}: ${b.reason}` : pos;
  }
  if (b.option) return optionLabel(d, b.option);
  if (b.ranking) return b.ranking.map((k, i) => `${i + 1}. ${optionLabel(d, k)}`).join(' · ');
  if (b.scores)
    return Object.entries(b.scores)
      .map(([k, s]) => `${optionLabel(d, k)}: ${s}`)
      .join(' · ');
  return '';
}
