'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { assignAction } from '@/lib/triage/actions';
import { useTriageSubmit } from '../useTriageSubmit';
import { TriageNotices } from './TriageForm';

export function AssignForm({
  reference,
  me,
  current,
  assignees,
}: {
  reference: string;
  me: number;
  current: number | null;
  assignees: { id: number; name: string }[];
}) {
  const t = useTranslations('triage');
  const [assignee, setAssignee] = useState(current ? String(current) : '');
  const { submit, failure, done, version: currentVersion } = useTriageSubmit();
  return (
    <div className="actions">
      <TriageNotices failure={failure} done={done} saved={t('assigned')} />
      <button
        type="button"
        onClick={() => submit(() => assignAction({ items: [{ ref: reference, version: currentVersion() }], assigneeId: me }))}
      >
        {t('assignToMe')}
      </button>
      <label htmlFor="assignee">{t('assignee')}</label>
      <select id="assignee" value={assignee} onChange={(event) => setAssignee(event.target.value)}>
        <option value="">{t('unassigned')}</option>
        {assignees.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={() =>
          submit(() =>
            assignAction({ items: [{ ref: reference, version: currentVersion() }], assigneeId: assignee ? Number(assignee) : null }),
          )
        }
      >
        {t('assign')}
      </button>
    </div>
  );
}
