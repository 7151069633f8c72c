/**
 * The clamd path, against a local stand-in that speaks clamd's INSTREAM protocol over a Unix socket:
 * it reads "zINSTREAM\0", then length-prefixed chunks until a zero length, and answers like clamd
 * ("stream: OK" or "stream: Eicar-Test-Signature FOUND"). An upload is accepted only on a clean answer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecommendation } from '@/lib/recommendations/create-recommendation';
import { recommendationInput, useDemoPeople } from '@/test/demo-people';
import { EICAR, PDF_BYTES } from '@/test/fixtures/papers';
import { useTemporaryGlobalDatabase } from '@/test/global-database';
import { addAttachment } from './add-attachment';
import { scanWithClamd } from './clamd';

/** Reads one INSTREAM request and returns the bytes streamed, or null if the framing is wrong. */
function readInstream(buffer: Buffer): Buffer | null {
  const command = 'zINSTREAM\0';
  if (buffer.subarray(0, command.length).toString('latin1') !== command) return null;
  const parts: Buffer[] = [];
  let offset = command.length;
  while (offset + 4 <= buffer.length) {
    const size = buffer.readUInt32BE(offset);
    offset += 4;
    if (size === 0) return Buffer.concat(parts);
    parts.push(buffer.subarray(offset, offset + size));
    offset += size;
  }
  return null;
}

function startStandIn(socketPath: string, received: Buffer[]) {
  const server = net.createServer((socket) => {
    let data = Buffer.alloc(0);
    socket.on('data', (chunk) => {
      data = Buffer.concat([data, chunk]);
      const streamed = readInstream(data);
      if (!streamed) return;
      received.push(streamed);
      socket.end(streamed.includes(EICAR) ? 'stream: Eicar-Test-Signature FOUND\0' : 'stream: OK\0');
    });
  });
  return new Promise<net.Server>((resolve) => server.listen(socketPath, () => resolve(server)));
}

const database = useTemporaryGlobalDatabase();
const people = useDemoPeople(database);
let dir: string;
let server: net.Server;
const received: Buffer[] = [];
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hled-clamd-'));
  server = await startStandIn(path.join(dir, 'clamd.sock'), received);
  process.env.ATTACHMENTS_DIR = path.join(dir, 'files');
});
afterAll(async () => {
  delete process.env.ATTACHMENTS_DIR;
  delete process.env.CLAMD_SOCKET;
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

function newRef() {
  return database
    .db()
    .transaction((tx) =>
      createRecommendation(tx, people.stakeholder!, recommendationInput(), { now: new Date(Date.now() - 3 * 86_400_000) }),
    ).ref;
}

describe('scanning with clamd', () => {
  it('streams the whole file in chunks and reads the verdict', async () => {
    const big = Buffer.concat([PDF_BYTES, Buffer.alloc(200_000, 7)]);
    expect(await scanWithClamd(big, { path: path.join(dir, 'clamd.sock') })).toEqual({ verdict: 'clean' });
    expect(received.at(-1)!.equals(big)).toBe(true);
    expect(await scanWithClamd(EICAR, { path: path.join(dir, 'clamd.sock') })).toEqual({
      verdict: 'infected',
      signature: 'Eicar-Test-Signature',
    });
    expect(await scanWithClamd(PDF_BYTES, { path: path.join(dir, 'nobody-listens.sock') })).toEqual({ verdict: 'unavailable' });
  });

  it('accepts a clean upload, refuses an infected one, and refuses everything when the configured scanner is down', async () => {
    process.env.CLAMD_SOCKET = path.join(dir, 'clamd.sock');
    const ref = newRef();
    await expect(addAttachment(people.stakeholder!, ref, { name: 'clean.pdf', bytes: PDF_BYTES })).resolves.toMatchObject({
      id: expect.any(Number),
    });
    // A PDF carrying the test signature: the right type, so only the scanner can refuse it.
    const infected = Buffer.concat([PDF_BYTES, EICAR]);
    await expect(addAttachment(people.stakeholder!, ref, { name: 'infected.pdf', bytes: infected })).rejects.toThrow('fileInfected');
    process.env.CLAMD_SOCKET = path.join(dir, 'nobody-listens.sock');
    await expect(addAttachment(people.stakeholder!, ref, { name: 'clean.pdf', bytes: PDF_BYTES })).rejects.toThrow('scannerUnavailable');
    delete process.env.CLAMD_SOCKET;
  });
});
