/**
 * Co-signing: only the person holding the invited address signs; only signatures with their own consent
 * are public; a signer follows the item's news and may withdraw.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { cosigners, notifications, outbox, recommendations } from '@/db/schema';
import { createRecommendation } from '@/lib/recommendations/create-recommendation';
import { changeStatus } from '@/lib/triage/change-status';
import { recommendationInput, useDemoPeople } from '@/test/demo-people';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { inviteCosigner, signAsCosigner, withdrawSignature } from './cosign';
import { listPublicSignatories } from './read';

const database = useTemporaryGlobalDatabase();
const people = useDemoPeople(database);

function newItem() {
  const db = database.db();
  const { ref } = db.transaction((tx) =>
    createRecommendation(tx, people.stakeholder!, recommendationInput(), { now: new Date(Date.now() - 3 * 86_400_000) }),
  );
  return db.select().from(recommendations).where(eq(recommendations.ref, ref)).get()!;
}
const invitationFor = (recommendationId: number) =>
  database.db().select().from(cosigners).where(eq(cosigners.recommendationId, recommendationId)).get()!;
const signing = (cosignerId: number, publicConsent: boolean) => ({
  cosignerId,
  organization: 'Borderlands Manufacturing Association',
  sector: 'private_sector' as const,
  country: 'us' as const,
  publicConsent,
});

describe('co-signing', () => {
  it('invites by e-mail, lets only that address sign, lists it publicly with consent, and lets the signer withdraw', async () => {
    const item = newItem();
    await inviteCosigner(people.stakeholder!, { ref: item.ref, email: 'industry@hled.example' });
    const invitation = invitationFor(item.id);
    const mail = database.db().select().from(outbox).where(eq(outbox.toAddress, 'industry@hled.example')).all();
    expect(mail.some((m) => m.subject.includes(item.ref))).toBe(true);

    expect(() => signAsCosigner(people['coordinator.us']!, signing(invitation.id, true))).toThrow('notFound');
    signAsCosigner(people.industry!, signing(invitation.id, true));
    expect(listPublicSignatories(item.id)).toEqual([
      { id: invitation.id, organization: 'Borderlands Manufacturing Association', sector: 'private_sector', country: 'us' },
    ]);
    expect(() => signAsCosigner(people.industry!, signing(invitation.id, true))).toThrow('alreadyCosigned');

    withdrawSignature(people.industry!, invitation.id);
    expect(listPublicSignatories(item.id)).toEqual([]);
    expect(() => withdrawSignature(people.industry!, invitation.id)).toThrow('notCosigned');
  });

  it('keeps a signature without consent off the public list, and refuses inviting oneself or another’s item', async () => {
    const item = newItem();
    await expect(inviteCosigner(people.stakeholder!, { ref: item.ref, email: 'stakeholder@hled.example' })).rejects.toThrow('cosignSelf');
    await expect(inviteCosigner(people.industry!, { ref: item.ref, email: 'someone@example.org' })).rejects.toThrow('notFound');
    await inviteCosigner(people.stakeholder!, { ref: item.ref, email: 'industry@hled.example' });
    signAsCosigner(people.industry!, signing(invitationFor(item.id).id, false));
    expect(listPublicSignatories(item.id)).toEqual([]);
  });

  it('tells a signer the item’s news, as it tells the submitter', async () => {
    const item = newItem();
    await inviteCosigner(people.stakeholder!, { ref: item.ref, email: 'industry@hled.example' });
    signAsCosigner(people.industry!, signing(invitationFor(item.id).id, true));
    await changeStatus(people['coordinator.us']!, { ref: item.ref, version: item.version, to: 'under_review' });
    const news = database.db().select().from(notifications).where(eq(notifications.recommendationId, item.id)).all();
    expect(
      news
        .filter((n) => n.kind === 'status_changed')
        .map((n) => n.userId)
        .sort(),
    ).toEqual([people.stakeholder!.id, people.industry!.id].sort());
  });
});
