/** Pure rules of a call for partners: its status moves and its checklist edits. */
import { randomUUID } from 'node:crypto';
import type { CALL_STATUSES, ChecklistItem } from '../../db/schema/teams.ts';
import type { FieldError } from '../../http/problem.ts';

export type CallStatus = (typeof CALL_STATUSES)[number];

/** Where a call may go from each status. won and lost are set by the result, and are final like withdrawn. */
export const CALL_MOVES: Readonly<Record<CallStatus, readonly CallStatus[]>> = {
  draft: ['open', 'withdrawn'],
  open: ['submitted', 'withdrawn', 'won', 'lost'],
  submitted: ['withdrawn', 'won', 'lost'],
  won: [],
  lost: [],
  withdrawn: [],
};

export const canMoveCall = (from: CallStatus, to: CallStatus) => from === to || CALL_MOVES[from].includes(to);

export interface ChecklistEdit {
  add: readonly string[];
  update: ReadonlyArray<{ id: string; done?: boolean | undefined; text?: string | undefined }>;
  remove: readonly string[];
}

/** Applies removals, updates and additions, in that order; unknown item ids are field errors. */
export function editChecklist(
  items: readonly ChecklistItem[],
  edit: ChecklistEdit,
  by: string,
  now: Date,
  newId: () => string = randomUUID,
): { items: ChecklistItem[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const ids = new Set(items.map((i) => i.id));
  edit.remove.forEach((id, i) => {
    if (!ids.has(id))
      errors.push({ pointer: `#/json/remove/${i}`, field: `remove.${i}`, detail: 'No such item.' });
  });
  edit.update.forEach((u, i) => {
    if (!ids.has(u.id) || edit.remove.includes(u.id))
      errors.push({ pointer: `#/json/update/${i}/id`, field: `update.${i}.id`, detail: 'No such item.' });
  });
  if (errors.length) return { items: [...items], errors };
  const removed = new Set(edit.remove);
  const next = items
    .filter((item) => !removed.has(item.id))
    .map((item) => {
      const u = edit.update.filter((x) => x.id === item.id).at(-1);
      if (!u) return item;
      const done = u.done ?? item.done;
      return {
        ...item,
        text: u.text ?? item.text,
        done,
        doneAt: done === item.done ? item.doneAt : done ? now.toISOString() : null,
        doneBy: done === item.done ? item.doneBy : done ? by : null,
      };
    });
  for (const text of edit.add) next.push({ id: newId(), text, done: false, doneAt: null, doneBy: null });
  return { items: next, errors };
}
