// @ts-check
/**
 * ETags for answers sent whole (stored pages and other prerendered HTML), so that a browser that already
 * holds a page gets a 304 instead of the page again. Next.js can do this itself (`generateEtags`), but it
 * hashes the page in JavaScript on every request: about 1 ms of CPU for a 168 KB meeting fact sheet, a
 * quarter of what serving it costs (a CPU profile of the server under load). Here the hash is SHA-1 in
 * native code (0.1 ms for the same page), and next.config.js turns Next's own off.
 *
 * Only an answer that Next.js hands over in one `res.end(body)` is tagged: a 200 to a GET, without an ETag
 * of its own (the API sets its own) and that a cache may keep (no `private`, no `no-store`). Streamed
 * answers (pages rendered per request, signed-in pages, route handlers) write before they end and are
 * never tagged. The tag is a hash of the bytes before compression, so it is the same with or without gzip,
 * and it names the bytes of the gzip copy kept for the page (scripts/lib/gzip-copies.mjs).
 *
 * Next.js's compression replaces `res.end` after this module has seen the response; `res.end` is therefore
 * an accessor here, so that whatever `end` is installed last, the page's own bytes pass through the tag first.
 */
import { createHash } from 'node:crypto';

/** @param {string | string[] | undefined} header @param {string} etag weak comparison (RFC 9110 13.1.2) */
export function ifNoneMatchIncludes(header, etag) {
  if (!header) return false;
  const list = (Array.isArray(header) ? header.join(',') : header).split(',').map((tag) => tag.trim());
  const bare = (/** @type {string} */ tag) => tag.replace(/^W\//, '');
  return list.some((tag) => tag === '*' || bare(tag) === bare(etag));
}

/** @param {import('node:http').ServerResponse} res */
function mayBeStored(res) {
  const cacheControl = String(res.getHeader('Cache-Control') ?? '');
  return !/\b(private|no-store)\b/i.test(cacheControl);
}

/** @param {import('node:http').ServerResponse} res */
function varyOnEncoding(res) {
  const vary = String(res.getHeader('Vary') ?? '');
  if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary)) res.setHeader('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
}

/**
 * Tags this response if it turns out to be sent whole; answers 304 when the request already holds it, and
 * sends the page's kept gzip copy when there is one to send (scripts/lib/gzip-copies.mjs).
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {{ gzipCopies?: ReturnType<typeof import('./gzip-copies.mjs').createGzipCopies> }} [options]
 */
export function tagWholeBody(req, res, { gzipCopies } = {}) {
  if (req.method !== 'GET') return;
  let seen = false;
  /** @type {(...args: any[]) => any} */
  let installed = res.end;
  // Each read of `res.end` wraps the `end` installed at that moment: the compression middleware keeps the
  // one it read and calls it from its own `end`, so a single wrapper calling the latest would call itself.
  const tagging = (/** @type {(...args: any[]) => any} */ end) =>
    function (/** @type {any} */ body, /** @type {any[]} */ ...rest) {
      if (seen) return end.call(res, body, ...rest);
      seen = true;
      const whole = (typeof body === 'string' || Buffer.isBuffer(body)) && body.length > 0 && !res.headersSent;
      if (!whole || res.statusCode !== 200 || res.getHeader('ETag') !== undefined || !mayBeStored(res)) return end.call(res, body, ...rest);
      const etag = `"${createHash('sha1').update(body).digest('base64url')}"`;
      res.setHeader('ETag', etag);
      const callback = rest.find((argument) => typeof argument === 'function');
      if (ifNoneMatchIncludes(req.headers['if-none-match'], etag)) {
        res.statusCode = 304;
        for (const header of ['Content-Length', 'Content-Type', 'Content-Encoding']) res.removeHeader(header);
        return end.call(res, callback);
      }
      const copy = gzipCopies?.copyFor(req, res, etag, body);
      if (!copy) return end.call(res, body, ...rest);
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Content-Length', copy.length);
      varyOnEncoding(res);
      return end.call(res, copy, callback);
    };
  Object.defineProperty(res, 'end', {
    configurable: true,
    get: () => tagging(installed),
    set: (end) => {
      installed = end;
    },
  });
}
