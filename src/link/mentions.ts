import type { Recognized } from '../recognize/index.js';

/** A named maker or organization at a token range, by canonical name. */
export interface NamedMention {
  first: number;
  end: number;
  name: string;
  isBrand: boolean;
  country?: string;
}

/** Brands and organizations in text order; statisticians and trade bodies are sources, not actors. */
export function actorMentions(found: Recognized): NamedMention[] {
  const mentions: NamedMention[] = [];
  for (const b of found.brands) {
    const mention: NamedMention = { first: b.first, end: b.end, name: b.entry.name, isBrand: true };
    if (b.entry.country) mention.country = b.entry.country;
    mentions.push(mention);
  }
  for (const o of found.organizations) {
    if (o.entry.kind !== 'association') mentions.push({ first: o.first, end: o.end, name: o.entry.name, isBrand: false });
  }
  return mentions.sort((a, b) => a.first - b.first);
}

/** The last brand named before token `before`: what 'the group' or an unnamed subject refers to. */
export function lastBrandBefore(mentions: readonly NamedMention[], before: number): NamedMention | undefined {
  let found: NamedMention | undefined;
  for (const m of mentions) {
    if (m.first >= before) break;
    if (m.isBrand) found = m;
  }
  return found;
}
