/** Writing XML (and the few HTML pages written by hand) safely: every text and attribute value escaped. */

/** XML 1.0 cannot carry most control characters even escaped, so they are dropped. */
export function xmlEscape(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** `<name attributes>text</name>`, the text escaped; attribute values are escaped too. */
export function element(name: string, text: string, attributes: Record<string, string | undefined> = {}): string {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${xmlEscape(value)}"`)
    .join('');
  return `<${name}${written}>${xmlEscape(text)}</${name}>`;
}
