import { getFormatter, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { machineTranslation } from '@/lib/translations/machine';
import { translationRowState } from '@/lib/translations/state';
import { workspaceTranslations } from '@/lib/translations/store';
import { TranslationForm } from './TranslationForm';

type Props = {
  recommendation: { id: number; ref: string; version: number; language: Locale; title: string; body: string };
  locale: Locale;
};

/**
 * The translation workspace: the original on one side, its translation into the other language on the
 * other, with the translation's state (checked by whom and when, machine draft, unchecked, missing).
 */
export async function TranslationPanel({ recommendation: r, locale }: Props) {
  const t = await getTranslations('translate');
  const format = await getFormatter();
  const target: Locale = r.language === 'en' ? 'es' : 'en';
  const language = (code: Locale) => new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  const translation = workspaceTranslations(r.id).find((row) => row.locale === target);
  const state = translation ? translationRowState(translation) : 'missing';
  return (
    <section aria-labelledby="translation-heading" className="panel">
      <h2 id="translation-heading">{t('heading', { language: language(target) })}</h2>
      <p>
        <span className="tag">{t(`state.${state}`)}</span>
      </p>
      {translation?.humanChecked ? (
        <p>
          {t('checkedBy', {
            name: translation.checkerName ?? '—',
            date: translation.checkedAt ? format.dateTime(translation.checkedAt, { dateStyle: 'medium', timeStyle: 'short' }) : '—',
          })}
        </p>
      ) : null}
      <div className="side-by-side">
        <div>
          <h3>{t('original', { language: language(r.language) })}</h3>
          <p lang={r.language}>
            <strong>{r.title}</strong>
          </p>
          <div className="prose" lang={r.language}>
            {r.body.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
        </div>
        <div>
          <h3>{t('translation', { language: language(target) })}</h3>
          <TranslationForm
            // A new machine draft replaces what the form holds; a person's own save or check leaves the form (and its notice) as is.
            key={translation?.origin === 'machine' ? `machine|${translation.title}` : 'person'}
            reference={r.ref}
            version={r.version}
            locale={target}
            title={translation?.title ?? ''}
            body={translation?.body ?? ''}
            uncheckedExists={Boolean(translation && !translation.humanChecked)}
            machineAvailable={machineTranslation() !== null}
          />
        </div>
      </div>
    </section>
  );
}
