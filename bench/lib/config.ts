/** The runner's settings, from the environment (bench/README.md lists them). */
export type BenchConfig = {
  port: number;
  baseUrl: string;
  /** An existing data set to use instead of generating one (never deleted). */
  existingDb: string | null;
  keep: boolean;
  rebuild: boolean;
  /** Run ANALYZE at the end of generation (BENCH_ANALYZE=0 to measure a database without statistics). */
  analyze: boolean;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  writeSeconds: number;
  writeConnections: number;
  writeAccounts: number;
};

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}

export function readConfig(): BenchConfig {
  const port = positive('BENCH_PORT', 3200);
  return {
    port,
    baseUrl: `http://localhost:${port}`,
    existingDb: process.env.BENCH_DB?.trim() || null,
    keep: process.env.BENCH_KEEP === '1',
    rebuild: process.env.BENCH_BUILD === '1',
    analyze: process.env.BENCH_ANALYZE !== '0',
    durationSeconds: positive('BENCH_DURATION', 10),
    warmupSeconds: positive('BENCH_WARMUP', 3),
    connections: positive('BENCH_CONNECTIONS', 10),
    writeSeconds: positive('BENCH_WRITE_SECONDS', 30),
    writeConnections: positive('BENCH_WRITE_CONNECTIONS', 10),
    writeAccounts: positive('BENCH_WRITE_ACCOUNTS', 700),
  };
}
