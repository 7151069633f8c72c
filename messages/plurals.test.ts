import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import es from './es.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );
}

// The arguments the app passes numbers in; a number in front of a noun must go through a plural.
const COUNTS = /^(count|total|max|min|limit|length|page|pages|accomplishments|intentions|meetings|pillars|us|mx|n)$/;
// Words that may follow a bare number because they do not agree with it ("3 of 10", "(2 U.S., 1 Mexican)").
const NOT_NOUNS = new Set(['of', 'de', 'U.S.', 'Mexican']);

/** "{max} topics": a counted argument followed by a word, outside any plural (inside one, # and the branch agree). */
function numbersBeforeWords(elements: MessageFormatElement[], found: string[] = []): string[] {
  elements.forEach((element, i) => {
    const next = elements[i + 1];
    if (element.type === TYPE.argument && COUNTS.test(element.value) && next?.type === TYPE.literal) {
      const word = /^\s+([\p{L}.]+)/u.exec(next.value)?.[1];
      if (word && !NOT_NOUNS.has(word) && !NOT_NOUNS.has(word.replace(/\.$/, '')))
        found.push(`{${element.value}} ${word.replace(/\.$/, '')}`);
    }
    if (element.type === TYPE.select) for (const option of Object.values(element.options)) numbersBeforeWords(option.value, found);
    if (element.type === TYPE.tag) numbersBeforeWords(element.children, found);
  });
  return found;
}

function pluralArguments(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.plural) found.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) pluralArguments(option.value, found);
    if (element.type === TYPE.tag) pluralArguments(element.children, found);
  }
  return found;
}

const english = new Map(flatten(en as Tree));
const spanish = new Map(flatten(es as Tree));

describe('numbers in the UI messages', () => {
  it('agree with their noun through ICU plural rules, in both languages', () => {
    const bare = [...english, ...spanish].flatMap(([key, text]) => numbersBeforeWords(parse(text)).map((hit) => `${key}: ${hit}`));
    expect(bare).toEqual([]);
  });

  it('are pluralized on the same arguments in English and Spanish', () => {
    const differing = [...english]
      .filter(
        ([key, text]) => [...pluralArguments(parse(text))].sort().join() !== [...pluralArguments(parse(spanish.get(key)!))].sort().join(),
      )
      .map(([key]) => key);
    expect(differing).toEqual([]);
  });

  it('catch a bare count in front of a noun', () => {
    expect(numbersBeforeWords(parse('Add at most {max} topics.'))).toEqual(['{max} topics']);
    expect(numbersBeforeWords(parse('{total, plural, one {# recomendación coincide} other {# recomendaciones coinciden}}'))).toEqual([]);
  });
});
