/**
 * Optional virus scan through clamd's INSTREAM command, when CLAMD_SOCKET (a Unix socket path) or
 * CLAMD_HOST (with CLAMD_PORT, default 3310) is set. The file is sent in chunks, each prefixed by its
 * length as a 4-byte big-endian integer, ended by a zero length; clamd answers "stream: OK" or
 * "stream: <signature> FOUND". An unreachable or confused scanner refuses the upload: when a scanner is
 * configured, nothing unscanned is accepted.
 */
import net from 'node:net';

export type ScanResult = { verdict: 'clean' } | { verdict: 'infected'; signature: string } | { verdict: 'unavailable' };

const CHUNK = 64 * 1024;
const TIMEOUT_MS = 30_000;

export function scannerConfigured(env: NodeJS.ProcessEnv = process.env) {
  if (env.CLAMD_SOCKET?.trim()) return { path: env.CLAMD_SOCKET.trim() };
  if (env.CLAMD_HOST?.trim()) return { host: env.CLAMD_HOST.trim(), port: Number(env.CLAMD_PORT ?? 3310) };
  return null;
}

export function scanWithClamd(bytes: Uint8Array, target: { path: string } | { host: string; port: number }): Promise<ScanResult> {
  return new Promise((resolve) => {
    const socket = net.createConnection(target);
    const replies: Buffer[] = [];
    let settled = false;
    const finish = (result: ScanResult) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(TIMEOUT_MS, () => finish({ verdict: 'unavailable' }));
    socket.on('error', () => finish({ verdict: 'unavailable' }));
    socket.on('data', (data) => replies.push(data));
    socket.on('end', () => finish(readReply(Buffer.concat(replies).toString('utf8'))));
    socket.on('connect', () => {
      socket.write('zINSTREAM\0');
      for (let offset = 0; offset < bytes.length; offset += CHUNK) {
        const chunk = bytes.subarray(offset, offset + CHUNK);
        const size = Buffer.alloc(4);
        size.writeUInt32BE(chunk.length);
        socket.write(size);
        socket.write(chunk);
      }
      socket.write(Buffer.alloc(4));
    });
  });
}

function readReply(reply: string): ScanResult {
  const text = reply.replace(/\0/g, '').trim();
  if (/^stream: OK$/.test(text)) return { verdict: 'clean' };
  const found = /^stream: (.+) FOUND$/.exec(text);
  if (found) return { verdict: 'infected', signature: found[1]! };
  return { verdict: 'unavailable' };
}
