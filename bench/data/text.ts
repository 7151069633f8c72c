/**
 * A recommendation's title, body and topics in both languages, drawn once from its own stream: the
 * original uses its language, a translation the other one.
 */
import type { Rng } from './prng';
import { ACTIONS, PLACES, QUALIFIERS, SENTENCES, SUBJECTS, TOPICS, type Pair } from './vocabulary';

export type Language = 'en' | 'es';
export type Text = { title: string; body: string; topics: string[] };
export type BilingualText = Record<Language, Text> & { subject: Pair; titleParts: [Pair, Pair, Pair] };

const LANGUAGE_INDEX: Record<Language, 0 | 1> = { en: 0, es: 1 };

function fill(template: string, values: { s: string; p: string; n: string; y: string }): string {
  return template.replace(/\{([spny])\}/g, (_, key: 's' | 'p' | 'n' | 'y') => values[key]);
}

/** 3 to 14 sentences: bodies of roughly 300 to 1,800 characters, most near 800. */
export function bilingualText(rng: Rng, pillarNumber: number): BilingualText {
  const subjects = SUBJECTS[pillarNumber - 1]!;
  const subject = rng.pick(subjects);
  const titleParts: [Pair, Pair, Pair] = [rng.pick(ACTIONS), subject, rng.pick(QUALIFIERS)];
  const sentenceCount = 3 + Math.min(11, Math.floor(rng.next() * rng.next() * 16));
  // Distinct sentences: a partial shuffle of the templates.
  const order = SENTENCES.map((_, i) => i);
  const sentences: { template: Pair; s: Pair; p: string; n: string; y: string }[] = [];
  for (let i = 0; i < sentenceCount; i++) {
    const j = rng.int(i, order.length - 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
    sentences.push({
      template: SENTENCES[order[i]!]!,
      s: rng.chance(0.6) ? subject : rng.pick(subjects),
      p: rng.pick(PLACES),
      n: String(rng.int(2, 95)),
      y: String(rng.int(2015, 2024)),
    });
  }
  const topicCount = rng.int(0, 4);
  const topics = new Set<Pair>();
  for (let i = 0; i < topicCount; i++) topics.add(rng.pick(TOPICS));

  const compose = (language: Language): Text => {
    const k = LANGUAGE_INDEX[language];
    const [action, object, qualifier] = titleParts;
    const paragraphs: string[] = [];
    let paragraph: string[] = [];
    for (const [i, s] of sentences.entries()) {
      const text = fill(s.template[k], { s: s.s[k], p: s.p, n: s.n, y: s.y });
      paragraph.push(paragraph.length === 0 ? capitalize(text) : text);
      if (paragraph.length >= 4 || i === sentences.length - 1) {
        paragraphs.push(paragraph.join(' '));
        paragraph = [];
      }
    }
    return {
      title: `${action[k]} ${object[k]} ${qualifier[k]}`,
      body: paragraphs.join('\n\n'),
      topics: [...topics].map((t) => t[k]),
    };
  };
  return { en: compose('en'), es: compose('es'), subject, titleParts };
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What a coordinator writes for a "summary only" recommendation, in both languages. */
export function publicSummary(text: BilingualText): Pair {
  const [action, object, qualifier] = text.titleParts;
  return [
    `The submitter recommends that the governments ${action[0].toLowerCase()} ${object[0]} ${qualifier[0]}.`,
    `Quien la presentó recomienda a los gobiernos ${action[1].toLowerCase()} ${object[1]} ${qualifier[1]}.`,
  ];
}
