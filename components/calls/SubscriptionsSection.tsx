import { getTranslations } from 'next-intl/server';
import { pillarList } from '@/lib/calls/manage-read';
import { subscribedPillars } from '@/lib/calls/subscriptions';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { toRoman } from '@/lib/record/roman';
import { SubscriptionsForm } from './SubscriptionsForm';

/** The account page's list of pillar subscriptions to calls for input, and the form to change them. */
export async function SubscriptionsSection({ userId, locale }: { userId: number; locale: Locale }) {
  const t = await getTranslations('calls.subscriptions');
  const mine = subscribedPillars(userId).map((p) => p.slug);
  const pillars = pillarList().map((p) => ({ value: p.slug, label: `${toRoman(p.number)}. ${localized(p, 'title', locale)}` }));
  return (
    <section aria-labelledby="subscriptions-heading" className="panel">
      <h2 id="subscriptions-heading">{t('title')}</h2>
      <p>{t('hint')}</p>
      <SubscriptionsForm pillars={pillars} chosen={mine} />
    </section>
  );
}
