/** The demo network's sign-ins (loaded on an empty database) and where each role's session is kept. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'minga-demo-2026';
export const FACILITATOR = 'facilitator@demo.minga.coop';
export const OWN_COOP = 'outlandish';
export const memberOf = (slug: string) => `member@${slug}.demo.minga.coop`;
export const adminOf = (slug: string) => `admin@${slug}.demo.minga.coop`;

export const STATE = {
  member: 'test-results/.auth/member.json',
  admin: 'test-results/.auth/admin.json',
  facilitator: 'test-results/.auth/facilitator.json',
};

export const PHONE = { width: 375, height: 740 };

/** Zero axe violations (WCAG 2.x A and AA rules and best practices) on the page as it is now. */
export async function expectAccessible(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary, `axe violations on ${where}`).toEqual([]);
}
