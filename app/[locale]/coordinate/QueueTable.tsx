'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Notice } from '@/components/Notice';
import type { RecommendationStatus } from '@/db/vocabulary';
import { Link } from '@/lib/i18n/navigation';
import { assignAction, startReviewAction } from '@/lib/triage/actions';
import { useTriageSubmit } from './useTriageSubmit';
import { Ref } from '@/components/Reference';

export type QueueRow = {
  ref: string;
  /** The version this page shows: a bulk action on an item changed since is refused as a conflict. */
  version: number;
  title: string;
  language: 'en' | 'es';
  /** True when `title` is a translation into the reader's language rather than the original. */
  translated: boolean;
  status: RecommendationStatus;
  statusLabel: string;
  pending: boolean;
  /** Dialogue rounds it was raised or reaffirmed in (calls for input). */
  rounds: number;
  pillarLabel: string;
  sectorLabel: string;
  countryLabel: string;
  submitted: string;
  assigneeName: string | null;
  isSample: boolean;
};

/** The queue's rows with a checkbox each, and the bulk actions on the selection. */
export function QueueTable({ rows, me, assignees }: { rows: QueueRow[]; me: number; assignees: { id: number; name: string }[] }) {
  const t = useTranslations('triage');
  const calls = useTranslations('calls.manage');
  const [selected, setSelected] = useState<string[]>([]);
  const [assignee, setAssignee] = useState('');
  const { submit, failure, done } = useTriageSubmit();
  const toggle = (ref: string) => setSelected((current) => (current.includes(ref) ? current.filter((r) => r !== ref) : [...current, ref]));
  const allSelected = rows.length > 0 && selected.length === rows.length;

  async function run(kind: 'assignMe' | 'assignTo' | 'review') {
    const items = rows.filter((row) => selected.includes(row.ref)).map(({ ref, version }) => ({ ref, version }));
    const ok = await submit<unknown>(() =>
      kind === 'review'
        ? startReviewAction({ items })
        : assignAction({ items, assigneeId: kind === 'assignMe' ? me : assignee ? Number(assignee) : null }),
    );
    if (ok) setSelected([]);
  }

  return (
    <>
      <div className="bulk-bar" role="group" aria-label={t('bulkActions')}>
        <p aria-live="polite">{t('selected', { count: selected.length })}</p>
        <button type="button" disabled={selected.length === 0} onClick={() => run('assignMe')}>
          {t('assignToMe')}
        </button>
        <label htmlFor="bulk-assignee" className="visually-hidden">
          {t('assignee')}
        </label>
        <select id="bulk-assignee" value={assignee} onChange={(event) => setAssignee(event.target.value)}>
          <option value="">{t('unassigned')}</option>
          {assignees.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <button type="button" disabled={selected.length === 0} onClick={() => run('assignTo')}>
          {t('assign')}
        </button>
        <button type="button" disabled={selected.length === 0} onClick={() => run('review')}>
          {t('moveToReview')}
        </button>
      </div>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {done ? <Notice tone="success">{t('bulkDone')}</Notice> : null}
      <table className="table table--stack queue">
        <caption className="visually-hidden">{t('queueCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="table__select">
              <input
                type="checkbox"
                aria-label={t('selectAll')}
                checked={allSelected}
                onChange={() => setSelected(allSelected ? [] : rows.map((r) => r.ref))}
              />
            </th>
            <th scope="col">{t('reference')}</th>
            <th scope="col">{t('recommendation')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('sectorCountry')}</th>
            <th scope="col">{t('submitted')}</th>
            <th scope="col">{t('assignee')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.ref}>
              <td className="table__select">
                <input
                  type="checkbox"
                  aria-label={t('select', { ref: row.ref })}
                  checked={selected.includes(row.ref)}
                  onChange={() => toggle(row.ref)}
                />
              </td>
              <td className="table__key">
                <Link href={`/coordinate/${row.ref}`}>
                  <Ref>{row.ref}</Ref>
                </Link>
              </td>
              <td data-label={t('recommendation')}>
                <span lang={row.language}>{row.title}</span>
                {row.translated ? <span className="tag"> {t('translationTag')}</span> : null}
                <span className="muted"> · {row.pillarLabel}</span>
                {row.isSample ? <span className="tag"> {t('sample')}</span> : null}
                {row.rounds > 0 ? <span className="tag"> {calls('roundsCount', { count: row.rounds })}</span> : null}
              </td>
              <td data-label={t('status')}>
                <span className={`status status--${row.status}`}>{row.statusLabel}</span>
                {row.pending ? <span className="tag">{t('awaitingConfirmation')}</span> : null}
              </td>
              <td data-label={t('sectorCountry')}>
                {row.sectorLabel} · {row.countryLabel}
              </td>
              <td data-label={t('submitted')}>{row.submitted}</td>
              <td data-label={t('assignee')}>{row.assigneeName ?? <span className="muted">{t('unassigned')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
