/**
 * The ballot of each kind: consent (a block needs a reason), one option,
 * a ranking reordered with buttons (keyboard and screen readers first; no
 * dragging needed), or a score from 0 to 5 for every option.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must } from '../../api/client.ts';
import type { Me } from '../../app/session.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { type Ballot, type Decision, optionLabel, POSITIONS, type Position } from './decision-data.ts';

function RankingInput(props: { d: Decision; value: string[]; onChange: (v: string[]) => void }) {
  const { t } = useTranslation();
  const [said, setSaid] = useState('');
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= props.value.length) return;
    const next = [...props.value];
    [next[i], next[j]] = [next[j]!, next[i]!];
    props.onChange(next);
    setSaid(t('decisions.ballot.moved', { option: optionLabel(props.d, next[j]!), place: j + 1 }));
  };
  return (
    <fieldset>
      <legend>{t('decisions.ballot.rankLegend')}</legend>
      <p className="field__hint">{t('decisions.ballot.rankHint')}</p>
      <ol className="rank-list" data-testid="ranking">
        {props.value.map((k, i) => {
          const label = optionLabel(props.d, k);
          return (
            <li key={k}>
              <span className="rank-list__place" aria-hidden="true">
                {i + 1}
              </span>
              <span className="rank-list__label">{label}</span>
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={i === 0}
                aria-label={t('decisions.ballot.moveUp', { option: label })}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button--small button--secondary"
                disabled={i === props.value.length - 1}
                aria-label={t('decisions.ballot.moveDown', { option: label })}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {said}
      </p>
    </fieldset>
  );
}

export function BallotForm(props: { d: Decision; me: Me; current: Ballot | null; voterCoop: string | null }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { d } = props;
  const keys = d.options.map((o) => o.key);
  const c = props.current;
  const [position, setPosition] = useState<Position | ''>(c?.position ?? '');
  const [reason, setReason] = useState(c?.reason ?? '');
  const [option, setOption] = useState(c?.option ?? '');
  const [ranking, setRanking] = useState<string[]>(
    c?.ranking ? [...c.ranking, ...keys.filter((k) => !c.ranking?.includes(k))] : keys,
  );
  const [scores, setScores] = useState<Record<string, number>>(
    c?.scores ?? Object.fromEntries(keys.map((k) => [k, 0])),
  );
  const perCoop = d.voters === 'per_coop';
  const [coop, setCoop] = useState(props.voterCoop ?? props.me.coops[0]?.slug ?? '');

  const cast = useMutation({
    mutationFn: () => {
      const ballot =
        d.kind === 'consent'
          ? { position: position || undefined, reason: reason.trim() || undefined }
          : d.kind === 'vote'
            ? { option: option || undefined }
            : d.kind === 'ranked'
              ? { ranking }
              : { scores };
      return must(
        api.POST('/api/v1/decisions/{id}/votes', {
          params: { path: { id: d.id } },
          body: { ...ballot, ...(perCoop && coop ? { coop } : {}) } as never,
        }),
      );
    },
    onSuccess: async (vote) => {
      qc.setQueryData(['decision', d.id, 'myVote'], vote);
      await qc.invalidateQueries({ queryKey: ['decision', d.id] });
    },
  });
  const err = describeError(cast.error, t);
  const voted = cast.data ?? null;

  return (
    <form
      className="form panel"
      aria-labelledby="ballot-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        cast.mutate();
      }}
    >
      <h2 id="ballot-heading">{c ? t('decisions.ballot.changeTitle') : t('decisions.ballot.title')}</h2>
      <ErrorSummary title={t('form.problemTitle')} message={err.message} fields={err.fields} />
      {voted && (
        <p className="notice notice--success" role="status">
          {voted.replacedEarlierVote ? t('decisions.ballot.changed') : t('decisions.ballot.recorded')}{' '}
          {d.allowChange && t('decisions.ballot.canChange')}
        </p>
      )}
      {perCoop && props.me.coops.length > 1 && (
        <Field label={t('decisions.ballot.forCoop')} name="coop" error={err.fields.coop}>
          {(ctl) => (
            <select {...ctl} value={coop} onChange={(e) => setCoop(e.target.value)}>
              {props.me.coops.map((m) => (
                <option key={m.slug} value={m.slug}>
                  {m.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {perCoop && props.me.coops.length === 1 && (
        <p className="muted">{t('decisions.ballot.forOwnCoop', { coop: props.me.coops[0]?.name })}</p>
      )}

      {d.kind === 'consent' && (
        <>
          <fieldset
            className="radio-row"
            aria-describedby={err.fields.position ? 'position-error' : undefined}
          >
            <legend>{t('decisions.ballot.positionLegend')}</legend>
            {POSITIONS.map((p) => (
              <label key={p}>
                <input
                  type="radio"
                  name="position"
                  checked={position === p}
                  onChange={() => setPosition(p)}
                />
                {t(`decisions.position.${p}`)}
              </label>
            ))}
            {err.fields.position && (
              <p className="field__error" id="position-error">
                {err.fields.position}
              </p>
            )}
          </fieldset>
          <Field
            label={position === 'block' ? t('decisions.ballot.reasonRequired') : t('decisions.ballot.reason')}
            name="reason"
            hint={t('decisions.ballot.reasonHint')}
            error={err.fields.reason}
          >
            {(ctl) => (
              <textarea
                {...ctl}
                rows={3}
                required={position === 'block'}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
            )}
          </Field>
        </>
      )}

      {d.kind === 'vote' && (
        <fieldset className="radio-row">
          <legend>{t('decisions.ballot.chooseOne')}</legend>
          {d.options.map((o) => (
            <label key={o.key}>
              <input
                type="radio"
                name="option"
                checked={option === o.key}
                onChange={() => setOption(o.key)}
              />
              {o.label}
            </label>
          ))}
          {err.fields.option && <p className="field__error">{err.fields.option}</p>}
        </fieldset>
      )}

      {d.kind === 'ranked' && <RankingInput d={d} value={ranking} onChange={setRanking} />}

      {d.kind === 'score' && (
        <fieldset>
          <legend>{t('decisions.ballot.scoreLegend')}</legend>
          <div className="form__row">
            {d.options.map((o) => (
              <Field
                key={o.key}
                label={o.label}
                name={`scores.${o.key}`}
                error={err.fields[`scores.${o.key}`]}
              >
                {(ctl) => (
                  <select
                    {...ctl}
                    value={scores[o.key] ?? 0}
                    onChange={(e) => setScores({ ...scores, [o.key]: Number(e.target.value) })}
                  >
                    {[0, 1, 2, 3, 4, 5].map((n) => (
                      <option key={n} value={n}>
                        {t(`decisions.score.${n as 0}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ))}
          </div>
        </fieldset>
      )}

      <div className="form__actions">
        <button type="submit" className="button" disabled={cast.isPending}>
          {cast.isPending
            ? t('common.sending')
            : c
              ? t('decisions.ballot.change')
              : t('decisions.ballot.cast')}
        </button>
      </div>
    </form>
  );
}
