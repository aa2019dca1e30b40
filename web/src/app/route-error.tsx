/** What a page shows when it fails to render: a translated apology inside the usual frame, not a stack trace. */
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { usePageTitle } from '../ui/status.tsx';

export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  usePageTitle(t('errors.pageTitle'));
  console.error(error);
  return (
    <div className="page page--narrow">
      <h1>{t('errors.pageTitle')}</h1>
      <p>{t('errors.generic')}</p>
      <p className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('common.retry')}
        </button>
        <Link to="/">{t('notFound.back')}</Link>
      </p>
    </div>
  );
}
