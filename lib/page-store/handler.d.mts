/** Types of handler.mjs (plain JavaScript, loaded by Next.js at run time), for the code and tests that call it. */
export declare function lastExpiration(tags: string[]): number;
export declare function expireTags(tags: string[], at: number): void;
export declare function storeSize(): { pages: number; bytes: number };

export type StoredValue = { kind: string; status?: number; html?: string; rscData?: Buffer; headers?: Record<string, string> } & Record<
  string,
  unknown
>;

export default class PageStore {
  constructor(options?: unknown);
  get(
    key: string,
    ctx?: { kind?: string; tags?: string[]; softTags?: string[] },
  ): Promise<{ value: StoredValue; lastModified: number; cacheControl: unknown } | null>;
  set(key: string, value: StoredValue | null, ctx?: { tags?: string[]; cacheControl?: unknown; fetchCache?: boolean }): Promise<void>;
  revalidateTag(tags: string | string[], durations?: unknown): Promise<void>;
  resetRequestCache(): void;
}
