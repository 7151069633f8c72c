/**
 * The register's "co-signed by organizations from both countries" filter: among the submitter's
 * organization and the co-signers who signed and agreed to be listed, one from the US and one from Mexico.
 */
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { cosigners, publicRecommendations } from '@/db/schema';
import { seedDemoData } from '@/lib/accounts/demo-seed';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { searchRegister, type RegisterPage } from './register';
import { parseRegisterFiltersLenient, parseRegisterFiltersStrict, registerQuery } from './register-filters';

const database = useTemporaryGlobalDatabase();
type Item = { id: number; ref: string };
let us: Item[];
let mx: Item[];

beforeAll(async () => {
  const db = database.db();
  await seedDemoData(db);
  db.delete(cosigners).run();
  const publicFrom = (country: 'us' | 'mx') =>
    db
      .select({ id: publicRecommendations.id, ref: publicRecommendations.ref })
      .from(publicRecommendations)
      .where(eq(publicRecommendations.country, country))
      .orderBy(publicRecommendations.id)
      .all();
  us = publicFrom('us');
  mx = publicFrom('mx');
  expect(us.length).toBeGreaterThanOrEqual(3);
  expect(mx.length).toBeGreaterThanOrEqual(2);
});

let next = 0;
function cosign(item: Item, country: 'us' | 'mx', state: 'invited' | 'signed' | 'withdrawn' = 'signed', publicConsent = true) {
  next += 1;
  return database
    .db()
    .insert(cosigners)
    .values({
      recommendationId: item.id,
      email: `cosigner.${next}@example.org`,
      state,
      organization: state === 'invited' ? null : `Organización ${next}`,
      sector: state === 'invited' ? null : 'academia',
      country: state === 'invited' ? null : country,
      publicConsent,
      signedAt: state === 'invited' ? null : new Date(),
      withdrawnAt: state === 'withdrawn' ? new Date() : null,
    })
    .returning({ id: cosigners.id })
    .get().id;
}

function page(query: string): RegisterPage {
  const result = searchRegister(parseRegisterFiltersLenient(new URLSearchParams(query)));
  if ('unknown' in result) throw new Error(`unknown ${result.unknown}`);
  return result;
}
const refs = (result: RegisterPage) => result.items.map((item) => item.ref).sort();

describe('co-signed by organizations from both countries', () => {
  it('finds an item co-signed across the border, and not one co-signed only from its own country or by signatures that do not count', () => {
    const [acrossFromUs, ownCountry, invitedOnly] = us as [Item, Item, Item];
    const [acrossFromMx, notListed] = mx as [Item, Item];
    // Counted before the co-signatures exist, so the filter's answer must not come from that cache.
    expect(page('cosigned=both').total).toBe(0);

    cosign(acrossFromUs, 'mx');
    cosign(acrossFromMx, 'us');
    cosign(ownCountry, 'us');
    cosign(invitedOnly, 'mx', 'invited');
    cosign(notListed, 'us', 'withdrawn');
    cosign(notListed, 'us', 'signed', false);

    const result = page('cosigned=both');
    expect(refs(result)).toEqual([acrossFromUs.ref, acrossFromMx.ref].sort());
    expect(result.total).toBe(2);
    expect(result.facets.country).toEqual({ us: 1, mx: 1 });
    // It narrows the other filters, and they it.
    expect(refs(page('cosigned=both&country=mx'))).toEqual([acrossFromMx.ref]);
  });

  it('drops an item once its only signature from the other country is withdrawn', () => {
    const item = us[2]!;
    const id = cosign(item, 'mx');
    expect(refs(page('cosigned=both'))).toContain(item.ref);
    database.db().update(cosigners).set({ state: 'withdrawn', withdrawnAt: new Date() }).where(eq(cosigners.id, id)).run();
    expect(refs(page('cosigned=both'))).not.toContain(item.ref);
  });

  it('is a parameter of links and of the API, which names a value it does not know', () => {
    expect(parseRegisterFiltersLenient(new URLSearchParams('cosigned=both')).cosigned).toBe('both');
    expect(parseRegisterFiltersLenient(new URLSearchParams('cosigned=yes')).cosigned).toBeUndefined();
    expect(registerQuery({ cosigned: 'both', sort: 'newest', page: 1 })).toBe('?cosigned=both');
    const strict = parseRegisterFiltersStrict(new URLSearchParams('cosigned=yes'));
    expect(strict).toMatchObject({ ok: false, problems: [{ parameter: 'cosigned' }] });
  });
});
