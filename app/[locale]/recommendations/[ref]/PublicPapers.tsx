import { getFormatter, getTranslations } from 'next-intl/server';
import { listPublicAttachments } from '@/lib/attachments/read';
import { listPublicSignatories } from '@/lib/cosigning/read';

type Props = { recommendationId: number; submitter: { organization: string | null; country: 'us' | 'mx' | 'other' } };

/**
 * The public part of issue 19: the organizations that signed (the submitter's, when its consent lets it be
 * named, then each co-signer who consented), each with its side of the border; and the position papers,
 * each offered as a download through the attachments route.
 */
export async function PublicPapers({ recommendationId, submitter }: Props) {
  const t = await getTranslations('papers');
  const format = await getFormatter();
  const signatories = listPublicSignatories(recommendationId);
  const files = listPublicAttachments(recommendationId);
  const MB = 1024 * 1024;
  return (
    <>
      {signatories.length > 0 ? (
        <section aria-labelledby="signatories-heading">
          <h2 id="signatories-heading">{t('cosign.publicHeading')}</h2>
          <ul className="signatories">
            {submitter.organization ? (
              <li>
                {submitter.organization} · {t(`cosign.side.${submitter.country}`)} · {t('cosign.submitterRole')}
              </li>
            ) : null}
            {signatories.map((s) => (
              <li key={s.id}>
                {s.organization} · {t(`cosign.side.${s.country ?? 'other'}`)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {files.length > 0 ? (
        <section aria-labelledby="papers-heading">
          <h2 id="papers-heading">{t('attachments.publicHeading')}</h2>
          <ul>
            {files.map((file) => (
              <li key={file.id}>
                <a href={`/api/attachments/${file.id}`} download>
                  {t('attachments.download', { name: file.name })}
                </a>{' '}
                <span className="muted">
                  ({file.type.toUpperCase()}, {format.number(Math.max(file.size / MB, 0.1), { maximumFractionDigits: 1 })} MB)
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
