import { getTranslations } from 'next-intl/server';
import { ownItemPillar } from '@/lib/calls/read';
import type { Locale } from '@/lib/i18n/routing';
import { callChoices } from './call-choices';
import { ReaffirmForm } from './ReaffirmForm';

/** On one's own recommendation: bring it into an open call covering its pillar, in one click. */
export async function ReaffirmSection({ userId, reference, locale }: { userId: number; reference: string; locale: Locale }) {
  const pillar = ownItemPillar(userId, reference);
  if (!pillar) return null;
  const t = await getTranslations('calls.reaffirm');
  const calls = (await callChoices(locale)).filter((call) => call.pillars.includes(pillar));
  return (
    <section aria-labelledby="reaffirm-heading" className="panel">
      <h2 id="reaffirm-heading">{t('title')}</h2>
      {calls.length === 0 ? (
        <p>{t('noOpenCall')}</p>
      ) : (
        <>
          <p>{t('hint')}</p>
          <ReaffirmForm reference={reference} calls={calls.map((call) => ({ value: call.slug, label: call.title }))} />
        </>
      )}
    </section>
  );
}
