/**
 * From interests to outcome: two co-ops are interested in a lead; the
 * facilitator reads the explained recommendation, opens a vote, two co-ops'
 * members vote, the facilitator closes it, the outcome shows, and the
 * fairness ledger credits the chosen co-op.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible, memberOf, PHONE, STATE } from './support/demo.ts';
import {
  call,
  expectFitsPhone,
  interest,
  openLead,
  pageAs,
  sessionFrom,
  shot,
  signIn,
} from './support/network.ts';

test.use({ storageState: STATE.facilitator });

test('a lead goes from interests to a vote, an outcome and a ledger credit', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const facilitator = await sessionFrom(STATE.facilitator);
  const outlandish = await sessionFrom(STATE.member);
  const agile = await signIn(memberOf('agile-collective'));
  const title = `Member portal rebuild ${Date.now()}`;
  const leadId = await openLead(facilitator, {
    title,
    profiles: [{ count: 1, technology: 'php', minSeniority: 'semi_senior' }],
    effortPersonDays: 40,
  });
  await interest(outlandish, leadId, 'outlandish', { need: 'low' });
  await interest(agile, leadId, 'agile-collective', { need: 'high' });

  // The facilitator asks for the recommendation beside the proposal form.
  await page.goto(`/leads/${leadId}/decide`);
  await expect(page.getByRole('heading', { level: 1, name: 'Propose a decision' })).toBeVisible();
  await page.getByRole('button', { name: 'Get a recommendation' }).click();
  const recommendation = page.getByTestId('recommendation');
  await expect(recommendation.getByTestId('explanation')).toHaveCount(2);
  await expect(recommendation.getByTestId('explanation').first()).toContainText(/ranked|ranks/i);
  await expect(page.getByRole('table', { name: /What each factor contributed/ })).toContainText(
    'Agile Collective',
  );
  await shot(page, 'propose');
  await expectAccessible(page, 'proposing a decision');
  await expectFitsPhone(page, 'proposing a decision', PHONE);

  await page.getByRole('radio', { name: /^Vote/ }).check();
  await expect(page.getByRole('checkbox', { name: 'Outlandish' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Agile Collective' })).toBeChecked();
  await page.getByLabel('Voters needed').fill('2');
  await page.getByRole('button', { name: 'Open the decision' }).click();
  await expect(page).toHaveURL(/\/decisions\/[0-9a-f-]{36}$/);
  const decisionUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1 })).toContainText(title);
  await expect(page.getByText('One vote per co-op')).toBeVisible();
  // Network admins belong to no co-op and do not vote; they see why.
  await expect(page.getByText("Only members of the network's co-ops vote.")).toBeVisible();
  await expectAccessible(page, 'an open decision');

  // Two co-ops' members vote in their own browsers.
  for (const voter of [outlandish, agile]) {
    const theirs = await pageAs(browser, voter, PHONE);
    await theirs.goto(decisionUrl);
    await theirs.getByRole('radio', { name: 'Agile Collective' }).check();
    await theirs.getByRole('button', { name: 'Vote', exact: true }).click();
    await expect(theirs.getByRole('status').filter({ hasText: 'Your vote is recorded.' })).toBeVisible();
    await shot(theirs, 'voted');
    await expectAccessible(theirs, 'a decision after voting (phone)');
    await theirs.context().close();
  }

  // The live tally reaches the facilitator without a reload.
  await expect(page.getByTestId('tally')).toContainText('2 of', { timeout: 15_000 });
  await expect(page.getByTestId('tally-table')).toContainText('Agile Collective');
  await page.getByLabel('Rationale').fill('Both co-ops chose Agile Collective, who need the work most.');
  await page.getByRole('button', { name: 'Close and record the outcome' }).click();
  const outcome = page.getByTestId('outcome');
  await expect(outcome).toContainText('Chosen: Agile Collective');
  await expect(outcome).toContainText('To be reviewed on');
  await expect(page.getByTestId('audit')).toContainText('Outcome');
  await shot(page, 'closed');
  await expectAccessible(page, 'a closed decision');

  const lead = await call<{ status: string }>(facilitator, 'get', `/leads/${leadId}`);
  expect(lead.status).toBe('assigned');

  await outcome.getByRole('link', { name: 'See the fairness ledger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fairness ledger' })).toBeVisible();
  await expect(
    page.getByTestId('ledger-table').getByRole('row').filter({ hasText: 'Agile Collective' }),
  ).toBeVisible();
  const entry = page.getByTestId('ledger-entries').getByRole('row').filter({ hasText: title });
  await expect(entry).toContainText('Agile Collective');
  await expect(entry).toContainText('Assigned');
  await expect(entry.getByRole('cell').nth(4)).toHaveText('40');
  await shot(page, 'ledger');
  await expectAccessible(page, 'the ledger');
  await expectFitsPhone(page, 'ledger', PHONE);

  await page.goto('/network/policy');
  await expect(page.getByRole('heading', { level: 1, name: 'Allocation policy' })).toBeVisible();
  await expect(page.getByTestId('weights-sum')).toContainText('Sum of weights: 1');
  await shot(page, 'policy');
  await expectAccessible(page, 'the policy');
  await expectFitsPhone(page, 'policy', PHONE);

  await Promise.all([facilitator.dispose(), outlandish.dispose(), agile.dispose()]);
});
