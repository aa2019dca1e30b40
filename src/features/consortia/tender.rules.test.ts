import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tenderKey } from './tender.rules.ts';

const key = (ref: string, buyer?: string) => {
  const k = tenderKey(ref, buyer);
  return k.ok ? k.key : k.field;
};

describe('tenderKey', () => {
  it('matches the same tender page however the address is written', () => {
    const a = key('https://www.find-tender.service.gov.uk/Notice/012345-2031/?utm_source=mail#lots');
    expect(a).toBe('url:find-tender.service.gov.uk/notice/012345-2031');
    expect(key('http://find-tender.service.gov.uk/Notice/012345-2031')).toBe(a);
    expect(key('https://find-tender.service.gov.uk/Notice/012346-2031')).not.toBe(a);
  });

  it('keeps query parameters that identify the tender, in any order', () => {
    expect(key('https://contrataciones.gov.ar/Tender.aspx?id=77&lang=es')).toBe(
      key('https://contrataciones.gov.ar/tender.aspx?lang=es&id=77&fbclid=x'),
    );
  });

  it('matches a reference with its buyer, ignoring case, accents and punctuation', () => {
    expect(key('Ref. 2031/045 – Portal', 'Ayuntamiento de Málaga')).toBe(
      key('ref 2031 045 portal', 'AYUNTAMIENTO DE MALAGA'),
    );
    expect(key('Ref. 2031/045', 'Ayuntamiento de Málaga')).not.toBe(
      key('Ref. 2031/045', 'Ayuntamiento de Sevilla'),
    );
  });

  it('asks for the buyer when there is only a reference, and for something when there is nothing', () => {
    expect(key('2031/045')).toBe('buyer');
    expect(key(' -- ', 'Council')).toBe('tenderRef');
  });

  it('is stable: a key is the same for any spacing and case of its reference', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9]{1,8}( [A-Za-z0-9]{1,8}){0,3}$/), (ref) => {
        expect(key(`  ${ref.toUpperCase()}  `, 'Buyer')).toBe(
          key(ref.toLowerCase().replaceAll(' ', ' / '), 'buyer'),
        );
      }),
    );
  });
});
