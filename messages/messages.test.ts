import { describe, expect, it } from 'vitest';
import en from './en.json';
import es from './es.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

/** The ICU arguments a message takes ({count}, {title}, ...), ignoring plural branch bodies' text. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([a-zA-Z_]+)\s*[,}]/g)].map((m) => m[1]!))].sort();
}

const english = flatten(en as Tree);
const spanish = flatten(es as Tree);

describe('UI messages', () => {
  it('has every English key in Spanish', () => {
    const missing = [...english.keys()].filter((k) => !spanish.has(k));
    expect(missing).toEqual([]);
  });

  it('has every Spanish key in English', () => {
    const missing = [...spanish.keys()].filter((k) => !english.has(k));
    expect(missing).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = [...english].filter(([key, text]) => {
      const other = spanish.get(key);
      return other !== undefined && argumentsOf(text).join() !== argumentsOf(other).join();
    });
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('leaves no message empty', () => {
    const empty = [...english, ...spanish].filter(([key, text]) => text.trim() === '' && !key.endsWith('linkedRecommendations'));
    expect(empty).toEqual([]);
  });

  it('translates rather than copies', () => {
    // Proper names may coincide ("Español"/"English" swap), but most strings must differ.
    const identical = [...english].filter(([key, text]) => spanish.get(key) === text).map(([key]) => key);
    expect(identical.length).toBeLessThan(english.size * 0.05);
  });
});
