/**
 * A CSV file's bytes as text. Excel's "CSV UTF-8" starts with a byte-order mark; its plain "CSV" in a
 * Spanish Windows is Windows-1252. UTF-8 is tried strictly first, so a file in either opens with its
 * accents intact. Client-safe: the browser decodes the file before sending it.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
