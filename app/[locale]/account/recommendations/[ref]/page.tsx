import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/components/Notice';
import { pillarChoices } from '@/components/recommendation-form/pillar-choices';
import { RecommendationForm } from '@/components/recommendation-form/RecommendationForm';
import { StatusBadge } from '@/components/StatusBadge';
import { WrittenText } from '@/components/WrittenText';
import { responseOf } from '@/lib/i18n/written-text';
import { showsStatusBadge } from '@/lib/public/history-display';
import { requireUser } from '@/lib/auth/guards';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { getOwnRecommendation } from '@/lib/recommendations/own-recommendations';
import { isClosed, submitterMayEdit, submitterMayWithdraw } from '@/lib/recommendations/lifecycle';
import { toRoman } from '@/lib/record/roman';
import { PapersSections } from './PapersSections';
import { WithdrawForm } from './WithdrawForm';
import { ReaffirmSection } from '@/components/calls/ReaffirmSection';
import { Ref } from '@/components/Reference';

type Props = { params: Promise<{ locale: Locale; ref: string }>; searchParams: Promise<{ saved?: string; withdrawn?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ref } = await params;
  return { title: ref, robots: { index: false } };
}

/** One of the stakeholder's own recommendations: its text, its full history, and what they may still do. */
export default async function OwnRecommendationPage({ params, searchParams }: Props) {
  const { locale, ref } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const user = await requireUser(locale, `/${locale}/account/recommendations/${ref}`);
  const own = getOwnRecommendation(user.id, ref);
  if (!own) notFound();
  const { recommendation: r, pillar, history } = own;
  const t = await getTranslations();
  const format = await getFormatter();
  const pillars = await pillarChoices(locale);
  return (
    <>
      <p className="eyebrow">
        <Link href="/account">{t('account.title')}</Link> · <Ref>{r.ref}</Ref>
      </p>
      <h1 lang={r.language}>{r.title}</h1>
      {query.saved ? <Notice tone="success">{t('account.changesSaved')}</Notice> : null}
      {query.withdrawn ? <Notice tone="success">{t('account.withdrawnNotice')}</Notice> : null}
      <dl className="facts">
        <div>
          <dt>{t('account.status')}</dt>
          <dd>
            <StatusBadge status={r.status} />
            {r.pendingStatus ? (
              <span className="tag"> {t('account.awaitingConfirmation', { status: t(`status.${r.pendingStatus}`) })}</span>
            ) : null}
            {r.isSample ? <span className="tag"> {t('account.sample')}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t('account.pillar')}</dt>
          <dd>
            {t('pillar.label', { number: toRoman(pillar.number) })}: {localized(pillar, 'title', locale)}
          </dd>
        </div>
        <div>
          <dt>{t('account.submitted')}</dt>
          <dd>{format.dateTime(r.submittedAt, { dateStyle: 'long', timeStyle: 'short' })}</dd>
        </div>
        <div>
          <dt>{t('submit.consent')}</dt>
          <dd>{t(`options.consent.${r.consent}`)}</dd>
        </div>
      </dl>
      <div className="prose" lang={r.language}>
        {r.body.split(/\n{2,}/).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('account.history')}</h2>
        <ol className="timeline">
          {history.map((event) => (
            <li key={event.id} className="timeline__item">
              <p className="timeline__meta">
                <time dateTime={event.createdAt.toISOString()}>
                  {format.dateTime(event.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
                <span>{t(`historyKind.${event.kind}`)}</span>
                {event.toStatus && showsStatusBadge(event.kind) ? <StatusBadge status={event.toStatus} /> : null}
              </p>
              <WrittenText written={responseOf(event)} />
            </li>
          ))}
        </ol>
      </section>

      {submitterMayEdit(r.status) ? (
        <section aria-labelledby="edit-heading" className="panel">
          <h2 id="edit-heading">{t('account.edit')}</h2>
          <p>{t('account.editHint')}</p>
          <RecommendationForm
            pillars={pillars}
            editing={{ ref: r.ref, version: r.version }}
            defaults={{
              title: r.title,
              body: r.body,
              pillar: pillar.slug,
              topics: r.topics.join(', '),
              sector: r.sector,
              organization: r.organization ?? '',
              organizationIdentifier: r.organizationIdentifier ?? '',
              fundingDeclaration: r.fundingDeclaration,
              country: r.country,
              language: r.language,
              consent: r.consent,
              website: '',
            }}
          />
        </section>
      ) : null}

      <ReaffirmSection userId={user.id} reference={r.ref} locale={locale} />
      <PapersSections
        recommendationId={r.id}
        reference={r.ref}
        editable={submitterMayEdit(r.status)}
        open={!isClosed(r.status) && r.status !== 'hidden'}
      />

      {submitterMayWithdraw(r.status) ? (
        <section aria-labelledby="withdraw-heading" className="panel">
          <h2 id="withdraw-heading">{t('account.withdraw')}</h2>
          <p>{t('account.withdrawHint')}</p>
          <WithdrawForm reference={r.ref} version={r.version} />
        </section>
      ) : null}
    </>
  );
}
