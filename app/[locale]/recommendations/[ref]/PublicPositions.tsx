import { getFormatter, getTranslations } from 'next-intl/server';
import { WrittenText } from '@/components/WrittenText';
import type { PublicRecommendation } from '@/lib/public/recommendation';

const GOVERNMENTS = ['us', 'mx'] as const;

/**
 * Each government's position, both always named. A bilateral confirmation is a position too: the
 * government that marked the outcome and the one that confirmed it have each stated it, so the section
 * never says "no position" beside a status both governments confirmed, and it says what that means.
 */
export async function PublicPositions({ item }: { item: PublicRecommendation }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const confirmation = item.confirmation;
  const confirmationLine = (government: 'us' | 'mx') => {
    if (!confirmation) return null;
    const values = { status: t(`status.${confirmation.status}`), date: format.dateTime(confirmation.at, { dateStyle: 'long' }) };
    if (confirmation.markedBy === government) return t('publicRecommendation.markedPosition', values);
    if (confirmation.confirmedBy === government) return t('publicRecommendation.confirmedPosition', values);
    return confirmation.markedBy === null && confirmation.confirmedBy === null
      ? t('publicRecommendation.bothConfirmedPosition', values)
      : null;
  };
  if (item.positions.length === 0 && !confirmation) return <p>{t('publicRecommendation.noPositions')}</p>;
  return (
    <>
      {confirmation ? <p>{t('publicRecommendation.confirmationMeaning')}</p> : null}
      <dl className="facts">
        {GOVERNMENTS.map((government) => {
          const position = item.positions.find((p) => p.government === government);
          const confirmed = confirmationLine(government);
          return (
            <div key={government}>
              <dt>{t(`publicRecommendation.government.${government}`)}</dt>
              <dd>
                {position ? (
                  <p>
                    <strong>{t(`triage.positions.${position.position}`)}</strong>
                    {position.noteEn || position.noteEs ? (
                      <>
                        {' · '}
                        <WrittenText written={{ en: position.noteEn, es: position.noteEs }} what="note" inline />
                      </>
                    ) : null}
                  </p>
                ) : null}
                {confirmed ? <p>{confirmed}</p> : null}
                {!position && !confirmed ? <p>{t('publicRecommendation.noPositionYet')}</p> : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}
