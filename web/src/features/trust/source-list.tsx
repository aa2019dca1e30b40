/** The pieces of joint work behind a link between two co-ops, and how many the reader may not see. */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client.ts';

export function SourceList(props: { sources: Schemas['WorkSource'][]; count: number }) {
  const { t } = useTranslation();
  const hidden = props.count - props.sources.length;
  return (
    <>
      {props.sources.map((s, i) => (
        <span key={s.id}>
          {i > 0 && '; '}
          {s.kind === 'lead' ? <Link to={`/leads/${s.id}`}>{s.label}</Link> : s.label}
          <span className="muted"> ({t(`trust.sourceKind.${s.kind}`)})</span>
        </span>
      ))}
      {hidden > 0 && (
        <span className="muted">
          {props.sources.length > 0 && '; '}
          {t('trust.hiddenSources', { count: hidden })}
        </span>
      )}
    </>
  );
}
