/**
 * The full CSV export, downloaded once as a client would: streamed, never held in memory here. Rows are
 * counted as line ends outside quoted cells (bodies hold line breaks), without decoding the bytes.
 */
import { performance } from 'node:perf_hooks';
import { treeCpuMs } from './cpu';
import { sampleRss, treeRssMb } from './rss';

/** `rssBeforeMb`: the server's RSS just before the download, so the export's own share is the growth over it. */
export type CsvResult = {
  status: number;
  firstByteMs: number;
  lastByteMs: number;
  bytes: number;
  rows: number;
  rssBeforeMb: number;
  peakRssMb: number;
  cpuMs: number;
  error: string | null;
};

const QUOTE = 0x22;
const LINE_FEED = 0x0a;

export async function downloadCsv(url: string, serverPid: number): Promise<CsvResult> {
  const rssBeforeMb = treeRssMb(serverPid).peakMb;
  const cpuBefore = treeCpuMs(serverPid);
  const rss = sampleRss(serverPid);
  const started = performance.now();
  let firstByteMs = 0;
  let bytes = 0;
  let lineEnds = 0;
  let quoted = false;
  let status = 0;
  let error: string | null = null;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
    status = response.status;
    if (!response.body) throw new Error('no body');
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      if (bytes === 0) firstByteMs = performance.now() - started;
      bytes += chunk.length;
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i];
        if (byte === QUOTE) quoted = !quoted;
        else if (byte === LINE_FEED && !quoted) lineEnds++;
      }
    }
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  const lastByteMs = performance.now() - started;
  const memory = rss.stop();
  // The header is the first line; every row ends with CRLF.
  return {
    status,
    firstByteMs,
    lastByteMs,
    bytes,
    rows: Math.max(0, lineEnds - 1),
    rssBeforeMb,
    peakRssMb: memory.peakMb,
    cpuMs: treeCpuMs(serverPid) - cpuBefore,
    error,
  };
}
