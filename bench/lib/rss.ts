/**
 * The server's memory while a target runs: VmRSS of the server process and all its descendants, summed,
 * sampled every 100 ms from /proc (Linux only). Summing counts pages shared between processes more than
 * once, so with several processes the figure is an upper bound; `next start` in Next.js 16 serves from a
 * single process, which the report's process count shows.
 */
import { readdirSync, readFileSync } from 'node:fs';

function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number),
    );
  } catch {
    return []; // the process ended, or the kernel has no children files
  }
}

export function processTree(root: number): number[] {
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...childrenOf(tree[i]!));
  return tree;
}

function rssKb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export type RssSample = { peakMb: number; lastMb: number; processes: number };

export function treeRssMb(root: number): RssSample {
  const tree = processTree(root);
  const mb = tree.reduce((sum, pid) => sum + rssKb(pid), 0) / 1024;
  return { peakMb: mb, lastMb: mb, processes: tree.length };
}

/** Samples until stopped; the tree is looked up again every second, in case the server forks. */
export function sampleRss(root: number, intervalMs = 100): { stop(): RssSample } {
  let tree = processTree(root);
  let peakKb = 0;
  let lastKb = 0;
  let processes = tree.length;
  let ticks = 0;
  const sample = () => {
    if (++ticks % 10 === 0) tree = processTree(root);
    processes = Math.max(processes, tree.length);
    lastKb = tree.reduce((sum, pid) => sum + rssKb(pid), 0);
    peakKb = Math.max(peakKb, lastKb);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peakMb: peakKb / 1024, lastMb: lastKb / 1024, processes };
    },
  };
}
