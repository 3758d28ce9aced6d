/**
 * Acronyms declared in brackets after a name: "the Financial Action Task Force (FATF)". The
 * letters also say where the name begins, which capitalisation alone cannot: "Organization for
 * Security and Co-operation in Europe (OSCE)" is one name, not an organisation and a continent.
 */
import { makeOccurrence, WEIGHT, type Occurrence } from './occurrences';
import { acronymLetters, expandAcronym, knownOrganisation } from './organisations';
import { INITIALS_MINOR_WORDS as MINOR_WORDS } from '../lexicon';
import type { Unit, Word } from './words';

const MAX_NAME_WORDS = 12;

/** The ways a run of words may spell an acronym: minor words skipped or kept, hyphenated parts together or apart. */
function spellings(words: readonly Word[]): string[] {
  const variants = new Set<string>();
  for (const keepMinor of [false, true]) {
    for (const splitHyphens of [false, true]) {
      let letters = '';
      for (const w of words) {
        if (!keepMinor && MINOR_WORDS.has(w.folded)) continue;
        const parts = splitHyphens ? w.text.split(/[-‐‑]/).filter(Boolean) : [w.text];
        for (const p of parts) letters += p.charAt(0).toUpperCase();
      }
      variants.add(letters);
    }
  }
  return [...variants];
}

/** Whether nothing but spaces (or a hyphen) separates word k from word k + 1. */
function tight(words: readonly Word[], k: number): boolean {
  return /^\s+$/.test(words[k].post) && /^\s*$/.test(words[k + 1].pre) && !words[k].possessive;
}

/**
 * Marks each bracketed acronym as declaring the name before it, and redraws that name's
 * occurrence when the acronym's letters spell a longer or different run of words. Returns the
 * unit's occurrences, in word order.
 */
export function applyAcronymDeclarations(text: string, unit: Unit, occurrences: Occurrence[]): Occurrence[] {
  const words = unit.words;
  let occs = occurrences;
  for (const acronym of [...occs]) {
    const w = words[acronym.from];
    if (acronym.from !== acronym.to || !w.acronym || !/\(\s*$/.test(w.pre) || !/^\)/.test(w.post)) continue;
    const end = acronym.from - 1;
    if (end < 0 || !/^\s+$/.test(words[end].post) || !words[end].cap) continue;
    const letters = acronymLetters(w.text).toUpperCase();

    let start = -1;
    for (let k = end; k >= 0 && end - k < MAX_NAME_WORDS; k--) {
      if (k < end && !tight(words, k)) break;
      const word = words[k];
      if (!word.cap && !MINOR_WORDS.has(word.folded)) break;
      if (!word.cap) continue;
      if (spellings(words.slice(k, end + 1)).includes(letters)) { start = k; break; }
    }

    const previous = occs.find((o) => o.to === end);
    if (start >= 0) {
      const same = occs.find((o) => o.from === start && o.to === end);
      if (same) { acronym.declares = same; continue; }
      // Occurrences inside the spelled name give way to it. A longer name ending where it ends is
      // kept and declared ("Karen Border Guard Force (BGF)"); one that only crosses its edge keeps
      // things as they are.
      if (previous && previous.from < start) { acronym.declares = previous; continue; }
      if (occs.some((o) => o !== acronym && o.from < start && o.to >= start)) continue;
      const name = makeOccurrence(text, unit, start, end);
      name.evidence.organisation += WEIGHT.cue;
      occs = occs.filter((o) => o.from > end || o.to < start);
      occs.push(name);
      occs.sort((a, b) => a.from - b.from);
      acronym.declares = name;
      continue;
    }
    // Letters that spell nothing ("OJK" after an English name) still declare the name before,
    // unless that is a place (a bracketed code after a place is not its acronym) or the letters
    // are a well-known body's own ("Port Moresby (AFP)": a wire in a dateline).
    if (previous && !(previous.canonical && previous.evidence.place > 0) && previous.evidence.place === 0 && !expandAcronym(w.text) && !knownOrganisation([w.folded])) acronym.declares = previous;
  }
  return occs;
}
