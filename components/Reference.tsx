import { Fragment } from 'react';

/** A recommendation's reference as it appears in any text: HLED-2026-0042 (four or more digits at the end). */
const REFERENCE = /HLED-\d{4}-\d{4,}/g;

/**
 * A reference kept on one line: browsers break lines after a hyphen, and "HLED-" alone at the end of a
 * line reads as a different reference (the `.ref` class, app/globals.css).
 */
export function Ref({ children }: { children: string }) {
  return <span className="ref">{children}</span>;
}

/** A text (often a translated message) with every reference in it kept on one line. */
export function WithReferences({ text }: { text: string }) {
  const parts: React.ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(REFERENCE)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(<Ref key={match.index}>{match[0]}</Ref>);
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return <>{parts.map((part, index) => (typeof part === 'string' ? <Fragment key={`t${index}`}>{part}</Fragment> : part))}</>;
}
