/**
 * Work no single co-op can take: a lead needs two senior React developers and
 * a senior Drupal developer; Outlandish offers the React people and
 * Webarchitects the Drupal one. The builder proposes the two together, the
 * network consents, the team is formed with its shares, and the fairness
 * ledger credits both co-ops by those shares.
 */
import { expect, test } from '@playwright/test';
import { adminOf, expectAccessible, OWN_COOP, PHONE, STATE } from './support/demo.ts';
import {
  addPerson,
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

test('the builder proposes a two-co-op team, the network decides and the ledger splits by shares', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const facilitator = await sessionFrom(STATE.facilitator);
  const outlandish = await sessionFrom(STATE.admin);
  const webarchitects = await signIn(adminOf('webarchitects'));
  const stamp = Date.now();
  const react = [
    await addPerson(outlandish, OWN_COOP, `Rosa React ${stamp}`, 'reactjs'),
    await addPerson(outlandish, OWN_COOP, `Ramon React ${stamp}`, 'reactjs'),
  ];
  const drupal = await addPerson(webarchitects, 'webarchitects', `Dora Drupal ${stamp}`, 'drupal');
  const title = `Campaign platform ${stamp}`;
  const leadId = await openLead(facilitator, {
    title,
    scope: 'team',
    profiles: [
      { count: 2, technology: 'reactjs', minSeniority: 'senior' },
      { count: 1, technology: 'drupal', minSeniority: 'senior' },
    ],
    effortPersonDays: 50,
  });
  // Each co-op offers only the people it names: neither covers all three roles alone.
  await interest(outlandish, leadId, OWN_COOP, { role: 'lead', proposedPeople: react });
  await interest(webarchitects, leadId, 'webarchitects', { role: 'partner', proposedPeople: [drupal] });

  await page.goto(`/leads/${leadId}/team`);
  await expect(page.getByRole('heading', { level: 1, name: 'Team builder' })).toBeVisible();
  const proposals = page.getByTestId('proposals');
  const first = proposals.getByRole('listitem').first();
  // Three people and a coordinating co-op: four roles.
  await expect(first).toContainText('4 of 4 roles covered');
  await expect(first).toContainText('Outlandish');
  await expect(first).toContainText('Webarchitects Co-operative');
  await expect(page.getByTestId('builder-method')).toContainText(/proven optimal|within/);
  await first.getByRole('button', { name: 'Start from team 1' }).click();

  // Taking a person out opens a gap, putting them back closes it.
  const editor = page.getByRole('region', { name: 'Your team' });
  await editor.getByRole('checkbox', { name: new RegExp(`Ramon React ${stamp}`) }).uncheck();
  await expect(editor.getByTestId('team-gaps')).toBeVisible();
  await expect(editor).toContainText('3 of 4 roles covered');
  await editor.getByRole('checkbox', { name: new RegExp(`Ramon React ${stamp}`) }).check();
  await expect(editor).toContainText('4 of 4 roles covered');
  await expect(editor.getByText('Every requirement is covered.')).toBeVisible();
  await shot(page, 'team-builder');
  await expectAccessible(page, 'the team builder');
  await expectFitsPhone(page, 'team builder', PHONE);

  // The network decides: consent on the two co-ops together.
  await page.getByRole('link', { name: 'Ask the network to decide' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Propose a decision' })).toBeVisible();
  await expect(page.getByRole('radio', { name: /^Consent/ })).toBeChecked();
  await page.getByRole('button', { name: 'Open the decision' }).click();
  await expect(page).toHaveURL(/\/decisions\//);
  const decisionUrl = new URL(page.url()).pathname;
  const decisionId = decisionUrl.split('/').pop() ?? '';

  const theirs = await pageAs(browser, outlandish, PHONE);
  await theirs.goto(decisionUrl);
  await theirs.getByRole('radio', { name: 'Agree' }).check();
  await theirs.getByRole('button', { name: 'Vote', exact: true }).click();
  await expect(theirs.getByRole('status').filter({ hasText: 'Your vote is recorded.' })).toBeVisible();
  await shot(theirs, 'decision-consent');
  await theirs.context().close();
  await call(webarchitects, 'post', `/decisions/${decisionId}/votes`, { position: 'agree' });

  await page.getByLabel('Rationale').fill('Together they cover every role; nobody blocked.');
  await page.getByRole('button', { name: 'Close and record the outcome' }).click();
  const outcome = page.getByTestId('outcome');
  await expect(outcome).toContainText('Chosen: Outlandish, Webarchitects Co-operative');

  // The team the decision chose is formed, with the work split 60/40.
  await outcome.getByRole('link', { name: 'Form the team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team builder' })).toBeVisible();
  await expect(page.getByText('The team is made of exactly the co-ops the decision chose.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your team' })).toContainText('4 of 4 roles covered');
  await page.getByLabel('Work share of Outlandish (%)').fill('60');
  await page.getByLabel('Money share of Outlandish (%)').fill('60');
  await page.getByLabel('Work share of Webarchitects Co-operative (%)').fill('40');
  await page.getByLabel('Money share of Webarchitects Co-operative (%)').fill('40');
  await page.getByRole('button', { name: 'Form the team' }).click();

  await expect(page).toHaveURL(/\/teams\//);
  await expect(page.getByRole('heading', { level: 1, name: `Team for ${title}` })).toBeVisible();
  const members = page.getByTestId('team-members');
  await expect(members.getByRole('row').filter({ hasText: 'Outlandish' })).toContainText('60%');
  await expect(members.getByRole('row').filter({ hasText: 'Webarchitects' })).toContainText('40%');
  await expect(page.getByText(`Rosa React ${stamp}`)).toBeVisible();
  await page.getByLabel('Write to the team').fill('Kick-off on **Monday**.');
  await page.getByRole('button', { name: 'Post' }).click();
  await expect(page.getByTestId('thread')).toContainText('Kick-off on Monday.');
  await shot(page, 'team');
  await expectAccessible(page, 'the team page');
  await expectFitsPhone(page, 'team page', PHONE);

  await page.goto('/network/ledger');
  const entries = page.getByTestId('ledger-entries').getByRole('row').filter({ hasText: title });
  const held = async (coop: string) => {
    const rows = entries.filter({ hasText: coop });
    const days = await rows.evaluateAll((trs) =>
      trs.reduce((sum, tr) => sum + Number((tr.children[4]?.textContent ?? '0').replace(/[^\d.-]/g, '')), 0),
    );
    return days;
  };
  await expect(entries.first()).toBeVisible();
  expect(await held('Outlandish')).toBeCloseTo(30);
  expect(await held('Webarchitects')).toBeCloseTo(20);
  await shot(page, 'ledger');
  await expectAccessible(page, 'the ledger');

  await Promise.all([facilitator.dispose(), outlandish.dispose(), webarchitects.dispose()]);
});

test.describe('calls for partners', () => {
  test.use({ storageState: STATE.admin });

  test('a co-op posts a call, two co-ops apply, the consortium is checked, the bid is won; a tender is declared privately', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const webarchitects = await signIn(adminOf('webarchitects'));
    await page.goto('/calls');
    await expect(page.getByRole('heading', { level: 1, name: 'Calls for partners' })).toBeVisible();
    await expectAccessible(page, 'calls for partners');

    await page.getByRole('link', { name: 'Post a call' }).click();
    const title = `Open data commons bid ${Date.now()}`;
    await page.getByLabel('Title').fill(title);
    await page.getByLabel('Programme', { exact: true }).fill('Horizon Europe');
    await page.getByLabel('Partners at least').fill('2');
    await page.getByLabel('Distinct countries at least').fill('1');
    await page.getByLabel('Technologies or services needed').fill('Drupal, ReactJS');
    await page.getByLabel('Bid checklist').fill('Budget table\nLetters of support');
    await expectAccessible(page, 'posting a call');
    await page.getByRole('button', { name: 'Post the call' }).click();

    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(page.getByTestId('rules')).toContainText('At least 2 partners.');
    await page.getByLabel('Roles offered').fill('Coordinator');
    await page.getByLabel('Technologies and services').fill('ReactJS');
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: "Your co-op's application is in." }),
    ).toBeVisible();
    const callId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await call(webarchitects, 'post', `/calls/${callId}/applications`, {
      roles: ['Developer'],
      skills: ['drupal'],
    });
    await page.reload();

    const check = page.getByRole('region', { name: 'Check a consortium' });
    await check.getByRole('checkbox', { name: /Outlandish/ }).check();
    await check.getByRole('button', { name: 'Check eligibility' }).click();
    await expect(page.getByTestId('eligibility')).toContainText('does not meet the rules');
    await expect(page.getByTestId('eligibility').getByRole('listitem')).not.toHaveCount(0);
    await expect(page.getByTestId('suggestions')).toContainText('Outlandish + Webarchitects Co-operative');
    await check.getByRole('button', { name: 'Check this one' }).first().click();
    await check.getByRole('button', { name: 'Check eligibility' }).click();
    await expect(page.getByTestId('eligibility')).toContainText('This consortium meets every rule.');

    await page.getByRole('checkbox', { name: 'Budget table' }).check();
    await expect(page.getByRole('checkbox', { name: 'Budget table' })).toBeChecked();
    await page.getByRole('button', { name: 'Mark the bid submitted' }).click();
    await page.getByRole('radio', { name: 'Won' }).check();
    await page.getByLabel('Post-mortem').fill('Partners from the directory made the budget easy.');
    await page.getByRole('button', { name: 'Record the result' }).click();
    await expect(page.getByRole('heading', { name: 'Result: Won' })).toBeVisible();
    await shot(page, 'call');
    await expectAccessible(page, 'a decided call');
    await expectFitsPhone(page, 'call page', PHONE);

    await page.goto('/calls');
    await expect(page.getByTestId('network-rate')).toContainText(/won \d+ of \d+ decided bids/);

    await page.goto('/tenders');
    await page
      .getByLabel('Tender web address or reference')
      .fill(`https://www.find-tender.service.gov.uk/Notice/${Date.now()}`);
    await page.getByRole('button', { name: 'Declare privately' }).click();
    await expect(page.getByTestId('declarations')).toContainText('No other co-op has declared this tender.');
    await shot(page, 'tenders');
    await expectAccessible(page, 'tender declarations');
    await webarchitects.dispose();
  });
});
