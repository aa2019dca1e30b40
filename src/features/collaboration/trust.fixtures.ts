/** Moving a lead to the end of its life through the real API, for the trust tests. */
import type { TestApp } from '../../../tests/support/app.ts';
import { openLead } from '../leads/lead.fixtures.ts';

async function move(t: TestApp, cookie: string, id: string, json: Record<string, unknown>) {
  const res = await t.request(`/api/v1/leads/${id}/transitions`, { method: 'POST', as: cookie, json });
  if (res.status !== 200)
    throw new Error(`transition to ${json.to} failed: ${res.status} ${await res.text()}`);
}

/** Posts a lead as `finder`, assigns it to `coops` as `admin`, and delivers it. */
export async function deliveredLead(
  t: TestApp,
  who: { finder: string; admin: string },
  coops: string[],
  over: Record<string, unknown> = {},
): Promise<string> {
  const id = await openLead(t, who.finder, over);
  await move(t, who.finder, id, { to: 'deciding' });
  await move(t, who.admin, id, { to: 'assigned', assignedCoops: coops });
  await move(t, who.admin, id, { to: 'in_progress' });
  await move(t, who.admin, id, { to: 'delivered' });
  return id;
}
