import { describe, expect, it } from 'vitest';
import {
  actionsFor,
  defaultCapacity,
  groupPartnerships,
  handleProblem,
  hostOf,
  looksLikeNetworkAddress,
  offerDefaults,
  type Partnership,
  partnerLeadDetails,
} from './partnership-rules.ts';

const p = (status: Partnership['status'], direction: Partnership['direction'] = 'outgoing') =>
  ({ id: `${status}-${direction}`, status, direction }) as Partnership;

describe('actionsFor', () => {
  it('offers only the answers the server accepts', () => {
    expect(actionsFor(p('pending', 'incoming'))).toEqual(['accept', 'refuse']);
    expect(actionsFor(p('requested'))).toEqual(['end']);
    expect(actionsFor(p('active', 'incoming'))).toEqual(['pause', 'end']);
    expect(actionsFor(p('paused'))).toEqual(['resume', 'end']);
    expect(actionsFor(p('ended'))).toEqual([]);
    expect(actionsFor(p('refused', 'incoming'))).toEqual([]);
  });
});

describe('groupPartnerships', () => {
  it('splits requests for us, ours, current partners and past ones', () => {
    const g = groupPartnerships([
      p('active'),
      p('pending', 'incoming'),
      p('requested'),
      p('paused'),
      p('ended'),
    ]);
    expect(g.incoming.map((x) => x.status)).toEqual(['pending']);
    expect(g.outgoing.map((x) => x.status)).toEqual(['requested']);
    expect(g.current.map((x) => x.status)).toEqual(['active', 'paused']);
    expect(g.past.map((x) => x.status)).toEqual(['ended']);
  });
});

describe('looksLikeNetworkAddress', () => {
  it.each([
    'network@minga.facttic.coop',
    '@network@minga.facttic.coop',
    'acct:network@localhost:3000',
    'https://minga.cotech.coop/ap/network',
  ])('accepts %s', (s) => expect(looksLikeNetworkAddress(s)).toBe(true));
  it.each(['cotech network', 'network@', '@minga.coop', 'minga.coop', 'ftp://minga.coop', ''])(
    'refuses %s',
    (s) => expect(looksLikeNetworkAddress(s)).toBe(false),
  );
});

describe('handleProblem', () => {
  it("names the server's refusals", () => {
    expect(handleProblem('A handle looks like network@minga.example.org.')).toBe('invalidHandle');
    expect(handleProblem('That is this network.')).toBe('self');
    expect(handleProblem('WebFinger at x.org answered 404.')).toBe('notFound');
    expect(handleProblem('Refusing to connect to x.org (10.0.0.1): a private or loopback address.')).toBe(
      'refusedAddress',
    );
    expect(handleProblem('Could not reach that network: timeout')).toBe('unreachable');
  });
});

describe('partnerLeadDetails', () => {
  it('reads the Minga fields and drops what is malformed', () => {
    const d = partnerLeadDetails({
      profiles: [{ headcount: 2, technology: 'React', minSeniority: 'senior' }, { technology: 'x' }, null],
      budgetMin: '40000',
      budgetMax: 60000,
      currency: 'GBP',
      languages: ['en', 3],
      remote: 'yes',
      durationWeeks: 16,
    });
    expect(d.profiles).toEqual([{ headcount: 2, technology: 'React', minSeniority: 'senior' }]);
    expect(d.budget).toEqual({ min: 40000, max: 60000, currency: 'GBP' });
    expect(d.languages).toEqual(['en']);
    expect(d.remote).toBe(false);
    expect(d.durationWeeks).toBe(16);
    expect(d.descriptionHtml).toBe('');
  });

  it('has no budget when the origin sent none (a private budget never leaves)', () => {
    expect(partnerLeadDetails({ budgetMin: null, budgetMax: null, currency: null }).budget).toBeNull();
  });
});

describe('offer defaults', () => {
  const lead = { startDate: '2031-03-01', durationWeeks: 16, effortPersonDays: 60, scope: 'team' };
  it('starts at the lead start, full time, capped by the effort, as a partner in a team', () => {
    const d = offerDefaults(lead, { need: 'high', needNote: 'Quiet spring' }, '2031-01-10');
    expect(d).toMatchObject({
      availableFrom: '2031-03-01',
      hoursPerWeek: '40',
      capacityPersonDays: '60',
      need: 'high',
      needNote: 'Quiet spring',
      fit: '',
      role: 'partner',
    });
  });
  it('never starts before today, and leads a single-co-op lead', () => {
    const d = offerDefaults({ ...lead, scope: 'single_coop' }, { need: null, needNote: null }, '2031-05-01');
    expect(d.availableFrom).toBe('2031-05-01');
    expect(d.need).toBe('medium');
    expect(d.role).toBe('lead');
  });
  it('counts capacity over twelve weeks when the duration is unknown', () => {
    expect(defaultCapacity(40, { durationWeeks: null, effortPersonDays: null })).toBe(60);
  });
});

it('hostOf names the host of an actor id', () => {
  expect(hostOf('https://minga.facttic.coop/ap/network')).toBe('minga.facttic.coop');
  expect(hostOf('not a url')).toBe('not a url');
});
