/** Previous / "page 2 of 5" / next, as the directory shows it. */
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../lib/format.ts';

export function Pagination(props: {
  page: number;
  pageSize: number;
  total: number;
  go: (page: number) => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const pages = Math.max(1, Math.ceil(props.total / props.pageSize));
  if (pages <= 1) return null;
  return (
    <nav className="pagination" aria-label={t('directory.pagination.label')}>
      <button
        type="button"
        className="button button--secondary"
        disabled={props.page <= 1}
        onClick={() => props.go(props.page - 1)}
      >
        {t('directory.pagination.previous')}
      </button>
      <span>
        {t('directory.pagination.pageOf', { page: fmt.number(props.page), pages: fmt.number(pages) })}
      </span>
      <button
        type="button"
        className="button button--secondary"
        disabled={props.page >= pages}
        onClick={() => props.go(props.page + 1)}
      >
        {t('directory.pagination.next')}
      </button>
    </nav>
  );
}
