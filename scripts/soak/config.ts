/** The soak's settings, from the environment (README, "Soak"). */
export type SoakConfig = {
  port: number;
  baseUrl: string;
  seconds: number;
  warmupSeconds: number;
  sampleSeconds: number;
  /** Multiplies every rate of the mix (1 = about 2.8 requests a second). */
  load: number;
  /** An existing data set to use instead of generating one (never deleted; the soak writes to it). */
  existingDb: string | null;
  /** Recommendations to generate (the benchmark's 100,000 by default; a smoke run uses fewer). */
  recommendations: number;
  fullCsvEverySeconds: number;
  keep: boolean;
  /** Where the results go: bench/soak-results.md, bench/soak-chart.svg, bench/soak-samples.csv. */
  writeResults: boolean;
};

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}

export function readSoakConfig(): SoakConfig {
  const port = positive('SOAK_PORT', 3252);
  const seconds = Math.round(positive('SOAK_MINUTES', 30) * 60);
  return {
    port,
    baseUrl: `http://localhost:${port}`,
    seconds,
    // Long enough for the caches, the JIT and the heap to settle; a third of a short run.
    warmupSeconds: positive('SOAK_WARMUP_SECONDS', Math.min(300, Math.round(seconds / 3))),
    sampleSeconds: positive('SOAK_SAMPLE_SECONDS', 10),
    load: positive('SOAK_LOAD', 1),
    existingDb: process.env.SOAK_DB?.trim() || null,
    recommendations: positive('SOAK_RECOMMENDATIONS', 100_000),
    fullCsvEverySeconds: positive('SOAK_FULL_CSV_MINUTES', 5) * 60,
    keep: process.env.SOAK_KEEP === '1',
    writeResults: process.env.SOAK_WRITE_RESULTS !== '0',
  };
}
