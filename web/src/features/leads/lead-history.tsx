/** Who did what to the lead, and when: creation, edits (field names only), moves and merges. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';
import { ErrorState, Loading } from '../../ui/status.tsx';
import { useLeadEvents } from './lead-api.ts';

export function LeadHistory(props: { leadId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const events = useLeadEvents(props.leadId);
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('leads.history.title')}</h2>
      {events.isPending && <Loading />}
      {events.isError && <ErrorState error={events.error} retry={() => void events.refetch()} />}
      {events.data && (
        <ol className="lead-history">
          {events.data.map((e) => {
            const who = e.actor?.name ?? t('leads.history.someone');
            let what: string;
            if (e.kind === 'created') what = t('leads.history.created', { who });
            else if (e.kind === 'edited')
              what = t('leads.history.edited', { who, fields: e.fields.join(', ') });
            else if (e.kind === 'merged') what = t('leads.history.merged', { who });
            else
              what = t('leads.history.moved', {
                who,
                from: e.from ? t(`leads.status.${e.from}`) : '—',
                to: e.to ? t(`leads.status.${e.to}`) : '—',
              });
            return (
              <li key={e.id}>
                <time dateTime={e.at} className="muted">
                  {fmt.dateTime(e.at)}
                </time>{' '}
                {what}
                {e.note && <q className="lead-note">{e.note}</q>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
