/**
 * The attachments folder (db/file.ts): flat, every file under 32 random hex characters with no
 * extension, written to a temporary name and renamed, so a half-written file never has a real name.
 * The stored name is checked against its pattern before any path is built: nothing a request says
 * can point outside the folder.
 */
import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveAttachmentsFolder } from '@/db/file';

const STORED_NAME = /^[0-9a-f]{32}$/;

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function storedPath(storedName: string): string {
  if (!STORED_NAME.test(storedName)) throw new Error('not a stored attachment name');
  return path.join(resolveAttachmentsFolder(), storedName);
}

export function writeAttachmentFile(bytes: Uint8Array): string {
  const folder = resolveAttachmentsFolder();
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const storedName = randomBytes(16).toString('hex');
  const temporary = path.join(folder, `${storedName}.partial`);
  writeFileSync(temporary, bytes, { mode: 0o600, flush: true });
  renameSync(temporary, storedPath(storedName));
  return storedName;
}

export function readAttachmentFile(storedName: string): Buffer {
  return readFileSync(storedPath(storedName));
}

export function removeAttachmentFile(storedName: string): void {
  rmSync(storedPath(storedName), { force: true });
}
