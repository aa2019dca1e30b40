/**
 * @mentions in a comment. Two spellings:
 *   @ana               — the local part of someone's email address; counts
 *                        only when exactly one account has it
 *   @ana@example.coop  — the full address, for when a local part is shared
 * Mentions inside `code` are not mentions.
 */
export interface Mentions {
  /** lower-cased email local parts */
  handles: string[];
  /** lower-cased full addresses */
  emails: string[];
}

const MENTION = /(^|[^\w@.+-])@([a-z0-9][a-z0-9._%+-]*(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?)/gi;

export function parseMentions(markdown: string): Mentions {
  const text = markdown.replace(/```[\s\S]*?```/g, ' ').replace(/`[^`\n]*`/g, ' ');
  const handles = new Set<string>();
  const emails = new Set<string>();
  for (const m of text.matchAll(MENTION)) {
    const word = m[2]!.toLowerCase().replace(/[._%+-]+$/, '');
    if (!word) continue;
    if (word.includes('@')) emails.add(word);
    else handles.add(word);
  }
  return { handles: [...handles], emails: [...emails] };
}
