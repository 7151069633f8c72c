import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { CurrentUser } from '@/lib/auth/current-user';
import type { Locale } from '@/lib/i18n/routing';
import { DeleteAccountForm } from './DeleteAccountForm';

/**
 * The person's rights over their data, where they manage their account: a copy of everything the site
 * holds about them (app/api/account/export), and deleting the account (lib/accounts/delete-account.ts).
 * A government account cannot be deleted here, and is told why instead of being shown the form.
 */
export async function DataRightsSection({ user, locale }: { user: CurrentUser; locale: Locale }) {
  const t = await getTranslations('dataRights');
  const privacy = (chunks: ReactNode) => <a href={`/${locale}/privacy`}>{chunks}</a>;
  return (
    <section aria-labelledby="data-rights-heading" className="panel">
      <h2 id="data-rights-heading">{t('heading')}</h2>
      <p>{t.rich('intro', { privacy })}</p>

      <h3 id="download-heading">{t('downloadHeading')}</h3>
      <p id="download-text">{t('downloadText')}</p>
      <p>
        <a className="button button--secondary" href="/api/account/export" download aria-describedby="download-text">
          {t('download')}
        </a>
      </p>

      <h3 id="delete-heading">{t('deleteHeading')}</h3>
      {user.role === 'stakeholder' ? (
        <>
          <p>{t('deleteText')}</p>
          <p>{t('deleteSignsOut')}</p>
          <DeleteAccountForm twoStep={user.mfaEnabled} />
        </>
      ) : (
        <p>{t('governmentAccount')}</p>
      )}
    </section>
  );
}
