import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { StatusBadge } from '@/components/StatusBadge';
import { WrittenText } from '@/components/WrittenText';
import { responseOf } from '@/lib/i18n/written-text';
import { showsStatusBadge } from '@/lib/public/history-display';
import { speaksFor } from '@/lib/auth/permissions';
import { Link } from '@/lib/i18n/navigation';
import { calendarDate, localized } from '@/lib/i18n/localized';
import type { Locale } from '@/lib/i18n/routing';
import { toRoman } from '@/lib/record/roman';
import { listAssignees } from '@/lib/triage/queue';
import { requireCoordinator } from '@/lib/auth/guards';
import { getTriageView, triageChoices } from '@/lib/triage/triage-view';
import { responsesInBothLanguagesRequired } from '@/lib/admin/settings';
import { allowedMoves, isClosed } from '@/lib/recommendations/lifecycle';
import { CheckTranslation } from '../CheckTranslation';
import { AssignForm } from './AssignForm';
import { ConfirmButton } from './ConfirmButton';
import { HideForm } from './HideForm';
import { LinkForm } from './LinkForm';
import { MergeForm } from './MergeForm';
import { NoteForm } from './NoteForm';
import { PapersPanel } from './PapersPanel';
import { PositionForm } from './PositionForm';
import { SummaryForm } from './SummaryForm';
import { UnlinkButton } from './UnlinkButton';
import { StatusForm } from './StatusForm';
import { TranslationPanel } from './TranslationPanel';
import { VersionProvider } from './version';
import { Ref } from '@/components/Reference';

type Props = { params: Promise<{ locale: Locale; ref: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ref } = await params;
  return { title: ref, robots: { index: false } };
}

