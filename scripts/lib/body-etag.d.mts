import type http from 'node:http';

export function ifNoneMatchIncludes(header: string | string[] | undefined, etag: string): boolean;
export function tagWholeBody(req: http.IncomingMessage, res: http.ServerResponse): void;
