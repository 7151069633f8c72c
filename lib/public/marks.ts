/** Marks the search index puts around matched words; control characters no submitted text can contain. */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';
