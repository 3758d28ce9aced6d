/**
 * From occurrences to the actors of one article. Occurrences with the same identity key are one
 * actor; an actor exists when its evidence for one kind reaches MIN_EVIDENCE over the article.
 * Then the weaker links: an acronym declared in brackets or spelling the initials of a named
 * organisation, a surname or given name alone after the full name ("Callamard" → Agnès Callamard),
 * a short form of an organisation ("Amnesty"), and known names inside runs that carry no evidence
 * themselves (in headings, "The Cambodia Cybercrime Crackdown").
 */
import type { ActorKind, ArticleActor, Relation, RelationType, Span } from '../types';
import { fold } from './fold';
import { actorKey, fuller } from './identity';
import { MIN_EVIDENCE, WEIGHT, type Occurrence } from './occurrences';
import { acronymLetters, acronymOf, initials, isAcronym } from './organisations';
import { BARE_FEATURE_WORDS, DROPPABLE_ORG_SUFFIXES, FORMAL_TITLES, ORG_CUES, ROLE_HEADS, ROLE_MODIFIERS } from '../lexicon';
import { placeByWords } from './gazetteer';
import { worldPlaceByWords } from './worldPlaces';

const KIND_ORDER: readonly ActorKind[] = ['person', 'organisation', 'place', 'group'];

export interface ResolvedActor {
  key: string;
  kind: ActorKind;
  occurrences: Occurrence[];
  /** Acronym declared in the article or known for the name. */
  acronym?: string;
  canonical?: string;
}

export interface Resolution {
  actors: ResolvedActor[];
  /** The actor each occurrence that names one belongs to. */
  actorOf: Map<Occurrence, ResolvedActor>;
}

function kindOf(evidence: Record<ActorKind, number>): { kind: ActorKind; score: number } {
  let best: ActorKind = 'person';
  for (const k of KIND_ORDER) if (evidence[k] > evidence[best]) best = k;
  return { kind: best, score: evidence[best] };
}

function sum(occs: readonly Occurrence[]): Record<ActorKind, number> {
  const total: Record<ActorKind, number> = { person: 0, organisation: 0, place: 0, group: 0 };
  for (const o of occs) for (const k of KIND_ORDER) total[k] += o.evidence[k];
  return total;
}

/** Words that are never a name on their own, even where a name would fit. */
function isCommonTitleWord(folded: string): boolean {
  return ROLE_HEADS.has(folded) || FORMAL_TITLES.has(folded) || ROLE_MODIFIERS.has(folded);
}

