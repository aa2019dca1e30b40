/** A labelled form control with its hint and error, wired for screen readers. */
import { type ReactNode, useEffect, useId, useRef } from 'react';

export interface ControlProps {
  id: string;
  name: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

export function Field(props: {
  label: ReactNode;
  name: string;
  error?: string | undefined;
  hint?: ReactNode;
  children: (control: ControlProps) => ReactNode;
  className?: string;
}) {
  const base = useId();
  const id = `f-${props.name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
  const hintId = props.hint ? `${base}-hint` : undefined;
  const errorId = props.error ? `${base}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${props.error ? ' field--invalid' : ''} ${props.className ?? ''}`}>
      <label htmlFor={id}>{props.label}</label>
      {props.hint && (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      )}
      {props.children({
        id,
        name: props.name,
        'aria-describedby': describedBy,
        ...(props.error ? { 'aria-invalid': true as const } : {}),
      })}
      {props.error && (
        <p className="field__error" id={errorId}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** Field errors listed at the top of a form, each linking to its field (GOV.UK pattern). */
export function ErrorSummary(props: {
  title: string;
  message?: string | null;
  fields: Record<string, string>;
}) {
  const entries = Object.entries(props.fields);
  const box = useRef<HTMLDivElement>(null);
  const key = `${props.message ?? ''}|${entries.map(([f, d]) => f + d).join('|')}`;
  // Keyboard and screen-reader users land on the list of problems after a failed submit.
  useEffect(() => {
    if (key !== '|') box.current?.focus();
  }, [key]);
  if (!entries.length && !props.message) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={box}>
      <h2>{props.title}</h2>
      {props.message && <p>{props.message}</p>}
      {entries.length > 0 && (
        <ul>
          {entries.map(([field, detail]) => (
            <li key={field}>
              <a href={`#f-${field.replace(/[^a-zA-Z0-9_-]/g, '-')}`}>{detail}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
