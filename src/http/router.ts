/** Every feature router is an OpenAPIHono whose validation failures become 422 problem+json. */
import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from './context.ts';
import { fieldErrorsFromZod, invalid } from './problem.ts';

export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw invalid(fieldErrorsFromZod(result.target, result.error.issues));
    },
  });
}

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(z.object({ pointer: z.string(), field: z.string(), detail: z.string() })).optional(),
  })
  .openapi('Problem');

/** Standard error responses, merged into each route's `responses`. */
export function problems(...statuses: Array<400 | 401 | 403 | 404 | 409 | 422 | 429>) {
  const descriptions: Record<number, string> = {
    400: 'Malformed request',
    401: 'Not signed in',
    403: 'Not allowed',
    404: 'Not found',
    409: 'Conflicts with the current state',
    422: 'A field is invalid',
    429: 'Too many requests',
  };
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      {
        description: descriptions[s] ?? 'Error',
        content: { 'application/problem+json': { schema: ProblemSchema } },
      },
    ]),
  ) as Record<
    number,
    { description: string; content: { 'application/problem+json': { schema: typeof ProblemSchema } } }
  >;
}

/** A JSON response entry for `createRoute({ responses })`. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** A required JSON request body for `createRoute({ request: { body } })`. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { 'application/json': { schema } }, required: true as const };
}
