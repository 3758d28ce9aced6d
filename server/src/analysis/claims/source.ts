/**
 * Who says a figure, as keys two attributions can share: acronyms, capitalised names and their
 * initials, a description given word for word the same way ("the national seismology
 * institute"), and the common nouns that stand alone for a source ("police", "authorities").
 * Computed once per claim, at extraction (NumericClaim.sourceKeys): the matcher never reads
 * the attribution's text.
 */
import { ARTICLES, leadingWords, SOURCE_LEADS, SOURCE_OPENERS, STANDALONE_SOURCES } from '../lexicon/claims';
import { demonym, placeByName, placeKey } from '../actors/gazetteer';

const SOURCE_LEAD_BEFORE = leadingWords(new Set(SOURCE_LEADS));
const ARTICLE_BEFORE = leadingWords(ARTICLES);

export function sourceKeys(attribution: string | undefined): Set<string> {
  const keys = new Set<string>();
  if (!attribution) return keys;
  const text = attribution.normalize('NFD').replace(/\p{M}/gu, '');
  // Acronyms and initials are kept in capitals, so that a reason can show them as such.
  for (const m of text.matchAll(/\b[A-Z]{2,}\b/g)) keys.add(m[0]);
  // Runs of capitalised words ("United Nations", "Amnesty International"), joined by "of"/"for".
  for (const m of text.matchAll(/\b[A-Z][a-z]+(?:\s+(?:(?:of|for|the|and)\s+)?[A-Z][a-z]+)*/g)) {
    const name = m[0];
    const words = name.split(/\s+/).filter((w) => /^[A-Z]/.test(w));
    if (words.length === 1 && m.index === 0 && SOURCE_OPENERS.has(words[0].toLowerCase())) continue;
    keys.add(name.toLowerCase());
    if (words.length > 1) keys.add(words.map((w) => w[0]).join(''));
  }
  // The same description word for word ("the national seismology institute").
  const whole = text.toLowerCase().replace(SOURCE_LEAD_BEFORE, '').replace(ARTICLE_BEFORE, '').trim();
  if (whole.split(/\s+/).length >= 2) keys.add(whole);
  // One common noun alone ("organisers said", "hospitals reported") is a source of its own.
  else if (/^[a-z]{4,}$/.test(whole)) keys.add(whole);
  for (const w of text.toLowerCase().split(/[^a-z]+/)) if (STANDALONE_SOURCES.has(w)) keys.add(w);
  return keys;
}

/**
 * The country an attribution opens with, in the possessive, as a demonym or alone ("Israel's
 * Health Ministry", "the Iranian army", "Sri Lankan officials", "Iran"): the body or the people
 * speaking are that country's. Read once, at extraction (NumericClaim.sourceCountry).
 */
export function sourceCountry(attribution: string | undefined): string | undefined {
  if (!attribution) return undefined;
  const raw = attribution.normalize('NFD').replace(/\p{M}/gu, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const possessive = raw.map((w) => /['’]s$/u.test(w));
  const words = raw.map((w) => w.replace(/['’]s$/u, '').replace(/[^\p{L}.-]/gu, ''));
  let k = 0;
  while (k < words.length && ARTICLES.has(words[k].toLowerCase())) k++;
  // The country's name or demonym, of up to three words, written with a capital.
  for (let n = Math.min(3, words.length - k); n >= 1; n--) {
    const run = words.slice(k, k + n);
    if (!run.every((w) => /^\p{Lu}/u.test(w))) continue;
    const place = placeByName(run.join(' '));
    // A country's name alone, in the possessive or before a word in lower case ("Iran said",
    // "Israel's Health Ministry", "US officials"); before another name it is a person's ("Jordan Smith").
    const next = words[k + n];
    const alone = next === undefined || possessive[k + n - 1] || /^\p{Ll}/u.test(next);
    if (place?.kind === 'country' && alone) return placeKey(place);
    const hit = demonym(run.map((w) => w.toLowerCase()));
    if (hit && hit.entry.kind === 'country' && !hit.plural) return placeKey(hit.entry);
  }
  return undefined;
}
