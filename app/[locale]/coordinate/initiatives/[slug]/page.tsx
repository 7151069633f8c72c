import type { Metadata } from 'next';
import { eq } from 'drizzle-orm';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ProgressTimeline } from '@/components/ProgressTimeline';
import { progressUpdates } from '@/db/schema';
import { Link } from '@/lib/i18n/navigation';
import { localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { recordFormChoices } from '@/lib/record/form-choices';
import { listProgress } from '@/lib/record/initiatives';
import { getInitiativeForEditing } from '@/lib/record/manage-initiatives';
import { requireCoordinator } from '@/lib/auth/guards';
import { InitiativeForm } from '../InitiativeForm';
import { ProgressForm } from '../ProgressForm';
import { MilestoneForm } from '../MilestoneForm';
import { listMilestones } from '@/lib/record/milestones';
import { RECORD_ORIGINAL } from '@/lib/translations/paired';
import { checkOf } from '@/lib/translations/text-checks';
import { CheckTranslation } from '../../CheckTranslation';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: slug, robots: { index: false } };
}

export default async function EditInitiativePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requireCoordinator(locale, `/${locale}/coordinate/initiatives/${slug}`);
  const found = getInitiativeForEditing(user, slug);
  if (!found) notFound();
  const { initiative, pillarSlug, leads } = found;
  const t = await getTranslations('recordAdmin');
  const e = await getTranslations('evidence.milestones');
  const choices = await recordFormChoices(user, locale);
  return (
    <>
      <p className="eyebrow">
        <Link href="/coordinate/initiatives">{t('title')}</Link> · <Link href={`/initiatives/${slug}`}>{t('publicPage')}</Link>
      </p>
      <h1>{localized(initiative, 'title', locale)}</h1>
      <div className="two-columns">
        <section aria-labelledby="edit-heading">
          <h2 id="edit-heading">{t('edit')}</h2>
          <h3>{t('descriptionTranslation')}</h3>
          <CheckTranslation
            target={{ text: 'initiative_description', initiative: slug }}
            written={{ en: initiative.descriptionEn, es: initiative.descriptionEs }}
            presumedOriginal={RECORD_ORIGINAL}
            check={checkOf('initiative_description', initiative.id, { en: initiative.descriptionEn, es: initiative.descriptionEs })}
          />
          <InitiativeForm
            existingSlug={slug}
            pillars={choices.pillars}
            agencies={choices.agencies}
            defaults={{
              slug,
              pillar: pillarSlug,
              titleEn: initiative.titleEn,
              titleEs: initiative.titleEs,
              descriptionEn: initiative.descriptionEn,
              descriptionEs: initiative.descriptionEs,
              state: initiative.state,
              leads,
              version: initiative.version,
            }}
          />
        </section>
        <section aria-labelledby="progress-heading" className="panel">
          <h2 id="progress-heading">{t('recordProgress')}</h2>
          <ProgressForm initiative={slug} meetings={choices.meetings} />
        </section>
      </div>
      <section aria-labelledby="milestones-heading" className="panel">
        <h2 id="milestones-heading">{e('heading')}</h2>
        {listMilestones(initiative.id).map((m) => (
          <details key={m.id}>
            <summary>{localized(m, 'title', locale)}</summary>
            <MilestoneForm
              defaults={{
                initiative: slug,
                id: String(m.id),
                titleEn: m.titleEn,
                titleEs: m.titleEs,
                targetDate: m.targetDate ?? '',
                doneDate: m.doneDate ?? '',
              }}
            />
          </details>
        ))}
        <h3>{e('add')}</h3>
        <MilestoneForm defaults={{ initiative: slug, titleEn: '', titleEs: '', targetDate: '', doneDate: '' }} />
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('timeline')}</h2>
        <ProgressTimeline
          entries={listProgress(eq(progressUpdates.initiativeId, initiative.id))}
          below={(entry) => (
            <CheckTranslation
              target={{ text: 'progress_update', initiative: slug, progress: entry.id }}
              written={{ en: entry.textEn, es: entry.textEs }}
              presumedOriginal={RECORD_ORIGINAL}
              check={entry.check}
            />
          )}
        />
      </section>
    </>
  );
}
