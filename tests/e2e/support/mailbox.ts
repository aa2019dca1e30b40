/** The messages Minga sent during the run, as files written by serve.ts's SMTP server. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';

export const MAILBOX = 'test-results/e2e-mailbox';

/** Undoes quoted-printable, so links split over lines or with "=3D" read as sent. */
function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function messagesTo(address: string): string[] {
  const dir = path.resolve(MAILBOX);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((f) => decodeQuotedPrintable(readFileSync(path.join(dir, f), 'utf8')))
    .filter((m) => new RegExp(`^To: .*${address.replace(/[.+]/g, '\\$&')}`, 'mi').test(m));
}

/** Waits for the newest message to `address` holding a link that matches `link`, and returns the link. */
export async function linkFromMail(address: string, link: RegExp): Promise<string> {
  let found: string | undefined;
  await expect
    .poll(
      () => {
        const mail = messagesTo(address).at(-1);
        found = mail?.match(link)?.[0];
        return found;
      },
      { message: `a message to ${address} with a link like ${link}`, timeout: 15_000 },
    )
    .toBeTruthy();
  return found!;
}