export function resolveActors(text: string, occurrences: readonly Occurrence[]): Resolution {
  const keyOf = new Map<Occurrence, string>();
  for (const o of occurrences) keyOf.set(o, o.key ?? actorKey(o.canonical ?? o.text));

  // Acronyms declared in brackets take the key of the name before them.
  const declared = new Map<string, string>();
  for (const o of occurrences) {
    if (!o.declares) continue;
    const target = keyOf.get(o.declares)!;
    keyOf.set(o, target);
    declared.set(target, o.text);
    declared.set(acronymLetters(o.text), target);
  }
  for (const o of occurrences) {
    const k = keyOf.get(o)!;
    if (isAcronym(o.text) && declared.has(acronymLetters(o.text))) keyOf.set(o, declared.get(acronymLetters(o.text))!);
    else if (k) keyOf.set(o, k);
  }

  const groups = new Map<string, Occurrence[]>();
  const summaries = new Map<string, { kind: ActorKind; score: number }>();
  const group = (o: Occurrence, key: string) => {
    keyOf.set(o, key);
    summaries.delete(key);
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  };
  for (const o of occurrences) {
    const key = keyOf.get(o)!;
    if (key) group(o, key);
  }

  // Kind and score of each group, cached until the group changes.
  const summary = (key: string) => {
    let found = summaries.get(key);
    if (!found) {
      const occs = groups.get(key);
      found = occs ? kindOf(sum(occs)) : { kind: 'person', score: 0 };
      summaries.set(key, found);
    }
    return found;
  };
  const isActor = (key: string) => groups.has(key) && summary(key).score >= MIN_EVIDENCE;
  const actorKeys = () => [...groups.keys()].filter(isActor);
  const foldedText = new Map<Occurrence, string[]>();
  const wordsOf = (o: Occurrence, text = o.text) => {
    let found = foldedText.get(o);
    if (!found) {
      found = fold(text).split(/[\s-]+/).filter(Boolean);
      foldedText.set(o, found);
    }
    return found;
  };

  // Acronyms that spell the initials of exactly one named organisation in the article.
  const byInitials = new Map<string, Set<string>>();
  for (const k of actorKeys()) {
    if (summary(k).kind !== 'organisation') continue;
    for (const x of groups.get(k) ?? []) {
      const letters = initials(x.canonical ?? x.text);
      if (!letters) continue;
      const keys = byInitials.get(letters) ?? new Set<string>();
      keys.add(k);
      byInitials.set(letters, keys);
    }
  }
  for (const o of occurrences) {
    const key = keyOf.get(o)!;
    // An acronym the article never spells out may still spell a named organisation's initials,
    // whatever its own evidence ("MRC staff" after "the Mekong River Commission").
    if (!isAcronym(o.text) || (isActor(key) && o.canonical !== undefined)) continue;
    const matches = byInitials.get(acronymLetters(o.text));
    if (matches && matches.size === 1) moveTo(o, [...matches][0]);
  }

  // A full name with no evidence of its own ("officers met Kunle Adeyemi") before a person the
  // article names only by the surname ("Mr Adeyemi said"): one person, under the full name.
  for (const k of actorKeys()) {
    if (summary(k).kind !== 'person' || k.includes(' ')) continue;
    const own = groups.get(k)!;
    if (own.some((x) => x.to > x.from)) continue;
    const firstStart = Math.min(...own.map((x) => x.span.start));
    const fullKeys = new Set<string>();
    for (const o of occurrences) {
      const key = keyOf.get(o)!;
      if (o.heading || o.to === o.from || o.span.start >= firstStart || o.canonical || isActor(key) || !key) continue;
      if (o.evidence.person + o.evidence.organisation + o.evidence.place + o.evidence.group > 0) continue;
      const parts = key.split(' ');
      if (parts[parts.length - 1] !== k || parts.length > 4 || parts.some(isCommonTitleWord)) continue;
      fullKeys.add(key);
    }
    if (fullKeys.size !== 1) continue;
    const into = [...fullKeys][0];
    for (const o of [...own]) moveTo(o, into);
  }

  // Surnames, given names and short organisation names after the full name. Persons are indexed
  // by the first and last words of their multi-word mentions.
  const persons = actorKeys().filter((k) => summary(k).kind === 'person');
  const organisations = new Set(actorKeys().filter((k) => summary(k).kind === 'organisation'));
  const fullNames = new Map<string, { start: number; parts: string[] }[]>();
  const byEdgeWord = new Map<string, Set<string>>();
  for (const k of persons) {
    const full = groups.get(k)!.filter((x) => x.to > x.from).sort((a, b) => a.span.start - b.span.start).map((x) => ({ start: x.span.start, parts: wordsOf(x) }));
    fullNames.set(k, full);
    for (const f of full) {
      for (const edge of [f.parts[0], f.parts[f.parts.length - 1]]) {
        const keys = byEdgeWord.get(edge) ?? new Set<string>();
        keys.add(k);
        byEdgeWord.set(edge, keys);
      }
    }
  }
  for (const o of occurrences) {
    if (o.unit.words[o.from].acronym) continue;
    const key = keyOf.get(o)!;
    const own = groups.get(key) ?? [];
    const ownKind = summary(key);
    const length = o.to - o.from + 1;
    // A short form that is an actor by strong evidence of its own stays one, unless it is a lone
    // person word ("Mr. Sims"); weak evidence (a tag on a sentence-initial word) gives way.
    if (isActor(key) && ownKind.kind !== 'person' && ownKind.score >= WEIGHT.cue) continue;
    if (isActor(key) && ownKind.kind === 'person' && own.some((x) => x.to - x.from + 1 > length)) continue;
    const short = wordsOf(o);
    if (short.length === 0 || (short.length === 1 && isCommonTitleWord(short[0]))) continue;
    const maybe = new Set([...(byEdgeWord.get(short[short.length - 1]) ?? []), ...(byEdgeWord.get(short[0]) ?? [])]);
    const tailOf = (parts: readonly string[]) => parts.slice(parts.length - short.length).join(' ') === short.join(' ');
    const candidates = o.heading ? [] : [...maybe].filter((k) => {
      if (k === key) return false;
      const full = (fullNames.get(k) ?? []).find((f) => f.parts.length > short.length && f.start < o.span.start);
      if (!full) return false;
      const parts = full.parts;
      // The surname(s) at the end ("Callamard", "Quispe Huamán") or the given name alone at the start.
      return tailOf(parts) || (short.length === 1 && parts[0] === short[0]);
    });
    if (candidates.length === 1) moveTo(o, candidates[0]);
    // "Trump says…" over "US President Donald Trump said": a headline or a lede names by the
    // surname before the body gives the full name. With no full name before it, a surname in a
    // heading, or one the article reads as a person of its own ("Trump, who spoke…"), joins the one
    // person the whole article names in full with it (a bare surname with nothing said of it in
    // the body stays apart).
    if (candidates.length === 0 && (o.heading ? ownKind.kind === 'person' || !isActor(key) : isActor(key) && ownKind.kind === 'person')) {
      const later = [...maybe].filter((k) => k !== key && (fullNames.get(k) ?? []).some((f) => f.parts.length > short.length && tailOf(f.parts)));
      const anyBefore = [...maybe].some((k) => k !== key && (fullNames.get(k) ?? []).some((f) => f.start < o.span.start));
      if (later.length === 1 && !anyBefore && sum(own).organisation + sum(own).place + sum(own).group === 0) moveTo(o, later[0]);
    }
  }
  // "Amnesty" for Amnesty International, "St. Aurelia" for St. Aurelia General Hospital: the name
  // without its trailing organisation words, after the full name, unless it is an actor by strong
  // evidence of its own.
  const shortForms = new Map<string, { key: string; start: number }[]>();
  for (const k of organisations) {
    for (const x of groups.get(k) ?? []) {
      if (x.namedAfter) continue;
      const words = fold(x.canonical ?? x.text).split(' ');
      for (let n = words.length - 1; n >= 1; n--) {
        const rest = words.slice(n);
        if (!rest.every((w) => DROPPABLE_ORG_SUFFIXES.has(w) || ORG_CUES.has(w) || ROLE_MODIFIERS.has(w))) break;
        if (!rest.some((w) => ORG_CUES.has(w) || DROPPABLE_ORG_SUFFIXES.has(w))) continue;
        const form = words.slice(0, n).join(' ');
        const list = shortForms.get(form) ?? [];
        list.push({ key: k, start: x.span.start });
        shortForms.set(form, list);
      }
    }
  }
  // The first word of a company's name alone ("Veltra" after "Veltra Minerals"), when that word
  // is an organisation by its own evidence or has none, and nothing says it is a place or a person.
  const firstWords = new Map<string, { key: string; start: number }[]>();
  for (const k of organisations) {
    for (const x of groups.get(k) ?? []) {
      if (x.canonical || x.to === x.from) continue;
      const words = fold(x.text).split(' ');
      if (words.length !== 2 || !x.unit.words[x.from].cap || isCommonTitleWord(words[0])) continue;
      const list = firstWords.get(words[0]) ?? [];
      list.push({ key: k, start: x.span.start });
      firstWords.set(words[0], list);
    }
  }
  for (const o of occurrences) {
    const key = keyOf.get(o)!;
    if (o.heading || o.from !== o.to || o.canonical || shortForms.has(fold(o.text))) continue;
    const own = sum(groups.get(key) ?? []);
    if (own.place > 0 || own.person >= WEIGHT.cue || own.group > 0) continue;
    const matches = new Set((firstWords.get(fold(o.text)) ?? []).filter((f) => f.start < o.span.start && f.key !== key).map((f) => f.key));
    if (matches.size === 1) moveTo(o, [...matches][0]);
  }
  for (const o of occurrences) {
    const key = keyOf.get(o)!;
    if (o.heading) continue;
    // An organisation of its own under the short name ("Shares in Solverde" after "Solverde
    // Energia") is the same organisation; another kind with strong evidence stays apart.
    if (!organisations.has(key) && isActor(key) && summary(key).score >= WEIGHT.cue) continue;
    // A place of the gazetteer or the world data is itself, whatever body is named after it ("Ohio’s"
    // beside "the Ohio Legislature").
    if ((o.canonical !== undefined || worldPlaceByWords(wordsOf(o))) && o.evidence.place > 0 && !organisations.has(key)) continue;
    const forms = shortForms.get(fold(o.text));
    if (!forms) continue;
    const matches = new Set(forms.filter((f) => f.start < o.span.start && f.key !== key).map((f) => f.key));
    if (matches.size === 1) moveTo(o, [...matches][0]);
  }

  // "Kelvor" after "the Kelvor river" or "River Kelvor": a natural feature named without its
  // geographic word, when the bare name is no known place and no actor by strong evidence of
  // another kind ("the Kathmandu valley" leaves Kathmandu alone).
  const featureForms = new Map<string, { key: string; start: number }[]>();
  for (const k of actorKeys()) {
    if (summary(k).kind !== 'place') continue;
    for (const x of groups.get(k) ?? []) {
      if (x.canonical) continue;
      const words = fold(x.text).split(' ');
      if (words.length < 2) continue;
      const form = BARE_FEATURE_WORDS.has(words[0]) ? words.slice(1) : BARE_FEATURE_WORDS.has(words[words.length - 1]) ? words.slice(0, -1) : undefined;
      if (!form || placeByWords(form) || worldPlaceByWords(form)) continue;
      const list = featureForms.get(form.join(' ')) ?? [];
      list.push({ key: k, start: x.span.start });
      featureForms.set(form.join(' '), list);
    }
  }
  for (const o of occurrences) {
    const key = keyOf.get(o)!;
    const forms = o.heading ? undefined : featureForms.get(fold(o.text));
    if (!forms || (isActor(key) && summary(key).kind !== 'place' && summary(key).score >= WEIGHT.cue)) continue;
    const matches = new Set(forms.filter((f) => f.start < o.span.start && f.key !== key).map((f) => f.key));
    if (matches.size === 1) moveTo(o, [...matches][0]);
  }

  // "Thai police" beside "the Royal Thai Police": an organisation named by the last two or more
  // words of exactly one longer organisation's name is that organisation.
  const organisationKeys = actorKeys().filter((k) => summary(k).kind === 'organisation');
  for (const k of organisationKeys) {
    const parts = k.split(' ');
    if (parts.length < 2) continue;
    const longer = organisationKeys.filter((other) => other !== k && other.endsWith(` ${k}`));
    if (longer.length !== 1) continue;
    for (const o of [...(groups.get(k) ?? [])]) moveTo(o, longer[0]);
  }

  // Known names inside runs that carry no evidence: headings, "Red Notice" leftovers and the like.
  const extra: Occurrence[] = [];
  const knownByFirstWord = new Map<string, { key: string; words: string[] }[]>();
  for (const k of actorKeys()) {
    const words = fold(bestText(groups.get(k)!)).split(/[\s-]+/);
    if (words.length === 1 && summary(k).kind === 'person') continue;
    const list = knownByFirstWord.get(words[0]) ?? [];
    list.push({ key: k, words });
    knownByFirstWord.set(words[0], list);
  }
  for (const o of occurrences) {
    const key = keyOf.get(o)!;
    if (o.from === o.to || isActor(key)) continue;
    const words = o.unit.words;
    for (let i = o.from; i <= o.to; i++) {
      for (const k of knownByFirstWord.get(words[i].folded) ?? []) {
        const n = k.words.length;
        if (i + n - 1 > o.to) continue;
        let same = true;
        for (let m = 0; m < n && same; m++) same = words[i + m].folded === k.words[m] && (m === n - 1 || !words[i + m].possessive);
        if (!same) continue;
        const sub: Occurrence = { ...o, from: i, to: i + n - 1, span: { start: words[i].start, end: words[i + n - 1].end }, evidence: { person: 0, organisation: 0, place: 0, group: 0 }, roles: [], relations: [] };
        sub.text = text.slice(sub.span.start, sub.span.end);
        sub.possessive = words[i + n - 1].possessive;
        extra.push(sub);
        group(sub, k.key);
        i += n - 1;
        break;
      }
    }
  }

  const actorOf = new Map<Occurrence, ResolvedActor>();
  const actors: ResolvedActor[] = [];
  for (const key of actorKeys()) {
    const occs = groups.get(key)!.sort((a, b) => a.span.start - b.span.start);
    const { kind } = summary(key);
    const canonical = occs.find((o) => o.canonical)?.canonical;
    const actor: ResolvedActor = { key, kind, occurrences: occs, canonical };
    actor.acronym = declared.get(key) ?? occs.find((o) => o.acronym)?.acronym ?? occs.find((o) => isAcronym(o.text) && kind !== 'place')?.text ?? (kind === 'organisation' ? acronymOf(canonical ?? bestText(occs)) : undefined);
    actors.push(actor);
    for (const o of occs) actorOf.set(o, actor);
  }
  actors.sort((a, b) => a.occurrences[0].span.start - b.occurrences[0].span.start);
  return { actors, actorOf };

  function moveTo(o: Occurrence, key: string): void {
    const old = keyOf.get(o)!;
    summaries.delete(old);
    const list = groups.get(old);
    if (list) {
      const i = list.indexOf(o);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) groups.delete(old);
    }
    group(o, key);
  }
}

