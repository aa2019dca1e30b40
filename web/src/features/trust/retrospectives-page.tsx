/**
 * Retrospectives of one piece of work (`?lead=`, `?team=` or `?call=`): the
 * ones the reader may see, and the form for their co-op's own.
 */
import './trust.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api, must } from '../../api/client.ts';
import { useMe } from '../../app/session.ts';
import { useFormat } from '../../lib/format.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';

type Subject = 'lead' | 'team' | 'call';

export function RetrospectivesPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  usePageTitle(t('trust.retro.title'));
  const [params] = useSearchParams();
  const kind = (['lead', 'team', 'call'] as const).find((k) => params.get(k)) as Subject | undefined;
  const id = kind ? (params.get(kind) as string) : '';
  const me = useMe();
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['retrospectives', kind, id],
    enabled: Boolean(kind),
    queryFn: () => must(api.GET('/api/v1/retrospectives', { params: { query: { [kind as Subject]: id } } })),
  });
  const [visibility, setVisibility] = useState<'team' | 'network'>('team');
  const write = useMutation({
    mutationFn: (body: { worked: string; failed: string; change: string; coop?: string }) =>
      must(
        api.POST('/api/v1/retrospectives', {
          body: { ...body, visibility, [`${kind}Id`]: id } as never,
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['retrospectives', kind, id] }),
  });
  const error = write.error ? describeError(write.error, t) : null;

  if (!kind) return <p className="notice">{t('trust.retro.noSubject')}</p>;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const coop = String(f.get('coop') ?? '');
    write.mutate({
      worked: String(f.get('worked') ?? ''),
      failed: String(f.get('failed') ?? ''),
      change: String(f.get('change') ?? ''),
      ...(coop ? { coop } : {}),
    });
  };
  const myCoops = me.data?.coops ?? [];

  return (
    <div className="page page--narrow">
      <header className="page__header">
        <h1>{t('trust.retro.title')}</h1>
        <p className="lede">{t('trust.retro.lede')}</p>
      </header>
      {list.isPending && <Loading />}
      {list.isError && <ErrorState error={list.error} retry={() => void list.refetch()} />}
      {list.data && (
        <section aria-labelledby="retro-list-heading">
          <h2 id="retro-list-heading">{t('trust.retro.written')}</h2>
          {list.data.items.length === 0 ? (
            <p className="muted">{t('trust.retro.none')}</p>
          ) : (
            <ul className="retro-list" data-testid="retrospectives">
              {list.data.items.map((r) => (
                <li key={r.id} className="panel">
                  <h3>
                    {r.coop.name} <span className="tag">{t(`trust.retro.visibility.${r.visibility}`)}</span>
                  </h3>
                  <dl className="facts">
                    {(['worked', 'failed', 'change'] as const).map((k) =>
                      r[k] ? (
                        <div key={k}>
                          <dt>{t(`trust.retro.${k}`)}</dt>
                          <dd>{r[k]}</dd>
                        </div>
                      ) : null,
                    )}
                  </dl>
                  <p className="muted">
                    {r.author ?? ''} · {fmt.dateTime(r.updatedAt)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      {me.data && myCoops.length > 0 && (
        <form className="form" onSubmit={onSubmit} aria-labelledby="retro-form-heading">
          <h2 id="retro-form-heading">{t('trust.retro.write')}</h2>
          <ErrorSummary
            title={t('form.problemTitle')}
            message={error?.message ?? null}
            fields={error?.fields ?? {}}
          />
          {myCoops.length > 1 && (
            <Field label={t('trust.retro.coop')} name="coop">
              {(c) => (
                <select {...c}>
                  {myCoops.map((m) => (
                    <option key={m.slug} value={m.slug}>
                      {m.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {(['worked', 'failed', 'change'] as const).map((k) => (
            <Field key={k} label={t(`trust.retro.${k}`)} name={k} error={error?.fields[k]}>
              {(c) => <textarea {...c} rows={3} maxLength={4000} />}
            </Field>
          ))}
          <fieldset>
            <legend>{t('trust.retro.visibilityLabel')}</legend>
            {(['team', 'network'] as const).map((v) => (
              <label key={v} className="radio">
                <input
                  type="radio"
                  name="visibility"
                  value={v}
                  checked={visibility === v}
                  onChange={() => setVisibility(v)}
                />{' '}
                {t(`trust.retro.visibilityHint.${v}`)}
              </label>
            ))}
          </fieldset>
          <div className="form__actions">
            <button type="submit" className="button" disabled={write.isPending}>
              {write.isPending ? t('common.saving') : t('trust.retro.submit')}
            </button>
            {write.isSuccess && (
              <p className="notice notice--success" role="status">
                {t('common.saved')}
              </p>
            )}
          </div>
        </form>
      )}
    </div>
  );
}
