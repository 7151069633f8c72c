// Checks one seed file against its format: `npx tsx db/seed/check-file.ts <kind> <file.json>`,
// kind being sources, agencies, pillars, meetings, initiatives, progress, recommendations or corrections.
// Cross-references between files are checked when the whole record is read (read-record.ts).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import {
  agencySeed,
  correctionSeed,
  initiativeSeed,
  meetingSeed,
  pillarSeed,
  progressSeed,
  recommendationSeed,
  sourceSeed,
} from './format';

const kinds = {
  sources: sourceSeed,
  agencies: agencySeed,
  pillars: pillarSeed,
  meetings: meetingSeed,
  initiatives: initiativeSeed,
  progress: progressSeed,
  recommendations: recommendationSeed,
  corrections: correctionSeed,
} as const;

const [kind, file] = process.argv.slice(2);
if (!kind || !file || !(kind in kinds)) {
  console.error(`usage: check-file.ts <${Object.keys(kinds).join('|')}> <file.json>`);
  process.exit(2);
}
const result = z.array(kinds[kind as keyof typeof kinds]).safeParse(JSON.parse(readFileSync(file, 'utf8')));
if (!result.success) {
  for (const issue of result.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
  process.exit(1);
}
console.log(`${file}: ${result.data.length} valid ${kind} items`);
