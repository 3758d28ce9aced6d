/**
 * Roles as the text states them, and the relations they carry.
 *
 * Before a name, a role is a phrase that ends in a role noun right before the name and grows left
 * over modifiers, demonyms, classifying nouns, "and" between two roles, and an owner in the
 * possessive: "Cambodia’s Senate President and former Prime Minister Hun Sen", "Cambodian senator
 * and businessman Kok An", "transnational crime analyst Jacob Sims". It stops at judging adjectives
 * ("powerful"), verbs, prepositions, determiners and punctuation.
 *
 * After a name, a role is an appositive between commas whose head is a role noun:
 * "Agnès Callamard, Secretary General of Amnesty International," — "of Y" gives a relation.
 */
import { WEIGHT, type Occurrence } from './occurrences';
import { demonymAt, demonymOfTwo, isRoleHead } from './runs';
import {
  COMPOUND_LEADER_HEADS, EVALUATIVE_ADJECTIVES, HONORIFICS, LEADER_HEADS, LEADER_MODIFIERS, MODIFIED_OUTLET_NOUNS, NOT_LEADING, ORG_APPOSITIVE_HEADS, OUTLET_MODIFIERS,
  APPOSITIVE_PREPOSITIONS, CLAUSE_OPENERS, DETERMINERS, PARTY_NOUNS_AFTER_NAME, PERSON_NOUNS, PLACE_APPOSITIVE_HEADS, POSSESSIVE_PRONOUNS, FUNCTION_WORDS, RELATION_NOUNS, ROLE_DESTINATIONS, ROLE_MODIFIERS,
} from '../lexicon';
import { isFunctionWord, joinsNext, type Unit, type Word } from './words';

const MAX_ROLE_WORDS = 10;
const MAX_APPOSITIVE_WORDS = 16;

