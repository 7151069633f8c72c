import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { displayText, placeholderTitleKey, type PublicTexts } from '@/lib/public/display';
import { WithReferences } from '@/components/Reference';
import { TextStateTag } from '@/components/TextStateTag';

type Props = { recommendation: PublicTexts & { ref: string }; level: 2 | 3 };

/**
 * A public recommendation's title, linked to its page. The original title is authoritative (docs/product.md, "Recommendation"):
 * a visitor reading in the other language sees the translation, labelled as one, with the original beside
 * it. A summary-only or withdrawn text shows no title of its own.
 */
export async function RecommendationTitle({ recommendation, level }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations();
  const Heading = level === 2 ? 'h2' : 'h3';
  const href = `/recommendations/${recommendation.ref}`;
  const text = displayText(recommendation, locale);
  if (text.kind !== 'full') {
    return (
      <Heading className="card__title">
        <Link href={href}>
          <WithReferences text={t(placeholderTitleKey(text.kind), { ref: recommendation.ref })} />
        </Link>
      </Heading>
    );
  }
  const languageName = new Intl.DisplayNames([locale], { type: 'language' }).of(recommendation.language) ?? recommendation.language;
  return (
    <>
      <Heading className="card__title" lang={text.lang}>
        <Link href={href}>{text.title}</Link> <TextStateTag text={text} stateKnown={recommendation.translationHumanChecked !== undefined} />
      </Heading>
      {text.original ? (
        <p className="muted">
          {t('recommendation.original', { language: languageName })}: <span lang={text.original.lang}>{text.original.title}</span>
        </p>
      ) : null}
    </>
  );
}
