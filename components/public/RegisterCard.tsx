import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { StatusBadge } from '@/components/StatusBadge';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { calendarDate, localized } from '@/lib/i18n/localized';
import { displayText, excerpt, placeholderTitleKey } from '@/lib/public/display';
import { reportingMeetings } from '@/lib/public/record-items';
import type { RegisterItem } from '@/lib/public/register';
import { toRoman } from '@/lib/record/roman';
import { Marked } from './Marked';
import { TextStateTag } from '@/components/TextStateTag';
import { WithReferences } from '@/components/Reference';

/**
 * One recommendation in the register: its reference, pillar, status, public title and the start of its text,
 * then who it comes from: a stakeholder's sector, country and date, or, for an item of the governments' own
 * record, the meeting whose document reported it.
 */
export function RegisterCard({ item, headingLevel = 2 }: { item: RegisterItem; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const locale = useLocale() as Locale;
  const t = useTranslations();
  const format = useFormatter();
  const text = displayText(item, locale, true);
  const href = `/recommendations/${item.ref}`;
  const reported = reportingMeetings().get(item.id);
  return (
    <li className="card">
      <p className="card__eyebrow">
        <span className="ref">{item.ref}</span> · {t('pillar.label', { number: toRoman(item.pillar.number) })} ·{' '}
        <StatusBadge status={item.status} />
        {item.isSample ? <span className="tag">{t('register.sample')}</span> : null}
      </p>
      {text.kind === 'full' ? (
        <>
          <Heading className="card__title" lang={text.lang}>
            <Link href={href}>
              <Marked text={text.title} />
            </Link>{' '}
            <TextStateTag text={text} checkedAt={item.translationCheckedAt} />
          </Heading>
          <p lang={text.lang}>
            <Marked text={item.highlights ? text.body : excerpt(text.body)} />
          </p>
        </>
      ) : (
        <>
          <Heading className="card__title">
            <Link href={href}>
              <WithReferences text={t(placeholderTitleKey(text.kind), { ref: item.ref })} />
            </Link>
          </Heading>
          <p lang={text.kind === 'summary' ? text.lang : undefined}>
            {text.kind === 'summary' ? (
              text.summary ? (
                <Marked text={text.summary} />
              ) : (
                t('register.summaryPending')
              )
            ) : (
              t('register.withheld')
            )}
          </p>
        </>
      )}
      <p className="muted">
        {reported
          ? t.rich('register.reportedByGovernments', {
              meeting: localized(reported, 'title', locale),
              date: format.dateTime(calendarDate(reported.date), { dateStyle: 'medium', timeZone: 'UTC' }),
              link: (chunks) => <Link href={`/meetings/${reported.slug}`}>{chunks}</Link>,
            })
          : [
              t(`options.sector.${item.sector}`),
              t(`options.country.${item.country}`),
              item.organization,
              t('register.submitted', { date: format.dateTime(item.submittedAt, { dateStyle: 'medium' }) }),
            ]
              .filter(Boolean)
              .join(' · ')}
      </p>
    </li>
  );
}
