/** Helpers for the decision tests: propose, vote, close, read — each through the real HTTP API. */
import type { TestApp } from '../../../tests/support/app.ts';
import { expectOk } from '../allocation/allocation.fixtures.ts';

export const IN_A_WEEK = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

export interface DecisionBody {
  id: string;
  status: string;
  options: Array<{ key: string; label: string; coop: { slug: string } | null }>;
  voted: number;
  eligible: number;
  recommendation: { id: string } | null;
  outcome: { chosenOptions: string[] } | null;
}

export async function propose(
  t: TestApp,
  cookie: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const res = await t.request('/api/v1/decisions', {
    method: 'POST',
    as: cookie,
    json: { closesAt: IN_A_WEEK(), ...body },
    headers,
  });
  return (await (await expectOk(res, 201)).json()) as DecisionBody;
}

export const vote = (
  t: TestApp,
  cookie: string,
  id: string,
  json: Record<string, unknown>,
  headers: Record<string, string> = {},
) => t.request(`/api/v1/decisions/${id}/votes`, { method: 'POST', as: cookie, json, headers });

export const close = (
  t: TestApp,
  cookie: string,
  id: string,
  json: Record<string, unknown> = { rationale: 'As the tally says.' },
) => t.request(`/api/v1/decisions/${id}/close`, { method: 'POST', as: cookie, json });

export async function tallyOf(t: TestApp, cookie: string, id: string) {
  return (await (await t.request(`/api/v1/decisions/${id}/tally`, { as: cookie })).json()) as {
    hidden: boolean;
    voted: number;
    eligible: number;
    votedBy: Array<{ name: string }>;
    tally: Record<string, unknown> | null;
    votes: Array<{ voter: { name: string }; ballot: Record<string, unknown> }> | null;
  };
}
