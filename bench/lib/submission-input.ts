/**
 * What the write test sends: the submission form's fields (lib/recommendations/schema.ts) as the browser's
 * server-action call encodes them, and the headers of that call.
 */
import { streamFor } from '../data/prng';
import { bilingualText } from '../data/text';

export type Submitter = { email: string; cookie: string; sector: string; country: string; locale: 'en' | 'es' };
export type Input = Record<string, string>;

/** Recommendations in both languages (the submitter's decides which is sent), spread over the pillars. */
export function submissionInputs(seed: number, pillarSlugs: string[], count: number): { en: Input; es: Input }[] {
  return Array.from({ length: count }, (_, i) => {
    const rng = streamFor(seed ^ 0xbe7c4, i);
    const pillarNumber = 1 + (i % pillarSlugs.length);
    const text = bilingualText(rng, pillarNumber);
    const consent = rng.pick(['name_and_organization', 'without_name', 'summary_only', 'confidential']);
    const input = (language: 'en' | 'es'): Input => ({
      title: text[language].title,
      body: text[language].body,
      pillar: pillarSlugs[pillarNumber - 1]!,
      topics: text[language].topics.join(', '),
      organization: '',
      organizationIdentifier: '',
      fundingDeclaration: 'none',
      language,
      consent,
    });
    return { en: input('en'), es: input('es') };
  });
}

export function actionHeaders(actionId: string, origin: string, cookie: string): Record<string, string> {
  return {
    'Next-Action': actionId,
    'Content-Type': 'text/plain;charset=UTF-8',
    Accept: 'text/x-component',
    Origin: origin,
    Cookie: cookie,
  };
}

/** The action's arguments as React's encodeReply sends plain JSON values: one argument, the form's values. */
export function actionBody(input: Input, submitter: Pick<Submitter, 'sector' | 'country'>): string {
  return JSON.stringify([{ ...input, sector: submitter.sector, country: submitter.country }]);
}
