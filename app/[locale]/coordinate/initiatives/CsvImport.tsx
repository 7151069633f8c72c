'use client';

import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Notice } from '@/components/Notice';
import { type ActionResult, useFormAction } from '@/components/form/useFormAction';
import type { ImportResult } from '@/lib/coordinate-csv/import';
import { decodeCsvBytes } from '@/lib/coordinate-csv/decode';
import { ImportPreview } from './ImportPreview';
import { ClientForm } from '@/components/form/ClientForm';

const MAX_BYTES = 1_000_000;

/**
 * The import: choose a file, check it (the preview lists each row's outcome and every problem with its
 * row and column, and writes nothing), then import the same text, all or nothing.
 */
export function CsvImport() {
  const t = useTranslations('evidence.csv');
  const router = useRouter();
  const hintId = useId();
  const { run, failure, setFailure } = useFormAction();
  const [text, setText] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [applied, setApplied] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  async function check(form: HTMLFormElement) {
    const file = (form.elements.namedItem('csv') as HTMLInputElement).files?.[0];
    setPreview(null);
    setApplied(null);
    if (!file) return;
    if (file.size > MAX_BYTES) return setFailure(t('tooLarge'));
    const decoded = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
    setText(decoded);
    setPreview(await run(() => postImport('preview', decoded)));
  }

  async function apply() {
    if (text === null) return;
    const result = await run(() => postImport('apply', text));
    if (!result) return;
    setPreview(result);
    if (result.applied) {
      setApplied(result.changeCount);
      setText(null);
      router.refresh();
    }
  }

  const ready = preview !== null && !preview.applied && preview.problemCount === 0 && preview.changeCount > 0;
  return (
    <div className="form">
      <ClientForm
        onSubmit={async (event) => {
          event.preventDefault();
          setBusy(true);
          await check(event.currentTarget).finally(() => setBusy(false));
        }}
      >
        <p>
          <label htmlFor="csv-file">{t('file')}</label>
          <input id="csv-file" name="csv" type="file" accept=".csv,text/csv" aria-describedby={hintId} required />
          <span id={hintId} className="hint">
            {t('fileHint')}
          </span>
        </p>
        <button type="submit" disabled={busy}>
          {t('preview')}
        </button>
      </ClientForm>
      {failure ? <Notice tone="error">{failure}</Notice> : null}
      {applied !== null ? <Notice tone="success">{t('applied', { changes: applied })}</Notice> : null}
      {preview && applied === null ? <ImportPreview result={preview} /> : null}
      {ready ? (
        <button
          type="button"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            await apply().finally(() => setBusy(false));
          }}
        >
          {t('apply', { changes: preview.changeCount })}
        </button>
      ) : null}
    </div>
  );
}

/**
 * The import goes to a route handler (app/api/coordinate/import/route.ts), whose size limit is its own: a
 * server action's body is held to 48 KB. It answers like an action, so `run` reads it the same way.
 */
async function postImport(mode: 'preview' | 'apply', csv: string): Promise<ActionResult<ImportResult>> {
  try {
    const response = await fetch(`/api/coordinate/import?mode=${mode}`, {
      method: 'POST',
      body: csv,
      headers: { 'content-type': 'text/csv; charset=utf-8' },
    });
    return (await response.json()) as ActionResult<ImportResult>;
  } catch {
    return { serverError: 'unexpected' };
  }
}
