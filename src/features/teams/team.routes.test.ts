import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/support/app.ts';
import { reactDrupalLead, type TeamNetwork, teamNetwork } from './team.fixtures.ts';
import { formTeamFromOutcome } from './team.form.ts';

let t: TestApp;
let n: TeamNetwork;

beforeAll(async () => {
  t = await testApp();
  n = await teamNetwork(t);
});
afterAll(() => t.close());

type Team = {
  id: string;
  name: string;
  status: string;
  lead: { id: string } | null;
  coordinator: { slug: string };
  members: Array<{
    coop: { slug: string };
    role: string;
    shareWork: number;
    shareMoney: number;
    people: Array<{ name: string; covers: string }>;
  }>;
  terms: { transparencyToClient: boolean; noCutOnOthersWork: boolean; text: string; html: string };
  can: { edit: boolean; comment: boolean };
};
type ProblemBody = { errors?: Array<{ field: string; pointer: string }> };

const form = (as: string, json: unknown) => t.request('/api/v1/teams', { method: 'POST', as, json });
const patch = (as: string, id: string, json: unknown) =>
  t.request(`/api/v1/teams/${id}`, { method: 'PATCH', as, json });
const members = (work: [number, number] = [0.6, 0.4], money: [number, number] = [0.7, 0.3]) => [
  {
    coopId: n.alpha.id,
    role: 'coordinator',
    shareWork: work[0],
    shareMoney: money[0],
    people: [
      { personId: n.people.ana.id, covers: 'Senior React' },
      { personId: n.people.ari.id, covers: 'Senior React' },
    ],
  },
  {
    coopId: n.beta.id,
    role: 'partner',
    shareWork: work[1],
    shareMoney: money[1],
    people: [{ personId: n.people.bea.id, covers: 'Senior Drupal' }],
  },
];

async function assign(leadId: string) {
  for (const json of [{ to: 'deciding' }, { to: 'assigned', assignedCoops: ['alpha', 'beta'] }]) {
    const res = await t.request(`/api/v1/leads/${leadId}/transitions`, {
      method: 'POST',
      as: n.admin.cookie,
      json,
    });
    if (res.status !== 200) throw new Error(`transition failed: ${res.status} ${await res.text()}`);
  }
}

async function ledger(leadId: string) {
  const r = await t.database.db.execute<{
    slug: string;
    days: number;
    value: number;
    entries: number;
    team: number;
  }>(sql`
    select c.slug, sum(e.person_days)::float8 as days, sum(e.value)::float8 as value, count(*)::int as entries,
      count(e.team_id)::int as team
    from ledger_entries e join coops c on c.id = e.coop_id where e.lead_id = ${leadId} group by c.slug order by c.slug`);
  return r.rows.map((x) => [x.slug, Number(x.days), Number(x.value)]);
}

