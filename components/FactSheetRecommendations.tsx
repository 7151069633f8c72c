import { getLocale, getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/StatusBadge';
import { TextStateTag } from '@/components/TextStateTag';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { displayText, placeholderTitleKey } from '@/lib/public/display';
import type { FactSheetList } from '@/lib/public/fact-sheet';
import { toRoman } from '@/lib/record/roman';
import { WithReferences } from '@/components/Reference';

/** `list`: its first LIST_LIMIT items and how many there are; `more`: where the whole list can be read when it is longer. */
type Props = { id: string; heading: string; note?: string; empty: string; list: FactSheetList; more: string };

/** One list of a fact sheet's recommendations: reference, pillar, status and public title of each. */
export async function FactSheetRecommendations({ id, heading, note, empty, list, more }: Props) {
  const { items, total } = list;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  return (
    <section aria-labelledby={id} className="fact-sheet__block">
      <h3 id={id}>
        {heading} <span className="muted">({total})</span>
      </h3>
      {note ? <p className="muted">{note}</p> : null}
      {total === 0 ? <p>{empty}</p> : null}
      <ul className="card-list">
        {items.map((item) => {
          const text = displayText(item, locale);
          const title = text.kind === 'full' ? text.title : t(placeholderTitleKey(text.kind), { ref: item.ref });
          return (
            <li key={item.ref} className="card fact-sheet__recommendation">
              <p className="card__eyebrow">
                <span className="ref">{item.ref}</span> · {t('pillar.label', { number: toRoman(item.pillar.number) })} ·{' '}
                <StatusBadge status={item.status} />
                {item.isSample ? <span className="tag">{t('register.sample')}</span> : null}
              </p>
              <h4 className="card__title" lang={text.kind === 'full' ? text.lang : undefined}>
                <Link href={`/recommendations/${item.ref}`}>
                  <WithReferences text={title} />
                </Link>
                {text.kind === 'full' ? (
                  <>
                    {' '}
                    <TextStateTag text={text} checkedAt={item.translationCheckedAt} />
                  </>
                ) : null}
              </h4>
              {text.kind === 'summary' && text.summary ? <p lang={text.lang}>{text.summary}</p> : null}
            </li>
          );
        })}
      </ul>
      {total > items.length ? (
        <p>
          {t('factSheet.showingFirst', { shown: items.length, total })} <Link href={more}>{t('factSheet.inRegister')}</Link>
        </p>
      ) : null}
    </section>
  );
}
