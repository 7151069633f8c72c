/**
 * The server's own CPU time, user plus system, summed over its process tree, from /proc (Linux only).
 * Divided by the requests a target answered, it gives CPU milliseconds per request: a figure the load
 * generator on the same cores distorts far less than requests a second or latency.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { processTree } from './rss';

let ticksPerSecond: number | null = null;

function clockTicks(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

function processCpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields are counted from after its closing one.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15 of proc(5))
  } catch {
    return 0; // the process ended
  }
}

export function treeCpuMs(root: number): number {
  return (processTree(root).reduce((sum, pid) => sum + processCpuTicks(pid), 0) * 1000) / clockTicks();
}
