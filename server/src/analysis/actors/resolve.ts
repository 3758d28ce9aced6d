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
import { DROPPABLE_ORG_SUFFIXES, FORMAL_TITLES, ORG_CUES, ROLE_HEADS, ROLE_MODIFIERS } from './vocabulary';

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
  const group = (o: Occurrence, key: string) => {
    keyOf.set(o, key);
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  };
  for (const o of occurrences) {
    const key = keyOf.get(o)!;
    if (key) group(o, key);
  }

  const isActor = (key: string) => {
    const occs = groups.get(key);
    return occs !== undefined && kindOf(sum(occs)).score >= MIN_EVIDENCE;
  };
  const actorKeys = () => [...groups.keys()].filter(isActor);

  // Acronyms that spell the initials of exactly one named organisation in the article.
  for (const o of occurrences) {
    const key = keyOf.get(o)!;
    if (!isAcronym(o.text) || isActor(key)) continue;
    const letters = acronymLetters(o.text);
    const matches = actorKeys().filter((k) => {
      const occs = groups.get(k)!;
      return kindOf(sum(occs)).kind === 'organisation' && occs.some((x) => initials(x.canonical ?? x.text) === letters);
    });
    if (matches.length === 1) moveTo(o, matches[0]);
  }

  // Surnames, given names and short organisation names after the full name.
  const persons = actorKeys().filter((k) => kindOf(sum(groups.get(k)!)).kind === 'person');
  const organisations = actorKeys().filter((k) => kindOf(sum(groups.get(k)!)).kind === 'organisation');
  for (const o of occurrences) {
    if (o.heading || o.unit.words[o.from].acronym) continue;
    const key = keyOf.get(o)!;
    const own = groups.get(key)!;
    const ownKind = kindOf(sum(own));
    const length = o.to - o.from + 1;
    // A short form that is an actor by strong evidence of its own stays one, unless it is a lone
    // person word ("Mr. Sims"); weak evidence (a tag on a sentence-initial word) gives way.
    if (isActor(key) && ownKind.kind !== 'person' && ownKind.score >= WEIGHT.cue) continue;
    if (isActor(key) && ownKind.kind === 'person' && own.some((x) => x.to - x.from + 1 > length)) continue;
    const short = fold(o.text).split(/[\s-]+/);
    if (short.length === 1 && isCommonTitleWord(short[0])) continue;
    const candidates = persons.filter((k) => {
      const g = groups.get(k);
      if (k === key || !g) return false;
      const full = g.filter((x) => x.to - x.from + 1 > length && x.span.start < o.span.start);
      if (full.length === 0) return false;
      const parts = fold(full[0].text).split(/[\s-]+/);
      if (parts.length <= short.length) return false;
      // The surname(s) at the end ("Callamard", "Quispe Huamán") or the given name alone at the start.
      const tail = parts.slice(parts.length - short.length).join(' ') === short.join(' ');
      return tail || (short.length === 1 && parts[0] === short[0]);
    });
    if (candidates.length === 1) moveTo(o, candidates[0]);
  }
  // "Amnesty" for Amnesty International, "St. Aurelia" for St. Aurelia General Hospital: the name
  // without its trailing organisation words, after the full name, unless it is an actor by strong
  // evidence of its own.
  for (const o of occurrences) {
    const key = keyOf.get(o)!;
    if (o.heading || organisations.includes(key)) continue;
    const own = groups.get(key);
    if (own && isActor(key) && kindOf(sum(own)).score >= WEIGHT.cue) continue;
    const short = fold(o.text).split(' ');
    const matches = organisations.filter((k) => (groups.get(k) ?? []).some((x) => {
      const words = fold(x.canonical ?? x.text).split(' ');
      if (words.length <= short.length || words.slice(0, short.length).join(' ') !== short.join(' ') || x.span.start >= o.span.start) return false;
      const rest = words.slice(short.length);
      return rest.every((w) => DROPPABLE_ORG_SUFFIXES.has(w) || ORG_CUES.has(w) || ROLE_MODIFIERS.has(w)) && rest.some((w) => ORG_CUES.has(w) || DROPPABLE_ORG_SUFFIXES.has(w));
    }));
    if (matches.length === 1) moveTo(o, matches[0]);
  }

  // Known names inside runs that carry no evidence: headings, "Red Notice" leftovers and the like.
  const extra: Occurrence[] = [];
  const known = actorKeys().map((k) => ({ key: k, words: fold(bestText(groups.get(k)!)).split(/[\s-]+/), kind: kindOf(sum(groups.get(k)!)).kind }));
  for (const o of occurrences) {
    const key = keyOf.get(o)!;
    if (isActor(key) || o.from === o.to) continue;
    const words = o.unit.words;
    for (let i = o.from; i <= o.to; i++) {
      for (const k of known) {
        const n = k.words.length;
        if (i + n - 1 > o.to) continue;
        if (n === 1 && k.kind === 'person') continue;
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
    const { kind } = kindOf(sum(occs));
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
