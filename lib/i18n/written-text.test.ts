import { describe, expect, it } from 'vitest';
import { shownTo, writtenIn } from './written-text';

describe('a text written in one language or both', () => {
  it('shows each reader their own language when it was written in it', () => {
    const both = { en: 'Taken up.', es: 'Se retoma.' };
    expect(shownTo('en', both)).toEqual({ text: 'Taken up.', lang: 'en', onlyIn: null });
    expect(shownTo('es', both)).toEqual({ text: 'Se retoma.', lang: 'es', onlyIn: null });
    expect(writtenIn(both)).toEqual(['en', 'es']);
  });

  it("shows the other language, marked as the only one, when the reader's was left empty", () => {
    const spanishOnly = { en: '  ', es: 'Comenzó en Nogales.' };
    expect(shownTo('en', spanishOnly)).toEqual({ text: 'Comenzó en Nogales.', lang: 'es', onlyIn: 'es' });
    expect(shownTo('es', spanishOnly)).toEqual({ text: 'Comenzó en Nogales.', lang: 'es', onlyIn: null });
    expect(writtenIn(spanishOnly)).toEqual(['es']);
  });

  it('shows nothing when nothing was written', () => {
    expect(shownTo('es', { en: null, es: undefined })).toBeNull();
    expect(writtenIn({ en: null, es: '' })).toEqual([]);
  });
});