/** One recommendation in the workspace: everything about it, and every action the caller may take. */
export default async function TriageRecommendationPage({ params }: Props) {
  const { locale, ref } = await params;
  setRequestLocale(locale);
  const user = await requireCoordinator(locale, `/${locale}/coordinate/${ref}`);
  const view = getTriageView(user, ref);
  if (!view) notFound();
  const { recommendation: r, pillar, submitter } = view;
  const t = await getTranslations();
  const format = await getFormatter();
  const choices = triageChoices(user);
  const initiativeOptions = choices.initiatives.map((i) => ({
    slug: i.slug,
    label: `${toRoman(i.pillarNumber)} · ${localized(i, 'title', locale)}`,
  }));
  const meetingOptions = choices.meetings.map((m) => ({
    slug: m.slug,
    label: `${format.dateTime(calendarDate(m.date), { dateStyle: 'medium', timeZone: 'UTC' })} · ${localized(m, 'title', locale)}`,
  }));
  const government = speaksFor(user);
  const open = !isClosed(r.status);
  const mayConfirm = r.pendingStatus !== null && government !== null && !view.confirmations.some((c) => c.government === government);
  const target = { reference: r.ref, version: r.version };

  return (
    <VersionProvider version={r.version}>
      <p className="eyebrow">
        <Link href="/coordinate">{t('triage.queueTitle')}</Link> · <Ref>{r.ref}</Ref> ·{' '}
        {t('pillar.label', { number: toRoman(pillar.number) })}
        {r.isSample ? <span className="tag"> {t('triage.sample')}</span> : null}
      </p>
      <h1 lang={r.language}>{r.title}</h1>
      <p>
        <StatusBadge status={r.status} />{' '}
        {r.pendingStatus ? (
          <span className="tag">
            {t('triage.pendingConfirmation', {
              status: t(`status.${r.pendingStatus}`),
              governments: view.confirmations.map((c) => c.government.toUpperCase()).join(', '),
            })}
          </span>
        ) : null}
        {view.mergedInto ? (
          <>
            {' '}
            {t('triage.mergedInto')}{' '}
            <Link href={`/coordinate/${view.mergedInto}`}>
              <Ref>{view.mergedInto}</Ref>
            </Link>
          </>
        ) : null}
      </p>

      <div className="two-columns">
        <section aria-labelledby="text-heading">
          <h2 id="text-heading">{t('triage.text')}</h2>
          <div className="prose" lang={r.language}>
            {r.body.split(/\n{2,}/).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
          {r.topics.length > 0 ? <p className="muted">{t('triage.topics', { topics: r.topics.join(', ') })}</p> : null}
        </section>

        <section aria-labelledby="submitter-heading" className="panel">
          <h2 id="submitter-heading">{t('triage.submitter')}</h2>
          <dl className="facts">
            <div>
              <dt>{t('triage.name')}</dt>
              <dd>{submitter ? `${submitter.name} <${submitter.email}>` : t('triage.noSubmitter')}</dd>
            </div>
            <div>
              <dt>{t('triage.organization')}</dt>
              <dd>
                {r.organization ?? '—'}
                {r.organizationIdentifier ? ` (${r.organizationIdentifier})` : ''}
              </dd>
            </div>
            <div>
              <dt>{t('triage.sectorCountry')}</dt>
              <dd>
                {t(`options.sector.${r.sector}`)} · {t(`options.country.${r.country}`)}
              </dd>
            </div>
            <div>
              <dt>{t('submit.funding')}</dt>
              <dd>{t(`options.funding.${r.fundingDeclaration}`)}</dd>
            </div>
            <div>
              <dt>{t('submit.consent')}</dt>
              <dd>{t(`options.consent.${r.consent}`)}</dd>
            </div>
            <div>
              <dt>{t('triage.submitted')}</dt>
              <dd>{format.dateTime(r.submittedAt, { dateStyle: 'long', timeStyle: 'short' })}</dd>
            </div>
          </dl>
        </section>
      </div>

      <TranslationPanel recommendation={r} locale={locale} />

      <section aria-labelledby="assign-heading">
        <h2 id="assign-heading">{t('triage.assignment')}</h2>
        <p>{view.assignee ? t('triage.assignedTo', { name: view.assignee.name }) : t('triage.unassigned')}</p>
        <AssignForm
          reference={r.ref}
          me={user.id}
          current={r.assigneeId}
          assignees={listAssignees().map((a) => ({ id: a.id, name: a.name }))}
        />
      </section>

      {mayConfirm ? (
        <section aria-labelledby="confirm-heading" className="panel">
          <h2 id="confirm-heading">{t('triage.confirmHeading')}</h2>
          <p>{t('triage.confirmIntro', { status: t(`status.${r.pendingStatus!}`) })}</p>
          <ConfirmButton {...target} />
        </section>
      ) : null}

      {open ? (
        <section aria-labelledby="status-heading" className="panel">
          <h2 id="status-heading">{t('triage.changeStatus')}</h2>
          <StatusForm
            {...target}
            initiatives={initiativeOptions}
            meetings={meetingOptions}
            bothLanguages={responsesInBothLanguagesRequired()}
            moves={allowedMoves(r.status).map((m) => ({ to: m.to, label: t(`status.${m.to}`), needsResponse: m.needsResponse }))}
          />
        </section>
      ) : null}

      <section aria-labelledby="links-heading">
        <h2 id="links-heading">{t('triage.links')}</h2>
        {view.links.length === 0 ? <p>{t('triage.noLinks')}</p> : null}
        <ul className="card-list">
          {view.links.map((link) => (
            <li key={link.slug} className="card">
              <h3 className="card__title">
                <Link href={`/initiatives/${link.slug}`}>{localized(link, 'title', locale)}</Link>
              </h3>
              <WrittenText written={{ en: link.explanationEn, es: link.explanationEs }} what="explanation" />
              <CheckTranslation
                target={{ text: 'explanation', ref: r.ref, initiative: link.slug }}
                written={{ en: link.explanationEn, es: link.explanationEs }}
                presumedOriginal={r.language}
                check={link.check}
              />
              {open ? (
                <UnlinkButton
                  {...target}
                  initiative={link.slug}
                  label={t('triage.unlink', { initiative: localized(link, 'title', locale) })}
                />
              ) : null}
            </li>
          ))}
        </ul>
        {open ? <LinkForm {...target} initiatives={initiativeOptions} /> : null}
      </section>

      {r.consent === 'summary_only' ? (
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">{t('triage.summaryHeading')}</h2>
          <p>{t('triage.summaryHint')}</p>
          <SummaryForm {...target} summaryEn={r.publicSummaryEn ?? ''} summaryEs={r.publicSummaryEs ?? ''} />
          <CheckTranslation
            target={{ text: 'public_summary', ref: r.ref }}
            written={{ en: r.publicSummaryEn, es: r.publicSummaryEs }}
            presumedOriginal={r.language}
            check={view.summaryCheck}
          />
        </section>
      ) : null}

      {government ? (
        <section aria-labelledby="position-heading">
          <h2 id="position-heading">{t('triage.positionHeading')}</h2>
          <ul>
            {view.positions.map((p) => (
              <li key={p.government}>
                {p.government.toUpperCase()}: {t(`triage.positions.${p.position}`)}{' '}
                <WrittenText written={{ en: p.noteEn, es: p.noteEs }} what="note" inline />
              </li>
            ))}
          </ul>
          <PositionForm reference={r.ref} government={government.toUpperCase()} />
        </section>
      ) : null}

      {open ? (
        <section aria-labelledby="merge-heading">
          <h2 id="merge-heading">{t('triage.duplicates')}</h2>
          <p>{view.similar.length === 0 ? t('similar.none') : t('similar.intro')}</p>
          <MergeForm
            {...target}
            suggestions={view.similar.map((s) => ({
              ref: s.ref,
              title: s.title,
              language: s.language,
              statusLabel: t(`status.${s.status}`),
              matchLabel: t(`similar.${s.band}`),
              sharedWords: s.sharedWords.join(', '),
              sharedWordsLanguage: s.sharedWordsLanguage,
            }))}
            sharedWordsLabel={t('similar.sharedWords')}
          />
        </section>
      ) : null}

      <section aria-labelledby="notes-heading">
        <h2 id="notes-heading">{t('triage.notes')}</h2>
        <ul className="notes">
          {view.notes.map(({ note, authorName }) => (
            <li key={note.id}>
              <p className="muted">
                {authorName ?? '—'} · {format.dateTime(note.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
              </p>
              <p>{note.body}</p>
            </li>
          ))}
        </ul>
        <NoteForm reference={r.ref} />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{t('triage.history')}</h2>
        <ol className="timeline">
          {view.history.map(({ event, actorName, check }) => (
            <li key={event.id} className="timeline__item">
              <p className="timeline__meta">
                <time dateTime={event.createdAt.toISOString()}>
                  {format.dateTime(event.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
                <span>{t(`historyKind.${event.kind}`)}</span>
                {event.toStatus && showsStatusBadge(event.kind) ? <StatusBadge status={event.toStatus} /> : null}
                <span className="muted">{actorName ?? t('triage.system')}</span>
                {!event.isPublic ? <span className="tag">{t('triage.internal')}</span> : null}
              </p>
              <WrittenText written={responseOf(event)} />
              {event.isPublic ? (
                <CheckTranslation
                  target={{ text: 'response', ref: r.ref, event: event.id }}
                  written={responseOf(event)}
                  presumedOriginal={r.language}
                  check={check}
                />
              ) : null}
              {event.internalReason ? <p className="muted">{t('triage.internalReason', { reason: event.internalReason })}</p> : null}
            </li>
          ))}
        </ol>
      </section>

      <PapersPanel recommendationId={r.id} reference={r.ref} />

      {open ? (
        <section aria-labelledby="hide-heading" className="panel">
          <h2 id="hide-heading">{t('triage.hideHeading')}</h2>
          <HideForm {...target} />
        </section>
      ) : null}
    </VersionProvider>
  );
}