/** The fullest text among occurrences (a table's canonical name included). */
function bestText(occs: readonly Occurrence[]): string {
  let best = '';
  for (const o of occs) {
    for (const t of [o.canonical, o.text]) if (t && (!best || fuller(t, best))) best = t;
  }
  return best;
}

/** The article actor, statements aside. */
export function toArticleActor(text: string, actor: ResolvedActor, resolution: Resolution, sentenceOf: (o: Occurrence) => Span): ArticleActor {
  const occs = actor.occurrences;
  const name = bestText(occs);
  const aliases: string[] = [];
  for (const o of occs) if (o.text !== name && !aliases.includes(o.text)) aliases.push(o.text);
  const mentions = [];
  const seen = new Set<string>();
  for (const o of occs) {
    const id = `${o.span.start}:${o.span.end}`;
    if (seen.has(id)) continue;
    seen.add(id);
    mentions.push({ span: o.span, text: o.text, sentence: sentenceOf(o) });
  }
  const roles = [];
  const roleSeen = new Set<string>();
  for (const o of occs) {
    for (const r of o.roles) {
      const id = `${r.span.start}:${r.span.end}`;
      if (roleSeen.has(id)) continue;
      roleSeen.add(id);
      roles.push({ text: r.text, span: r.span, mention: o.span });
    }
  }
  const relations: Relation[] = [];
  const relationSeen = new Set<string>();
  const addRelation = (r: Relation) => {
    const id = `${r.type}|${r.targetKey}`;
    if (relationSeen.has(id) || r.targetKey === actor.key) return;
    relationSeen.add(id);
    relations.push(r);
  };
  for (const o of occs) {
    if (o.nationOf) {
      addRelation({ type: 'nationals-of', target: o.nationOf.name, targetKey: fold(o.nationOf.name), span: o.span });
    }
    for (const r of o.relations) {
      const target = resolution.actorOf.get(r.target);
      if (!target) continue;
      if (r.onlyIfOrganisation && target.kind !== 'organisation') continue;
      addRelation({ type: r.type as RelationType, target: r.target.text, targetKey: target.key, span: r.span });
    }
  }
  void text;
  return { key: actor.key, name, kind: actor.kind, aliases, ...(actor.acronym ? { acronym: actor.acronym } : {}), mentions, roles, relations, statements: [] };
}
