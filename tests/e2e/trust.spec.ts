/**
 * Trust journey: a lead is delivered by two co-ops, one of them writes its
 * retrospective, the collaboration edge appears on the network page and on
 * the co-op's page, and the dashboard's figures change. Every page is axe-clean.
 */
import { type APIRequestContext, expect, request, test } from '@playwright/test';
import { expectAccessible, OWN_COOP, STATE } from './support/demo.ts';

const PARTNER = 'webarchitects';
const TITLE = `Shared hosting migration ${Date.now()}`;

async function deliverLead(api: APIRequestContext): Promise<string> {
  const posted = await api.post('/api/v1/leads', {
    data: {
      title: TITLE,
      description: 'Move forty sites to co-operative hosting.',
      finderCoop: OWN_COOP,
      client: { organisation: 'Housing Co-op Federation' },
      profiles: [{ count: 1, technology: 'php', minSeniority: 'semi_senior' }],
      effortPersonDays: 40,
      budget: { min: 12000, max: 12000, currency: 'GBP', visibility: 'network' },
    },
  });
  expect(posted.status(), await posted.text()).toBe(201);
  const { id } = (await posted.json()) as { id: string };
  for (const body of [
    { to: 'open' },
    { to: 'deciding' },
    { to: 'assigned', assignedCoops: [OWN_COOP, PARTNER] },
    { to: 'in_progress' },
    { to: 'delivered' },
  ]) {
    const res = await api.post(`/api/v1/leads/${id}/transitions`, { data: body });
    expect(res.status(), `${body.to}: ${await res.text()}`).toBe(200);
  }
  return id;
}

test.use({ storageState: STATE.member });

test('deliver a lead, look back on it, and see the network change', async ({ page, baseURL }) => {
  // Before: the dashboard's figures and the network page.
  await page.goto('/fairness');
  await expect(page.getByRole('heading', { level: 1, name: 'Fairness and diversity' })).toBeVisible();
  const personDays = page.getByTestId('figure-person-days');
  await expect(personDays).toBeVisible();
  const before = Number((await personDays.textContent())?.replace(/[^\d.]/g, '') || '0');
  const teamsBefore = await page.getByTestId('figure-teams').textContent();
  await expectAccessible(page, '/fairness');

  await page.goto('/network');
  await expect(page.getByRole('heading', { level: 1, name: 'Who worked with whom' })).toBeVisible();
  await expect(page.getByText(TITLE)).toHaveCount(0);

  // The facilitator delivers a lead that Outlandish and Webarchitects took together.
  const facilitator = await request.newContext({ baseURL, storageState: STATE.facilitator });
  const leadId = await deliverLead(facilitator);
  await facilitator.dispose();

  // A member of Outlandish writes the co-op's retrospective, for the whole network.
  await page.goto(`/retrospectives?lead=${leadId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Retrospectives' })).toBeVisible();
  await expect(page.getByText('No retrospective you may read yet.')).toBeVisible();
  await expectAccessible(page, '/retrospectives');
  await page.getByLabel('What worked').fill('Pairing with Webarchitects on the migration scripts.');
  await page.getByLabel('What failed').fill('We underestimated DNS cut-over time.');
  await page.getByLabel('What to change').fill('Plan cut-overs a week ahead.');
  await page.getByLabel(/Every member of the network/).check();
  await page.getByRole('button', { name: 'Save retrospective' }).click();
  const written = page.getByTestId('retrospectives');
  await expect(written.getByText('Pairing with Webarchitects on the migration scripts.')).toBeVisible();
  await expect(written.getByText('whole network')).toBeVisible();

  // The edge appears, named by the lead, in the table beside the graph…
  await page.goto('/network');
  const table = page.getByTestId('collaboration-table');
  const row = table.getByRole('row').filter({ hasText: TITLE });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Outlandish');
  await expect(row).toContainText('Webarchitects');
  await expectAccessible(page, '/network');

  // …and on the co-op's page.
  await page.goto(`/coops/${OWN_COOP}`);
  const workedWith = page.getByTestId('worked-with');
  await expect(workedWith.getByRole('link', { name: 'Webarchitects' })).toBeVisible();
  await expect(workedWith.getByRole('link', { name: TITLE })).toBeVisible();

  // The dashboard counts the new work and the inter-co-op team.
  await page.goto('/fairness');
  await expect(personDays).not.toHaveText(String(before));
  const after = Number((await personDays.textContent())?.replace(/[^\d.]/g, '') || '0');
  expect(after).toBeCloseTo(before + 40, 5);
  await expect(page.getByTestId('figure-teams')).not.toHaveText(teamsBefore ?? '');
  await page.getByText('Show the numbers as a table').first().click();
  await expect(page.getByTestId('lorenz-table')).toBeVisible();
  await expectAccessible(page, '/fairness with a table open');
});

test('events and discussion are axe-clean', async ({ page }) => {
  await page.goto('/events');
  await expect(page.getByRole('heading', { level: 1, name: 'Events' })).toBeVisible();
  await page.getByLabel('Title').fill('CoTech winter gathering');
  await page.getByLabel('Starts').fill('2099-12-01T10:00');
  await page.getByLabel('Ends').fill('2099-12-01T17:00');
  await page.getByLabel('Place').fill('Birmingham');
  await page.getByRole('button', { name: 'Publish event' }).click();
  const event = page.getByTestId('event').filter({ hasText: 'CoTech winter gathering' });
  await expect(event).toBeVisible();
  await event.getByRole('button', { name: 'Yes' }).click();
  await expect(event).toContainText('1 coming');
  await expectAccessible(page, '/events');

  await page.goto('/forum');
  await expect(page.getByRole('heading', { level: 1, name: 'Discussion' })).toBeVisible();
  await expectAccessible(page, '/forum');
  await page.getByRole('link', { name: 'Help wanted' }).click();
  await page.getByLabel('Title').fill('Looking for a Rust reviewer');
  await page.getByLabel('Message').fill('Two days of **code review** next month.');
  await page.getByRole('button', { name: 'Post' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Looking for a Rust reviewer' })).toBeVisible();
  await expect(page.locator('.prose strong')).toHaveText('code review');
  await expectAccessible(page, 'a forum thread');
});
