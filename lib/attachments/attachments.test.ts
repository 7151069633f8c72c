/**
 * Position papers: what is accepted (PDF, DOCX, ODT by content, 3 files of 10 MB at most, only while the
 * item may be edited) and who may download what (the public view's rules; owner and coordinators always).
 * The routes are called as a browser would, with the caller chosen per test.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { attachments, recommendations } from '@/db/schema';
import type { CurrentUser } from '@/lib/auth/current-user';
import { createRecommendation } from '@/lib/recommendations/create-recommendation';
import { useDemoPeople, recommendationInput } from '@/test/demo-people';
import { exeBytes, PDF_BYTES, TEXT_BYTES } from '@/test/fixtures/papers';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { addAttachment } from './add-attachment';
import { MAX_ATTACHMENT_BYTES } from './limits';
import { hideAttachment } from './moderate';

const caller = vi.hoisted(() => ({ current: null as CurrentUser | null }));
vi.mock('@/lib/auth/current-user', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/current-user')>()),
  getCurrentUser: async () => caller.current,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const { GET } = await import('@/app/api/attachments/[id]/route');
const { POST } = await import('@/app/api/attachments/route');

const database = useTemporaryGlobalDatabase();
const people = useDemoPeople(database);
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'hled-attachments-'));
  process.env.ATTACHMENTS_DIR = folder;
});
afterAll(() => {
  delete process.env.ATTACHMENTS_DIR;
  rmSync(folder, { recursive: true, force: true });
});

function newItem(consent: 'name_and_organization' | 'without_name' | 'summary_only' | 'confidential' = 'name_and_organization') {
  const db = database.db();
  const created = db.transaction((tx) =>
    createRecommendation(tx, people.stakeholder!, recommendationInput({ consent }), { now: new Date(Date.now() - 3 * 86_400_000) }),
  );
  return db.select().from(recommendations).where(eq(recommendations.ref, created.ref)).get()!;
}
const download = (id: number | string) =>
  GET(new Request(`http://localhost/api/attachments/${id}`), { params: Promise.resolve({ id: String(id) }) });

describe('attaching files', () => {
  it('accepts a PDF, stores it under a random name with its SHA-256, and refuses a renamed program or a text file', async () => {
    const item = newItem();
    const { id } = await addAttachment(people.stakeholder!, item.ref, { name: '../../Position paper.pdf', bytes: PDF_BYTES });
    const row = database.db().select().from(attachments).where(eq(attachments.id, id)).get()!;
    expect(row).toMatchObject({ type: 'pdf', publicName: 'Position paper.pdf', size: PDF_BYTES.length });
    expect(row.storedName).toMatch(/^[0-9a-f]{32}$/);
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readdirSync(folder)).toContain(row.storedName);
    await expect(addAttachment(people.stakeholder!, item.ref, { name: 'report.pdf', bytes: exeBytes() })).rejects.toThrow('fileType');
    await expect(addAttachment(people.stakeholder!, item.ref, { name: 'report.pdf', bytes: TEXT_BYTES })).rejects.toThrow('fileType');
    await expect(addAttachment(people.stakeholder!, item.ref, { name: 'empty.pdf', bytes: new Uint8Array() })).rejects.toThrow('fileEmpty');
  });

  it('refuses an oversize file, a fourth file, another person’s item, and an item past editing, leaving no file behind', async () => {
    const item = newItem();
    const before = readdirSync(folder).length;
    const big = Buffer.concat([PDF_BYTES, Buffer.alloc(MAX_ATTACHMENT_BYTES)]);
    await expect(addAttachment(people.stakeholder!, item.ref, { name: 'big.pdf', bytes: big })).rejects.toThrow('fileTooLarge');
    for (let i = 0; i < 3; i += 1) await addAttachment(people.stakeholder!, item.ref, { name: `p${i}.pdf`, bytes: PDF_BYTES });
    await expect(addAttachment(people.stakeholder!, item.ref, { name: 'p4.pdf', bytes: PDF_BYTES })).rejects.toThrow('tooManyFiles');
    await expect(addAttachment(people.industry!, item.ref, { name: 'x.pdf', bytes: PDF_BYTES })).rejects.toThrow('notFound');
    database.db().update(recommendations).set({ status: 'under_review' }).where(eq(recommendations.id, item.id)).run();
    const other = newItem();
    database.db().update(recommendations).set({ status: 'under_review' }).where(eq(recommendations.id, other.id)).run();
    await expect(addAttachment(people.stakeholder!, other.ref, { name: 'x.pdf', bytes: PDF_BYTES })).rejects.toThrow('notEditable');
    expect(readdirSync(folder).length).toBe(before + 3);
  });
});

describe('the download route', () => {
  it('serves a public item’s file to anyone as a download that cannot run, and refuses it for a hidden item', async () => {
    const item = newItem();
    const { id } = await addAttachment(people.stakeholder!, item.ref, { name: 'Paper.pdf', bytes: PDF_BYTES });
    caller.current = null;
    const response = await download(id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="Paper.pdf"/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(Buffer.from(await response.arrayBuffer()).equals(PDF_BYTES)).toBe(true);

    database.db().update(recommendations).set({ status: 'hidden' }).where(eq(recommendations.id, item.id)).run();
    expect((await download(id)).status).toBe(404);
    caller.current = people.industry!;
    expect((await download(id)).status).toBe(404);
    // The submitter and the coordinators still reach it.
    caller.current = people.stakeholder!;
    expect((await download(id)).status).toBe(200);
    caller.current = people['coordinator.us']!;
    expect((await download(id)).status).toBe(200);
    caller.current = null;
  });

  it('never serves a confidential or summary-only item’s file, nor one a coordinator hid, to the public', async () => {
    for (const consent of ['confidential', 'summary_only'] as const) {
      const item = newItem(consent);
      const { id } = await addAttachment(people.stakeholder!, item.ref, { name: 'Paper.pdf', bytes: PDF_BYTES });
      expect((await download(id)).status).toBe(404);
    }
    const item = newItem();
    const { id } = await addAttachment(people.stakeholder!, item.ref, { name: 'Paper.pdf', bytes: PDF_BYTES });
    hideAttachment(people['coordinator.us']!, { ref: item.ref, attachmentId: id, reason: 'Contains a signature' });
    expect((await download(id)).status).toBe(404);
  });

  it('answers 404 to path traversal and malformed ids, never reading outside the folder', async () => {
    for (const id of ['../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', '1/../../x', '0', '-1', '1e3', 'abc', '99999999']) {
      expect((await download(id)).status, id).toBe(404);
    }
  });
});

describe('the upload route', () => {
  const upload = (body: BodyInit, headers: Record<string, string> = {}) =>
    POST(
      new Request('http://localhost/api/attachments', {
        method: 'POST',
        body,
        headers: { origin: 'http://localhost', host: 'localhost', ...headers },
      }),
    );
  const form = (ref: string, bytes: Uint8Array, name: string) => {
    const data = new FormData();
    data.set('ref', ref);
    data.set('file', new File([Uint8Array.from(bytes)], name, { type: 'application/pdf' }));
    return data;
  };

  it('attaches for the signed-in owner and explains a mislabelled file', async () => {
    const item = newItem();
    caller.current = people.stakeholder!;
    expect((await upload(form(item.ref, PDF_BYTES, 'a.pdf'))).status).toBe(201);
    const refused = await upload(form(item.ref, exeBytes(), 'setup.pdf'));
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({ error: 'fileType' });
    caller.current = null;
  });

  it('refuses anonymous callers, other sites and bodies over its own limit before reading them', async () => {
    const item = newItem();
    caller.current = null;
    expect((await upload(form(item.ref, PDF_BYTES, 'a.pdf'))).status).toBe(401);
    caller.current = people.stakeholder!;
    expect((await upload(form(item.ref, PDF_BYTES, 'a.pdf'), { origin: 'https://evil.example' })).status).toBe(403);
    const oversize = Buffer.concat([PDF_BYTES, Buffer.alloc(MAX_ATTACHMENT_BYTES + 100_000)]);
    const response = await upload(form(item.ref, oversize, 'big.pdf'));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'fileTooLarge' });
    caller.current = null;
  });
});
