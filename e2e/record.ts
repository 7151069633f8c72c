import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The seed record the server was started with, so journeys can name real pillars, initiatives and figures. */
function read<T>(name: string): T {
  return JSON.parse(readFileSync(path.join(__dirname, '..', 'db', 'seed', 'record', `${name}.json`), 'utf8')) as T;
}

type Bilingual = { en: string; es: string };
export const pillars = read<{ slug: string; number: number; title: Bilingual }[]>('pillars');
export const initiatives = read<{ slug: string; pillar: string; title: Bilingual }[]>('initiatives');
export const meetings = read<{ slug: string; date: string; title: Bilingual }[]>('meetings');
export const progress = read<
  { initiative: string; meeting: string; date: string; text: Bilingual; figure?: { value: number; unit: Bilingual } }[]
>('progress');
export const recommendations = read<{ ref: string; title: Bilingual; initiatives: { slug: string }[] }[]>('recommendations');
