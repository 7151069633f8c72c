/**
 * The name shown and offered for download: the uploader's base name without any folder, control or
 * quoting characters, at most 120 characters, always ending in the extension of the type found by content.
 */
export function cleanFileName(name: string, type: 'pdf' | 'docx' | 'odt'): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const stem = base
    .replace(/\.[^.]*$/, '')
    .replace(/[\u0000-\u001f\u007f"<>:|?*;\\]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${stem || 'document'}.${type}`;
}

/** RFC 6266/5987: an ASCII fallback and the UTF-8 name. */
export function contentDisposition(name: string): string {
  const ascii =
    name
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\%]/g, '') || 'document';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
