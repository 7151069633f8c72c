/**
 * The bench's accounts: numbered stakeholders and a handful of coordinators, every one with a confirmed
 * e-mail address and the same password (one argon2 hash, computed once), so the runner can sign any of
 * them in.
 */
import type { COUNTRIES, SECTORS } from '../../db/schema';
import { streamFor } from './prng';
import { FIRST_NAMES, LAST_NAMES, ORGANIZATIONS, PLACES } from './vocabulary';

export const BENCH_PASSWORD = 'bench-password-2026';
export const BENCH_EMAIL_DOMAIN = 'bench.example';

/** Stakeholder number `n`, from 1. */
export function stakeholderEmail(n: number): string {
  return `stakeholder.${String(n).padStart(5, '0')}@${BENCH_EMAIL_DOMAIN}`;
}

export const STAFF = {
  coordinatorUs: { email: `coordinator.us@${BENCH_EMAIL_DOMAIN}`, name: 'Bench U.S. Coordinator', role: 'coordinator', government: 'us', allPillars: true, pillars: [] },
  coordinatorMx: { email: `coordinator.mx@${BENCH_EMAIL_DOMAIN}`, name: 'Coordinación México (bench)', role: 'coordinator', government: 'mx', allPillars: true, pillars: [] },
  // A coordinator scoped to one pillar, for measuring the queue of a scoped coordinator.
  coordinatorPillar4: { email: `coordinator.pillar4@${BENCH_EMAIL_DOMAIN}`, name: 'Bench Pillar IV Coordinator', role: 'coordinator', government: 'us', allPillars: false, pillars: [4] },
  admin: { email: `admin@${BENCH_EMAIL_DOMAIN}`, name: 'Bench Administrator', role: 'admin', government: null, allPillars: true, pillars: [] },
} as const;

export type Sector = (typeof SECTORS)[number];
export type Country = (typeof COUNTRIES)[number];

export type StakeholderRow = {
  email: string;
  name: string;
  organization: string | null;
  sector: Sector;
  country: Country;
  preferredLocale: 'en' | 'es';
  createdAt: number;
};

const SECTOR_WEIGHTS: Readonly<Record<Sector, number>> = { civil_society: 20, private_sector: 30, academia: 15, labor: 8, ngo: 12, individual: 10, other: 5 };
const DAY = 86_400_000;

export function stakeholderRow(seed: number, n: number, windowStart: number): StakeholderRow {
  const rng = streamFor(seed ^ 0x51ed27, n);
  const country = rng.weighted<Country>({ us: 45, mx: 45, other: 10 });
  const spanish = country === 'mx' ? rng.chance(0.92) : country === 'us' ? rng.chance(0.08) : rng.chance(0.5);
  const sector = rng.weighted(SECTOR_WEIGHTS);
  const patterns = ORGANIZATIONS[sector];
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  return {
    email: stakeholderEmail(n),
    name: spanish ? `${first} ${last} ${rng.pick(LAST_NAMES)}` : `${first} ${last}`,
    organization: patterns ? rng.pick(patterns).replace('{p}', rng.pick(PLACES)) : null,
    sector,
    country,
    preferredLocale: spanish ? 'es' : 'en',
    createdAt: windowStart - rng.int(1, 200) * DAY,
  };
}

/** A tax identifier some organizations give (never public): a Mexican RFC or a U.S. EIN. */
export function organizationIdentifier(seed: number, n: number, country: Country): string {
  const rng = streamFor(seed ^ 0x2e1f, n);
  if (country === 'mx') {
    const letters = Array.from({ length: 3 }, () => String.fromCharCode(65 + rng.int(0, 25))).join('');
    return `${letters}${String(rng.int(0, 999999)).padStart(6, '0')}${String.fromCharCode(65 + rng.int(0, 25))}${rng.int(10, 99)}`;
  }
  return `${rng.int(10, 99)}-${String(rng.int(0, 9999999)).padStart(7, '0')}`;
}
