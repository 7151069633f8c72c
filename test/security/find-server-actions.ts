import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SOURCE = /\.(?:ts|tsx|js|mjs)$/;
/** A module directive is the file's first statement: only comments and blank space may come before it. */
const USE_SERVER_FIRST = /^(?:\s+|\/\/[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*(['"])use server\1/;

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(full);
    else if (SOURCE.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield full;
  }
}

/** Every file under lib/ and app/ that is a server-action module ('use server' as its first statement), relative to the project. */
export function serverActionFiles(): string[] {
  return ['lib', 'app']
    .flatMap((dir) => [...sourceFiles(path.join(ROOT, dir))])
    .filter((file) => USE_SERVER_FIRST.test(readFileSync(file, 'utf8')))
    .map((file) => path.relative(ROOT, file).split(path.sep).join('/'))
    .sort();
}

/** Files that declare a server action inside a function ('use server' further down): this test could not enumerate those. */
export function inlineServerActionFiles(): string[] {
  return ['lib', 'app']
    .flatMap((dir) => [...sourceFiles(path.join(ROOT, dir))])
    .filter((file) => {
      const text = readFileSync(file, 'utf8');
      // A directive stands alone on its line; a mention in a comment or a string does not.
      return /^\s*(['"])use server\1;?\s*$/m.test(text) && !USE_SERVER_FIRST.test(text);
    })
    .map((file) => path.relative(ROOT, file).split(path.sep).join('/'));
}

export type FoundAction = { name: string; file: string; action: (input?: unknown) => Promise<unknown> };

/** Imports each server-action module and collects every exported function: each is a public POST endpoint. */
export async function findServerActions(): Promise<FoundAction[]> {
  const found: FoundAction[] = [];
  for (const file of serverActionFiles()) {
    const module = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (typeof value === 'function') found.push({ name, file, action: value as FoundAction['action'] });
    }
  }
  return found;
}
