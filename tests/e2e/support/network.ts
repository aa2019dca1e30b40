/**
 * Setting the scene through the API for the decision and team journeys: a
 * session per role (the stored ones, or a sign-in that waits out the sign-in
 * rate limit), leads opened for interest, interests, people with skills.
 */
import { type APIRequestContext, type Browser, expect, type Page, request, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible } from './demo.ts';

/** The server playwright.config.ts starts. */
const base = () => test.info().project.use.baseURL ?? `http://localhost:${process.env.E2E_PORT ?? 3917}`;

/** An API session from a stored sign-in (auth.setup.ts). */
export function sessionFrom(storageState: string): Promise<APIRequestContext> {
  return request.newContext({ baseURL: base(), storageState, extraHTTPHeaders: { origin: base() } });
}

/** Signs in through the API; the sign-in limit (5 a minute) is waited out rather than failed. */
export async function signIn(email: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL: base(), extraHTTPHeaders: { origin: base() } });
  for (let attempt = 0; attempt < 4; attempt++) {
    const res = await ctx.post('/api/auth/sign-in/email', { data: { email, password: DEMO_PASSWORD } });
    if (res.ok()) return ctx;
    expect(res.status(), `signing in ${email}`).toBe(429);
    const wait = Number(res.headers()['retry-after'] ?? 20);
    await new Promise((r) => setTimeout(r, Math.min(65, wait + 1) * 1000));
  }
  throw new Error(`could not sign in ${email}`);
}

/** A browser page signed in as the API session's account. */
export async function pageAs(
  browser: Browser,
  ctx: APIRequestContext,
  viewport?: { width: number; height: number },
) {
  const context = await browser.newContext({
    storageState: await ctx.storageState(),
    ...(viewport ? { viewport } : {}),
  });
  return context.newPage();
}

export async function call<T = Record<string, unknown>>(
  ctx: APIRequestContext,
  method: 'get' | 'post' | 'put' | 'patch',
  path: string,
  data?: unknown,
): Promise<T> {
  const res = await ctx.fetch(`/api/v1${path}`, { method, ...(data === undefined ? {} : { data }) });
  expect(res.ok(), `${method.toUpperCase()} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return (await res.json()) as T;
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** A lead open for interest, posted by a network admin. */
export async function openLead(
  admin: APIRequestContext,
  fields: {
    title: string;
    profiles: Array<{ count: number; technology: string; minSeniority: string }>;
  } & Record<string, unknown>,
): Promise<string> {
  const lead = await call<{ id: string }>(admin, 'post', '/leads', {
    description: 'A project for the network, set up by an end-to-end journey.',
    finderCoop: null,
    startDate: inDays(14),
    languages: ['en'],
    mode: 'fixed_price',
    budget: { min: 10000, max: 20000, currency: 'GBP', visibility: 'network' },
    ...fields,
  });
  await call(admin, 'post', `/leads/${lead.id}/transitions`, { to: 'open' });
  return lead.id;
}

export async function interest(
  ctx: APIRequestContext,
  leadId: string,
  coop: string,
  extra: {
    role?: 'lead' | 'partner' | 'subcontractor';
    proposedPeople?: string[];
    need?: 'low' | 'medium' | 'high';
  } = {},
) {
  await call(ctx, 'put', `/leads/${leadId}/interests/${coop}`, {
    availableFrom: inDays(14),
    hoursPerWeek: 60,
    capacityPersonDays: 80,
    need: extra.need ?? 'medium',
    fit: `${coop} has done this kind of work before.`,
    role: extra.role ?? 'lead',
    proposedPeople: extra.proposedPeople ?? [],
  });
}

/** A free person with one senior skill, added by the co-op's admin. */
export async function addPerson(admin: APIRequestContext, coop: string, name: string, technology: string) {
  const p = await call<{ id: string }>(admin, 'post', `/coops/${coop}/people`, {
    name,
    languages: ['en'],
    availability: 'free',
    hoursPerWeek: 32,
    freeFrom: null,
    skills: [{ technology, seniority: 'senior', years: 7 }],
  });
  return p.id;
}

/** With MINGA_SHOTS=<folder>, keeps a full-page screenshot for a person to look at; otherwise nothing. */
export async function shot(page: Page, name: string) {
  const folder = process.env.MINGA_SHOTS;
  if (folder)
    await page.screenshot({ path: `${folder}/${name}-${page.viewportSize()?.width}.png`, fullPage: true });
}

/** The page as it is now, on a 375px phone: axe-clean and nothing sticking out sideways. */
export async function expectFitsPhone(page: Page, where: string, phone: { width: number; height: number }) {
  const before = page.viewportSize();
  await page.setViewportSize(phone);
  const overflow = await page.evaluate(() => {
    const wide = [...document.querySelectorAll('main *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('.table-wrap'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { by: document.documentElement.scrollWidth - window.innerWidth, wide };
  });
  expect(
    overflow.by,
    `${where} is wider than the phone's screen: ${overflow.wide.join(', ')}`,
  ).toBeLessThanOrEqual(0);
  await shot(page, where.replaceAll(' ', '-'));
  await expectAccessible(page, `${where} (phone)`);
  if (before) await page.setViewportSize(before);
}
