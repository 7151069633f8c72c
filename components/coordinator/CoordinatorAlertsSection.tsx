import { getTranslations } from 'next-intl/server';
import type { CurrentUser } from '@/lib/auth/current-user';
import { submissionAlertsOf } from '@/lib/notifications/preferences';
import { AlertPreferenceForm } from './AlertPreferenceForm';
import { CoordinatorNews } from './CoordinatorNews';

/** The account page's part for coordinators: how they want to hear of new submissions, and their alerts. */
export async function CoordinatorAlertsSection({ user }: { user: CurrentUser }) {
  const t = await getTranslations('coordinatorAlerts');
  return (
    <section aria-labelledby="alerts-heading" className="panel">
      <h2 id="alerts-heading">{t('heading')}</h2>
      <AlertPreferenceForm
        current={submissionAlertsOf(user.id)}
        labels={{
          legend: t('preferenceLegend'),
          hint: t('preferenceHint'),
          choices: { off: t('preference.off'), immediate: t('preference.immediate'), daily: t('preference.daily') },
          save: t('save'),
          saved: t('saved'),
        }}
      />
      <CoordinatorNews user={user} headingId="alerts-news-heading" level={3} />
    </section>
  );
}
