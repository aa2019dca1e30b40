/**
 * Comparing JSON documents by content: PostgreSQL's jsonb reorders object
 * keys, so a stored document is compared with a fresh one key by key.
 */
export function jsonDifferences(a: unknown, b: unknown, path = '', out: string[] = [], max = 20): string[] {
  if (out.length >= max) return out;
  if (a === b) return out;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    out.push(path || '/');
    return out;
  }
  if (Array.isArray(a) !== Array.isArray(b)) {
    out.push(path || '/');
    return out;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of [...keys].sort()) {
    // JSON drops undefined; treat a missing key and an undefined one alike.
    if (ao[k] === undefined && bo[k] === undefined) continue;
    jsonDifferences(ao[k], bo[k], `${path}/${k}`, out, max);
  }
  return out;
}

/** A round trip through JSON, as the value will be stored. */
export const asJson = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
