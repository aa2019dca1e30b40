/**
 * "Form this team": each co-op's share of work and money (even unless
 * changed; each kind must add up to 100%), written terms, and a name. From a
 * decision's outcome the team is exactly the co-ops it chose.
 */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, must, type Schemas } from '../../api/client.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import type { Pick } from './team-editor.tsx';
import type { RequestEcho } from './team-parts.tsx';

const even = (n: number) => (n ? Math.round((100 / n) * 100) / 100 : 0);

export function FormTeam(props: {
  leadId: string;
  leadTitle: string;
  picks: Pick[];
  team: Schemas['TeamProposal'] | null;
  request: RequestEcho;
  outcomeId: string | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState(t('teams.form.defaultName', { lead: props.leadTitle }));
  const [shares, setShares] = useState<Record<string, { work: string; money: string }>>({});
  const [transparency, setTransparency] = useState(true);
  const [noCut, setNoCut] = useState(true);
  const [terms, setTerms] = useState('');
  const [localError, setLocalError] = useState<Record<string, string>>({});
  const share = (coopId: string) =>
    shares[coopId] ?? { work: String(even(props.picks.length)), money: String(even(props.picks.length)) };
  const edited = props.picks.some((p) => shares[p.coopId]);
  const requirementText = (idx: number[]) =>
    idx
      .map((i) => props.request.requirements[i])
      .filter((r) => r !== undefined)
      .map((r) => `${r.technology} (${t(`seniority.${r.minSeniority}`)})`)
      .join(', ');

  const form = useMutation({
    mutationFn: () => {
      const members = props.picks.map((p) => {
        const used = props.team?.coops.find((c) => c.coopId === p.coopId)?.people ?? [];
        return {
          coopId: p.coopId,
          role: p.role,
          ...(edited
            ? {
                shareWork: Number(share(p.coopId).work) / 100,
                shareMoney: Number(share(p.coopId).money) / 100,
              }
            : {}),
          people: used.map((u) => ({
            personId: u.personId,
            covers: requirementText(u.covers).slice(0, 200),
          })),
        };
      });
      return must(
        api.POST('/api/v1/teams', {
          body: {
            ...(props.outcomeId ? { fromOutcomeId: props.outcomeId } : { leadId: props.leadId }),
            name,
            members,
            terms: { transparencyToClient: transparency, noCutOnOthersWork: noCut, text: terms },
          },
        }),
      );
    },
    onSuccess: (team) => navigate(`/teams/${team.id}`),
  });
  const err = describeError(form.error, t);
  const fields = { ...err.fields, ...localError };

  return (
    <form
      className="form panel"
      aria-labelledby="form-team-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const problems: Record<string, string> = {};
        if (edited) {
          const sum = (k: 'work' | 'money') =>
            props.picks.reduce((s, p) => s + Number(share(p.coopId)[k] || 0), 0);
          if (Math.abs(sum('work') - 100) > 0.01) problems['members.shareWork'] = t('teams.form.sumWork');
          if (Math.abs(sum('money') - 100) > 0.01) problems['members.shareMoney'] = t('teams.form.sumMoney');
        }
        setLocalError(problems);
        if (!Object.keys(problems).length) form.mutate();
      }}
    >
      <h2 id="form-team-heading">{t('teams.form.title')}</h2>
      {props.outcomeId && <p className="notice">{t('teams.form.fromOutcome')}</p>}
      <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={fields} />
      <Field label={t('teams.form.name')} name="name" error={fields.name}>
        {(ctl) => <input {...ctl} value={name} onChange={(e) => setName(e.target.value)} />}
      </Field>
      <fieldset>
        <legend>{t('teams.form.shares')}</legend>
        <p className="field__hint">{t('teams.form.sharesHint')}</p>
        {props.picks.map((p) => (
          <div className="share-row" key={p.coopId}>
            <p>{p.name}</p>
            <Field label={t('teams.form.work', { coop: p.name })} name={`share-work-${p.slug}`}>
              {(ctl) => (
                <input
                  {...ctl}
                  type="number"
                  min={0}
                  max={100}
                  step={0.01}
                  value={share(p.coopId).work}
                  onChange={(e) =>
                    setShares({ ...shares, [p.coopId]: { ...share(p.coopId), work: e.target.value } })
                  }
                />
              )}
            </Field>
            <Field label={t('teams.form.money', { coop: p.name })} name={`share-money-${p.slug}`}>
              {(ctl) => (
                <input
                  {...ctl}
                  type="number"
                  min={0}
                  max={100}
                  step={0.01}
                  value={share(p.coopId).money}
                  onChange={(e) =>
                    setShares({ ...shares, [p.coopId]: { ...share(p.coopId), money: e.target.value } })
                  }
                />
              )}
            </Field>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('teams.form.terms')}</legend>
        <label className="field--inline">
          <input type="checkbox" checked={transparency} onChange={(e) => setTransparency(e.target.checked)} />
          {t('teams.terms.transparency')}
        </label>
        <label className="field--inline">
          <input type="checkbox" checked={noCut} onChange={(e) => setNoCut(e.target.checked)} />
          {t('teams.terms.noCut')}
        </label>
        <Field label={t('teams.form.termsText')} name="terms.text" hint={t('teams.form.termsHint')}>
          {(ctl) => <textarea {...ctl} rows={3} value={terms} onChange={(e) => setTerms(e.target.value)} />}
        </Field>
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button" disabled={form.isPending || props.picks.length === 0}>
          {form.isPending ? t('common.saving') : t('teams.form.submit')}
        </button>
      </div>
    </form>
  );
}
