/**
 * Post a lead (members, for their co-op) or edit one. A new lead is saved as
 * a draft first; "submit to triage" and "publish" then move it. If the move
 * is refused (a deadline in the past, say), the draft stays and the next
 * attempt edits it rather than posting a second one.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { api, must } from '../../api/client.ts';
import { type Me, useMe } from '../../app/session.ts';
import { ErrorSummary } from '../../ui/field.tsx';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';
import { type Lead, type LeadStatus, leadKeys, useCoopNames, useLead } from './lead-api.ts';
import { describeLeadError } from './lead-errors.ts';
import { LeadFormFields } from './lead-form-fields.tsx';
import { emptyLead, fromLead, type LeadFormState, toLeadBody } from './lead-form-state.ts';
import './leads.css';

type Then = 'draft' | Extract<LeadStatus, 'in_triage' | 'open'>;

function LeadForm(props: { me: Me; lead?: Lead }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const admin = props.me.networkRole === 'admin';
  const allCoops = useCoopNames();
  const [s, setS] = useState<LeadFormState>(() =>
    props.lead ? fromLead(props.lead) : emptyLead(props.me.coops[0]?.slug ?? ''),
  );
  const [savedId, setSavedId] = useState<string | undefined>(props.lead?.id);
  const set = <K extends keyof LeadFormState>(k: K, v: LeadFormState[K]) => setS((p) => ({ ...p, [k]: v }));
  const showContact = !props.lead || props.lead.can.seeClient;
  const status = props.lead?.status ?? 'draft';

  const save = useMutation({
    mutationFn: async (then: Then) => {
      const body = toLeadBody(s, { withContact: showContact });
      let lead = savedId
        ? await must(api.PATCH('/api/v1/leads/{id}', { params: { path: { id: savedId } }, body }))
        : await must(api.POST('/api/v1/leads', { body }));
      setSavedId(lead.id);
      qc.setQueryData(leadKeys.detail(lead.id), lead);
      if (then !== 'draft' && lead.status !== then)
        lead = await must(
          api.POST('/api/v1/leads/{id}/transitions', {
            params: { path: { id: lead.id } },
            body: { to: then, note: '' },
          }),
        );
      return lead;
    },
    onSuccess: async (lead) => {
      qc.setQueryData(leadKeys.detail(lead.id), lead);
      await qc.invalidateQueries({ queryKey: ['lead', lead.id] });
      await qc.invalidateQueries({ queryKey: leadKeys.all });
      navigate(`/leads/${lead.id}`, { state: { saved: true } });
    },
  });
  const err = describeLeadError(save.error, t, 'edit');
  const finderChoices = admin
    ? (allCoops.data ?? [])
    : props.me.coops.map((c) => ({ slug: c.slug, name: c.name }));
  const canMove = status === 'draft';

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate('draft');
      }}
    >
      <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={err.fields} />
      {savedId && !props.lead && save.isError && (
        <p className="notice" role="status">
          {t('leads.form.draftKept')}
        </p>
      )}
      <LeadFormFields
        s={s}
        set={set}
        f={err.fields}
        showContact={showContact}
        finderChoices={finderChoices}
        finderOptional={admin}
      />
      <div className="form__actions form__actions--sticky">
        <button
          type="submit"
          className={canMove ? 'button button--secondary' : 'button'}
          disabled={save.isPending}
        >
          {canMove ? t('leads.form.saveDraft') : t('common.save')}
        </button>
        {canMove && (
          <>
            <button
              type="button"
              className="button button--secondary"
              disabled={save.isPending}
              onClick={() => save.mutate('in_triage')}
            >
              {t('leads.form.submitTriage')}
            </button>
            <button
              type="button"
              className="button"
              disabled={save.isPending}
              onClick={() => save.mutate('open')}
            >
              {t('leads.form.publish')}
            </button>
          </>
        )}
        <Link to={props.lead ? `/leads/${props.lead.id}` : '/leads'} className="button button--secondary">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}

export function LeadNewPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('leads.form.newTitle'));
  if (me.isPending) return <Loading />;
  if (!me.data) return <Navigate to="/sign-in?next=/leads/new" replace />;
  const canPost = me.data.networkRole === 'admin' || me.data.coops.length > 0;
  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to="/leads">{t('leads.list.title')}</Link>
      </p>
      <h1>{t('leads.form.newTitle')}</h1>
      <p className="lede">{t('leads.form.newLede')}</p>
      {canPost ? <LeadForm me={me.data} /> : <p className="notice notice--error">{t('errors.forbidden')}</p>}
    </div>
  );
}

export function LeadEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const lead = useLead(id);
  usePageTitle(lead.data ? t('leads.form.editTitle', { title: lead.data.title }) : undefined);
  if (me.isPending || lead.isPending) return <Loading />;
  if (!me.data) return <Navigate to={`/sign-in?next=/leads/${id}/edit`} replace />;
  if (lead.isError) return <ErrorState error={lead.error} retry={() => void lead.refetch()} />;
  return (
    <div className="page page--narrow">
      <p className="breadcrumb">
        <Link to={`/leads/${id}`}>{lead.data.title}</Link>
      </p>
      <h1>{t('leads.form.editTitle', { title: lead.data.title })}</h1>
      {lead.data.can.edit ? (
        <LeadForm me={me.data} lead={lead.data} />
      ) : (
        <p className="notice notice--error">{t('errors.forbidden')}</p>
      )}
    </div>
  );
}
