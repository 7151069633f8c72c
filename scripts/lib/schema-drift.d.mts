export function schemaDrift(options?: {
  cwd?: string;
  schema?: string;
  migrations?: string;
}): { ok: true } | { ok: false; problem: string };
