/** Meet-ups, calls and gatherings: upcoming events, RSVP, a calendar feed and a form to organise one. */
import './trust.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must, type Schemas } from '../../api/client.ts';
import { useMe } from '../../app/session.ts';
import { useFormat } from '../../lib/format.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';

const ANSWERS = ['yes', 'maybe', 'no'] as const;

function EventItem(props: { event: Schemas['Event'] }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const e = props.event;
  const answer = useMutation({
    mutationFn: (a: (typeof ANSWERS)[number]) =>
      must(api.PUT('/api/v1/events/{id}/rsvp', { params: { path: { id: e.id } }, body: { answer: a } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['events'] }),
  });
  return (
    <li className="panel event" data-testid="event">
      <h2>{e.title}</h2>
      <p>
        <time dateTime={e.startsAt}>{fmt.dateTime(e.startsAt)}</time> –{' '}
        <time dateTime={e.endsAt}>{fmt.dateTime(e.endsAt)}</time>{' '}
        <span className="muted">({e.timezone})</span>
      </p>
      {e.location && <p>{t('trust.events.where', { place: e.location })}</p>}
      {e.onlineUrl && (
        <p>
          <a href={e.onlineUrl} rel="noopener noreferrer">
            {t('trust.events.joinOnline')}
          </a>
        </p>
      )}
      {/* Sanitised on the server (lead.markdown.ts). */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised server-side */}
      <div className="prose" dangerouslySetInnerHTML={{ __html: e.descriptionHtml }} />
      <p className="muted">
        {t('trust.events.rsvps', { yes: e.rsvps.yes, maybe: e.rsvps.maybe, no: e.rsvps.no })} ·{' '}
        <a href={`/api/v1/events/${e.id}.ics`}>{t('trust.events.addToCalendar')}</a>
      </p>
      {e.can.rsvp && (
        <fieldset className="rsvp">
          <legend>{t('trust.events.coming')}</legend>
          {ANSWERS.map((a) => (
            <button
              key={a}
              type="button"
              className={`button ${e.myRsvp === a ? '' : 'button--secondary'}`}
              aria-pressed={e.myRsvp === a}
              disabled={answer.isPending}
              onClick={() => answer.mutate(a)}
            >
              {t(`trust.events.answer.${a}`)}
            </button>
          ))}
        </fieldset>
      )}
    </li>
  );
}

function NewEventForm() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const create = useMutation({
    mutationFn: (body: Schemas['NewEvent']) => must(api.POST('/api/v1/events', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['events'] }),
  });
  const error = create.error ? describeError(create.error, t) : null;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const onSubmit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const f = new FormData(ev.currentTarget);
    const instant = (k: string) => {
      const v = String(f.get(k) ?? '');
      return v ? new Date(v).toISOString() : '';
    };
    const text = (k: string) => String(f.get(k) ?? '').trim();
    create.mutate({
      title: text('title'),
      description: text('description'),
      startsAt: instant('startsAt'),
      endsAt: instant('endsAt'),
      timezone: zone,
      location: text('location') || null,
      onlineUrl: text('onlineUrl') || null,
    });
  };
  return (
    <form className="form" onSubmit={onSubmit} aria-labelledby="new-event-heading">
      <h2 id="new-event-heading">{t('trust.events.organise')}</h2>
      <ErrorSummary
        title={t('form.problemTitle')}
        message={error?.message ?? null}
        fields={error?.fields ?? {}}
      />
      <Field label={t('trust.events.titleField')} name="title" error={error?.fields.title}>
        {(c) => <input {...c} required minLength={3} maxLength={200} />}
      </Field>
      <Field label={t('trust.events.starts')} name="startsAt" error={error?.fields.startsAt}>
        {(c) => <input {...c} type="datetime-local" required />}
      </Field>
      <Field label={t('trust.events.ends')} name="endsAt" error={error?.fields.endsAt}>
        {(c) => <input {...c} type="datetime-local" required />}
      </Field>
      <Field label={t('trust.events.location')} name="location" error={error?.fields.location}>
        {(c) => <input {...c} maxLength={300} />}
      </Field>
      <Field label={t('trust.events.onlineUrl')} name="onlineUrl" error={error?.fields.onlineUrl}>
        {(c) => <input {...c} type="url" />}
      </Field>
      <Field label={t('trust.events.description')} name="description" hint={t('trust.markdownHint')}>
        {(c) => <textarea {...c} rows={4} />}
      </Field>
      <div className="form__actions">
        <button type="submit" className="button" disabled={create.isPending}>
          {t('trust.events.create')}
        </button>
        {create.isSuccess && (
          <p className="notice notice--success" role="status">
            {t('common.saved')}
          </p>
        )}
      </div>
    </form>
  );
}

export function EventsPage() {
  const { t } = useTranslation();
  usePageTitle(t('trust.events.title'));
  const me = useMe();
  const events = useQuery({ queryKey: ['events'], queryFn: () => must(api.GET('/api/v1/events')) });
  return (
    <div className="page page--narrow">
      <header className="page__header">
        <h1>{t('trust.events.title')}</h1>
        <p className="lede">{t('trust.events.lede')}</p>
        <p>
          <a href="/api/v1/events.ics">{t('trust.events.subscribe')}</a>
        </p>
      </header>
      {events.isPending && <Loading />}
      {events.isError && <ErrorState error={events.error} retry={() => void events.refetch()} />}
      {events.data &&
        (events.data.items.length === 0 ? (
          <p className="muted">{t('trust.events.none')}</p>
        ) : (
          <ul className="event-list">
            {events.data.items.map((e) => (
              <EventItem key={e.id} event={e} />
            ))}
          </ul>
        ))}
      {me.data && <NewEventForm />}
    </div>
  );
}
