import { getTranslations } from 'next-intl/server';
import { listAllAttachments } from '@/lib/attachments/read';
import { MAX_ATTACHMENTS } from '@/lib/attachments/limits';
import { listInvitations } from '@/lib/cosigning/read';
import { AttachmentUpload } from './AttachmentUpload';
import { InviteCosignerForm } from './InviteCosignerForm';
import { RemoveAttachmentButton } from './RemoveAttachmentButton';

type Props = { recommendationId: number; reference: string; editable: boolean; open: boolean };

/** The submitter's position papers and co-signing organizations, on their recommendation's page. */
export async function PapersSections({ recommendationId, reference, editable, open }: Props) {
  const t = await getTranslations('papers');
  const files = listAllAttachments(recommendationId);
  const invitations = listInvitations(recommendationId);
  return (
    <>
      <section aria-labelledby="attachments-heading" className="panel">
        <h2 id="attachments-heading">{t('attachments.heading')}</h2>
        {files.length === 0 ? <p>{t('attachments.none')}</p> : null}
        <ul className="notes">
          {files.map((file) => (
            <li key={file.id}>
              <a href={`/api/attachments/${file.id}`} download>
                {file.publicName}
              </a>
              {file.hiddenAt ? <span className="tag"> {t('attachments.hiddenTag')}</span> : null}
              {editable ? <RemoveAttachmentButton reference={reference} attachmentId={file.id} name={file.publicName} /> : null}
            </li>
          ))}
        </ul>
        {editable && files.length < MAX_ATTACHMENTS ? <AttachmentUpload reference={reference} /> : null}
        {editable && files.length >= MAX_ATTACHMENTS ? <p>{t('attachments.full', { max: MAX_ATTACHMENTS })}</p> : null}
        {!editable ? <p className="muted">{t('attachments.closed')}</p> : null}
      </section>
      <section aria-labelledby="cosigners-heading" className="panel">
        <h2 id="cosigners-heading">{t('cosign.heading')}</h2>
        <p>{t('cosign.hint')}</p>
        {invitations.length > 0 ? (
          <ul>
            {invitations.map((i) => (
              <li key={i.id}>
                {i.organization ?? i.email} · {t(`cosign.state.${i.state}`)}
              </li>
            ))}
          </ul>
        ) : null}
        {open ? <InviteCosignerForm reference={reference} /> : null}
      </section>
    </>
  );
}
