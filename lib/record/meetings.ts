import 'server-only';
import { asc, desc, eq, inArray, lt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { agencies, initiativeLeads, initiatives, meetings, meetingSources, pillars, progressUpdates, sources } from '@/db/schema';
import { listProgress, sourceColumns, type ProgressEntry } from './initiatives';

export function listMeetings() {
  return getDb().select().from(meetings).orderBy(desc(meetings.date)).all();
}

export function latestMeeting() {
  return getDb().select().from(meetings).orderBy(desc(meetings.date)).limit(1).get() ?? null;
}

type InitiativeRef = Pick<typeof initiatives.$inferSelect, 'id' | 'slug' | 'titleEn' | 'titleEs'>;
export type LeadAgency = Pick<typeof agencies.$inferSelect, 'slug' | 'government' | 'acronym' | 'nameEn' | 'nameEs'>;
export type MeetingInitiative = { initiative: InitiativeRef; leads: LeadAgency[]; progress: ProgressEntry[] };
export type MeetingPillarSection = {
  pillar: typeof pillars.$inferSelect;
  initiatives: MeetingInitiative[];
};

/**
 * What a meeting reported: its progress updates grouped by pillar and initiative (each with its lead
 * agencies), the documents it cites, and the meeting before it (the period it covers starts there).
 */
export function getMeeting(slug: string) {
  const db = getDb();
  const meeting = db.select().from(meetings).where(eq(meetings.slug, slug)).get();
  if (!meeting) return null;
  const previous = db.select().from(meetings).where(lt(meetings.date, meeting.date)).orderBy(desc(meetings.date)).limit(1).get() ?? null;
  const cited = db
    .select(sourceColumns)
    .from(meetingSources)
    .innerJoin(sources, eq(sources.id, meetingSources.sourceId))
    .where(eq(meetingSources.meetingId, meeting.id))
    .orderBy(asc(sources.date))
    .all();
  return {
    meeting,
    previous,
    sources: cited,
    sections: groupByPillar(listProgress(eq(progressUpdates.meetingId, meeting.id))),
  };
}

function groupByPillar(progress: ProgressEntry[]): MeetingPillarSection[] {
  const db = getDb();
  const initiativeIds = [...new Set(progress.map((p) => p.initiativeId))];
  if (initiativeIds.length === 0) return [];
  const rows = db
    .select({
      initiative: { id: initiatives.id, slug: initiatives.slug, titleEn: initiatives.titleEn, titleEs: initiatives.titleEs },
      pillar: pillars,
    })
    .from(initiatives)
    .innerJoin(pillars, eq(pillars.id, initiatives.pillarId))
    .where(inArray(initiatives.id, initiativeIds))
    .orderBy(asc(pillars.number), asc(initiatives.titleEn))
    .all();
  const leads = leadsOf(initiativeIds);
  const sections: MeetingPillarSection[] = [];
  for (const { initiative, pillar } of rows) {
    let section = sections.find((s) => s.pillar.id === pillar.id);
    if (!section) {
      section = { pillar, initiatives: [] };
      sections.push(section);
    }
    section.initiatives.push({
      initiative,
      leads: leads.get(initiative.id) ?? [],
      progress: progress.filter((p) => p.initiativeId === initiative.id),
    });
  }
  return sections;
}

/** Each initiative's lead agencies, U.S. first, then by acronym. */
function leadsOf(initiativeIds: number[]): Map<number, LeadAgency[]> {
  const rows = getDb()
    .select({
      initiativeId: initiativeLeads.initiativeId,
      slug: agencies.slug,
      government: agencies.government,
      acronym: agencies.acronym,
      nameEn: agencies.nameEn,
      nameEs: agencies.nameEs,
    })
    .from(initiativeLeads)
    .innerJoin(agencies, eq(agencies.id, initiativeLeads.agencyId))
    .where(inArray(initiativeLeads.initiativeId, initiativeIds))
    .orderBy(desc(agencies.government), asc(agencies.acronym))
    .all();
  const result = new Map<number, LeadAgency[]>();
  for (const { initiativeId, ...agency } of rows) result.set(initiativeId, [...(result.get(initiativeId) ?? []), agency]);
  return result;
}
