/** The iCalendar writer, read back by a real calendar parser (ical.js). */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, utcStamp, writeCalendar } from './ical.ts';

const event = {
  uid: 'e1@minga.test',
  stamp: new Date('2026-03-01T10:00:00Z'),
  start: new Date('2026-03-14T09:30:00Z'),
  end: new Date('2026-03-14T11:00:00Z'),
  summary: 'Meet-up; Manchester, UK',
  description: 'Line one\nLine two, with a comma; and a semicolon \\ backslash',
  location: 'Hall 2, Mill St; Manchester',
  url: 'https://meet.example/room?x=1,2',
  sequence: 3,
};

describe('iCalendar writer', () => {
  it('escapes TEXT values as RFC 5545 asks', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('writes UTC date-times', () => {
    expect(utcStamp(new Date('2026-03-14T09:30:05.123Z'))).toBe('20260314T093005Z');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const long = `SUMMARY:${'ñ'.repeat(60)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
    for (const l of lines.slice(1)) expect(l.startsWith(' ')).toBe(true);
    expect(lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(long);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  it('is read back by ical.js with every field intact', () => {
    const long = { ...event, uid: 'e2@minga.test', summary: `Gathering ${'de cooperativas, '.repeat(8)}fin` };
    const text = writeCalendar([event, long], { name: 'Minga events' });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Minga events');
    const parsed = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(parsed).toHaveLength(2);
    const [first, second] = parsed;
    expect(first?.uid).toBe('e1@minga.test');
    expect(first?.summary).toBe(event.summary);
    expect(first?.description).toBe(event.description);
    expect(first?.location).toBe(event.location);
    expect(first?.sequence).toBe(3);
    expect(first?.startDate.toJSDate().toISOString()).toBe('2026-03-14T09:30:00.000Z');
    expect(first?.endDate.toJSDate().toISOString()).toBe('2026-03-14T11:00:00.000Z');
    expect(first?.startDate.zone?.tzid).toBe('UTC');
    expect(first?.component.getFirstPropertyValue('url')).toBe(event.url);
    expect(second?.summary).toBe(long.summary);
  });
});
