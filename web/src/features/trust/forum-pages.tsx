/** Network-wide discussion: categories, a category's threads, one thread with its posts. */
import './trust.css';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, must } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { describeError } from '../../ui/errors.ts';
import { ErrorSummary, Field } from '../../ui/field.tsx';
import { ErrorState, Loading, usePageTitle } from '../../ui/status.tsx';

function useLang() {
  const { i18n } = useTranslation();
  return i18n.language === 'es' ? 'es' : 'en';
}

export function ForumPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const fmt = useFormat();
  usePageTitle(t('trust.forum.title'));
  const cats = useQuery({ queryKey: ['forum'], queryFn: () => must(api.GET('/api/v1/forum')) });
  if (cats.isPending) return <Loading />;
  if (cats.isError) return <ErrorState error={cats.error} retry={() => void cats.refetch()} />;
  return (
    <div className="page page--narrow">
      <header className="page__header">
        <h1>{t('trust.forum.title')}</h1>
        <p className="lede">{t('trust.forum.lede')}</p>
      </header>
      <ul className="forum-categories">
        {cats.data.items.map((c) => (
          <li key={c.slug} className="panel">
            <h2>
              <Link to={`/forum/${c.slug}`}>{c.name[lang]}</Link>
            </h2>
            <p>{c.description[lang]}</p>
            <p className="muted">
              {t('trust.forum.threads', { threads: c.threads })}
              {c.lastPostAt && ` · ${t('trust.forum.lastPost', { when: fmt.dateTime(c.lastPostAt) })}`}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ForumCategoryPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const fmt = useFormat();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const cats = useQuery({ queryKey: ['forum'], queryFn: () => must(api.GET('/api/v1/forum')) });
  const cat = cats.data?.items.find((c) => c.slug === slug);
  usePageTitle(cat?.name[lang]);
  const threads = useQuery({
    queryKey: ['forum', slug],
    queryFn: () => must(api.GET('/api/v1/forum/{slug}/threads', { params: { path: { slug }, query: {} } })),
  });
  const start = useMutation({
    mutationFn: (body: { title: string; body: string }) =>
      must(api.POST('/api/v1/forum/{slug}/threads', { params: { path: { slug } }, body })),
    onSuccess: (th) => {
      void qc.invalidateQueries({ queryKey: ['forum'] });
      navigate(`/forum/threads/${th.id}`);
    },
  });
  const error = start.error ? describeError(start.error, t) : null;
  if (threads.isPending) return <Loading />;
  if (threads.isError) return <ErrorState error={threads.error} retry={() => void threads.refetch()} />;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    start.mutate({ title: String(f.get('title') ?? ''), body: String(f.get('body') ?? '') });
  };
  return (
    <div className="page page--narrow">
      <header className="page__header">
        <p>
          <Link to="/forum">{t('trust.forum.title')}</Link>
        </p>
        <h1>{cat?.name[lang] ?? slug}</h1>
        {cat && <p className="lede">{cat.description[lang]}</p>}
      </header>
      {threads.data.items.length === 0 ? (
        <p className="muted">{t('trust.forum.noThreads')}</p>
      ) : (
        <ul className="thread-list">
          {threads.data.items.map((th) => (
            <li key={th.id}>
              <Link to={`/forum/threads/${th.id}`}>{th.title}</Link>{' '}
              <span className="muted">
                {th.author ?? ''} · {t('trust.forum.posts', { posts: th.posts })} ·{' '}
                {fmt.dateTime(th.lastPostAt)}
              </span>
            </li>
          ))}
        </ul>
      )}
      {cat?.canPost && (
        <form className="form" onSubmit={onSubmit} aria-labelledby="new-thread-heading">
          <h2 id="new-thread-heading">{t('trust.forum.newThread')}</h2>
          <ErrorSummary
            title={t('form.problemTitle')}
            message={error?.message ?? null}
            fields={error?.fields ?? {}}
          />
          <Field label={t('trust.forum.threadTitle')} name="title" error={error?.fields.title}>
            {(c) => <input {...c} required minLength={3} maxLength={200} />}
          </Field>
          <Field
            label={t('trust.forum.body')}
            name="body"
            hint={t('trust.markdownHint')}
            error={error?.fields.body}
          >
            {(c) => <textarea {...c} rows={5} required />}
          </Field>
          <div className="form__actions">
            <button type="submit" className="button" disabled={start.isPending}>
              {t('trust.forum.post')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

export function ForumThreadPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const thread = useQuery({
    queryKey: ['forum-thread', id],
    queryFn: () => must(api.GET('/api/v1/forum/threads/{id}', { params: { path: { id } } })),
  });
  usePageTitle(thread.data?.title);
  const reply = useMutation({
    mutationFn: (body: string) =>
      must(api.POST('/api/v1/forum/threads/{id}/posts', { params: { path: { id } }, body: { body } })),
    onSuccess: (th) => qc.setQueryData(['forum-thread', id], th),
  });
  if (thread.isPending) return <Loading />;
  if (thread.isError) return <ErrorState error={thread.error} retry={() => void thread.refetch()} />;
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    reply.mutate(String(new FormData(form).get('body') ?? ''), { onSuccess: () => form.reset() });
  };
  return (
    <div className="page page--narrow">
      <header className="page__header">
        <p>
          <Link to={`/forum/${thread.data.category}`}>{t('trust.forum.back')}</Link>
        </p>
        <h1>{thread.data.title}</h1>
      </header>
      <ol className="posts">
        {thread.data.items.map((p) => (
          <li key={p.id} className="panel">
            <p className="muted">
              {p.author ?? ''} · {fmt.dateTime(p.createdAt)}
            </p>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised server-side (lead.markdown.ts) */}
            <div className="prose" dangerouslySetInnerHTML={{ __html: p.html }} />
          </li>
        ))}
      </ol>
      <form className="form" onSubmit={onSubmit} aria-labelledby="reply-heading">
        <h2 id="reply-heading">{t('trust.forum.reply')}</h2>
        <Field label={t('trust.forum.body')} name="body" hint={t('trust.markdownHint')}>
          {(c) => <textarea {...c} rows={4} required />}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button" disabled={reply.isPending}>
            {t('trust.forum.post')}
          </button>
        </div>
      </form>
    </div>
  );
}
