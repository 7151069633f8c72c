/** Types of purge.mjs (plain JavaScript, loaded by Next.js at run time with the page store). */
export declare function addressesOfTags(tags: string[]): string[];
export declare function purgeSharedCache(tags: string[], env?: Record<string, string | undefined>): Promise<void>;
