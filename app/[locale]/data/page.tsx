import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { publicBaseUrl } from '@/lib/config';
import type { Locale } from '@/lib/i18n/routing';
import { alternates } from '@/lib/public/metadata';
import { apiRateLimitPerMinute } from '@/lib/public/api/rate-limit';
import { listMeetings } from '@/lib/record/meetings';
import { DataDictionary } from '@/components/DataDictionary';
import { SnapshotLinks } from '@/components/SnapshotLinks';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import { listSnapshots } from '@/lib/snapshots/snapshots';

// Stored: it shows the API's settings and an example meeting, which change with a restart or a new meeting
// (lib/page-store/stored-pages.ts replaces it then).
export const revalidate = 3600;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'data' });
  return { title: t('title'), description: t('intro'), alternates: alternates(locale, '/data') };
}

const ENDPOINTS = ['pillars', 'initiatives', 'meetings', 'meeting', 'recommendations', 'recommendation', 'csv'] as const;

/** The open data page: downloads, the API with an example per endpoint, its rules, and a data dictionary. */
export default async function DataPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('data');
  const snapshotsT = await getTranslations('evidence.snapshots');
  const snapshots = listSnapshots();
  const base = publicBaseUrl();
  const meeting = listMeetings()[0]?.slug ?? 'slug';
  const examples: Record<(typeof ENDPOINTS)[number], string> = {
    pillars: '/api/v1/pillars',
    initiatives: '/api/v1/initiatives',
    meetings: '/api/v1/meetings',
    meeting: `/api/v1/meetings/${meeting}`,
    recommendations: '/api/v1/recommendations?status=implemented&q=energia&per_page=10',
    recommendation: '/api/v1/recommendations/HLED-2023-0001',
    csv: '/api/v1/recommendations.csv?pillar=investing-in-our-people',
  };
  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro')}</p>

      <section aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t('downloadsHeading')}</h2>
        <ul>
          <li>
            <a href="/api/v1/recommendations.csv" download>
              {t('csv')}
            </a>
            <p className="muted">{t('csvHint')}</p>
          </li>
          <li>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the open data's JSON, not a page: a plain link */}
            <a href="/api/v1/recommendations?per_page=100">{t('json')}</a>
          </li>
          <li>
            <a href={`/feed.xml${locale === 'es' ? '?locale=es' : ''}`}>{t('feed')}</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="api-heading">
        <h2 id="api-heading">{t('apiHeading')}</h2>
        <p>{t('apiIntro', { base })}</p>
        <p>
          <a href="/api/v1/openapi.json">{t('openapi')}</a>
        </p>
          <table className="table">
            <caption className="visually-hidden">{t('apiHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('endpoint')}</th>
                <th scope="col">{t('purpose')}</th>
                <th scope="col">{t('example')}</th>
              </tr>
            </thead>
            <tbody>
              {ENDPOINTS.map((endpoint) => (
                <tr key={endpoint}>
                  <th scope="row">
                    <code>{examples[endpoint].split('?')[0]!.replace(meeting, '{slug}').replace('HLED-2023-0001', '{ref}')}</code>
                  </th>
                  <td>{t(`endpoints.${endpoint}`)}</td>
                  <td>
                    <a href={examples[endpoint]}>
                      <code>{examples[endpoint]}</code>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        <pre className="code-sample">
          <code>{`curl -s '${base}/api/v1/recommendations?status=implemented&per_page=2'`}</code>
        </pre>
      </section>

      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">{t('rulesHeading')}</h2>
        <ul>
          <li>{t('rules.privacy')}</li>
          <li>{t('rules.limits', { limit: apiRateLimitPerMinute() })}</li>
          <li>{t('rules.caching')}</li>
          <li>{t('rules.errors')}</li>
        </ul>
      </section>

      <section aria-labelledby="snapshots-heading">
        <h2 id="snapshots-heading">{snapshotsT('heading')}</h2>
        <p>{snapshotsT('intro')}</p>
        {snapshots.length === 0 ? <p>{snapshotsT('none')}</p> : null}
        <ul>
          {snapshots.map((snapshot) => (
            <li key={snapshot.slug}>
              <Link href={`/meetings/${snapshot.slug}`}>{localized(snapshot, 'title', locale)}</Link> <SnapshotLinks snapshot={snapshot} />
            </li>
          ))}
        </ul>
      </section>

      <DataDictionary />
    </>
  );
}
