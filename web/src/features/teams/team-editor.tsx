/**
 * The interactive part of the team builder: add or remove a co-op or a
 * person and the builder scores the team again (debounced, with progress) —
 * coverage, gaps and score as the engine sees them.
 */
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must, type Schemas } from '../../api/client.ts';
import { ErrorState } from '../../ui/status.tsx';
import { type RequestEcho, TeamView } from './team-parts.tsx';

export type Role = 'coordinator' | 'partner' | 'subcontractor';
export interface Pick {
  coopId: string;
  slug: string;
  name: string;
  role: Role;
  /** null: every qualifying person of the co-op. */
  people: string[] | null;
}
export interface Candidate {
  coopId: string;
  slug: string;
  name: string;
}

const DEBOUNCE_MS = 400;

const toBody = (picks: Pick[]) =>
  picks.map((p) => ({ coopId: p.coopId, role: p.role, ...(p.people ? { people: p.people } : {}) }));

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

/** A co-op's people who have a skill in one of the lead's technologies. */
function PeoplePicker(props: {
  pick: Pick;
  technologies: string[];
  onChange: (people: string[] | null) => void;
}) {
  const { t } = useTranslation();
  const people = useQuery({
    queryKey: ['coop', props.pick.slug, 'people'],
    queryFn: () =>
      must(api.GET('/api/v1/coops/{slug}/people', { params: { path: { slug: props.pick.slug } } })),
  });
  const wanted = new Set(props.technologies.map((x) => x.toLowerCase()));
  const qualifying = (people.data?.items ?? []).filter((p) =>
    p.skills.some(
      (s) => wanted.has(s.technology.name.toLowerCase()) || wanted.has(s.technology.slug.toLowerCase()),
    ),
  );
  const chosen = props.pick.people ?? qualifying.map((p) => p.id);
  if (people.isError) return <ErrorState error={people.error} retry={() => void people.refetch()} />;
  if (people.data && qualifying.length === 0) return <p className="muted">{t('teams.editor.noPeople')}</p>;
  return (
    <fieldset className="checkbox-grid">
      <legend>{t('teams.editor.people', { coop: props.pick.name })}</legend>
      {qualifying.map((p) => (
        <label key={p.id}>
          <input
            type="checkbox"
            checked={chosen.includes(p.id)}
            onChange={(e) =>
              props.onChange(e.target.checked ? [...chosen, p.id] : chosen.filter((x) => x !== p.id))
            }
          />
          {p.name}{' '}
          <span className="muted">
            (
            {p.skills
              .filter(
                (s) =>
                  wanted.has(s.technology.name.toLowerCase()) || wanted.has(s.technology.slug.toLowerCase()),
              )
              .map((s) => `${s.technology.name} ${t(`seniority.${s.seniority}`)}`)
              .join(', ')}
            ; {t(`availability.person.${p.availability}`)})
          </span>
        </label>
      ))}
    </fieldset>
  );
}

export function TeamEditor(props: {
  leadId: string;
  request: RequestEcho;
  picks: Pick[];
  onChange: (picks: Pick[]) => void;
  candidates: Candidate[];
  onEvaluated: (team: Schemas['TeamProposal'] | null) => void;
}) {
  const { t } = useTranslation();
  const { picks, onChange } = props;
  const [adding, setAdding] = useState('');
  const now = JSON.stringify(toBody(picks));
  const settled = useDebounced(now, DEBOUNCE_MS);
  const evaluate = useMutation({
    mutationFn: (coops: ReturnType<typeof toBody>) =>
      must(
        api.POST('/api/v1/leads/{id}/team-evaluation', {
          params: { path: { id: props.leadId } },
          body: { coops },
        }),
      ),
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-scores exactly when the settled composition changes
  useEffect(() => {
    props.onEvaluated(null);
    // Per-call callbacks fire for the latest call only, so a slow earlier answer never overwrites a newer one.
    evaluate.mutate(JSON.parse(settled) as ReturnType<typeof toBody>, {
      onSuccess: (r) => props.onEvaluated(r.team),
    });
  }, [settled]);
  const busy = evaluate.isPending || now !== settled;
  const set = (i: number, change: Partial<Pick>) =>
    onChange(picks.map((p, j) => (j === i ? { ...p, ...change } : p)));
  const addable = props.candidates.filter((c) => !picks.some((p) => p.coopId === c.coopId));
  const technologies = props.request.requirements.map((r) => r.technology);

  return (
    <section className="panel" aria-labelledby="editor-heading">
      <h2 id="editor-heading">{t('teams.editor.title')}</h2>
      <p className="muted">{t('teams.editor.hint')}</p>
      {picks.length === 0 && <p>{t('teams.editor.empty')}</p>}
      {picks.map((p, i) => (
        <div className="editor-coop" key={p.coopId} data-testid="editor-coop">
          <div className="editor-coop__head">
            <h3>{p.name}</h3>
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => onChange(picks.filter((x) => x.coopId !== p.coopId))}
            >
              {t('teams.editor.remove', { coop: p.name })}
            </button>
          </div>
          <div className="field">
            <label htmlFor={`role-${p.coopId}`}>{t('teams.editor.role', { coop: p.name })}</label>
            <select
              id={`role-${p.coopId}`}
              value={p.role}
              onChange={(e) => set(i, { role: e.target.value as Role })}
            >
              {(['coordinator', 'partner', 'subcontractor'] as const).map((r) => (
                <option key={r} value={r}>
                  {t(`teams.role.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <PeoplePicker pick={p} technologies={technologies} onChange={(people) => set(i, { people })} />
        </div>
      ))}
      {addable.length > 0 && (
        <div className="search">
          <label htmlFor="add-coop" className="visually-hidden">
            {t('teams.editor.addLabel')}
          </label>
          <select id="add-coop" value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">{t('teams.editor.addLabel')}</option>
            {addable.map((c) => (
              <option key={c.coopId} value={c.coopId}>
                {c.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--secondary"
            disabled={!adding}
            onClick={() => {
              const c = addable.find((x) => x.coopId === adding);
              if (c)
                onChange([...picks, { ...c, role: picks.length ? 'partner' : 'coordinator', people: null }]);
              setAdding('');
            }}
          >
            {t('teams.editor.add')}
          </button>
        </div>
      )}
      <div className={`evaluation ${busy ? 'evaluation--busy' : ''}`} aria-busy={busy}>
        <h3>{t('teams.editor.result')}</h3>
        {busy && <div className="progress-bar progress-bar--inline" aria-hidden="true" />}
        <p className="visually-hidden" role="status">
          {busy
            ? t('teams.editor.updating')
            : evaluate.data
              ? t('teams.score.filled', {
                  filled: evaluate.data.team.coverage.filled,
                  required: evaluate.data.team.coverage.required,
                })
              : ''}
        </p>
        {evaluate.isError && <ErrorState error={evaluate.error} />}
        {evaluate.data && <TeamView team={evaluate.data.team} request={evaluate.data.request} />}
      </div>
    </section>
  );
}
