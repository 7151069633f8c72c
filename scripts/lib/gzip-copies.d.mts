import type http from 'node:http';

export const MIN_BYTES: number;
export function acceptsGzip(header: string | string[] | undefined): boolean;
export function createGzipCopies(options?: { maxBytes?: number }): {
  stats: { made: number; reused: number; bytes: number };
  copyFor(req: http.IncomingMessage, res: http.ServerResponse, etag: string, body: string | Buffer): Buffer | null;
};
