/** The live tally of each kind, or — anonymous until close — only how many have voted. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { type Decision, optionLabel, type Tally, type TallyDetail } from './decision-data.ts';

function CountsTable(props: {
  d: Decision;
  values: Record<string, number>;
  head: string;
  means?: Record<string, number>;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
    <section className="table-wrap" tabIndex={0} aria-label={props.head}>
      <table className="data-table" data-testid="tally-table">
        <thead>
          <tr>
            <th scope="col">{t('decisions.tally.option')}</th>
            <th scope="col" className="num">
              {props.head}
            </th>
            {props.means && (
              <th scope="col" className="num">
                {t('decisions.tally.mean')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {props.d.options.map((o) => (
            <tr key={o.key}>
              <th scope="row">{o.label}</th>
              <td className="num">{fmt.number(props.values[o.key] ?? 0)}</td>
              {props.means && (
                <td className="num">{fmt.number(Math.round((props.means[o.key] ?? 0) * 100) / 100)}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function TallyView(props: { d: Decision; tally: Tally }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { d, tally } = props;
  const detail = (tally.tally ?? {}) as TallyDetail;
  const names = new Map(tally.votedBy.map((v) => [v.id, v.name]));
  const progress = t('decisions.tally.progress', {
    voted: fmt.number(tally.voted),
    eligible: fmt.number(tally.eligible),
    quorum: fmt.number(tally.quorumNeeded),
  });
  return (
    <section className="panel" aria-labelledby="tally-heading" data-testid="tally">
      <h2 id="tally-heading">
        {d.status === 'open' ? t('decisions.tally.live') : t('decisions.tally.final')}
      </h2>
      <p aria-live="polite">{progress}</p>
      {tally.hidden ? (
        <p className="notice" data-testid="tally-hidden">
          {t('decisions.tally.hidden', { count: tally.voted, formatted: fmt.number(tally.voted) })}
        </p>
      ) : (
        <>
          {detail.result && (
            <p>
              <strong>{t(`decisions.result.${detail.result}`)}</strong>
              {detail.result === 'tie' &&
                detail.tied &&
                ` — ${detail.tied.map((k) => optionLabel(d, k)).join(', ')}`}
              {detail.result === 'chosen' &&
                detail.chosen &&
                ` — ${detail.chosen.map((k) => optionLabel(d, k)).join(', ')}`}
            </p>
          )}
          {detail.consent && (
            <>
              <ul className="tags" aria-label={t('decisions.tally.positions')}>
                {(['agree', 'abstain', 'object', 'block'] as const).map((p) => (
                  <li key={p} className="tag">
                    {t(`decisions.position.${p}`)}: {fmt.number(detail.consent?.[p] ?? 0)}
                  </li>
                ))}
              </ul>
              {[...detail.consent.blocks, ...detail.consent.objections].length > 0 && (
                <ul>
                  {detail.consent.blocks.map((b) => (
                    <li key={`b-${b.voterKey}`}>
                      {t('decisions.tally.blockBy', { name: names.get(b.voterKey) ?? '' })} {b.reason}
                    </li>
                  ))}
                  {detail.consent.objections.map((b) => (
                    <li key={`o-${b.voterKey}`}>
                      {t('decisions.tally.objectionBy', { name: names.get(b.voterKey) ?? '' })} {b.reason}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          {detail.counts && <CountsTable d={d} values={detail.counts} head={t('decisions.tally.votes')} />}
          {detail.totals && (
            <CountsTable
              d={d}
              values={detail.totals}
              head={t('decisions.tally.total')}
              means={detail.means}
            />
          )}
          {detail.rounds && detail.rounds.length > 0 && (
            <ol className="plain-list" aria-label={t('decisions.tally.rounds')}>
              {detail.rounds.map((r, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rounds are in a fixed order and never reorder
                <li key={i}>
                  <strong>{t('decisions.tally.round', { n: i + 1 })}</strong>{' '}
                  {Object.entries(r.counts)
                    .map(([k, n]) => `${optionLabel(d, k)}: ${fmt.number(n)}`)
                    .join(' · ')}
                  {r.eliminated.length > 0 &&
                    ` — ${t('decisions.tally.eliminated', { names: r.eliminated.map((k) => optionLabel(d, k)).join(', ') })}`}
                </li>
              ))}
            </ol>
          )}
          {tally.votedBy.length > 0 && (
            <p className="muted">
              {t('decisions.tally.votedBy', { names: tally.votedBy.map((v) => v.name).join(', ') })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
