/** /calls/:id — a call for partners: its rules in plain words, applications, applying, and running the bid. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, must, type Schemas } from '../../api/client.ts';
import { useMe } from '../../app/session.ts';
import { useFormat } from '../../lib/format.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import { Checklist, EligibilityCheck, StatusAndResult } from './call-manage.tsx';
import { ORG_TYPES, type OrgType, splitList } from './call-new-page.tsx';
import './consortia.css';

type Call = Schemas['Call'];

function Rules(props: { call: Call }) {
  const { t } = useTranslation();
  const r = props.call.rules;
  return (
    <section className="panel" aria-labelledby="rules-heading">
      <h2 id="rules-heading">{t('consortia.rules.title')}</h2>
      <ul data-testid="rules">
        <li>
          {r.maxPartners === null
            ? t('consortia.rules.partnersAtLeast', { count: r.minPartners })
            : t('consortia.rules.partnersBetween', { min: r.minPartners, max: r.maxPartners })}
        </li>
        {r.minCountries > 1 && <li>{t('consortia.rules.countries', { count: r.minCountries })}</li>}
        <li>
          {r.orgTypes.length
            ? t('consortia.rules.orgTypesOnly', {
                types: r.orgTypes.map((o) => t(`consortia.orgType.${o}`)).join(', '),
              })
            : t('consortia.rules.anyOrgType')}
        </li>
        {r.requiredRoles.length > 0 && (
          <li>{t('consortia.rules.rolesNeeded', { roles: r.requiredRoles.join(', ') })}</li>
        )}
        {r.competences.length > 0 && (
          <li>
            {t('consortia.rules.competencesNeeded', { list: r.competences.map((c) => c.name).join(', ') })}
          </li>
        )}
      </ul>
    </section>
  );
}

function Applications(props: { call: Call }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const apps = props.call.applications;
  return (
    <section aria-labelledby="apps-heading">
      <h2 id="apps-heading">
        {t('consortia.apply.applications', {
          count: props.call.applicationCount,
          formatted: fmt.number(props.call.applicationCount),
        })}
      </h2>
      {apps.length === 0 && <p className="muted">{t('consortia.apply.noneVisible')}</p>}
      {apps.map((a) => (
        <article key={a.id} className="application" data-testid="application">
          <h3>
            <Link to={`/coops/${a.coop.slug}`}>{a.coop.name}</Link>
            {a.coop.country && <span className="muted"> · {fmt.country(a.coop.country)}</span>}
          </h3>
          <dl className="facts">
            <div>
              <dt>{t('consortia.apply.orgType')}</dt>
              <dd>{t(`consortia.orgType.${a.orgType}`)}</dd>
            </div>
            {a.roles.length > 0 && (
              <div>
                <dt>{t('consortia.apply.roles')}</dt>
                <dd>{a.roles.join(', ')}</dd>
              </div>
            )}
            {a.skills.length > 0 && (
              <div>
                <dt>{t('consortia.apply.skills')}</dt>
                <dd>{a.skills.map((s) => s.name).join(', ')}</dd>
              </div>
            )}
            {a.people.length > 0 && (
              <div>
                <dt>{t('consortia.apply.people')}</dt>
                <dd>{a.people.map((p) => p.name).join(', ')}</dd>
              </div>
            )}
            {(['knowledge', 'contacts', 'tools'] as const).map((k) =>
              a[k] ? (
                <div key={k}>
                  <dt>{t(`consortia.apply.${k}`)}</dt>
                  <dd>{a[k]}</dd>
                </div>
              ) : null,
            )}
            {a.pastProjects.length > 0 && (
              <div>
                <dt>{t('consortia.apply.pastProjects')}</dt>
                <dd>{a.pastProjects.join(', ')}</dd>
              </div>
            )}
          </dl>
        </article>
      ))}
    </section>
  );
}

function ApplyForm(props: { call: Call }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const me = useMe();
  const coops = me.data?.coops ?? [];
  const [coopId, setCoopId] = useState(coops[0]?.id ?? '');
  const [orgType, setOrgType] = useState<OrgType>('cooperative');
  const [v, setV] = useState({
    roles: '',
    skills: '',
    knowledge: '',
    contacts: '',
    tools: '',
    pastProjects: '',
  });
  const apply = useMutation({
    mutationFn: () =>
      must(
        api.POST('/api/v1/calls/{id}/applications', {
          params: { path: { id: props.call.id } },
          body: {
            ...(coopId ? { coopId } : {}),
            orgType,
            roles: splitList(v.roles),
            people: [],
            skills: splitList(v.skills),
            knowledge: v.knowledge,
            contacts: v.contacts,
            tools: v.tools,
            pastProjects: splitList(v.pastProjects),
          },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['call', props.call.id] }),
  });
  const err = describeError(apply.error, t);
  const text = (k: keyof typeof v, label: string, hint?: string, area = false) => (
    <Field label={label} name={k} hint={hint} error={err.fields[k]}>
      {(ctl) =>
        area ? (
          <textarea {...ctl} rows={2} value={v[k]} onChange={(e) => setV({ ...v, [k]: e.target.value })} />
        ) : (
          <input {...ctl} value={v[k]} onChange={(e) => setV({ ...v, [k]: e.target.value })} />
        )
      }
    </Field>
  );
  return (
    <form
      className="form panel"
      aria-labelledby="apply-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        apply.mutate();
      }}
    >
      <h2 id="apply-heading">{t('consortia.apply.title')}</h2>
      <p className="muted">{t('consortia.apply.hint')}</p>
      <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={err.fields} />
      {apply.isSuccess && (
        <p className="notice notice--success" role="status">
          {t('consortia.apply.sent')}
        </p>
      )}
      {coops.length > 1 && (
        <Field label={t('consortia.apply.coop')} name="coopId">
          {(ctl) => (
            <select {...ctl} value={coopId} onChange={(e) => setCoopId(e.target.value)}>
              {coops.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('consortia.apply.orgType')} name="orgType">
        {(ctl) => (
          <select {...ctl} value={orgType} onChange={(e) => setOrgType(e.target.value as OrgType)}>
            {ORG_TYPES.map((o) => (
              <option key={o} value={o}>
                {t(`consortia.orgType.${o}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('roles', t('consortia.apply.roles'), t('consortia.rules.listHint'))}
      {text('skills', t('consortia.apply.skills'), t('consortia.rules.competencesHint'))}
      {text('knowledge', t('consortia.apply.knowledge'), undefined, true)}
      {text('contacts', t('consortia.apply.contacts'), undefined, true)}
      {text('tools', t('consortia.apply.tools'), undefined, true)}
      {text('pastProjects', t('consortia.apply.pastProjects'), t('consortia.rules.listHint'))}
      <div className="form__actions">
        <button type="submit" className="button" disabled={apply.isPending}>
          {apply.isPending ? t('common.sending') : t('consortia.apply.submit')}
        </button>
      </div>
    </form>
  );
}

export function CallPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const call = useQuery({
    queryKey: ['call', id],
    queryFn: () => must(api.GET('/api/v1/calls/{id}', { params: { path: { id } } })),
  });
  usePageTitle(call.data?.title);
  if (call.isPending) return <Loading />;
  if (call.isError) return <ErrorState error={call.error} retry={() => void call.refetch()} />;
  const c = call.data;
  return (
    <article className="page">
      <header className="page__header">
        <p className="breadcrumb">
          <Link to="/calls">{t('consortia.list.title')}</Link>
        </p>
        <h1>{c.title}</h1>
        <p>
          <span className={`badge badge--call-${c.status}`}>{t(`consortia.status.${c.status}`)}</span>{' '}
          {[
            c.programme,
            t('consortia.call.postedBy', { coop: c.postedBy.name }),
            c.deadline ? t('consortia.call.deadlineOn', { date: fmt.dateTime(c.deadline) }) : null,
            c.visibility === 'private' ? t('consortia.call.private') : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </header>
      <div className="two-col">
        <div>
          {c.descriptionHtml && (
            // biome-ignore lint/security/noDangerouslySetInnerHtml: server-sanitised HTML
            <div className="prose" dangerouslySetInnerHTML={{ __html: c.descriptionHtml }} />
          )}
          <Rules call={c} />
          {(c.status === 'won' || c.status === 'lost') && (
            <section className="panel" aria-labelledby="pm-heading">
              <h2 id="pm-heading">
                {t('consortia.result.recorded', { result: t(`consortia.status.${c.status}`) })}
              </h2>
              {c.result.note && <p>{c.result.note}</p>}
              {c.result.postMortem && (
                <>
                  <h3>{t('consortia.result.postMortem')}</h3>
                  <p className="prose">{c.result.postMortem}</p>
                </>
              )}
            </section>
          )}
          <Applications call={c} />
          {c.can.apply && <ApplyForm call={c} />}
        </div>
        <div>
          {c.can.manage && <EligibilityCheck call={c} />}
          <Checklist call={c} />
          {c.can.manage && <StatusAndResult call={c} />}
        </div>
      </div>
    </article>
  );
}
