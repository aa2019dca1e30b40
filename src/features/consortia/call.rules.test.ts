import { describe, expect, it } from 'vitest';
import { canMoveCall, editChecklist } from './call.rules.ts';

const now = new Date('2031-01-02T03:04:05Z');
let n = 0;
const newId = () => `i${++n}`;

describe('call checklist', () => {
  it('adds, ticks with who and when, unticks, renames and removes', () => {
    const start = editChecklist(
      [],
      { add: ['Letters of commitment', 'Budget per partner'], update: [], remove: [] },
      'u1',
      now,
      newId,
    );
    expect(start.items.map((i) => [i.id, i.text, i.done])).toEqual([
      ['i1', 'Letters of commitment', false],
      ['i2', 'Budget per partner', false],
    ]);
    const ticked = editChecklist(
      start.items,
      { add: [], update: [{ id: 'i1', done: true }], remove: ['i2'] },
      'u2',
      now,
    );
    expect(ticked.items).toEqual([
      { id: 'i1', text: 'Letters of commitment', done: true, doneAt: now.toISOString(), doneBy: 'u2' },
    ]);
    const unticked = editChecklist(
      ticked.items,
      { add: [], update: [{ id: 'i1', done: false, text: 'Letters' }], remove: [] },
      'u3',
      now,
    );
    expect(unticked.items[0]).toEqual({ id: 'i1', text: 'Letters', done: false, doneAt: null, doneBy: null });
  });

  it('names unknown items and changes nothing', () => {
    const r = editChecklist(
      [],
      { add: ['x'], update: [{ id: 'nope', done: true }], remove: ['gone'] },
      'u',
      now,
    );
    expect(r.items).toEqual([]);
    expect(r.errors.map((e) => e.field)).toEqual(['remove.0', 'update.0.id']);
  });
});

describe('call status', () => {
  it('moves forward and keeps results final', () => {
    expect(canMoveCall('draft', 'open')).toBe(true);
    expect(canMoveCall('open', 'won')).toBe(true);
    expect(canMoveCall('won', 'lost')).toBe(false);
    expect(canMoveCall('withdrawn', 'open')).toBe(false);
    expect(canMoveCall('submitted', 'open')).toBe(false);
  });
});
