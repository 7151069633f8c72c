// @ts-check
/**
 * Purging replaced pages from a shared cache in front of the app (nginx with its cache purge module, as
 * docs/deploy.md configures it), so that a hidden or taken-down item is gone from the shared cache too
 * before the action that removed it answers. Set SHARED_CACHE_PURGE_URL to where that cache accepts
 * PURGE requests (e.g. http://127.0.0.1:8081); unset, nothing is sent.
 *
 * The page store calls this with the cache tags an action expired. A tag that names one address
 * (`_N_T_/en/recommendations/HLED-2026-0042`, from revalidatePath) is purged, with the same item's API
 * answer; tags that name a route or layout (`_N_T_/[locale]/layout`) name no address a cache knows, and
 * such pages leave the shared cache at the end of their s-maxage.
 */
import http from 'node:http';
import https from 'node:https';

const IMPLICIT_TAG = '_N_T_';
const RECOMMENDATION_PAGE = /^\/(?:en|es)\/recommendations\/([^/]+)$/;
const TIMEOUT_MS = 2000;

/** @param {string[]} tags */
export function addressesOfTags(tags) {
  const paths = new Set();
  for (const tag of tags) {
    if (!tag.startsWith(`${IMPLICIT_TAG}/`)) continue;
    const path = tag.slice(IMPLICIT_TAG.length);
    if (path.includes('[') || /\/(?:layout|page|route)$/.test(path)) continue;
    paths.add(path);
    const ref = RECOMMENDATION_PAGE.exec(path)?.[1];
    if (ref) paths.add(`/api/v1/recommendations/${ref}`);
  }
  return [...paths];
}

/** @param {URL} base @param {string} host @param {string} path @returns {Promise<number | string>} */
function purge(base, host, path) {
  const client = base.protocol === 'https:' ? https : http;
  return new Promise((resolve) => {
    const request = client.request(base, { method: 'PURGE', path, headers: { host }, timeout: TIMEOUT_MS }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', (error) => resolve(error.message));
    request.end();
  });
}

/**
 * Purges the addresses these tags name. A 404 means the cache held no copy; anything else that is not a
 * success is logged, since the page may stay in the shared cache until its s-maxage ends.
 * @param {string[]} tags
 * @param {Record<string, string | undefined>} [env]
 */
export async function purgeSharedCache(tags, env = process.env) {
  const target = env.SHARED_CACHE_PURGE_URL?.trim();
  if (!target) return;
  const site = (env.APP_URL || env.NEXTAUTH_URL || '').trim();
  const host = site ? new URL(site).host : new URL(target).host;
  const base = new URL(target);
  const paths = addressesOfTags(tags);
  const results = await Promise.all(paths.map((path) => purge(base, host, path)));
  const failed = paths.filter((_, i) => !(results[i] === 200 || results[i] === 404));
  if (failed.length > 0) {
    console.error(
      JSON.stringify({
        time: new Date().toISOString(),
        event: 'cache.purge_failed',
        paths: failed.slice(0, 20),
        results: results.filter((r) => r !== 200 && r !== 404).slice(0, 5),
      }),
    );
  }
}
