/** The discussion on a lead: Markdown comments, @mentions that notify. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must } from '../../api/client.ts';
import { useFormat } from '../../lib/format.ts';
import { Field } from '../../ui/field.tsx';
import { ErrorState, Loading } from '../../ui/status.tsx';
import { leadKeys, useComments } from './lead-api.ts';
import { describeLeadError } from './lead-errors.ts';

export function LeadThread(props: { leadId: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const qc = useQueryClient();
  const comments = useComments(props.leadId);
  const [body, setBody] = useState('');
  const post = useMutation({
    mutationFn: () =>
      must(
        api.POST('/api/v1/leads/{id}/comments', { params: { path: { id: props.leadId } }, body: { body } }),
      ),
    onSuccess: async () => {
      setBody('');
      await qc.invalidateQueries({ queryKey: leadKeys.comments(props.leadId) });
    },
  });
  const err = describeLeadError(post.error, t);

  return (
    <section className="panel" aria-labelledby="thread-heading">
      <h2 id="thread-heading">{t('leads.thread.title')}</h2>
      {comments.isPending && <Loading />}
      {comments.isError && <ErrorState error={comments.error} retry={() => void comments.refetch()} />}
      {comments.data && comments.data.length === 0 && <p className="muted">{t('leads.thread.none')}</p>}
      {comments.data && comments.data.length > 0 && (
        <ol className="lead-thread">
          {comments.data.map((c) => (
            <li key={c.id}>
              <article
                aria-label={t('leads.thread.by', { name: c.author?.name ?? t('leads.history.someone') })}
              >
                <header className="lead-thread__meta">
                  <strong>{c.author?.name ?? t('leads.history.someone')}</strong>{' '}
                  <time dateTime={c.createdAt} className="muted">
                    {fmt.dateTime(c.createdAt)}
                  </time>
                </header>
                {/* Safe: `html` is the server's rendering of the Markdown, sanitised there (formatting tags
                    and http/https/mailto links only). The Markdown source `body` is never rendered as HTML. */}
                {/* biome-ignore lint/security/noDangerouslySetInnerHtml: server-sanitised HTML, see above */}
                <div className="prose lead-prose" dangerouslySetInnerHTML={{ __html: c.html }} />
              </article>
            </li>
          ))}
        </ol>
      )}
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          if (body.trim()) post.mutate();
        }}
      >
        <Field
          label={t('leads.thread.add')}
          name="body"
          error={err.fields.body ?? (post.isError ? (err.message ?? undefined) : undefined)}
          hint={t('leads.thread.hint')}
        >
          {(ctl) => <textarea {...ctl} rows={4} value={body} onChange={(e) => setBody(e.target.value)} />}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button" disabled={post.isPending || !body.trim()}>
            {post.isPending ? t('common.sending') : t('leads.thread.post')}
          </button>
        </div>
      </form>
    </section>
  );
}
