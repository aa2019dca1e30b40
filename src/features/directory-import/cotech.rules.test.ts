import { describe, expect, it } from 'vitest';
import { coopFromCotech, placeFromAddress, stageFromHeadcount } from './cotech.rules.ts';
import { csvRows } from './directory.csv.ts';
import { parseFrontMatter } from './front-matter.ts';

describe('placeFromAddress', () => {
  it.each([
    ['The Old Music Hall,106-108 Cowley Road,Oxford,OX4 1JE,United Kingdom', 'Oxford'],
    ['Space4, 113 Fonthill Road, London N4 3HH', 'London'],
    ['The Minories 74 High Street, Colchester, Essex CO1 1UE', 'Colchester'],
    ['Glossop Gasworks, Arundel Street, Glossop, SK138HZ', 'Glossop'],
    ['The Foundry, 156 Blackfriars Road, London, SE1 8EN.', 'London'],
    ['17 Main Street,Ponteland,Newcastle Upon Tyne,NE20 9NH', 'Newcastle Upon Tyne'],
  ])('reads %s as %s, GB', (address, city) => {
    expect(placeFromAddress(address)).toEqual({ city, country: 'GB' });
  });
  it('places nothing it cannot place', () => {
    expect(placeFromAddress('the Internet')).toEqual({ city: null, country: null });
    expect(placeFromAddress(null)).toEqual({ city: null, country: null });
  });
});

describe('coopFromCotech', () => {
  it('derives stage from size and defaults need to medium', () => {
    expect([2, 4, 5, 10, 11].map(stageFromHeadcount)).toEqual(['new', 'new', 'growing', 'growing', 'stable']);
    expect(stageFromHeadcount(null)).toBe('growing');
    const { record, problems } = coopFromCotech('x', {
      name: 'X',
      members: 12,
      telephone: 'N/A',
      email: 'a@b.coop/',
    });
    expect(problems).toEqual([]);
    expect(record).toMatchObject({
      stage: 'stable',
      need: 'medium',
      contact: { phone: null, email: 'a@b.coop' },
    });
  });
  it('names the field of a bad value', () => {
    expect(
      coopFromCotech('x', { name: 'X', members: 'lots', latitude: 'north' }).problems.map((p) => p.field),
    ).toEqual(['members', 'latitude']);
  });
});

describe('parseFrontMatter', () => {
  it('knows the line of every key', () => {
    const fm = parseFrontMatter('---\ntitle: A\nmembers: 3\ntechnologies:\n- php\n---\nProse.');
    expect(fm.data).toEqual({ title: 'A', members: 3, technologies: ['php'] });
    expect([...fm.lines]).toEqual([
      ['title', 2],
      ['members', 3],
      ['technologies', 4],
    ]);
    expect(fm.body).toBe('Prose.');
  });
  it('reports a syntax error at its line in the file', () => {
    const fm = parseFrontMatter('---\ntitle: A\nname: [B\n---\n');
    expect(fm.errors[0]?.line).toBeGreaterThanOrEqual(3);
  });
});

describe('csvRows', () => {
  it('reads quoted cells with commas, quotes and newlines, keeping each row’s line', () => {
    const rows = csvRows('name,address\n"A, Ltd","1 ""Main"" St\nLeeds"\nB,x\n');
    expect(rows).toEqual([
      { line: 1, cells: ['name', 'address'] },
      { line: 2, cells: ['A, Ltd', '1 "Main" St\nLeeds'] },
      { line: 4, cells: ['B', 'x'] },
    ]);
  });
});
