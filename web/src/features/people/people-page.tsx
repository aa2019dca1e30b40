/** A co-op admin's list of the co-op's people: add, edit, remove. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, must, type Schemas } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { PersonAvailabilityBadge } from '../../ui/badges.tsx';
import { describeError } from '../../ui/errors.ts';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';

function PersonRow(props: { person: Schemas['Person']; slug: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const p = props.person;
  const remove = useMutation({
    mutationFn: () => must(api.DELETE('/api/v1/people/{id}', { params: { path: { id: p.id } } })),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['coop', props.slug] });
      await qc.invalidateQueries({ queryKey: ['coops'] });
    },
  });
  return (
    <li className="person-row">
      <div className="person-row__head">
        <strong>{p.name}</strong>
        <PersonAvailabilityBadge availability={p.availability} />
      </div>
      <p className="muted">
        {p.skills.map((s) => `${s.technology.name} (${t(`seniority.${s.seniority}`)})`).join(', ') ||
          t('people.noSkills')}
        {p.availability !== 'busy' &&
          ` · ${t('people.hoursPerWeek', { count: p.hoursPerWeek, formatted: fmt.number(p.hoursPerWeek) })}`}
      </p>
      <div className="actions">
        {p.can.edit && (
          <Link className="button button--small button--secondary" to={`/people/${p.id}/edit`}>
            {t('people.edit')}
            <span className="visually-hidden"> {p.name}</span>
          </Link>
        )}
        {p.can.edit && !confirming && (
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => setConfirming(true)}
          >
            {t('people.remove')}
            <span className="visually-hidden"> {p.name}</span>
          </button>
        )}
      </div>
      {confirming && (
        <div className="confirm" role="alertdialog" aria-labelledby={`confirm-${p.id}`}>
          <p id={`confirm-${p.id}`}>{t('people.confirmRemove', { name: p.name })}</p>
          <div className="actions">
            <button
              type="button"
              className="button button--small button--danger"
              disabled={remove.isPending}
              onClick={() => remove.mutate()}
            >
              {remove.isPending ? t('common.saving') : t('people.confirmRemoveYes')}
            </button>
            <button
              type="button"
              className="button button--small button--secondary"
              onClick={() => setConfirming(false)}
            >
              {t('common.cancel')}
            </button>
          </div>
          {remove.isError && (
            <p className="field__error" role="alert">
              {describeError(remove.error, t).message}
            </p>
          )}
        </div>
      )}
    </li>
  );
}

export function PeoplePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const coop = useQuery({
    queryKey: ['coop', slug],
    queryFn: () => must(api.GET('/api/v1/coops/{slug}', { params: { path: { slug } } })),
  });
  const people = useQuery({
    queryKey: ['coop', slug, 'people'],
    queryFn: () => must(api.GET('/api/v1/coops/{slug}/people', { params: { path: { slug } } })),
  });
  usePageTitle(coop.data ? t('people.manageTitle', { coop: coop.data.name }) : undefined);
  if (coop.isPending || people.isPending) return <Loading />;
  if (coop.isError) return <ErrorState error={coop.error} />;
  if (people.isError) return <ErrorState error={people.error} retry={() => void people.refetch()} />;
  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to={`/coops/${slug}`}>{coop.data.name}</Link>
      </p>
      <h1>{t('people.manageTitle', { coop: coop.data.name })}</h1>
      {coop.data.can.managePeople && (
        <p>
          <Link className="button" to={`/coops/${slug}/people/new`}>
            {t('people.add')}
          </Link>
        </p>
      )}
      {people.data.items.length === 0 ? (
        <p className="muted">{t('coop.noPeople')}</p>
      ) : (
        <ul className="people-list">
          {people.data.items.map((p) => (
            <PersonRow key={p.id} person={p} slug={slug} />
          ))}
        </ul>
      )}
    </div>
  );
}
