/**
 * Similar recommendations for the triage page: the few open items that may be the same proposal as
 * the one a coordinator is reading, each with the words that matched, or none at all.
 *
 * How (measured on a labelled set from the record, lib/triage/similar.test.ts):
 * - each language version of the item (its text and each translation) is reduced to its telling words
 *   (lib/triage/similar-words.ts: no function words, none of the dialogue's own vocabulary, a light stem);
 * - at most MAX_SIMILAR_TERMS of them, title words first, are searched in recommendations_similar_fts,
 *   which holds every item with its translations, so an English item finds its Spanish twin; bm25 (a
 *   title word above a text word) picks CANDIDATES;
 * - a candidate's score is the share of one language version's telling words that the other item
 *   contains, each word weighed by how rare it is among all items and doubled in the title, taken both
 *   ways (the item's words in the candidate, the candidate's in the item) so that a short restatement
 *   and its longer original find each other from either page; fewer than MIN_SHARED_WORDS words in
 *   common, or a score below MIN_SCORE, and the page shows "no similar recommendations" rather than noise.
 */
import 'server-only';
import { and, eq, ne, notInArray, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { recommendations, recommendationTranslations } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { pillarScope } from '@/lib/auth/permissions';
import { stemmedWords } from './similar-words';

/** Words searched at most: each adds a list to merge, so this bounds one look-up's cost. */
export const MAX_SIMILAR_TERMS = 12;
/** Telling words of one language version that its score counts. */
const MAX_SCORED_TERMS = 12;
/** Candidates read from the index before scoring. */
const CANDIDATES = 10;
export const MAX_SHOWN = 3;
/** A candidate scoring less than this share of telling words in common is not shown. */
export const MIN_SCORE = 0.35;
/** One shared word, however rare, is a coincidence as often as a duplicate (a short item has few words). */
export const MIN_SHARED_WORDS = 2;
/** At or above this share, the match is called strong. */
export const STRONG_SCORE = 0.6;
const TITLE_WEIGHT = 2;
const MAX_REASON_WORDS = 5;

export type SimilarRecommendation = {
  ref: string;
  title: string;
  status: (typeof recommendations.$inferSelect)['status'];
  language: 'en' | 'es';
  score: number;
  band: 'strong' | 'possible';
  /** Words of the item being read that the suggestion shares, as written there... */
  sharedWords: string[];
  /** ...in this language (the item's own, or one of its translations). */
  sharedWordsLanguage: 'en' | 'es';
};

type Version = { language: 'en' | 'es'; title: string; body: string };
/** One language version's telling stems, title stems first, each with its weight and a word that shows it. */
type Telling = { stem: string; weight: number; word: string }[];

function versionsOf(recommendation: { id: number; language: 'en' | 'es'; title: string; body: string }): Version[] {
  const translations = getDb()
    .select({ language: recommendationTranslations.locale, title: recommendationTranslations.title, body: recommendationTranslations.body })
    .from(recommendationTranslations)
    .where(eq(recommendationTranslations.recommendationId, recommendation.id))
    .all();
  return [{ language: recommendation.language, title: recommendation.title, body: recommendation.body }, ...translations];
}

export function tellingWords(version: Omit<Version, 'language'>): Telling {
  const found = new Map<string, { stem: string; weight: number; word: string; count: number; order: number }>();
  for (const [weight, text] of [
    [TITLE_WEIGHT, version.title],
    [1, version.body],
  ] as const) {
    for (const { word, stem } of stemmedWords(text)) {
      const seen = found.get(stem);
      if (seen) seen.count++;
      else found.set(stem, { stem, weight, word, count: 1, order: found.size });
    }
  }
  return [...found.values()]
    .sort((a, b) => b.weight - a.weight || b.count - a.count || a.order - b.order)
    .map(({ stem, weight, word }) => ({ stem, weight, word }));
}

/** The stems to search: the versions' telling words taken in turn, best first. */
function searchStems(versions: Telling[]): string[] {
  const stems = new Set<string>();
  for (let i = 0; stems.size < MAX_SIMILAR_TERMS && versions.some((v) => i < v.length); i++) {
    for (const version of versions) if (version[i] && stems.size < MAX_SIMILAR_TERMS) stems.add(version[i]!.stem);
  }
  return [...stems];
}

/** Inverse document frequency of each stem (all words it begins), from the index's vocabulary. */
function rarity(stems: string[]): Map<string, number> {
  const client = getDb().$client;
  // The highest id stands for the number of items: exact enough for a weight, and read in constant time.
  const total = (client.prepare('select max(id) from recommendations').pluck().get() as number | null) ?? 0;
  const documents = client.prepare('select coalesce(sum(doc), 0) from recommendations_similar_vocab where term >= ? and term < ?').pluck();
  return new Map(
    stems.map((stem) => {
      const df = documents.get(stem, `${stem}\uffff`) as number;
      return [stem, Math.log(1 + (total - df + 0.5) / (df + 0.5))];
    }),
  );
}

/** An item's language versions, the telling words of each, and every stem it holds. */
type Described = { versions: Version[]; telling: Telling[]; stems: string[] };

function describeItem(recommendation: { id: number; language: 'en' | 'es'; title: string; body: string }): Described {
  const versions = versionsOf(recommendation);
  return {
    versions,
    telling: versions.map((v) => tellingWords(v).slice(0, MAX_SCORED_TERMS)),
    stems: versions.flatMap((v) => stemmedWords(`${v.title} ${v.body}`).map((w) => w.stem)),
  };
}

/**
 * The share of one item's weighted telling words that the other item's stems contain (a stem matches
 * the words it begins), in the language version where that share is highest.
 */
function coverage(item: Described, otherStems: string[], idf: Map<string, number>) {
  let best = { score: 0, words: [] as string[], language: item.versions[0]!.language };
  item.telling.forEach((version, index) => {
    let shared = 0;
    let whole = 0;
    const words: string[] = [];
    for (const { stem, weight, word } of version) {
      const mass = weight * (idf.get(stem) ?? 0);
      whole += mass;
      if (otherStems.some((theirs) => theirs.startsWith(stem))) {
        shared += mass;
        words.push(word);
      }
    }
    const score = whole > 0 ? shared / whole : 0;
    if (score > best.score) best = { score, words, language: item.versions[index]!.language };
  });
  return best;
}

const matchExpression = (stems: string[]) => stems.map((stem) => `"${stem}"*`).join(' OR ');

function candidatesFor(user: CurrentUser, recommendationId: number, stems: string[]) {
  const rank = sql`bm25(recommendations_similar_fts, ${TITLE_WEIGHT}, 1)`;
  return getDb()
    .select({
      id: recommendations.id,
      ref: recommendations.ref,
      title: recommendations.title,
      body: recommendations.body,
      status: recommendations.status,
      language: recommendations.language,
    })
    .from(recommendations)
    .innerJoin(sql`recommendations_similar_fts`, sql`recommendations_similar_fts.rowid = ${recommendations.id}`)
    .where(
      and(
        sql`recommendations_similar_fts match ${matchExpression(stems)}`,
        ne(recommendations.id, recommendationId),
        notInArray(recommendations.status, ['merged', 'hidden']),
        pillarScope(user),
      ),
    )
    .orderBy(rank)
    .limit(CANDIDATES)
    .all();
}

export function findSimilar(
  user: CurrentUser,
  recommendation: typeof recommendations.$inferSelect,
  { minScore = MIN_SCORE, shown = MAX_SHOWN }: { minScore?: number; shown?: number } = {},
): SimilarRecommendation[] {
  const own = describeItem(recommendation);
  const stems = searchStems(own.telling);
  if (stems.length === 0) return [];
  const candidates = candidatesFor(user, recommendation.id, stems);
  if (candidates.length === 0) return [];
  const theirs = candidates.map(describeItem);
  const idf = rarity([...new Set([own, ...theirs].flatMap((item) => item.telling.flat().map((t) => t.stem)))]);
  return candidates
    .map((candidate, index) => {
      // Duplicates hold each other's words: the shorter of two is judged by how much of it the longer holds.
      const ours = coverage(own, theirs[index]!.stems, idf);
      const reverse = coverage(theirs[index]!, own.stems, idf);
      const score = Math.max(ours.score, reverse.score);
      return {
        candidate,
        score,
        words: ours.words,
        language: ours.language,
        sharedCount: Math.min(ours.words.length, reverse.words.length),
      };
    })
    .filter(({ score, sharedCount }) => score >= minScore && sharedCount >= MIN_SHARED_WORDS)
    .sort((a, b) => b.score - a.score)
    .slice(0, shown)
    .map(({ candidate, score, words, language }) => ({
      ref: candidate.ref,
      title: candidate.title,
      status: candidate.status,
      language: candidate.language,
      score,
      band: score >= STRONG_SCORE ? ('strong' as const) : ('possible' as const),
      sharedWords: words.slice(0, MAX_REASON_WORDS),
      sharedWordsLanguage: language,
    }));
}
