/** Loading, error and empty states shared by every page. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { describeError } from './errors.ts';

export function Loading(props: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {props.label ?? t('common.loading')}
    </div>
  );
}

export function ErrorState(props: { error: unknown; retry?: () => void }) {
  const { t } = useTranslation();
  const status = props.error instanceof ApiError ? props.error.status : 0;
  const { message } = describeError(props.error, t);
  return (
    <div className="notice notice--error" role="alert">
      <p>{message}</p>
      {props.retry && status !== 404 && status !== 403 && (
        <button type="button" className="button button--secondary" onClick={props.retry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** Sets the document title: "<page> · Minga". */
export function usePageTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Minga` : 'Minga';
  }, [title]);
}
