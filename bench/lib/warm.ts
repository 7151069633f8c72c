/**
 * Warming stored pages the way a real site is warm: every page a target will ask for has been visited
 * once before, so the store holds it, as it holds any page someone has looked at since the server
 * started. Each path is requested once, a few at a time, and must answer 200; the report says how many
 * were warmed and how many a second look found stored.
 */
export type Warming = { pages: number; seconds: number; stored: number; sampled: number };

export async function warmPages(baseUrl: string, paths: string[], concurrency = 4): Promise<Warming> {
  const started = Date.now();
  let next = 0;
  const failures: string[] = [];
  async function worker() {
    while (next < paths.length) {
      const path = paths[next++]!;
      const response = await fetch(`${baseUrl}${path}`, { headers: { 'Accept-Language': 'en' } });
      await response.arrayBuffer();
      if (response.status !== 200) failures.push(`${path}: HTTP ${response.status}`);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, paths.length) }, worker));
  if (failures.length > 0) throw new Error(`warming failed for ${failures.length} page(s): ${failures.slice(0, 3).join('; ')}`);
  const sample = paths.filter((_, i) => i % Math.max(1, Math.floor(paths.length / 20)) === 0);
  let stored = 0;
  for (const path of sample) {
    const response = await fetch(`${baseUrl}${path}`);
    await response.arrayBuffer();
    if (response.headers.get('x-nextjs-cache') === 'HIT') stored++;
  }
  return { pages: paths.length, seconds: (Date.now() - started) / 1000, stored, sampled: sample.length };
}
