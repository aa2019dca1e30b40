/**
 * The one HTTP client of the web UI: typed from the server's OpenAPI document
 * (openapi.d.ts, written by `npm run api:types`). Errors become ApiError so
 * forms can show each field's message next to the field.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './openapi.d.ts';

export type Schemas = components['schemas'];

export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin,
  credentials: 'same-origin',
});

interface ProblemBody {
  title?: string;
  detail?: string;
  message?: string;
  code?: string;
  errors?: Array<{ pointer: string; field: string; detail: string }>;
}

export class ApiError extends Error {
  readonly status: number;
  /** better-auth's machine-readable code, e.g. INVALID_EMAIL_OR_PASSWORD. */
  readonly code: string | undefined;
  /** Field path ("contact.email") → message. */
  readonly fields: Record<string, string>;

  constructor(status: number, body: ProblemBody | undefined) {
    super(body?.detail ?? body?.message ?? body?.title ?? `HTTP ${status}`);
    this.status = status;
    this.code = body?.code;
    this.fields = Object.fromEntries((body?.errors ?? []).map((e) => [e.field, e.detail]));
  }
}

/** Unwraps an openapi-fetch result: the data, or an ApiError. */
export async function must<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<NonNullable<T>> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, error as ProblemBody | undefined);
  return data as NonNullable<T>;
}

/** better-auth's endpoints (/api/auth/*) are not in the OpenAPI document; this is their client. */
export async function authCall<T = unknown>(
  path: string,
  body?: Record<string, unknown>,
  method: 'GET' | 'POST' = body === undefined ? 'GET' : 'POST',
): Promise<T> {
  const res = await fetch(`/api/auth${path}`, {
    method,
    credentials: 'same-origin',
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  const parsed = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) throw new ApiError(res.status, parsed as ProblemBody | undefined);
  return parsed as T;
}
