/**
 * The one error type. Anything thrown as a Problem reaches the client as
 * RFC 9457 problem+json; field errors name the offending field by JSON pointer.
 */
export interface FieldError {
  /** JSON pointer into the request, e.g. "#/body/people/0/hoursPerWeek" or "#/query/page". */
  pointer: string;
  field: string;
  detail: string;
}

export class Problem extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    status: number,
    title: string,
    detail?: string,
    opts: { type?: string; errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail ?? title);
    this.status = status;
    this.title = title;
    this.type = opts.type ?? `https://minga.coop/problems/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    this.errors = opts.errors;
    this.headers = opts.headers;
  }

  toJSON(instance?: string) {
    return {
      type: this.type,
      title: this.title,
      status: this.status,
      detail: this.message,
      ...(instance ? { instance } : {}),
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

export const badRequest = (detail: string, errors?: FieldError[]) =>
  new Problem(400, 'Bad Request', detail, { errors });
export const unauthorized = (detail = 'Sign in to do this.') => new Problem(401, 'Unauthorized', detail);
export const forbidden = (detail = 'You are not allowed to do this.') =>
  new Problem(403, 'Forbidden', detail);
export const notFound = (what: string) => new Problem(404, 'Not Found', `${what} was not found.`);
export const conflict = (detail: string, errors?: FieldError[]) =>
  new Problem(409, 'Conflict', detail, { errors });
export const invalid = (errors: FieldError[]) =>
  new Problem(422, 'Unprocessable Content', errors.map((e) => `${e.field}: ${e.detail}`).join('; '), {
    errors,
  });
export const tooMany = (retryAfterSeconds: number) =>
  new Problem(429, 'Too Many Requests', `Try again in ${retryAfterSeconds} seconds.`, {
    headers: { 'Retry-After': String(retryAfterSeconds) },
  });

/** Turns Zod issues into field errors; `where` is "body", "query" or "param". */
export function fieldErrorsFromZod(
  where: string,
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): FieldError[] {
  return issues.map((i) => {
    const segs = i.path.map((p) => String(p));
    return {
      pointer: `#/${[where, ...segs].join('/')}`,
      field: segs.length ? segs.join('.') : where,
      detail: i.message,
    };
  });
}
