const NUMERALS = ['I', 'II', 'III', 'IV'] as const;

/** Pillars are numbered I to IV in every source document. */
export function toRoman(pillarNumber: number): string {
  return NUMERALS[pillarNumber - 1] ?? String(pillarNumber);
}
