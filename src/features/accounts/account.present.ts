/** Account rows → API bodies. */
import type { z } from '@hono/zod-openapi';
import type { MeRow, UserRow } from './account.queries.ts';
import type { AdminUser, MeBody } from './account.schemas.ts';

export function presentMe(row: MeRow): MeBody {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    networkRole: row.role === 'admin' ? 'admin' : 'member',
    locale: row.locale === 'es' ? 'es' : 'en',
    personId: row.person_id,
    coops: row.coops,
  };
}

export function presentAdminUser(row: UserRow): z.infer<typeof AdminUser> {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role === 'admin' ? 'admin' : 'member',
    coops: row.coops,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
