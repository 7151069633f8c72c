/**
 * Validation messages travel as "key" or "key|number" (e.g. "tooLong|200"), so one zod schema can run in
 * the browser and on the server and each side shows the message in the visitor's language.
 */
export function errorMessage(key: string, limit?: number): string {
  return limit === undefined ? key : `${key}|${limit}`;
}

export function parseErrorMessage(message: string): { key: string; values: { max?: number; min?: number } } {
  const [key, limit] = message.split('|');
  const n = limit === undefined ? undefined : Number(limit);
  return { key: key ?? 'invalid', values: n === undefined ? {} : { max: n, min: n } };
}
