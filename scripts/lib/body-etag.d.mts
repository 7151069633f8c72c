import type http from 'node:http';
import type { createGzipCopies } from './gzip-copies.mjs';

export function ifNoneMatchIncludes(header: string | string[] | undefined, etag: string): boolean;
export function tagWholeBody(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  options?: { gzipCopies?: ReturnType<typeof createGzipCopies> },
): void;
