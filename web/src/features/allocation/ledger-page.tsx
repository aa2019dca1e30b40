/**
 * The fairness ledger: what each co-op received from the network over a
 * period against its fair share (a bar chart and the same figures as a table),
 * and the entries behind it, page by page. Every member reads it.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, must, type Schemas } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import './allocation.css';

type Line = Schemas['LedgerCoopLine'];

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
function presetRange(preset: string): { from?: string; to?: string } {
  const now = new Date();
  if (preset === 'year') return { from: `${now.getUTCFullYear()}-01-01` };
  if (preset === '90') return { from: isoDay(new Date(now.getTime() - 90 * 86_400_000)) };
  if (preset === 'all') return { from: '2000-01-01' };
  return {};
}

function ShareChart(props: { items: Line[] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const top = Math.max(0.01, ...props.items.flatMap((l) => [l.receivedShare, l.entitlementShare]));
  return (
    <div aria-hidden="true" data-testid="ledger-chart">
      <ul className="factor-legend">
        <li>
          <span className="factor-swatch factor--fit" />
          {t('allocation.ledger.received')}
        </li>
        <li>
          <span
            className="factor-swatch"
            style={{ borderLeft: '3px dashed currentColor', width: '0.3rem' }}
          />
          {t('allocation.ledger.entitlement')}
        </li>
      </ul>
      <ul className="bar-chart">
        {props.items.map((l) => (
          <li key={l.coop.id}>
            <div className="bar-chart__label">
              <span>{l.coop.name}</span>
              <span>
                {fmt.percent(l.receivedShare)} / {fmt.percent(l.entitlementShare)}
              </span>
            </div>
            <div className="bar-chart__marker">
              <div className="bar-chart__track">
                <span className="factor--fit" style={{ width: `${(l.receivedShare / top) * 100}%` }} />
              </div>
              <span
                className="bar-chart__entitlement"
                style={{ left: `${(l.entitlementShare / top) * 100}%` }}
              />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

function LedgerTable(props: { items: Line[]; caption: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard
    <section className="table-wrap" tabIndex={0} aria-label={t('allocation.ledger.sharesTable')}>
      <table className="data-table" data-testid="ledger-table">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('allocation.table.coop')}</th>
            <th scope="col" className="num">
              {t('allocation.ledger.personDays')}
            </th>
            <th scope="col" className="num">
              {t('allocation.ledger.value')}
            </th>
            <th scope="col" className="num">
              {t('allocation.ledger.entitlement')}
            </th>
            <th scope="col" className="num">
              {t('allocation.ledger.received')}
            </th>
          </tr>
        </thead>
        <tbody>
          {props.items.map((l) => (
            <tr key={l.coop.id}>
              <th scope="row">
                <Link to={`/coops/${l.coop.slug}`}>{l.coop.name}</Link>
              </th>
              <td className="num">{fmt.number(l.personDays)}</td>
              <td className="num">
                {l.value === null ? '—' : fmt.number(l.value)}
                {l.valueHidden && <span className="muted"> {t('allocation.ledger.partlyHidden')}</span>}
              </td>
              <td className="num">{fmt.percent(l.entitlementShare)}</td>
              <td className="num">{fmt.percent(l.receivedShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Entries(props: { from?: string | undefined; to?: string | undefined }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [page, setPage] = useState(1);
  const entries = useQuery({
    queryKey: ['ledger', 'entries', props.from, props.to, page],
    queryFn: () =>
      must(
        api.GET('/api/v1/ledger/entries', {
          params: { query: { page, pageSize: 20, from: props.from, to: props.to } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const pages = entries.data ? Math.max(1, Math.ceil(entries.data.total / entries.data.pageSize)) : 1;
  return (
    <section aria-labelledby="entries-heading">
      <h2 id="entries-heading">{t('allocation.ledger.entries')}</h2>
      {entries.isPending && <Loading />}
      {entries.isError && <ErrorState error={entries.error} retry={() => void entries.refetch()} />}
      {entries.data && entries.data.items.length === 0 && (
        <p className="muted">{t('allocation.ledger.noEntries')}</p>
      )}
      {entries.data && entries.data.items.length > 0 && (
        <>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a table that scrolls sideways must be reachable by keyboard */}
          <section className="table-wrap" tabIndex={0} aria-label={t('allocation.ledger.entriesTable')}>
            <table className="data-table" data-testid="ledger-entries">
              <thead>
                <tr>
                  <th scope="col">{t('allocation.ledger.when')}</th>
                  <th scope="col">{t('allocation.table.coop')}</th>
                  <th scope="col">{t('allocation.ledger.lead')}</th>
                  <th scope="col">{t('allocation.ledger.kind')}</th>
                  <th scope="col" className="num">
                    {t('allocation.ledger.personDays')}
                  </th>
                  <th scope="col" className="num">
                    {t('allocation.ledger.value')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {entries.data.items.map((e) => (
                  <tr key={e.id}>
                    <td>{fmt.dateTime(e.at)}</td>
                    <td>{e.coop.name}</td>
                    <td>
                      {e.lead.title ? (
                        <Link to={`/leads/${e.lead.id}`}>{e.lead.title}</Link>
                      ) : (
                        <span className="muted">{t('allocation.ledger.hiddenLead')}</span>
                      )}
                    </td>
                    <td>{t(`allocation.ledger.kinds.${e.kind}`)}</td>
                    <td className="num">{fmt.number(e.personDays)}</td>
                    <td className="num">
                      {e.value === null ? '—' : `${fmt.number(e.value)} ${e.currency ?? ''}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <nav className="pagination" aria-label={t('allocation.ledger.pages')}>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={page <= 1}
              onClick={() => setPage(page - 1)}
            >
              {t('allocation.ledger.previous')}
            </button>
            <span>{t('allocation.ledger.pageOf', { page, pages })}</span>
            <button
              type="button"
              className="button button--secondary button--small"
              disabled={page >= pages}
              onClick={() => setPage(page + 1)}
            >
              {t('allocation.ledger.next')}
            </button>
          </nav>
        </>
      )}
    </section>
  );
}

export function LedgerPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const [draft, setDraft] = useState({ from: from ?? '', to: to ?? '' });
  usePageTitle(t('allocation.ledger.title'));
  const ledger = useQuery({
    queryKey: ['ledger', from, to],
    queryFn: () => must(api.GET('/api/v1/ledger', { params: { query: { from, to, pageSize: 100 } } })),
    placeholderData: keepPreviousData,
  });
  const apply = (range: { from?: string | undefined; to?: string | undefined }) => {
    const next = new URLSearchParams();
    if (range.from) next.set('from', range.from);
    if (range.to) next.set('to', range.to);
    setParams(next);
    setDraft({ from: range.from ?? '', to: range.to ?? '' });
  };
  const d = ledger.data;
  const caption = d
    ? t('allocation.ledger.caption', { from: fmt.day(d.from), to: fmt.day(d.to) })
    : t('allocation.ledger.title');
  return (
    <div className="page">
      <header className="page__header">
        <h1>{t('allocation.ledger.title')}</h1>
        <p className="lede">{t('allocation.ledger.lede')}</p>
        <p>
          <Link to="/network/policy">{t('allocation.policy.title')}</Link>
        </p>
      </header>
      <form
        className="panel form"
        aria-label={t('allocation.ledger.period')}
        onSubmit={(e) => {
          e.preventDefault();
          apply(draft);
        }}
      >
        <fieldset className="radio-row">
          <legend>{t('allocation.ledger.period')}</legend>
          {(['window', 'year', '90', 'all'] as const).map((p) => (
            <button
              key={p}
              type="button"
              className="button button--small button--secondary"
              onClick={() => apply(presetRange(p))}
            >
              {t(`allocation.ledger.presets.${p}`)}
            </button>
          ))}
        </fieldset>
        <div className="form__row">
          <div className="field">
            <label htmlFor="ledger-from">{t('allocation.ledger.from')}</label>
            <input
              id="ledger-from"
              type="date"
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="ledger-to">{t('allocation.ledger.to')}</label>
            <input
              id="ledger-to"
              type="date"
              value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
          </div>
        </div>
        <div className="form__actions">
          <button type="submit" className="button">
            {t('allocation.ledger.show')}
          </button>
        </div>
      </form>
      {ledger.isPending && <Loading />}
      {ledger.isError && <ErrorState error={ledger.error} retry={() => void ledger.refetch()} />}
      {d && (
        <section aria-labelledby="totals-heading">
          <h2 id="totals-heading">{caption}</h2>
          <p data-testid="ledger-totals">
            {t('allocation.ledger.totals', {
              days: fmt.number(d.totals.personDays),
              coops: fmt.number(d.totals.coopCount),
            })}{' '}
            {t(`allocation.entitlement.${d.entitlement}`)}
          </p>
          <div className="two-col">
            <ShareChart items={d.items} />
            <LedgerTable items={d.items} caption={caption} />
          </div>
        </section>
      )}
      <Entries from={from} to={to} />
    </div>
  );
}
