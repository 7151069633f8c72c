import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { listInitiativesInScope } from '@/lib/record/manage-initiatives';
import { toRoman } from '@/lib/record/roman';
import { requireCoordinator } from '@/lib/auth/guards';
import { CsvImport } from './CsvImport';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'recordAdmin' }))('title'), robots: { index: false } };
}

export default async function ManageInitiativesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireCoordinator(locale, `/${locale}/coordinate/initiatives`);
  const t = await getTranslations();
  const rows = listInitiativesInScope(user);
  return (
    <>
      <p className="eyebrow">
        <Link href="/coordinate">{t('triage.queueTitle')}</Link>
      </p>
      <h1>{t('recordAdmin.title')}</h1>
      <p>{t('recordAdmin.intro')}</p>
      <p>
        <Link className="button" href="/coordinate/initiatives/new">
          {t('recordAdmin.new')}
        </Link>
      </p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('recordAdmin.pillar')}</th>
            <th scope="col">{t('recordAdmin.initiative')}</th>
            <th scope="col">{t('recordAdmin.state')}</th>
            <th scope="col">{t('recordAdmin.uncheckedTexts')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug}>
              <td>{toRoman(row.pillarNumber)}</td>
              <td>
                <Link href={`/coordinate/initiatives/${row.slug}`}>{localized(row, 'title', locale)}</Link>
              </td>
              <td>{t(`initiativeState.${row.state}`)}</td>
              <td>{row.uncheckedTexts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="csv-heading" className="panel">
        <h2 id="csv-heading">{t('evidence.csv.heading')}</h2>
        <p>{t('evidence.csv.intro')}</p>
        <p>
          <a className="button" href={`/${locale}/coordinate/initiatives/export.csv`} download>
            {t('evidence.csv.export')}
          </a>
        </p>
        <CsvImport />
      </section>
    </>
  );
}