describe('forming a team', () => {
  it('lets the finder co-op’s admins form a team for a lead, with shares, people and terms', async () => {
    const leadId = await reactDrupalLead(t, n);
    const res = await form(n.gammaAdmin.cookie, {
      leadId,
      members: members(),
      terms: {
        noCutOnOthersWork: true,
        transparencyToClient: true,
        text: 'No cut on **others’ work**.<script>x</script>',
      },
    });
    expect(res.status).toBe(201);
    const team = (await res.json()) as Team;
    expect(team).toMatchObject({
      name: 'Housing portal',
      status: 'forming',
      lead: { id: leadId },
      coordinator: { slug: 'alpha' },
    });
    expect(team.members.map((m) => [m.coop.slug, m.role, m.shareWork, m.shareMoney])).toEqual([
      ['alpha', 'coordinator', 0.6, 0.7],
      ['beta', 'partner', 0.4, 0.3],
    ]);
    expect(team.members[0]!.people.map((p) => p.name)).toEqual(['Ana React', 'Ari React']);
    expect(team.terms.html).toBe('<p>No cut on <strong>others’ work</strong>.</p>');
  });

  it('refuses shares that do not add up to 1, naming the field', async () => {
    const res = await form(n.admin.cookie, { members: members([0.6, 0.4], [0.7, 0.2]) });
    expect(res.status).toBe(422);
    const body = (await res.json()) as ProblemBody;
    expect(body.errors).toEqual([
      expect.objectContaining({ field: 'members.shareMoney', pointer: '#/json/members' }),
    ]);
  });

  it('names a person who is not the co-op’s, a second coordinator and an out-of-range share', async () => {
    const wrongPerson = members();
    wrongPerson[1]!.people = [{ personId: n.people.ana.id, covers: '' }];
    wrongPerson[0]!.people = [];
    const r1 = await form(n.admin.cookie, { members: wrongPerson });
    expect(((await r1.json()) as ProblemBody).errors?.map((e) => e.field)).toEqual([
      'members.1.people.0.personId',
    ]);
    const twoCoordinators = members().map((m) => ({ ...m, role: 'coordinator' }));
    const r2 = await form(n.admin.cookie, { members: twoCoordinators });
    expect(((await r2.json()) as ProblemBody).errors?.map((e) => e.field)).toEqual(['members']);
    const r3 = await form(n.admin.cookie, { members: members([1.5, -0.5]) });
    expect(r3.status).toBe(422);
  });

  it('splits shares evenly when none are given', async () => {
    const res = await form(n.alphaAdmin.cookie, {
      name: 'Alpha and Beta',
      members: [
        { coopId: n.alpha.id, role: 'coordinator' },
        { coopId: n.beta.id, role: 'partner' },
      ],
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as Team).members.map((m) => m.shareWork)).toEqual([0.5, 0.5]);
  });

  it('is for network admins, the lead’s finder admins, or (without a lead) the coordinator’s admins', async () => {
    const leadId = await reactDrupalLead(t, n);
    expect((await form(n.gammaMember.cookie, { leadId, members: members() })).status).toBe(403);
    expect((await form(n.alphaAdmin.cookie, { leadId, members: members() })).status).toBe(403);
    expect((await form(n.betaAdmin.cookie, { members: members() })).status).toBe(403);
    expect((await t.request('/api/v1/teams', { method: 'POST', json: { members: members() } })).status).toBe(
      401,
    );
    expect((await form(n.admin.cookie, { leadId, members: members() })).status).toBe(201);
  });
});

