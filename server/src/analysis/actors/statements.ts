/**
 * What an actor is reported to have said or done: the clause an actor is the subject of ("Hun
 * Manet emphasized the need for this initiative, citing…"), a relative clause after it ("…, who
 * warned police officials…"), a quote with a verb of saying, the claim of "according to X", the
 * finding of "a UN report estimated…", and "He/She …" right after a sentence about the same person.
 * Every statement stays inside its sentence.
 */
import type { Span, Statement } from '../types';
import type { Occurrence } from './occurrences';
import type { Resolution, ResolvedActor } from './resolve';
import { AUXILIARIES, BE_FORMS as BE, DETERMINERS, HONORIFICS, POSSESSIVE_PRONOUNS, SAYING_VERBS, SOURCE_NOUNS, SUBORDINATORS } from '../lexicon';
import type { Unit, Word } from './words';


function isAdverb(w: Word): boolean {
  return w.tags.has('Adverb') && !w.tags.has('Verb') && w.folded !== 'not';
}

/** Index of the main verb after word k, or -1: adverbs and auxiliaries skipped, passives refused. */
function verbAfter(words: readonly Word[], k: number): number {
  let i = k;
  let sawBe = false;
  while (i < words.length && /^\s+$/.test(words[i - 1]?.post ?? ' ') && (isAdverb(words[i]) || AUXILIARIES.has(words[i].folded) || BE.has(words[i].folded))) {
    if (BE.has(words[i].folded)) sawBe = true;
    i++;
  }
  const v = words[i];
  if (!v || !v.tags.has('Verb') || v.cap) return -1;
  if (sawBe && (v.tags.has('Passive') || (v.tags.has('PastTense') && !v.tags.has('Gerund')))) return -1;
  if (v.tags.has('Gerund') && !sawBe) return -1;
  if (!/^\s*$/.test(v.pre)) return -1;
  return i;
}

function span(words: readonly Word[], from: number, to: number): Span {
  return { start: words[from].start, end: words[to].end };
}

/** Last word of the clause that starts at `from`: the unit's end, or its first comma in a subordinate clause. */
function clauseEnd(words: readonly Word[], from: number, subordinate: boolean): number {
  if (!subordinate) return words.length - 1;
  for (let k = from; k < words.length - 1; k++) if (/^,/.test(words[k].post.trim())) return k;
  return words.length - 1;
}

/** Where the subject phrase of an occurrence starts, and whether it opens a subordinate clause; undefined if it is no subject. */
function subjectStart(occ: Occurrence): { subordinate: boolean } | undefined {
  const words = occ.unit.words;
  let s = occ.from;
  const role = occ.roles.find((r) => r.span.end <= occ.span.start);
  if (role) while (s > 0 && words[s - 1].start >= role.span.start) s--;
  // An owner in the possessive belongs to the subject: "Nigeria’s Economic and Financial Crimes Commission".
  while (s > 0 && words[s - 1].possessive && words[s - 1].cap && /^\s+$/.test(words[s - 1].post)) {
    s--;
    while (s > 0 && words[s - 1].cap && /^\s+$/.test(words[s - 1].post) && !words[s - 1].possessive) s--;
  }
  let modifiers = 0;
  while (s > 0 && modifiers < 3 && /^\s+$/.test(words[s - 1].post) && (DETERMINERS.has(words[s - 1].folded) || POSSESSIVE_PRONOUNS.has(words[s - 1].folded) || words[s - 1].tags.has('Value') || (!words[s - 1].cap && (words[s - 1].tags.has('Adjective') || words[s - 1].tags.has('Gerund'))))) {
    s--;
    modifiers++;
  }
  if (s === 0) return { subordinate: false };
  const before = words[s - 1];
  if (SUBORDINATORS.has(before.folded) && /^\s+$/.test(before.post)) return { subordinate: true };
  if (/,\s*$/.test(before.post) && !/^\s*(?:and|or)\b/.test(before.post)) return { subordinate: false };
  // ", and Amnesty International urged…": a coordinated main clause.
  if ((before.folded === 'and' || before.folded === 'but') && s >= 2 && /,\s*$/.test(words[s - 2].post)) return { subordinate: false };
  return undefined;
}

