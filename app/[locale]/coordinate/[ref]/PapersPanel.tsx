import { getFormatter, getTranslations } from 'next-intl/server';
import { listAllAttachments } from '@/lib/attachments/read';
import { listPublicSignatories } from '@/lib/cosigning/read';
import { listRedactions } from '@/lib/redaction/read';
import { HideAttachmentForm } from './HideAttachmentForm';
import { LiftRedactionForm } from './LiftRedactionForm';
import { RedactForm } from './RedactForm';

/** The coordinators' part of issue 19 on an item's page: its files, its co-signers, and its redactions. */
export async function PapersPanel({ recommendationId, reference }: { recommendationId: number; reference: string }) {
  const t = await getTranslations('papers');
  const format = await getFormatter();
  const files = listAllAttachments(recommendationId);
  const signatories = listPublicSignatories(recommendationId);
  const redactions = listRedactions(recommendationId);
  return (
    <>
      {files.length > 0 ? (
        <section aria-labelledby="attachments-heading">
          <h2 id="attachments-heading">{t('attachments.heading')}</h2>
          <ul className="notes">
            {files.map((file) => (
              <li key={file.id}>
                <a href={`/api/attachments/${file.id}`} download>
                  {file.publicName}
                </a>{' '}
                <span className="muted">{t('attachments.sha256', { sha: file.sha256.slice(0, 16) })}</span>
                {file.hiddenAt ? (
                  <p className="muted">{t('attachments.hiddenBecause', { reason: file.hiddenReason ?? '' })}</p>
                ) : (
                  <HideAttachmentForm reference={reference} attachmentId={file.id} name={file.publicName} />
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {signatories.length > 0 ? (
        <section aria-labelledby="cosigners-heading">
          <h2 id="cosigners-heading">{t('cosign.publicHeading')}</h2>
          <ul>
            {signatories.map((s) => (
              <li key={s.id}>
                {s.organization} · {t(`cosign.side.${s.country ?? 'other'}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="redaction-heading" className="panel">
        <h2 id="redaction-heading">{t('redaction.heading')}</h2>
        <p>{t('redaction.hint')}</p>
        <RedactForm reference={reference} attachments={files.map((f) => ({ id: f.id, name: f.publicName }))} />
        {redactions.length > 0 ? (
          <>
            <h3>{t('redaction.listHeading')}</h3>
            <ul className="notes">
              {redactions.map((r) => (
                <li key={r.id}>
                  <p>
                    {t(`redaction.fields.${r.field}`)}: “<mark>{r.passage}</mark>” ·{' '}
                    {r.reason === 'other' ? r.reasonText : t(`redaction.reasons.${r.reason}`)} ·{' '}
                    {format.dateTime(r.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                  </p>
                  {r.liftedAt ? (
                    <p className="muted">
                      {t('redaction.liftedOn', { date: format.dateTime(r.liftedAt, { dateStyle: 'medium' }), reason: r.liftReason ?? '' })}
                    </p>
                  ) : (
                    <LiftRedactionForm reference={reference} redactionId={r.id} />
                  )}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </>
  );
}
