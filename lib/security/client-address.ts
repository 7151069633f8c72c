/**
 * The address of the person behind a request, when it can be known. Any client can send
 * X-Forwarded-For, so it is believed only when TRUST_PROXY=1 says a reverse proxy in front of the app
 * sets it; then its last hop is the address that proxy saw (the first could be written by the client).
 * Without a trusted proxy there is no address: callers must not throttle on a value a client chose.
 */
export function trustedClientAddress(header: (name: string) => string | null | undefined): string | null {
  if (process.env.TRUST_PROXY !== '1') return null;
  const hops = (header('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops.at(-1) ?? header('x-real-ip')?.trim() ?? null;
}