function statementOf(text: string, words: readonly Word[], from: number, to: number): Statement {
  const s = span(words, from, to);
  // A quote opened inside the statement is closed with it.
  const opened = (text.slice(s.start, s.end).match(/“/g) ?? []).length - (text.slice(s.start, s.end).match(/”/g) ?? []).length;
  if (opened > 0) {
    const closing = /^[.,!?]?”/.exec(words[to].post);
    if (closing) s.end += closing[0].length;
  }
  return { text: text.slice(s.start, s.end), span: s };
}

/** Quotes inside a unit: the text between matching quotation marks. */
function quotesIn(text: string, unit: Unit): Span[] {
  // The opening quote of the first word and the closing one of the last lie outside the unit's span.
  const first = unit.words[0];
  const last = unit.words[unit.words.length - 1];
  const from = first.start - first.pre.length;
  const slice = text.slice(from, last.end + last.post.length);
  const out: Span[] = [];
  const pattern = /[“"]([^“”"]{3,})[”"]/g;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    const inner = m[1].replace(/[\s,.;:]+$/, '');
    const start = from + m.index + 1;
    out.push({ start, end: start + inner.length });
  }
  return out;
}

export function attachStatements(text: string, units: readonly Unit[], occurrencesByUnit: readonly (readonly Occurrence[])[], resolution: Resolution): Map<ResolvedActor, Statement[]> {
  const out = new Map<ResolvedActor, Statement[]>();
  const add = (actor: ResolvedActor, st: Statement) => {
    const list = out.get(actor) ?? [];
    if (!list.some((x) => x.span.start === st.span.start && x.span.end === st.span.end)) list.push(st);
    out.set(actor, list);
  };
  let lastSubject: { actor: ResolvedActor; unit: number; block: number } | undefined;

  for (const unit of units) {
    if (unit.blockKind !== 'paragraph') continue;
    const words = unit.words;
    const occs = occurrencesByUnit[unit.index] ?? [];
    let subjectThisUnit: ResolvedActor | undefined;

    // "He …" / "She …" right after a sentence whose subject was one person.
    const first = words[0];
    if (first && (first.folded === 'he' || first.folded === 'she') && lastSubject && lastSubject.unit === unit.index - 1 && lastSubject.block === unit.block && lastSubject.actor.kind === 'person') {
      if (verbAfter(words, 1) >= 0) {
        add(lastSubject.actor, statementOf(text, words, 0, words.length - 1));
        subjectThisUnit = lastSubject.actor;
      }
    }

    const quotes = quotesIn(text, unit);
    for (const occ of occs) {
      const actor = resolution.actorOf.get(occ);
      // "Lima-based rights group X said": the place in the adjective is not the subject.
      if (!actor || occ.possessive || words[occ.to].compoundAdjective) continue;
      let after = occ.appositiveEnd !== undefined ? occ.appositiveEnd + 1 : occ.to + 1;
      // A declared acronym between name and verb: "the Economic and Financial Crimes Commission (EFCC) said".
      if (words[after]?.acronym && /\(\s*$/.test(words[after].pre) && /^\)\s+$/.test(words[after].post)) after++;

      // A quote and a verb of saying next to the name: the quote is the statement. A quote
      // embedded in reported speech ("said the fence had “proved its worth”") is not enough.
      const role = occ.roles.find((r) => r.span.end <= occ.span.start);
      let nameStart = occ.from;
      if (role) while (nameStart > 0 && words[nameStart - 1].start >= role.span.start) nameStart--;
      while (nameStart > 0 && /^\s+$/.test(words[nameStart - 1].post) && (DETERMINERS.has(words[nameStart - 1].folded) || POSSESSIVE_PRONOUNS.has(words[nameStart - 1].folded))) nameStart--;
      const saysAfter = words[after] !== undefined && SAYING_VERBS.has(words[after].folded);
      const verbBefore = nameStart > 0 && SAYING_VERBS.has(words[nameStart - 1].folded) ? words[nameStart - 1] : undefined;
      const attributionStart = verbBefore ? verbBefore.start : occ.span.start;
      const attributionEnd = saysAfter ? words[after].end : occ.span.end;
      const adjacent = quotes.filter((q) =>
        (q.end <= attributionStart && /^[\s,.;:!?”"’—–-]*$/.test(text.slice(q.end, attributionStart))) ||
        (q.start >= attributionEnd && /^[\s,:—–-]*[“"]?$/.test(text.slice(attributionEnd, q.start))));
      if ((saysAfter || verbBefore) && adjacent.length > 0) {
        for (const q of adjacent) add(actor, { text: text.slice(q.start, q.end), span: q });
        continue;
      }

      // "…, the police agency Europol said on Thursday.": what comes before the comma is the statement.
      if (saysAfter && nameStart > 1 && /,\s*$/.test(words[nameStart - 1].post) && after + 1 >= words.length - 3) {
        add(actor, statementOf(text, words, 0, nameStart - 1));
        continue;
      }

      // "According to X, …" / "…, according to X."
      const according = words.findIndex((w, k) => w.folded === 'according' && words[k + 1]?.folded === 'to' && k < occ.from && occ.from - k <= 6);
      if (according >= 0 && words.slice(according + 2, occ.from).every((w) => !w.cap || w === words[occ.from])) {
        if (according === 0) {
          let c = occ.to;
          while (c < words.length - 1 && !/^,/.test(words[c].post.trim())) c++;
          if (c < words.length - 1) add(actor, statementOf(text, words, c + 1, words.length - 1));
        } else if (according > 0) {
          add(actor, statementOf(text, words, 0, according - 1));
        }
        continue;
      }

      // "…, who warned police officials…"
      if (/^,\s+$/.test(words[occ.to].post) && words[occ.to + 1]?.folded === 'who') {
        const v = verbAfter(words, occ.to + 2);
        if (v < 0) continue;
        const end = clauseEnd(words, v, true);
        add(actor, statementOf(text, words, v, end));
        // "X, who chairs the committee, said…": the main clause after the relative one is X's too.
        const main = end < words.length - 1 && subjectStart(occ) ? verbAfter(words, end + 1) : -1;
        if (main >= 0) add(actor, statementOf(text, words, occ.from, words.length - 1));
        continue;
      }

      const subject = subjectStart(occ);
      if (!subject) continue;
      let k = after;
      // Skip ", meanwhile," between subject and verb; any other comma after the name ends the
      // subject ("organizations, including Amnesty International, have raised…" is not Amnesty's).
      // A role before the name between commas ("a government spokesman, Gergely Tóth, said") closes the same way.
      // An honorific may stand between the comma and the name ("Park’s lawyer, Dr Chinedu Okafor, told").
      const beforeName = occ.from > 1 && HONORIFICS.has(words[occ.from - 1].folded.replace(/\.$/, '')) ? occ.from - 2 : occ.from - 1;
      const reversedRole = role !== undefined && beforeName >= 0 && /,\s*$/.test(words[beforeName].post);
      if (occ.appositiveEnd === undefined && /,/.test(words[occ.to].post) && !reversedRole) {
        if (words[k] && isAdverb(words[k]) && /^,\s+$/.test(words[k].post)) k++;
        else continue;
      }
      // "a UN report estimated…": the report speaks for the actor.
      if (words[k] && SOURCE_NOUNS.has(words[k].folded) && /^\s+$/.test(words[k - 1].post)) k++;
      const v = k < words.length && /^[\s,)]+$/.test(words[k - 1].post) ? verbAfter(words, k) : -1;
      if (v < 0) continue;
      add(actor, statementOf(text, words, occ.from, clauseEnd(words, v, subject.subordinate)));
      if (!subject.subordinate && !subjectThisUnit) subjectThisUnit = actor;
    }
    lastSubject = subjectThisUnit ? { actor: subjectThisUnit, unit: unit.index, block: unit.block } : undefined;
  }
  return out;
}
