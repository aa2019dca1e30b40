import { createRoute, z } from '@hono/zod-openapi';
import type { Deps } from '../../http/context.ts';
import { unauthorized } from '../../http/problem.ts';
import { createRouter, problems } from '../../http/router.ts';

export const Me = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    networkRole: z.enum(['admin', 'member']),
    personId: z.uuid().nullable(),
    coops: z.array(z.object({ id: z.uuid(), role: z.enum(['admin', 'member']) })),
  })
  .openapi('Me');

export function accountRoutes(_deps: Deps) {
  return createRouter().openapi(
    createRoute({
      method: 'get',
      path: '/me',
      tags: ['Accounts'],
      summary: 'Who is signed in',
      responses: {
        200: { description: 'The signed-in account', content: { 'application/json': { schema: Me } } },
        ...problems(401),
      },
    }),
    (c) => {
      const a = c.get('actor');
      if (a.kind !== 'user') throw unauthorized();
      return c.json(
        {
          id: a.userId,
          name: a.name,
          email: a.email,
          networkRole: a.networkRole,
          personId: a.personId,
          coops: [...a.coops].map(([id, role]) => ({ id, role })),
        },
        200,
      );
    },
  );
}