/** Lower-case nouns and adjectives that classify a role ("crime analyst", "rights lawyer"). */
function isClassifier(w: Word): boolean {
  if (w.compoundAdjective) return true;
  if ((w.cap && !w.initial) || isFunctionWord(w) || w.acronym || POSSESSIVE_PRONOUNS.has(w.folded) || FUNCTION_WORDS.has(w.folded)) return false;
  if (w.tags.has('Value') || w.tags.has('Date')) return false;
  if (EVALUATIVE_ADJECTIVES.has(w.folded) || /(?:ful|ous)$/.test(w.folded)) return false;
  return /^[\p{L}][\p{L}'’-]*$/u.test(w.text);
}

function isRoleModifier(words: readonly Word[], i: number): boolean {
  const w = words[i];
  return ROLE_MODIFIERS.has(w.folded) || demonymAt(words, i) !== undefined || w.folded === 'affairs';
}

/**
 * A role noun: a listed role or title, or a lower-case noun shaped like one ("ecologist",
 * "physician"; "-er"/"-or" nouns only when compromise also calls them actors).
 */
export function isRoleNoun(words: readonly Word[], i: number, describing = false): boolean {
  if (isRoleHead(words, i)) return true;
  const w = words[i];
  if (!w || w.cap || w.tags.has('Verb') || w.tags.has('Plural') || w.folded.length < 6 || FUNCTION_WORDS.has(w.folded) || isFunctionWord(w)) return false;
  if (/(?:ologist|ist|ician)$/.test(w.folded)) return true;
  // In an appositive ("X, a packer from Jinja,") the noun shape is enough; before a name it is not.
  return (describing || w.tags.has('Actor')) && /(?:er|or|man|woman|ant|ent)$/.test(w.folded);
}

/** Whether word `head` heads a leading role: "president", "Secretary General", "prime minister". */
function isLeaderHead(words: readonly Word[], head: number): boolean {
  const f = words[head].folded;
  const compound = COMPOUND_LEADER_HEADS.get(f);
  if (compound) return words[head - 1]?.folded === compound;
  return LEADER_HEADS.has(f);
}

interface OwnerRelation {
  type: string;
  onlyIfOrganisation?: boolean;
}

/**
 * Relation implied by an owner named before a role: "Cambodia’s Prime Minister X" → leads,
 * "Hun Sen’s son X" → child-of, "EFCC chairman X" → leads (an organisation), "Europol’s deputy
 * director X" → member-of (an organisation), "the European Union’s police agency X" → part-of.
 */
function relationFromOwner(words: readonly Word[], ownerEnd: number, head: number, possessive: boolean): OwnerRelation | undefined {
  const between = words.slice(ownerEnd + 1, head);
  const headWord = words[head].folded;
  if (between.some((w) => w.folded === 'former' || w.folded === 'ex')) return undefined;
  const relation = RELATION_NOUNS.get(headWord);
  if (relation) return possessive && between.every((w) => !w.cap && !isFunctionWord(w)) ? { type: relation } : undefined;
  if (ORG_APPOSITIVE_HEADS.has(headWord) && !isRoleHead(words, head)) return possessive ? { type: 'part-of', onlyIfOrganisation: true } : undefined;
  const leading = isLeaderHead(words, head) && !between.some((w) => NOT_LEADING.has(w.folded)) &&
    between.every((w) => LEADER_MODIFIERS.has(w.folded) || (COMPOUND_LEADER_HEADS.get(headWord) === w.folded));
  if (leading) return possessive ? { type: 'leads' } : { type: 'leads', onlyIfOrganisation: true };
  if (HONORIFICS.has(headWord)) return undefined;
  return { type: 'member-of', onlyIfOrganisation: true };
}

/**
 * The role stated right before an occurrence, with the owner occurrence it names in the
 * possessive, if any. `occAt` maps word indices of the unit to occurrences.
 */
export function roleBefore(text: string, occ: Occurrence, occAt: readonly (Occurrence | undefined)[]): boolean {
  // A title whose head stands before an "of" phrase: "Minister of Foreign Affairs Prak Sokhonn".
  const head = occ.titleHead !== undefined && occ.titleHead < occ.from - 1 ? occ.titleHead : occ.from - 1;
  let found = roleEndingAt(text, occ, occAt, head, head + 1, occ.from - 1);
  if (found === undefined && occ.titleHead === undefined) {
    // "the commission’s head of media, Dele Oyewale, said": a role with an "of" phrase before the name.
    const of = ofPhraseBefore(occ, occAt);
    if (of) found = roleEndingAt(text, occ, occAt, of.head, occ.from, occ.from - 1, of.target, of.relate);
  }
  if (found !== undefined && found > 0 && /^,\s+$/.test(occ.unit.words[found - 1].post)) {
    // "Its commander, Colonel Saw Htoo Lwin,", "Santillan’s lawyer, Atty. Benigno Cruz,".
    roleEndingAt(text, occ, occAt, found - 1, found);
  }
  return found !== undefined;
}

/**
 * The role whose head is word `head`, right before word `next` (the name, or a title already
 * read). Returns the index of the role's first word, or undefined when there is none.
 */
function roleEndingAt(text: string, occ: Occurrence, occAt: readonly (Occurrence | undefined)[], head: number, next: number, last = head, ofTarget?: Occurrence, relate = true): number | undefined {
  const words = occ.unit.words;
  if (head < 0) return undefined;
  // The word right before the name: the head, or the end of an "of" phrase after it.
  const gap = next === occ.from ? last : head;
  if (!joinsNext(words[gap], words[next])) {
    // "its director, Phạm Minh Tuấn, said": a role, a comma, the name and a closing comma or stop.
    const closes = occ.to === words.length - 1 || /^[,.;:]/.test(words[occ.to].post.trim());
    // "Kenya’s Interior Minister, Kipchumba Murkomen, said": a formal title written with a capital
    // is a role as its lower-case form is.
    const capitalisedTitle = words[gap].cap && !words[gap].initial && gap === head && isRoleHead(words, head, true);
    if (!(/^,\s+$/.test(words[gap].post) && closes && (!words[gap].cap || capitalisedTitle) && !occ.possessive) && !(ofTarget && /^,\s+$/.test(words[gap].post) && closes && !occ.possessive)) return undefined;
    // "Brazil’s consumer protection agency, Procon, said": an organisation noun works the same way.
    // ("The president of the electoral body, Elvis Amoroso": the name is the president's.)
    const roleOfBefore = words.slice(Math.max(0, head - 5), head).some((w, k, near) => w.folded === 'of' && k > 0 && isRoleNoun(words, head - near.length + k - 1));
    const orgNoun = !roleOfBefore && !words[head].cap && organisationNoun(words, head) && !isRoleHead(words, head) && head > 0 &&
      (words[head - 1].possessive || (joinsNext(words[head - 1], words[head]) && !isFunctionWord(words[head - 1]) && !POSSESSIVE_PRONOUNS.has(words[head - 1].folded) && !FUNCTION_WORDS.has(words[head - 1].folded)));
    // "my friend, Musa, said": a relation noun in lower case works the same way.
    const relation = !words[head].cap && RELATION_NOUNS.has(words[head].folded);
    if (!isRoleNoun(words, head) && !orgNoun && !relation) return undefined;
  }
  // The head may open the sentence: "Broadcaster KTN said", "Planemaker Corvane said".
  const organisationHead = (!words[head].cap || (words[head].initial && !occAt[head])) && organisationNoun(words, head) && !isRoleHead(words, head);
  // A name from a table (country, well-known organisation) takes only an organisation's role.
  if (occ.canonical !== undefined && !organisationHead) return undefined;
  if (!isRoleNoun(words, head) && !organisationHead && !(RELATION_NOUNS.has(words[head].folded) && !words[head].cap)) return undefined;
  if (occAt[head] && occAt[head] !== occ && !isRoleHead(words, head, true)) return undefined;

  let left = head;
  let owner: Occurrence | undefined;
  let pendingAnd = -1;
  for (let m = head - 1; m >= 0 && head - m < MAX_ROLE_WORDS; m--) {
    const w = words[m];
    const joined = joinsNext(w, words[m + 1]) || (w.possessive && /^\s+$/.test(w.post));
    if (!joined) break;
    const there = occAt[m];
    if (w.possessive && there) {
      owner = there;
      left = there.from;
      pendingAnd = -1;
      break;
    }
    if ((w.folded === 'and' || w.text === '&') && pendingAnd < 0) {
      const before = words[m - 1];
      if (before && (isRoleHead(words, m - 1) || isRoleModifier(words, m - 1))) { pendingAnd = m; continue; }
      break;
    }
    if (there && there !== occ && w.cap && !isRoleModifier(words, m) && !isRoleHead(words, m, true)) {
      // A name before the title, e.g. "Amnesty International Secretary General X".
      left = there.from;
      if (there.to === m) owner = there;
      pendingAnd = -1;
      break;
    }
    if (isRoleHead(words, m) || isRoleModifier(words, m) || isClassifier(w)) {
      left = m;
      pendingAnd = -1;
      continue;
    }
    break;
  }
  void pendingAnd;
  // An honorific right before the name is not part of the role: "Hydrologist Dr. Ana Ferreira".
  let roleEnd = last;
  if (left < head && last === head && HONORIFICS.has(words[head].folded)) roleEnd = head - 1;
  const roleText = text.slice(words[left].start, words[roleEnd].end);
  const honorificOnly = left === head && HONORIFICS.has(words[head].folded.replace(/\.$/, ''));
  if (organisationHead) occ.evidence.organisation += WEIGHT.cue;
  else occ.evidence.person += WEIGHT.cue;
  if (!honorificOnly) occ.roles.push({ text: roleText, span: { start: words[left].start, end: words[roleEnd].end } });
  if (ofTarget && ofTarget !== occ && relate) {
    // "the director of Amnesty International, X": the organisation after "of".
    const modifiers = words.slice(left, head).map((w) => w.folded);
    const relation = RELATION_NOUNS.get(words[head].folded);
    const span = { start: words[left].start, end: occ.span.end };
    if (relation) occ.relations.push({ type: relation, target: ofTarget, span });
    else if (isLeaderHead(words, head) && !modifiers.some((m) => NOT_LEADING.has(m))) occ.relations.push({ type: 'leads', target: ofTarget, span, onlyIfOrganisation: true });
    else if (!modifiers.includes('former')) occ.relations.push({ type: 'member-of', target: ofTarget, span, onlyIfOrganisation: true });
  } else if (owner) {
    const relation = relationFromOwner(words, owner.to, head, words[owner.to].possessive);
    if (relation) occ.relations.push({ type: relation.type, target: owner, span: { start: owner.span.start, end: occ.span.end }, onlyIfOrganisation: relation.onlyIfOrganisation });
  }
  return left;
}

const MAX_OF_PHRASE_WORDS = 4;

/**
 * A role noun followed by an "of" phrase right before the name, with or without a comma between:
 * "head of media, Dele Oyewale", "director of communications Ana Lima", "the director of Amnesty
 * International, X". The phrase is lower-case words or one name ending right before the name.
 */
function ofPhraseBefore(occ: Occurrence, occAt: readonly (Occurrence | undefined)[]): { head: number; target?: Occurrence; relate: boolean } | undefined {
  const words = occ.unit.words;
  const p = occ.from - 1;
  if (p < 2 || occ.canonical !== undefined) return undefined;
  let target: Occurrence | undefined;
  let k = p;
  const there = occAt[p];
  if (there && there !== occ && there.to === p) {
    if (there.possessive) return undefined;
    target = there;
    k = there.from - 1;
    // "the ambassador to Lebanon, X": a role "to" or "for" a place; what a role is "of" a place
    // says nothing of who holds it ("residents of Belbari, X").
    if (there.evidence.place > 0 && !ROLE_DESTINATIONS.has(words[k]?.folded ?? '')) return undefined;
  } else {
    let n = 0;
    while (k >= 0 && n < MAX_OF_PHRASE_WORDS && words[k].folded !== 'of' && !ROLE_DESTINATIONS.has(words[k].folded)) {
      const w = words[k];
      if (w.cap || w.possessive || isFunctionWord(w) && w.folded !== 'and' || occAt[k] || !/^[\p{L}'’-]+$/u.test(w.text)) return undefined;
      if (k < p && !joinsNext(w, words[k + 1])) return undefined;
      k--;
      n++;
    }
  }
  if (k < 1 || (words[k].folded !== 'of' && !ROLE_DESTINATIONS.has(words[k].folded)) || !joinsNext(words[k], words[k + 1])) return undefined;
  // "the chief executive officer of Jamaica Public Service, said": a name right after "of" is what
  // the role is of, not who holds it.
  if (k === p && !target) return undefined;
  if (words[k + 1]?.folded === 'the' && !target) return undefined;
  const head = k - 1;
  if (!joinsNext(words[head], words[k]) || !isRoleNoun(words, head) || words[head].cap) return undefined;
  // A role "to" or "for" someone holds no relation to them ("adviser to the president").
  return { head, target, relate: words[k].folded === 'of' };
}


/** The words of the phrase that starts at word i and runs to the next comma, dash, bracket or stop. */
function phraseFrom(words: readonly Word[], i: number): number {
  let j = i;
  while (j < words.length - 1 && j - i < MAX_APPOSITIVE_WORDS && /^\s*$/.test(words[j + 1].pre) && /^\s+$/.test(words[j].post.replace(/^['’]/, ''))) j++;
  return j;
}

/**
 * Whether the name at `from` closes a phrase that opens the sentence: "In an interview with the
 * Hindustan Times, the minister denied…", "Speaking to Channel News Asia, a lawmaker said…". The
 * sentence opens with a preposition or a gerund and no comma stands before the name, so what
 * follows the comma is the sentence's subject, not an appositive of the name.
 */
function inOpeningPhrase(words: readonly Word[], from: number): boolean {
  const opener = words[0];
  if (from < 2 || !opener || !(opener.tags.has('Preposition') || opener.tags.has('Gerund'))) return false;
  for (let k = 0; k < from; k++) if (!joinsNext(words[k], words[k + 1])) return false;
  // "Among the speakers was X, the leader of Y": a verb inverted after the phrase ends it; the name is its subject.
  if (words.slice(1, from).some((w) => w.tags.has('Copula'))) return false;
  return true;
}

/**
 * The appositive after an occurrence: ", Secretary General of Amnesty International,". Sets
 * evidence, role and relation on the occurrence; returns the last word of the appositive.
 */
export function appositiveAfter(text: string, occ: Occurrence, occAt: readonly (Occurrence | undefined)[]): number | undefined {
  const words = occ.unit.words;
  if (occ.canonical !== undefined && occ.evidence.place > 0) return undefined;
  // "Karen Border Guard Force (BGF), a militia…": the appositive follows the declared acronym.
  let last = occ.to;
  const acronym = words[occ.to + 1];
  if (acronym?.acronym && /\(\s*$/.test(acronym.pre) && /^\),\s+$/.test(acronym.post) && /^\s+$/.test(words[occ.to].post)) last = occ.to + 1;
  const lastPost = last === occ.to ? words[occ.to].post : words[last].post.slice(1);
  if (occ.possessive || !/^,\s+$/.test(lastPost)) return undefined;
  // "In Budapest, a government spokesman, X, said": an introductory phrase, not an appositive. A
  // conjunction after a comma opens a clause whose subject may have one ("…, and Tomas Lind, a
  // lawyer, said").
  const before = words[occ.from - 1];
  const introductory = before && joinsNext(before, words[occ.from]) && (before.tags.has('Preposition') || FUNCTION_WORDS.has(before.folded)) && !before.tags.has('Conjunction') &&
    (before.initial || /,\s*$/.test(words[occ.from - 2]?.post ?? ''));
  let start = last + 1;
  if (start >= words.length) return undefined;
  if (introductory || inOpeningPhrase(words, occ.from)) {
    // "In Mazar Dara, a mountain village in Kunar, a farmer said…": what follows the comma may be
    // the subject, but a place noun set off there describes the name, not the subject.
    const scratch: Occurrence = { ...occ, evidence: { ...occ.evidence }, roles: [], relations: [] };
    const end = DETERMINERS.has(words[start].folded) ? appositiveEnd(text, scratch, occAt, start) : undefined;
    if (end === undefined || scratch.evidence.place === occ.evidence.place || end === words.length - 1 || !/^,/.test(words[end].post.trim())) return undefined;
    occ.evidence.place = scratch.evidence.place;
    return end;
  }
  // An age between commas comes first: "Trần Thị Hoa, 54, a rice farmer,".
  const aged = words[start].tags.has('Value') && /^,\s+$/.test(words[start].post);
  if (aged) start++;
  const first = words[start];
  if (!first || CLAUSE_OPENERS.has(first.folded)) return undefined;
  const end = appositiveEnd(text, occ, occAt, start);
  // "Andrieneke Hyman, 13, looks at…": an age set off by commas after a name, then the verb, is a person's.
  if (end === undefined && aged && isAge(words[start - 1]) && !first.cap && occ.canonical === undefined && occ.evidence.place + occ.evidence.organisation + occ.evidence.group === 0) {
    occ.evidence.person += WEIGHT.list;
  }
  return end;
}

/** A number a person's age may be: a whole number from 1 to 119, in figures. */
function isAge(w: Word): boolean {
  return /^\d{1,3}$/.test(w.text) && Number(w.text) >= 1 && Number(w.text) < 120;
}

/** The appositive phrase from word `start` on: its evidence, role and relation on `occ`; its last word. */
function appositiveEnd(text: string, occ: Occurrence, occAt: readonly (Occurrence | undefined)[], start: number): number | undefined {
  const words = occ.unit.words;
  let end = phraseFrom(words, start);
  const closing = words[end].post;
  // The appositive is closed by a comma, a stop or the end of the sentence, never by "and" lists.
  if (!(end === words.length - 1 || /^[,.;:!?)—–]/.test(closing.trim()))) return undefined;

  let head = -1;
  let preposition = -1;
  for (let k = start; k <= end; k++) {
    const w = words[k];
    if (APPOSITIVE_PREPOSITIONS.has(w.folded) && head >= 0 && k === head + 1) { preposition = k; break; }
    if (k === start && w.cap && occAt[k] && !isRoleHead(words, k, true) && !isRoleModifier(words, k)) {
      // Starts with a name: a list ("X, Y and Z") unless the name is an owner ("Thailand’s prime minister").
      const there = occAt[k]!;
      if (!words[there.to].possessive) return undefined;
      k = there.to;
      continue;
    }
    // "Tarini, a Queensland resident who…": a place before the head says where the role is.
    const place = occAt[k];
    // "another Gen Z protester": a group before the head says which people the role is among.
    const e = place?.evidence;
    const where = e !== undefined && ((e.place >= WEIGHT.tagPlace && e.person + e.organisation + e.group === 0) || (e.group >= WEIGHT.cue && e.person + e.organisation + e.place === 0));
    if (w.cap && head < 0 && place && place.from === k && k > start && !place.possessive && where) {
      k = place.to;
      continue;
    }
    const kindNoun = !w.cap && (ORG_APPOSITIVE_HEADS.has(w.folded) || PLACE_APPOSITIVE_HEADS.has(w.folded) || PERSON_NOUNS.has(w.folded));
    if (isRoleNoun(words, k, true) || RELATION_NOUNS.has(w.folded) || kindNoun) {
      head = k;
      continue;
    }
    // "a student and protester": two role nouns joined by "and" head one appositive.
    if (head >= 0 && k === head + 1 && w.folded === 'and' && words[k + 1] && (isRoleNoun(words, k + 1, true) || (!words[k + 1].cap && PERSON_NOUNS.has(words[k + 1].folded)))) continue;
    // "a businessman whose company…", "a Chinese businessman identified as…": the role ends at its
    // head when a relative pronoun or a participle follows; any other word means no appositive.
    if (head >= 0 && k === head + 1) {
      if (CLAUSE_OPENERS.has(w.folded) || (w.tags.has('Verb') && (w.tags.has('PastTense') || w.tags.has('Gerund') || w.tags.has('Participle')))) { end = head; break; }
      return undefined;
    }
    // "Tolotra, another Gen Z protester,": "another" opens a noun phrase as an article does.
    if ((DETERMINERS.has(w.folded) || w.folded === 'another') && k === start) continue;
    if (demonymOfTwo(words, k)) { k++; continue; }
    if (isRoleModifier(words, k) || isClassifier(w) || w.tags.has('Value') || (w.possessive && !w.cap)) continue;
    if (w.tags.has('Adjective') && !w.cap) continue;
    return undefined;
  }
  if (head < 0) return undefined;
  // The head must end the noun phrase: nothing but a preposition phrase may follow it.
  if (preposition < 0 && head !== end) return undefined;
  // "…, among them 150 Chinese citizens, the commission’s head of media, Dele Oyewale, said": a
  // role between commas right before a name set off by commas belongs to that name.
  if (nameSetOffAfter(words, end, occAt)) return undefined;

  const headWord = words[head].folded;
  const phraseSpan = { start: words[start].start, end: words[end].end };
  const phraseText = text.slice(phraseSpan.start, phraseSpan.end);
  if (PLACE_APPOSITIVE_HEADS.has(headWord) && !isRoleHead(words, head)) {
    occ.evidence.place += WEIGHT.cue;
    return end;
  }
  if (ORG_APPOSITIVE_HEADS.has(headWord) && !isRoleHead(words, head)) {
    occ.evidence.organisation += WEIGHT.cue;
    occ.roles.push({ text: phraseText, span: phraseSpan });
    return end;
  }
  // A listed role is a strong cue; a noun that only looks like one ("contractor") is weaker.
  occ.evidence.person += isRoleNoun(words, head) || RELATION_NOUNS.has(headWord) || PERSON_NOUNS.has(headWord) ? WEIGHT.cue : WEIGHT.list;
  occ.roles.push({ text: phraseText, span: phraseSpan });

  // "of Y" after the head names the actor of a relation, when Y ends the appositive.
  if (preposition >= 0) {
    let t = preposition + 1;
    if (words[t] && DETERMINERS.has(words[t].folded)) t++;
    const target = occAt[t];
    if (target && target.from === t && target.to === end && target !== occ) {
      const modifiers = words.slice(start, head).map((w) => w.folded);
      const relation = RELATION_NOUNS.get(headWord);
      const leading = isLeaderHead(words, head) && !modifiers.some((m) => NOT_LEADING.has(m));
      const span = { start: occ.span.start, end: phraseSpan.end };
      // The other side of a stated relation is an actor too: a person or group for kin and
      // associates, an organisation for what someone leads or belongs to (weakly: its own cues win).
      if (relation && words[preposition].folded === 'of') {
        occ.relations.push({ type: relation, target, span });
        target.evidence.person += WEIGHT.list;
      } else if (leading && words[preposition].folded === 'of') {
        occ.relations.push({ type: 'leads', target, span });
        target.evidence.organisation += WEIGHT.list;
      } else if (!relation && !modifiers.includes('former')) {
        occ.relations.push({ type: 'member-of', target, span, onlyIfOrganisation: true });
      }
    }
  } else {
    // An owner at the start: "X, Thailand’s prime minister," → leads Thailand.
    const owner = occAt[start];
    if (owner && words[owner.to].possessive) {
      const relation = relationFromOwner(words, owner.to, head, true);
      if (relation) occ.relations.push({ type: relation.type, target: owner, span: { start: occ.span.start, end: phraseSpan.end }, onlyIfOrganisation: relation.onlyIfOrganisation });
    }
  }
  return end;
}

/**
 * "businessman Marek Kowalczyk of the Law and Justice party": a person named with a role, then
 * "of" and an organisation, belongs to it (a place after "of" is where the person is from).
 */
export function organisationOfAfter(occ: Occurrence, occAt: readonly (Occurrence | undefined)[]): void {
  const words = occ.unit.words;
  if (occ.roles.length === 0 || occ.possessive || occ.evidence.person === 0) return;
  const of = words[occ.to + 1];
  if (!of || of.folded !== 'of' || !joinsNext(words[occ.to], of)) return;
  let t = occ.to + 2;
  if (words[t]?.folded === 'the' && joinsNext(of, words[t])) t++;
  const target = occAt[t];
  if (!target || target.from !== t || target === occ || !joinsNext(words[t - 1], words[t])) return;
  const after = words[target.to + 1];
  const closes = !after || /^[,.;:)—–]/.test(words[target.to].post.trim()) ||
    (joinsNext(words[target.to], after) && !after.cap && (ORG_APPOSITIVE_HEADS.has(after.folded) || PARTY_NOUNS_AFTER_NAME.has(after.folded)));
  if (!closes) return;
  occ.relations.push({ type: 'member-of', target, span: { start: occ.span.start, end: target.span.end }, onlyIfOrganisation: true });
}

/** Whether a name without a table entry follows word `end` after a comma, closed by a comma, a stop or the sentence's end. */
function nameSetOffAfter(words: readonly Word[], end: number, occAt: readonly (Occurrence | undefined)[]): boolean {
  const next = occAt[end + 1];
  if (!next || next.from !== end + 1 || next.canonical !== undefined || next.possessive || !/^,\s+$/.test(words[end].post)) return false;
  if (isRoleHead(words, next.from, true) || demonymAt(words, next.from)) return false;
  return next.to === words.length - 1 || /^[,.;:]/.test(words[next.to].post.trim());
}

/** Index of occurrences by word, for one unit. */
export function occurrenceIndex(unit: Unit, occurrences: readonly Occurrence[]): (Occurrence | undefined)[] {
  const at: (Occurrence | undefined)[] = new Array(unit.words.length).fill(undefined);
  for (const o of occurrences) for (let k = o.from; k <= o.to; k++) at[k] = o;
  return at;
}

/**
 * A noun of organisations ("the broadcaster", "the news agency"), or a noun that makes a news
 * outlet after a word of the media ("the radio station Exitosa"; "the railway station" is none).
 */
function organisationNoun(words: readonly Word[], head: number): boolean {
  const w = words[head].folded;
  if (ORG_APPOSITIVE_HEADS.has(w)) return true;
  const before = words[head - 1];
  return MODIFIED_OUTLET_NOUNS.has(w) && before !== undefined && !before.cap && OUTLET_MODIFIERS.has(before.folded) && joinsNext(before, words[head]);
}
