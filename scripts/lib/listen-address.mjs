/**
 * Where the server listens. The app speaks plain HTTP and expects a reverse proxy in front of it to
 * terminate TLS (docs/deploy.md), so by default it listens on the loopback interface only, in demo and
 * production mode alike: a demo instance must not hand its published demo password to the network, and
 * a production instance must not take sign-ins over plain HTTP from other machines. HOST opens it up
 * (HOST=0.0.0.0 in a container, or when the proxy runs on another machine).
 */
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function listenAddress(env = process.env) {
  const host = env.HOST?.trim() || '127.0.0.1';
  const port = Number(env.PORT?.trim() || '3000');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not "${env.PORT}"`);
  return { host, port, fromEnv: Boolean(env.HOST?.trim()), loopback: LOOPBACK.has(host) };
}

export function urlOf({ host, port }) {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** The start-up lines that say who can reach this server, and how to change it. */
export function describeListening(address, { demo }) {
  const where = address.loopback
    ? `this machine only (${address.fromEnv ? `HOST=${address.host}` : 'HOST is not set'}). Set HOST=0.0.0.0 to listen on every interface.`
    : `every machine that can reach this address (HOST=${address.host}).`;
  const lines = [`Listening on ${urlOf(address)}: ${where}`];
  if (demo && !address.loopback) {
    lines.push(
      'Warning: demo mode on a network interface: anyone who reaches it can sign in with the demo accounts and their published password.',
    );
  }
  return lines;
}
