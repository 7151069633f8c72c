// @ts-check
/**
 * Compressed copies of the answers sent whole (stored pages, their RSC payloads), kept by ETag. Every browser
 * asks for gzip, and Next.js's compression middleware compresses every answer again, on every request: for a
 * 300 KB meeting fact sheet that is more CPU than everything else serving it costs. A stored page changes only
 * when it is replaced, and its ETag (a SHA-1 of its bytes, scripts/lib/body-etag.mjs) names its bytes exactly,
 * so its gzip copy is made once per version and sent as it is afterwards.
 *
 * The copy is sent with `Content-Encoding: gzip` already set, which Next's compression middleware passes on
 * untouched ("already encoded"); answers rendered per request are streamed and still compressed by it.
 * Copies are kept most recently used first, up to `maxBytes` in all; a page replaced or never asked for
 * again simply ages out.
 */
import { gzipSync } from 'node:zlib';

/** The compression middleware's threshold: smaller answers are sent as they are. */
export const MIN_BYTES = 1024;
const COMPRESSIBLE = /^\s*(text\/|application\/(json|javascript|xml|atom\+xml|rss\+xml|manifest\+json)|image\/svg\+xml)/i;

/** @param {string} entry an Accept-Encoding item, e.g. "gzip;q=0.8" */
function parse(entry) {
  const [name = '', ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase());
  const q = parameters.find((parameter) => parameter.startsWith('q='));
  const quality = q === undefined ? 1 : Number(q.slice(2));
  return { name, quality: Number.isFinite(quality) ? quality : 0 };
}

/**
 * Whether the request takes gzip, as the compression middleware (negotiator) would choose it: gzip, or `*`
 * when gzip is not named, with a quality above 0 and not below what it gives identity when it names that.
 * @param {string | string[] | undefined} header
 */
export function acceptsGzip(header) {
  if (!header) return false;
  const entries = (Array.isArray(header) ? header.join(',') : header).split(',').map(parse);
  const gzip = entries.find((entry) => entry.name === 'gzip') ?? entries.find((entry) => entry.name === '*');
  const identity = entries.find((entry) => entry.name === 'identity');
  return Boolean(gzip && gzip.quality > 0 && (!identity || gzip.quality >= identity.quality));
}

/** @param {import('node:http').ServerResponse} res */
function compressible(res) {
  if (res.getHeader('Content-Encoding') !== undefined) return false;
  if (/\bno-transform\b/i.test(String(res.getHeader('Cache-Control') ?? ''))) return false;
  return COMPRESSIBLE.test(String(res.getHeader('Content-Type') ?? ''));
}

/** @param {{ maxBytes?: number }} [options] */
export function createGzipCopies({ maxBytes = 32 * 1024 * 1024 } = {}) {
  /** @type {Map<string, Buffer>} */
  const copies = new Map();
  let bytes = 0;
  const stats = { made: 0, reused: 0, bytes: 0 };

  /** @param {string} etag @param {Buffer} copy */
  function keep(etag, copy) {
    if (copy.length > maxBytes) return;
    copies.set(etag, copy);
    bytes += copy.length;
    for (const [oldest, held] of copies) {
      if (bytes <= maxBytes) break;
      copies.delete(oldest);
      bytes -= held.length;
    }
    stats.bytes = bytes;
  }

  return {
    stats,
    /**
     * The gzip copy to send for this answer, made now if there is none yet; null when it goes as it is
     * (the request does not take gzip, the answer is small, already encoded, or not a compressible type).
     * @param {import('node:http').IncomingMessage} req
     * @param {import('node:http').ServerResponse} res
     * @param {string} etag the hash of `body` (body-etag.mjs)
     * @param {string | Buffer} body
     * @returns {Buffer | null}
     */
    copyFor(req, res, etag, body) {
      if (!acceptsGzip(req.headers['accept-encoding']) || !compressible(res)) return null;
      if (Buffer.byteLength(body) < MIN_BYTES) return null;
      const held = copies.get(etag);
      if (held) {
        // Most recently used last, so the oldest is evicted first.
        copies.delete(etag);
        copies.set(etag, held);
        stats.reused++;
        return held;
      }
      const copy = gzipSync(body);
      stats.made++;
      keep(etag, copy);
      return copy;
    },
  };
}