describe('the ledger splits value by shares', () => {
  it('credits each co-op its share of work and money when a lead with a team is assigned, and re-splits on new shares', async () => {
    const leadId = await reactDrupalLead(t, n);
    const team = (await (await form(n.gammaAdmin.cookie, { leadId, members: members() })).json()) as Team;
    expect(await ledger(leadId)).toEqual([]);
    await assign(leadId);
    // 120 person-days and the budget's midpoint, 50,000, by the team's shares, not evenly.
    expect(await ledger(leadId)).toEqual([
      ['alpha', 72, 35000],
      ['beta', 48, 15000],
    ]);
    const res = await patch(n.betaAdmin.cookie, team.id, {
      shares: [
        { coopId: n.alpha.id, shareWork: 0.5, shareMoney: 0.5 },
        { coopId: n.beta.id, shareWork: 0.5, shareMoney: 0.5 },
      ],
    });
    expect(res.status).toBe(200);
    expect(await ledger(leadId)).toEqual([
      ['alpha', 60, 25000],
      ['beta', 60, 25000],
    ]);
    const teamRows = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from ledger_entries where lead_id = ${leadId} and team_id = ${team.id}`,
    );
    expect(teamRows.rows[0]?.n).toBeGreaterThan(0);
  });

  it('re-divides what the assignment already recorded when the team comes later, keeping the lead’s total', async () => {
    const leadId = await reactDrupalLead(t, n);
    await assign(leadId);
    expect(await ledger(leadId)).toEqual([
      ['alpha', 60, 25000],
      ['beta', 60, 25000],
    ]);
    const res = await form(n.admin.cookie, { leadId, members: members([0.75, 0.25], [0.75, 0.25]) });
    expect(res.status).toBe(201);
    expect(await ledger(leadId)).toEqual([
      ['alpha', 90, 37500],
      ['beta', 30, 12500],
    ]);
  });
});

describe('reading and changing teams', () => {
  let draftTeam: Team;
  let openTeam: Team;

  beforeAll(async () => {
    const draft = await t.request('/api/v1/leads', {
      method: 'POST',
      as: n.gammaAdmin.cookie,
      json: (await import('../leads/lead.fixtures.ts')).leadBody({
        finderCoop: 'gamma',
        title: 'Unpublished',
      }),
    });
    const { id: draftLead } = (await draft.json()) as { id: string };
    draftTeam = (await (
      await form(n.gammaAdmin.cookie, { leadId: draftLead, members: members() })
    ).json()) as Team;
    openTeam = (await (
      await form(n.admin.cookie, { leadId: await reactDrupalLead(t, n), members: members() })
    ).json()) as Team;
  });

  it('shows a team to whoever can see its lead and to its co-ops, and to nobody else', async () => {
    expect((await t.request(`/api/v1/teams/${draftTeam.id}`, { as: n.alphaMember.cookie })).status).toBe(200);
    expect((await t.request(`/api/v1/teams/${draftTeam.id}`, { as: n.gammaMember.cookie })).status).toBe(200);
    expect((await t.request(`/api/v1/teams/${draftTeam.id}`, { as: n.loner.cookie })).status).toBe(404);
    expect((await t.request(`/api/v1/teams/${openTeam.id}`, { as: n.loner.cookie })).status).toBe(200);
    expect((await t.request(`/api/v1/teams/${openTeam.id}`)).status).toBe(401);
    const list = (await (await t.request('/api/v1/teams?pageSize=100', { as: n.loner.cookie })).json()) as {
      items: Team[];
      total: number;
    };
    const ids = list.items.map((x) => x.id);
    expect(ids).toContain(openTeam.id);
    expect(ids).not.toContain(draftTeam.id);
    expect(list.total).toBe(ids.length);
    const mine = (await (
      await t.request(`/api/v1/teams?coopId=${n.beta.id}&pageSize=100`, { as: n.alphaMember.cookie })
    ).json()) as {
      items: Team[];
    };
    expect(mine.items.map((x) => x.id)).toContain(draftTeam.id);
  });

  it('lets the team co-ops’ admins change status, terms and shares; others may not', async () => {
    expect((await patch(n.alphaMember.cookie, openTeam.id, { status: 'active' })).status).toBe(403);
    expect((await patch(n.gammaAdmin.cookie, openTeam.id, { status: 'active' })).status).toBe(403);
    const res = await patch(n.betaAdmin.cookie, openTeam.id, {
      status: 'active',
      terms: { transparencyToClient: false, text: 'Rates shared between the co-ops only.' },
    });
    expect(res.status).toBe(200);
    expect((await res.json()) as Team).toMatchObject({
      status: 'active',
      terms: {
        transparencyToClient: false,
        noCutOnOthersWork: true,
        text: 'Rates shared between the co-ops only.',
      },
    });
    expect((await patch(n.admin.cookie, openTeam.id, { status: 'forming' })).status).toBe(409);
    const stranger = await patch(n.admin.cookie, openTeam.id, {
      shares: [
        { coopId: n.alpha.id, shareWork: 0.5, shareMoney: 0.5 },
        { coopId: n.gamma.id, shareWork: 0.5, shareMoney: 0.5 },
      ],
    });
    expect(stranger.status).toBe(422);
    expect(((await stranger.json()) as ProblemBody).errors?.map((e) => e.field)).toContain('shares.1.coopId');
    const uneven = await patch(n.admin.cookie, openTeam.id, {
      shares: [
        { coopId: n.alpha.id, shareWork: 0.5, shareMoney: 0.5 },
        { coopId: n.beta.id, shareWork: 0.2, shareMoney: 0.5 },
      ],
    });
    expect(((await uneven.json()) as ProblemBody).errors?.map((e) => e.field)).toEqual(['shares.shareWork']);
  });

  it('has its own thread: its co-ops and facilitators write, readers of the team read, Markdown sanitised', async () => {
    const url = `/api/v1/teams/${openTeam.id}/comments`;
    const posted = await t.request(url, {
      method: 'POST',
      as: n.alphaMember.cookie,
      json: { body: 'Kick-off on **Monday** <img src=x onerror=alert(1)>' },
    });
    expect(posted.status).toBe(201);
    expect(((await posted.json()) as { html: string }).html).toBe(
      '<p>Kick-off on <strong>Monday</strong> </p>',
    );
    expect(
      (await t.request(url, { method: 'POST', as: n.gammaMember.cookie, json: { body: 'hi' } })).status,
    ).toBe(403);
    expect(
      (await t.request(url, { method: 'POST', as: n.admin.cookie, json: { body: 'Welcome' } })).status,
    ).toBe(201);
    const list = (await (await t.request(url, { as: n.gammaMember.cookie })).json()) as {
      items: Array<{ body: string }>;
    };
    expect(list.items.map((c) => c.body)).toEqual([
      'Kick-off on **Monday** <img src=x onerror=alert(1)>',
      'Welcome',
    ]);
    expect((await t.request(`/api/v1/teams/${draftTeam.id}/comments`, { as: n.loner.cookie })).status).toBe(
      404,
    );
  });
});

describe('forming a team from a decision’s outcome', () => {
  async function outcome(leadId: string, shares: Record<string, number> | null) {
    const r = await t.database.db.execute<{ id: string }>(sql`insert into outcomes
      (lead_id, kind, chosen_options, chosen_coop_ids, shares, rationale, review_date)
      values (${leadId}, 'award', '{}', ${`{${n.alpha.id},${n.beta.id}}`}::uuid[], ${shares ? JSON.stringify(shares) : null}::jsonb,
        'Alpha and Beta together cover every profile.', '2099-06-01') returning id`);
    return r.rows[0]!.id;
  }

  it('forms the chosen co-ops’ team with the outcome’s shares, once', async () => {
    const leadId = await reactDrupalLead(t, n);
    const id = await outcome(leadId, { [n.alpha.id]: 0.7, [n.beta.id]: 0.3 });
    expect((await form(n.gammaMember.cookie, { fromOutcomeId: id })).status).toBe(403);
    const res = await form(n.betaAdmin.cookie, { fromOutcomeId: id });
    expect(res.status).toBe(201);
    const team = (await res.json()) as Team & { outcomeId: string };
    expect(team).toMatchObject({ outcomeId: id, lead: { id: leadId }, coordinator: { slug: 'alpha' } });
    expect(team.members.map((m) => [m.coop.slug, m.shareWork, m.shareMoney])).toEqual([
      ['alpha', 0.7, 0.7],
      ['beta', 0.3, 0.3],
    ]);
    expect((await form(n.admin.cookie, { fromOutcomeId: id })).status).toBe(409);
  });

  it('can be called by the decisions slice inside its own transaction, and keeps to the chosen co-ops', async () => {
    const leadId = await reactDrupalLead(t, n);
    const id = await outcome(leadId, null);
    await expect(
      t.database.db.transaction((tx) =>
        formTeamFromOutcome(tx, id, { members: [{ coopId: n.gamma.id, role: 'coordinator' }] }),
      ),
    ).rejects.toMatchObject({ status: 422 });
    const teamId = await t.database.db.transaction((tx) =>
      formTeamFromOutcome(tx, id, { coordinatorCoopId: n.beta.id }, null),
    );
    const team = (await (await t.request(`/api/v1/teams/${teamId}`, { as: n.admin.cookie })).json()) as Team;
    expect(team.coordinator.slug).toBe('beta');
    expect(team.members.map((m) => m.shareWork)).toEqual([0.5, 0.5]);
    expect(
      (await form(n.admin.cookie, { fromOutcomeId: '00000000-0000-4000-8000-000000000000' })).status,
    ).toBe(404);
  });
});
