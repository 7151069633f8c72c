import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';
import type { Locale } from '@/lib/i18n/routing';
import { siteContacts } from '@/lib/public/site-contact';

type Section = Record<string, string>;

/**
 * The links a notice's sentences may hold, as rich-text tags: the contact mailboxes, and pages of the site.
 * The account and the form are in the signed-in part of the site, whose pages have a policy of their own:
 * they are reached by a full page load (plain <a>), never a client-side navigation from a public page.
 */
export function legalTags(locale: Locale) {
  const contacts = siteContacts();
  return {
    privacyMail: (chunks: ReactNode) => <a href={`mailto:${contacts.privacyEmail}`}>{chunks}</a>,
    accessibilityMail: (chunks: ReactNode) => <a href={`mailto:${contacts.accessibilityEmail}`}>{chunks}</a>,
    account: (chunks: ReactNode) => <a href={`/${locale}/account`}>{chunks}</a>,
    submit: (chunks: ReactNode) => <a href={`/${locale}/submit`}>{chunks}</a>,
    privacy: (chunks: ReactNode) => <Link href="/privacy">{chunks}</Link>,
    accessibility: (chunks: ReactNode) => <Link href="/accessibility">{chunks}</Link>,
    contact: (chunks: ReactNode) => <Link href="/contact">{chunks}</Link>,
    privacyEmail: contacts.privacyEmail,
    accessibilityEmail: contacts.accessibilityEmail,
  };
}

/** Consecutive keys that are not a heading or a paragraph (`p1`, `p2`…) form one list. */
function blocks(section: Section): ({ kind: 'p'; key: string } | { kind: 'ul'; keys: string[] })[] {
  const out: ({ kind: 'p'; key: string } | { kind: 'ul'; keys: string[] })[] = [];
  for (const key of Object.keys(section)) {
    if (key === 'heading') continue;
    if (/^p\d+$/.test(key)) out.push({ kind: 'p', key });
    else {
      const last = out.at(-1);
      if (last?.kind === 'ul') last.keys.push(key);
      else out.push({ kind: 'ul', keys: [key] });
    }
  }
  return out;
}

type Props = {
  namespace: 'privacy' | 'accessibility';
  locale: Locale;
  /** Content placed at the end of a section, by the section's key (e.g. the offices under "who is responsible"). */
  extra?: Record<string, ReactNode>;
};

/**
 * A long public notice (the privacy notice, the accessibility statement) written in the messages as
 * numbered sections of paragraphs and lists, so both languages keep the same structure: a table of
 * contents, then each section under its own heading and anchor.
 */
export async function LegalText({ namespace, locale, extra = {} }: Props) {
  const t = await getTranslations({ locale, namespace });
  const sections = t.raw('sections') as Record<string, Section>;
  const tags = legalTags(locale);
  const rich = (key: string) => t.rich(key as 'intro', tags);
  return (
    <>
      <nav aria-labelledby={`${namespace}-contents`} className="panel">
        <h2 id={`${namespace}-contents`}>{t('contents')}</h2>
        <ol>
          {Object.keys(sections).map((name) => (
            <li key={name}>
              <a href={`#${namespace}-${name}`}>{t(`sections.${name}.heading` as 'intro')}</a>
            </li>
          ))}
        </ol>
      </nav>
      {Object.entries(sections).map(([name, section]) => (
        <section key={name} aria-labelledby={`${namespace}-${name}`}>
          <h2 id={`${namespace}-${name}`}>{t(`sections.${name}.heading` as 'intro')}</h2>
          {blocks(section).map((block) =>
            block.kind === 'p' ? (
              <p key={block.key}>{rich(`sections.${name}.${block.key}`)}</p>
            ) : (
              <ul key={block.keys[0]}>
                {block.keys.map((key) => (
                  <li key={key}>{rich(`sections.${name}.${key}`)}</li>
                ))}
              </ul>
            ),
          )}
          {extra[name] ?? null}
        </section>
      ))}
    </>
  );
}
