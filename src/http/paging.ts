/**
 * The one pagination style: `?page=1&pageSize=20` in, `{ items, page, pageSize, total }` out.
 * Small pages by default: payload size, not SQL, dominates list latency.
 */
import { z } from '@hono/zod-openapi';

export const PagingQuery = {
  page: z.coerce.number().int().min(1).max(100_000).default(1).openapi({ example: 1 }),
  pageSize: z.coerce.number().int().min(1).max(100).default(20).openapi({ example: 20 }),
};

export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z
    .object({
      items: z.array(item),
      page: z.number().int(),
      pageSize: z.number().int(),
      total: z.number().int(),
    })
    .openapi(name);
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

export const offsetOf = (p: { page: number; pageSize: number }) => (p.page - 1) * p.pageSize;
