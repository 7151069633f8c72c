import { MARK_END, MARK_START } from '@/lib/public/marks';

/**
 * Text with the search index's match marks shown as <mark>. The text is rendered as text, never as
 * HTML, so a submitted "<script>" stays visible words.
 */
export function Marked({ text }: { text: string }) {
  const parts = text.split(MARK_START);
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return part.replaceAll(MARK_END, '');
        const [marked = '', rest = ''] = part.split(MARK_END);
        return (
          <span key={i}>
            <mark>{marked}</mark>
            {rest}
          </span>
        );
      })}
    </>
  );
}

/** The text without marks, e.g. for an attribute or an export. */
export const unmarked = (text: string) => text.replaceAll(MARK_START, '').replaceAll(MARK_END, '');
