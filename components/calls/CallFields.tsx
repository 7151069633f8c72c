'use client';

import { useTranslations } from 'next-intl';
import type { UseFormRegister, UseFormWatch } from 'react-hook-form';
import type { RecommendationFormValues } from '@/lib/recommendations/schema';

export type CallOption = {
  slug: string;
  title: string;
  deadline: string;
  pillars: string[];
  questions: { id: number; pillar: string; text: string }[];
};

type Props = {
  calls: CallOption[];
  register: UseFormRegister<RecommendationFormValues>;
  watch: UseFormWatch<RecommendationFormValues>;
};

/**
 * The submission form's choice of an open call and, for the pillar chosen, one of its questions. The server
 * checks again that the call is still open when the recommendation is written (lib/calls/answer.ts).
 */
export function CallFields({ calls, register, watch }: Props) {
  const t = useTranslations('calls.form');
  const chosen = calls.find((call) => call.slug === watch('call'));
  const pillar = watch('pillar');
  const questions = chosen ? chosen.questions.filter((q) => q.pillar === pillar) : [];
  if (calls.length === 0) return null;
  return (
    <>
      <div className="field">
        <label htmlFor="call" className="field__label">
          {t('call')}
        </label>
        <p id="call-hint" className="field__hint">
          {t('callHint')}
        </p>
        <select id="call" aria-describedby="call-hint" {...register('call')}>
          <option value="">{t('noCall')}</option>
          {calls.map((call) => (
            <option key={call.slug} value={call.slug}>
              {t('callOption', { title: call.title, deadline: call.deadline })}
            </option>
          ))}
        </select>
      </div>
      {questions.length > 0 ? (
        <div className="field">
          <label htmlFor="question" className="field__label">
            {t('question')}
          </label>
          <p id="question-hint" className="field__hint">
            {t('questionHint')}
          </p>
          <select id="question" aria-describedby="question-hint" {...register('question')}>
            <option value="">{t('noQuestion')}</option>
            {questions.map((q) => (
              <option key={q.id} value={String(q.id)}>
                {q.text}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </>
  );
}
