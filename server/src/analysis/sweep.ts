/**
 * compromise's `bulkMatch` (the sweep that runs its 570 post-tagger patterns over each clause),
 * with the same result in the same order, for less work. ./nlp.ts puts it in place of compromise's
 * own for each parse and puts the original back at once, so any other caller of compromise (the
 * benchmark's floor) runs compromise as it is.
 *
 * compromise looks for the patterns that may match a clause by testing every key of its index of
 * patterns (730 words and tags) against the clause's set of words and tags, concatenating as it
 * goes, then filters the list three times with a closure each; on the benchmark's articles that
 * was about a quarter of a worker's CPU. Here the clause's own words and tags (a few dozen) are
 * looked up in the index instead, the keys found are put back in the index's order, and the three
 * filters and the minimum length are one test per pattern. The matching itself is compromise's
 * (`methods.one.match`), called for the same patterns in the same order.
 *
 * Pure: plain objects in and out, no compromise import (compromise hands in its own methods).
 */

/** A pattern of compromise's match net (compromise 14: sweep/methods/buildNet). */
interface NetMatch {
  match: string;
  needs: string[];
  wants: string[];
  minWant: number;
  minWords: number;
  ifNo?: string[];
  unTag?: unknown;
}

interface Net {
  hooks: Record<string, NetMatch[]>;
  always: NetMatch[];
}

type Pointer = [number, number, number, ...unknown[]];

/** A pattern found in a clause, where: what compromise's tagger reads. */
type Found = NetMatch & { pointer: Pointer };

interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(document: unknown[][], match: NetMatch): { ptrs: Pointer[] };
  };
}

/**
 * A net read once into numbers: its keys in the order compromise tests them (`Object.keys(hooks)`),
 * each key's patterns as indices, and each pattern's needs and wants as key indices, so a clause's
 * test is array reads rather than string lookups.
 */
interface Index {
  keys: string[];
  keyAt: Map<string, number>;
  /** Per key (by place in `keys`): its patterns, as indices into `patterns`, in the net's order. */
  lists: number[][];
  patterns: NetMatch[];
  /** Per pattern: the number of its pattern text (compromise drops a repeated text, not object). */
  textOf: number[];
  needsOf: number[][];
  wantsOf: number[][];
  texts: number;
}

/** Each net read once (compromise builds its post-tagger's net once). */
const indexes = new WeakMap<Net, Index>();

function indexOf(net: Net): Index {
  let index = indexes.get(net);
  if (index) return index;
  const keys = Object.keys(net.hooks);
  const keyAt = new Map(keys.map((key, i) => [key, i]));
  const patternAt = new Map<NetMatch, number>();
  const textAt = new Map<string, number>();
  const made: Index = { keys, keyAt, lists: [], patterns: [], textOf: [], needsOf: [], wantsOf: [], texts: 0 };
  // A need or want that is not a key (never, for a net compromise built) is looked up by text: -1 - i.
  const place = (list: string[]) => list.map((key, i) => keyAt.get(key) ?? -1 - i);
  for (const key of keys) {
    made.lists.push(
      net.hooks[key].map((m) => {
        let at = patternAt.get(m);
        if (at === undefined) {
          at = made.patterns.length;
          patternAt.set(m, at);
          made.patterns.push(m);
          let text = textAt.get(m.match);
          if (text === undefined) textAt.set(m.match, (text = textAt.size));
          made.textOf.push(text);
          made.needsOf.push(place(m.needs));
          made.wantsOf.push(place(m.wants));
        }
        return at;
      }),
    );
  }
  made.texts = textAt.size;
  indexes.set(net, made);
  index = made;
  return index;
}

/** Scratch space per net: which keys the clause has, and which pattern texts it has seen. */
interface Scratch {
  has: Uint8Array;
  seen: Int32Array;
  clause: number;
}
const scratches = new WeakMap<Index, Scratch>();

function scratchOf(index: Index): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    scratch = { has: new Uint8Array(index.keys.length), seen: new Int32Array(index.texts), clause: 0 };
    scratches.set(index, scratch);
  }
  return scratch;
}

/**
 * compromise's getHooks, trimDown and tooSmall for one clause: the patterns under the keys the
 * clause has (keys in the net's order, a pattern text once, at its first place), that have every
 * need, no ifNo, enough wants, and no more words than the clause; then the net's patterns that
 * need nothing.
 */
function candidates(index: Index, scratch: Scratch, haves: Set<string>, termCount: number, always: NetMatch[]): NetMatch[] {
  const { has, seen } = scratch;
  // A long-lived worker counts past what `seen` holds: start the count again.
  if (scratch.clause === 0x7fffffff) {
    seen.fill(0);
    scratch.clause = 0;
  }
  const clause = ++scratch.clause;
  const present: number[] = [];
  for (const item of haves) {
    const at = index.keyAt.get(item);
    if (at !== undefined) {
      has[at] = 1;
      present.push(at);
    }
  }
  present.sort((a, b) => a - b);
  const isIn = (at: number, list: string[]) => (at >= 0 ? has[at] === 1 : haves.has(list[-1 - at]));
  const todo: NetMatch[] = [];
  for (const key of present) {
    for (const p of index.lists[key]) {
      const text = index.textOf[p];
      if (seen[text] === clause) continue;
      seen[text] = clause;
      const m = index.patterns[p];
      if (!fits(m, index.needsOf[p], index.wantsOf[p], haves, isIn)) continue;
      if (termCount >= m.minWords) todo.push(m);
    }
  }
  for (const at of present) has[at] = 0;
  for (const m of always) if (termCount >= m.minWords) todo.push(m);
  return todo;
}

/** compromise's trimDown for one pattern: every need present, no ifNo present, enough wants. */
function fits(m: NetMatch, needs: number[], wants: number[], haves: Set<string>, isIn: (at: number, list: string[]) => boolean): boolean {
  for (const need of needs) if (!isIn(need, m.needs)) return false;
  if (m.ifNo !== undefined) for (const no of m.ifNo) if (haves.has(no)) return false;
  if (wants.length === 0) return true;
  let found = 0;
  for (const want of wants) if (isIn(want, m.wants)) found++;
  return found >= m.minWant;
}

/** compromise 14's `methods.one.bulkMatch(document, net, methods, opts)`, the same results in the same order. */
export function bulkMatch(document: unknown[][], net: Net, methods: SweepMethods, opts: { matchOne?: boolean } = {}): Found[] {
  const docCache = methods.one.cacheDoc(document);
  const index = indexOf(net);
  const scratch = scratchOf(index);
  const results: Found[] = [];
  for (let n = 0; n < document.length; n++) {
    // compromise's runMatch
    for (const m of candidates(index, scratch, docCache[n], document[n].length, net.always)) {
      const res = methods.one.match([document[n]], m);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n;
        const found: Found = Object.assign({}, m, { pointer: ptr });
        if (m.unTag !== undefined) found.unTag = m.unTag;
        results.push(found);
      }
      if (opts.matchOne === true) return [results[0]];
    }
  }
  return results;
}
