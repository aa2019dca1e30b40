/** HTTP for the public project form: no account, 202 whatever happens to a valid submission. */
import { createRoute } from '@hono/zod-openapi';
import { clientIp } from '../../http/client-ip.ts';
import type { Deps } from '../../http/context.ts';
import { createRouter, problems } from '../../http/router.ts';
import { PublicLeadInput, PublicLeadReceipt } from './public-lead.schemas.ts';
import { submitPublicLead } from './public-lead.service.ts';

export function publicLeadRoutes(deps: Deps) {
  return createRouter().openapi(
    createRoute({
      method: 'post',
      path: '/public/leads',
      tags: ['Public'],
      summary: 'Bring us your project (no account needed)',
      description:
        'Lands in the facilitators’ triage queue and sends a confirmation email. Limited to 5 per hour per address and 200 per hour for the network (429 with Retry-After).',
      request: { body: { content: { 'application/json': { schema: PublicLeadInput } }, required: true } },
      responses: {
        202: { description: 'Received', content: { 'application/json': { schema: PublicLeadReceipt } } },
        ...problems(422, 429),
      },
    }),
    async (c) => {
      await submitPublicLead(deps, c.req.valid('json'), clientIp(c));
      return c.json({ status: 'received' as const }, 202);
    },
  );
}
