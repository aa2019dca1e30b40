/**
 * The lifecycle moves this reader may make now (the server lists them in
 * `can.transitions`), one button each. Declining, withdrawing and losing ask
 * for a reason; assigning asks which co-ops take the work.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must } from '../../api/client.ts';
import { Field } from '../../ui/field.tsx';
import {
  activeInterests,
  type Lead,
  type LeadStatus,
  leadKeys,
  NEEDS_NOTE,
  useInterests,
} from './lead-api.ts';
import { describeLeadError } from './lead-errors.ts';

export function useTransition(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { to: LeadStatus; note?: string; assignedCoops?: string[] }) =>
      must(
        api.POST('/api/v1/leads/{id}/transitions', { params: { path: { id } }, body: { note: '', ...body } }),
      ),
    onSuccess: async (lead) => {
      qc.setQueryData(leadKeys.detail(id), lead);
      await qc.invalidateQueries({ queryKey: ['lead', id] });
      await qc.invalidateQueries({ queryKey: leadKeys.all });
    },
  });
}

/** The button's words: publishing and reopening are both "open", but say different things. */
export function transitionLabel(from: LeadStatus, to: LeadStatus) {
  if (to === 'open') return from === 'draft' || from === 'in_triage' ? 'publish' : 'reopen';
  return to;
}

export function LeadLifecycle(props: { lead: Lead }) {
  const { t } = useTranslation();
  const l = props.lead;
  const move = useTransition(l.id);
  const interests = useInterests(l.id);
  const [pending, setPending] = useState<LeadStatus | null>(null);
  const [note, setNote] = useState('');
  const [assigned, setAssigned] = useState<string[]>([]);
  const err = describeLeadError(move.error, t, 'transition');
  if (l.can.transitions.length === 0) return null;
  const start = (to: LeadStatus) => {
    move.reset();
    if (NEEDS_NOTE.has(to) || to === 'assigned') {
      setPending(to);
      setNote('');
      setAssigned([]);
    } else move.mutate({ to });
  };
  const candidates = activeInterests(interests.data).flatMap((i) => (i.coop ? [i.coop] : []));

  return (
    <section className="panel" aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">{t('leads.lifecycle.title')}</h2>
      <div className="actions">
        {l.can.transitions.map((to) => (
          <button
            key={to}
            type="button"
            className={`button ${NEEDS_NOTE.has(to) ? 'button--secondary' : ''}`}
            aria-expanded={NEEDS_NOTE.has(to) || to === 'assigned' ? pending === to : undefined}
            disabled={move.isPending}
            onClick={() => start(to)}
          >
            {t(`leads.transition.${transitionLabel(l.status, to) as 'publish'}`)}
          </button>
        ))}
      </div>
      {pending && (
        <form
          className="form lead-confirm"
          onSubmit={(e) => {
            e.preventDefault();
            move.mutate(
              {
                to: pending,
                note: note.trim(),
                ...(pending === 'assigned' ? { assignedCoops: assigned } : {}),
              },
              { onSuccess: () => setPending(null) },
            );
          }}
        >
          {pending === 'assigned' ? (
            <fieldset className="checkbox-grid" id="f-assignedCoops">
              <legend>{t('leads.lifecycle.whichCoops')}</legend>
              {candidates.length === 0 && <p className="muted">{t('leads.lifecycle.noInterests')}</p>}
              {candidates.map((c) => (
                <label key={c.slug}>
                  <input
                    type="checkbox"
                    checked={assigned.includes(c.slug)}
                    onChange={(e) =>
                      setAssigned(
                        e.target.checked ? [...assigned, c.slug] : assigned.filter((s) => s !== c.slug),
                      )
                    }
                  />
                  {c.name}
                </label>
              ))}
              {err.fields.assignedCoops && <p className="field__error">{err.fields.assignedCoops}</p>}
            </fieldset>
          ) : (
            <Field
              label={t(`leads.lifecycle.why.${pending as 'declined'}`)}
              name="note"
              error={err.fields.note}
              hint={
                pending === 'declined' && l.source === 'public_form'
                  ? t('leads.lifecycle.mailedHint')
                  : undefined
              }
            >
              {(ctl) => (
                <textarea {...ctl} rows={3} required value={note} onChange={(e) => setNote(e.target.value)} />
              )}
            </Field>
          )}
          <div className="form__actions">
            <button type="submit" className="button" disabled={move.isPending}>
              {t(`leads.transition.${pending as 'declined'}`)}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setPending(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {move.isError && err.message && (
        <p className="field__error" role="alert">
          {err.message}
        </p>
      )}
      {move.isSuccess && !pending && (
        <p className="muted" role="status">
          {t('leads.lifecycle.done', { status: t(`leads.status.${move.data.status}`) })}
        </p>
      )}
    </section>
  );
}
