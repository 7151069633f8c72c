/**
 * The repository's own source files, read from git (so build output and node_modules never count), and
 * their imports resolved to repository paths: what the architecture tests walk.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..', '..');

export function trackedFiles(): string[] {
  return execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((file) => file && existsSync(path.join(root, file)));
}

export const isCode = (file: string) => /\.(ts|tsx|mts|mjs)$/.test(file) && !file.endsWith('.d.ts') && !file.endsWith('.d.mts');
export const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file.startsWith('test/') || file.startsWith('e2e/');

export function read(file: string): string {
  return readFileSync(path.join(root, file), 'utf8');
}

export type Import = { specifier: string; typeOnly: boolean };

/** Static imports and re-exports of a module (dynamic imports are not followed). */
export function importsOf(source: string): Import[] {
  const found: Import[] = [];
  const pattern = /^\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(pattern)) found.push({ specifier: match[3]!, typeOnly: Boolean(match[2]) });
  return found;
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.mjs', '/index.ts', '/index.tsx'];

/** The repository file an import names, or null for a package. */
export function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('.')) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (/\.\w+$/.test(candidate) && existsSync(path.join(root, candidate))) return candidate;
  }
  return null;
}

export const startsWithDirective = (source: string, directive: 'use client' | 'use server') =>
  new RegExp(`^(?:\\s|//[^\\n]*\\n|/\\*[\\s\\S]*?\\*/)*['"]${directive}['"]`).test(source);
