/** How a proposed or hand-picked team reads: co-ops, people and what each covers, score parts, gaps, explanation. */
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import './teams.css';

export type Proposal = Schemas['TeamProposal'];
export type RequestEcho = Schemas['TeamProposals']['request'];
export type Requirement = RequestEcho['requirements'][number];
const COMPONENTS = ['fit', 'coops', 'trust', 'fairness'] as const;

/** "2 × React (senior or above)" */
export function useRequirementLabel() {
  const { t } = useTranslation();
  return (r: Requirement) =>
    t('teams.requirement', {
      count: r.count,
      technology: r.technology,
      seniority: t(`seniority.${r.minSeniority}`),
    });
}

export function Requirements(props: { request: RequestEcho }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useRequirementLabel();
  const r = props.request;
  return (
    <section className="panel" aria-labelledby="needs-heading">
      <h2 id="needs-heading">{t('teams.builder.needs')}</h2>
      <ul data-testid="requirements">
        {r.requirements.map((x) => (
          <li key={x.index}>{label(x)}</li>
        ))}
      </ul>
      <p className="muted">
        {t('teams.builder.dates', { start: fmt.day(r.startDate) })}
        {r.endDate && ` – ${fmt.day(r.endDate)}`}
        {r.hoursPerSlot > 0 &&
          ` · ${t('teams.builder.hours', { hours: fmt.number(Math.round(r.hoursPerSlot * 10) / 10) })}`}
        {' · '}
        {r.coordinatorRequired ? t('teams.builder.coordinatorNeeded') : t('teams.builder.noCoordinator')}
      </p>
    </section>
  );
}

export function ScoreParts(props: { team: Proposal }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const tm = props.team;
  return (
    <>
      <p className="score-parts">
        <strong>
          {t('teams.score.filled', { filled: tm.coverage.filled, required: tm.coverage.required })}
        </strong>
        {' · '}
        {t('teams.score.scoreValue', { score: fmt.percent(tm.score) })}
      </p>
      <ul className="tags" aria-label={t('teams.score.parts')}>
        {COMPONENTS.map((c) => (
          <li key={c} className="tag">
            {t(`teams.component.${c}`)} {fmt.percent(tm.components[c])}
          </li>
        ))}
      </ul>
    </>
  );
}

export function TeamView(props: { team: Proposal; request: RequestEcho; heading?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'es' ? 'es' : 'en';
  const tm = props.team;
  const covers = (idx: number[]) =>
    idx
      .map((i) => props.request.requirements[i])
      .filter((r) => r !== undefined)
      .map((r) => `${r.technology} (${t(`seniority.${r.minSeniority}`)})`);
  return (
    <div className="team-view">
      <ScoreParts team={tm} />
      <ul className="team-coops">
        {tm.coops.map((c) => (
          <li key={c.coopId}>
            <strong>{c.name}</strong> <span className="tag">{t(`teams.role.${c.role}`)}</span>
            {c.people.length > 0 && (
              <ul>
                {c.people.map((p) => (
                  <li key={p.personId}>
                    {p.name}
                    {p.covers.length > 0 && (
                      <span className="muted">
                        {' '}
                        — {t('teams.covers', { what: covers(p.covers).join(', ') })}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      <p lang={lang}>{tm.explanation[lang]}</p>
      {tm.gaps.length > 0 ? (
        <div className="notice notice--error" data-testid="team-gaps">
          <p>
            <strong>{t('teams.gaps')}</strong>
          </p>
          <ul>
            {tm.gaps.map((g, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: gaps come in the builder's fixed order
              <li key={i} lang={lang}>
                {g.reason[lang]}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="notice notice--success">{t('teams.noGaps')}</p>
      )}
    </div>
  );
}
