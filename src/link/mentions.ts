import type { Doc } from '../pipeline/document.js';
import type { CountryHit } from '../recognize/countries.js';
import type { DateHit } from '../recognize/dates.js';
import type { Recognized } from '../recognize/index.js';
import type { NumberHit } from '../recognize/numbers.js';

/** A named maker or organization at a token range, by canonical name. */
export interface NamedMention {
  first: number;
  end: number;
  name: string;
  isBrand: boolean;
  country?: string;
  /** The brand's group, when it has one ('Chery' for Omoda). */
  group?: string;
}

/** What the recognizers found, filed by sentence once so that every linker reads it in linear time. */
export interface LinkContext {
  actors: NamedMention[];
  actorsBySentence: NamedMention[][];
  numbersBySentence: NumberHit[][];
  datesBySentence: DateHit[][];
  countriesBySentence: CountryHit[][];
  /**
   * The topic before each sentence: the first brand of the last sentence that named one (sentences
   * open on their subject). What 'the group' or an unnamed subject refers to.
   */
  brandBeforeSentence: (NamedMention | undefined)[];
  /** Parent group of each brand named: what 'le groupe' means after a sub-brand. */
  groupOf: Map<string, string>;
  /**
   * How much the text is about each country: 1 for each time it is named, 1/2 for each mention of a
   * maker from there ('Toyota' and '¥3.8 trillion': yen). Which of the currencies sharing a sign is meant.
   */
  countryMentions: Map<string, number>;
  /** 'PARIS, Nov 3, 2025 —': the day a paragraph's dateline gives, what undated news happened on. */
  dateline?: DateHit;
}


function bySentence<T extends { first: number }>(doc: Doc, items: readonly T[], tokenOf: (item: T) => number = (item) => item.first): T[][] {
  const lists: T[][] = doc.sentences.map(() => []);
  for (const item of items) lists[doc.sentenceOf[tokenOf(item)]!]!.push(item);
  return lists;
}

/** Brands and organizations in text order; statisticians and trade bodies are sources, not actors. */
function actorMentions(found: Recognized): NamedMention[] {
  const mentions: NamedMention[] = [];
  for (const b of found.brands) {
    const mention: NamedMention = { first: b.first, end: b.end, name: b.entry.name, isBrand: true };
    if (b.entry.country) mention.country = b.entry.country;
    if (b.entry.group) mention.group = b.entry.group;
    mentions.push(mention);
  }
  for (const o of found.organizations) {
    if (o.entry.kind !== 'association') mentions.push({ first: o.first, end: o.end, name: o.entry.name, isBrand: false });
  }
  return mentions.sort((a, b) => a.first - b.first);
}

export function buildLinkContext(doc: Doc, found: Recognized): LinkContext {
  const actors = actorMentions(found);
  const actorsBySentence = bySentence(doc, actors);
  const brandBeforeSentence: (NamedMention | undefined)[] = [];
  let topic: NamedMention | undefined;
  for (const mentions of actorsBySentence) {
    brandBeforeSentence.push(topic);
    topic = mentions.find((m) => m.isBrand) ?? topic;
  }
  const dateline = found.dates.find((d) => d.dateline && d.value.length === 10);
  const groupOf = new Map<string, string>();
  for (const b of found.brands) if (b.entry.group) groupOf.set(b.entry.name, b.entry.group);
  const countryMentions = new Map<string, number>();
  for (const c of found.countries) countryMentions.set(c.code, (countryMentions.get(c.code) ?? 0) + 1);
  for (const b of found.brands) if (b.entry.country) countryMentions.set(b.entry.country, (countryMentions.get(b.entry.country) ?? 0) + 0.5);
  return {
    ...(dateline ? { dateline } : {}),
    countryMentions,
    groupOf,
    actors,
    actorsBySentence,
    numbersBySentence: bySentence(doc, found.numbers, (n) => n.numberFirst),
    datesBySentence: bySentence(doc, found.dates),
    countriesBySentence: bySentence(doc, found.countries),
    brandBeforeSentence,
  };
}
