/**
 * Mirrors and copies: which articles of a workspace are one text published several times (the
 * same wire story on many sites, the same file copied into several folders). A reviewer's folder
 * is full of them; Crosscheck compares one article of each group with the others, so copies never
 * conflict with each other and two stories are compared once, not once per pair of their copies.
 *
 * Detection works on the article's content blocks (title, headings, paragraphs), never on its
 * source header, site furniture or Sources list, which are exactly what differs between sites:
 *
 * - the words of the blocks are normalised (Unicode NFKC, lower case, letters and digits only);
 * - identical word sequences are copies (a 64-bit hash of the sequence, `exact`);
 * - otherwise the word 5-shingles are summarised by MinHash (`SIGNATURE_SIZE` values), candidate
 *   pairs come from locality-sensitive hashing over bands of the signature, and a candidate pair
 *   is judged on its shingle sets themselves (each signature keeps its shingles' hashes: an
 *   estimate from 64 values missed a copy 98% contained in another, reading it as 88%): near-
 *   identical when the Jaccard similarity is at least `NEAR_JACCARD` **and** both texts
 *   state the same figures (the same multiset of figure texts). A near copy that changed a figure
 *   is a new version of the story, not a mirror: it is compared like any other article, so the
 *   changed figure is exactly what the reviewer sees;
 * - a cut-down copy (an aggregator's excerpt: at least `CONTAINED` of its text inside the other's)
 *   is a copy too when every figure it states is one the fuller text states.
 *
 * Groups are the connected components of those pairs. Pure and deterministic: no clock, no
 * randomness, the same inputs in any order give the same groups.
 */

/** What is kept of an article to find its copies: small, plain, cheap to compare. */
export interface MirrorSignature {
  /** Hash of the normalised word sequence: equal for identical texts. */
  exact: string;
  /** MinHash of the word 5-shingles, `SIGNATURE_SIZE` unsigned 32-bit values. */
  minhash: number[];
  /** The distinct 5-shingles' hashes, sorted (31-bit values): what a candidate pair is judged on. */
  shingles: number[];
  /** Number of words after normalisation. */
  words: number;
  /** The figures the article states (claim texts), sorted, joined by a separator. */
  figures: string;
}

export interface MirrorItem {
  id: string;
  signature: MirrorSignature;
}

/** Copies of one text: `members` sorted by id, two or more. */
export interface MirrorGroup {
  members: string[];
}

export const SIGNATURE_SIZE = 64;
const BANDS = 16;
const ROWS = SIGNATURE_SIZE / BANDS;
const SHINGLE = 5;
/** Estimated Jaccard similarity of the shingle sets from which two texts are near-identical. */
export const NEAR_JACCARD = 0.8;
/** Share of the shorter text's shingles found in the longer one from which it is a cut-down copy. */
export const CONTAINED = 0.9;
/** Texts shorter than this many words are never taken for cut-down copies (too little to tell). */
export const MIN_CONTAINED_WORDS = 80;

/** murmur3's 32-bit finaliser: a cheap, well-mixed hash of a 32-bit value. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over a string, with a seed: two seeds give the two halves of a 64-bit hash. */
function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The seeds of the MinHash family: fixed, derived from the index so every run agrees. */
const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32(0x9e3779b9 ^ Math.imul(i + 1, 0x7feb352d)));

/** Lower-case words of letters and digits after NFKC: what two copies of one text share. */
export function normalisedWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * FNV-1a hashes of the normalised words, as `normalisedWords` would give them, in one pass over
 * ASCII text (most articles) without building the words; other text goes through the regex.
 */
function wordHashes(text: string): number[] {
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) if (text.charCodeAt(i) > 127) ascii = false;
  if (!ascii) return normalisedWords(text).map((w) => fnv1a(w, 0x811c9dc5));
  const hashes: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = 0; i <= text.length; i++) {
    let c = i < text.length ? text.charCodeAt(i) : 32;
    if (c >= 65 && c <= 90) c += 32;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      if (!inWord) h = 0x811c9dc5;
      h ^= c;
      h = Math.imul(h, 0x01000193);
      inWord = true;
    } else if (inWord) {
      hashes.push(h >>> 0);
      inWord = false;
    }
  }
  return hashes;
}

/**
 * The signature of an article from its content blocks and the figures it states. Blocks are the
 * title, headings and paragraphs (never boilerplate); `figures` are the claim texts as written.
 */
export function mirrorSignature(blocks: readonly string[], figures: readonly string[]): MirrorSignature {
  const hashes = wordHashes(blocks.join('\n'));
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (const h of hashes) {
    a = Math.imul(a ^ h, 0x01000193) >>> 0;
    b = fmix32(b ^ h ^ (b << 5));
  }
  const exact = `${hashes.length}:${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
  const minhash = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  const count = Math.max(1, hashes.length - SHINGLE + 1);
  const shingles = new Array<number>(count);
  for (let i = 0; i < count; i++) {
    // A shingle's hash combines its words' hashes in order.
    let s = 0x2545f491;
    for (let k = i; k < Math.min(hashes.length, i + SHINGLE); k++) s = fmix32(s ^ Math.imul(hashes[k], 0x9e3779b1));
    shingles[i] = s >>> 1;
    for (let j = 0; j < SIGNATURE_SIZE; j++) {
      const v = fmix32(s ^ SEEDS[j]);
      if (v < minhash[j]) minhash[j] = v;
    }
  }
  shingles.sort((x, y) => x - y);
  let distinct = 0;
  for (let i = 0; i < shingles.length; i++) if (i === 0 || shingles[i] !== shingles[i - 1]) shingles[distinct++] = shingles[i];
  shingles.length = distinct;
  return { exact, minhash, shingles, words: hashes.length, figures: [...figures].map((f) => f.replace(/\s+/g, ' ').trim()).sort().join('\u0001') };
}

/** Estimated Jaccard similarity of two texts' shingle sets: the share of equal MinHash values. */
export function estimatedJaccard(a: MirrorSignature, b: MirrorSignature): number {
  if (a.minhash.length !== b.minhash.length || a.minhash.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.minhash.length; i++) if (a.minhash[i] === b.minhash[i]) same++;
  return same / a.minhash.length;
}

/**
 * Estimated share of the shorter text's shingles that the longer one holds, from the Jaccard
 * estimate and the two sizes: |A∩B| = J (|A| + |B|) / (1 + J).
 */
export function estimatedContainment(a: MirrorSignature, b: MirrorSignature): number {
  const j = estimatedJaccard(a, b);
  const na = Math.max(1, a.words - SHINGLE + 1);
  const nb = Math.max(1, b.words - SHINGLE + 1);
  return Math.min(1, (j * (na + nb)) / (1 + j) / Math.min(na, nb));
}

/** How many shingles two sorted lists of distinct shingle hashes share. */
function sharedShingles(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

/**
 * The Jaccard similarity of two texts' shingle sets, and the share of the smaller set the other
 * holds: from the shingles themselves when both signatures keep them, else estimated from MinHash.
 */
export function similarity(a: MirrorSignature, b: MirrorSignature): { jaccard: number; containment: number } {
  if (Array.isArray(a.shingles) && Array.isArray(b.shingles) && a.shingles.length && b.shingles.length) {
    const shared = sharedShingles(a.shingles, b.shingles);
    return { jaccard: shared / (a.shingles.length + b.shingles.length - shared), containment: shared / Math.min(a.shingles.length, b.shingles.length) };
  }
  return { jaccard: estimatedJaccard(a, b), containment: estimatedContainment(a, b) };
}

/** Whether every figure of `small` (a multiset) is among those of `large`. */
function figuresWithin(small: string, large: string): boolean {
  const counts = new Map<string, number>();
  for (const f of large ? large.split('\u0001') : []) counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const f of small ? small.split('\u0001') : []) {
    const n = counts.get(f) ?? 0;
    if (n === 0) return false;
    counts.set(f, n - 1);
  }
  return true;
}

/**
 * Whether two signatures are copies of one text: identical; near-identical with the same figures;
 * or one a cut-down copy of the other, stating no figure the other does not.
 */
export function areCopies(a: MirrorSignature, b: MirrorSignature): boolean {
  if (a.words === 0 || b.words === 0) return false;
  if (a.exact === b.exact) return true;
  const { jaccard, containment } = similarity(a, b);
  if (a.figures === b.figures && jaccard >= NEAR_JACCARD) return true;
  const [small, large] = a.words <= b.words ? [a, b] : [b, a];
  return small.words >= MIN_CONTAINED_WORDS && containment >= CONTAINED && figuresWithin(small.figures, large.figures);
}

/** The copy that is compared for its group: the fullest text (most words), the first by id of equals. */
export function fullestCopy(members: readonly string[], wordsOf: (id: string) => number): string {
  let best = members[0];
  for (const m of members) if (wordsOf(m) > wordsOf(best) || (wordsOf(m) === wordsOf(best) && m < best)) best = m;
  return best;
}

/** The LSH band keys of a signature: two texts that share one are compared. */
function bandKeys(signature: MirrorSignature): string[] {
  const keys: string[] = [];
  const m = signature.minhash;
  for (let band = 0; band < BANDS; band++) {
    let key = `${band}`;
    for (let r = band * ROWS; r < (band + 1) * ROWS; r++) key += `:${m[r]}`;
    keys.push(key);
  }
  return keys;
}

/**
 * The copies of a changing set of articles. Each article's identical-text hash and LSH band keys
 * are filed when it is set, so after an edit only its own keys are filed again; groups are the
 * connected components of the pairs that share a hash, or share a band and are copies
 * (`areCopies`), so the work grows with the number of candidate pairs, not with all pairs.
 */
export class MirrorIndex {
  private readonly items = new Map<string, { signature: MirrorSignature; keys: string[] }>();
  private readonly buckets = new Map<string, Set<string>>();
  /** Verdicts of `areCopies` for pairs met before, keyed by both ids: reused while neither changes. */
  private readonly verdicts = new Map<string, boolean>();
  private cached: MirrorGroup[] | undefined;

  set(id: string, signature: MirrorSignature | undefined): void {
    const before = this.items.get(id);
    if (before && signature && before.signature.exact === signature.exact && before.signature.figures === signature.figures && before.signature.minhash.every((v, i) => v === signature.minhash[i])) return;
    if (before) this.delete(id);
    if (!signature || signature.words === 0) return;
    const keys = [`exact:${signature.exact}`, ...bandKeys(signature)];
    this.items.set(id, { signature, keys });
    for (const key of keys) {
      let bucket = this.buckets.get(key);
      if (!bucket) this.buckets.set(key, (bucket = new Set()));
      bucket.add(id);
    }
    this.cached = undefined;
  }

  delete(id: string): void {
    const item = this.items.get(id);
    if (!item) return;
    this.items.delete(id);
    for (const key of item.keys) {
      const bucket = this.buckets.get(key);
      bucket?.delete(id);
      if (bucket?.size === 0) this.buckets.delete(key);
    }
    for (const pair of [...this.verdicts.keys()]) if (pair.startsWith(`${id}\u0000`) || pair.endsWith(`\u0000${id}`)) this.verdicts.delete(pair);
    this.cached = undefined;
  }

  /** Groups of two or more copies, members sorted by id, groups by their first member. */
  groups(): MirrorGroup[] {
    if (this.cached) return this.cached;
    const parent = new Map<string, string>();
    const find = (id: string): string => {
      let root = id;
      while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
      parent.set(id, root);
      return root;
    };
    const union = (a: string, b: string) => {
      const x = find(a);
      const y = find(b);
      if (x !== y) parent.set(x < y ? y : x, x < y ? x : y);
    };
    for (const [key, bucket] of this.buckets) {
      if (bucket.size < 2) continue;
      const ids = [...bucket].sort();
      if (key.startsWith('exact:')) {
        for (const id of ids.slice(1)) union(ids[0], id);
        continue;
      }
      for (let x = 0; x < ids.length; x++)
        for (let y = x + 1; y < ids.length; y++) {
          if (find(ids[x]) === find(ids[y])) continue;
          const pair = `${ids[x]}\u0000${ids[y]}`;
          let copies = this.verdicts.get(pair);
          if (copies === undefined) this.verdicts.set(pair, (copies = areCopies(this.items.get(ids[x])!.signature, this.items.get(ids[y])!.signature)));
          if (copies) union(ids[x], ids[y]);
        }
    }
    const groups = new Map<string, string[]>();
    for (const id of parent.keys()) {
      const root = find(id);
      let list = groups.get(root);
      if (!list) groups.set(root, (list = []));
      list.push(id);
    }
    this.cached = [...groups.values()]
      .filter((m) => m.length > 1)
      .map((m) => ({ members: m.sort() }))
      .sort((a, b) => (a.members[0] < b.members[0] ? -1 : 1));
    return this.cached;
  }
}

/** Groups copies among `items` (see MirrorIndex). */
export function groupMirrors(items: readonly MirrorItem[]): MirrorGroup[] {
  const index = new MirrorIndex();
  for (const item of items) index.set(item.id, item.signature);
  return index.groups();
}

/**
 * Which claim of `to` each claim of `from` is, for two copies of one text: the k-th figure written
 * "more than 300" in one is the k-th written so in the other. -1 where the other has no such figure.
 */
export function mapClaims(from: readonly string[], to: readonly string[]): number[] {
  const positions = new Map<string, number[]>();
  to.forEach((text, i) => {
    const key = text.replace(/\s+/g, ' ').trim();
    let list = positions.get(key);
    if (!list) positions.set(key, (list = []));
    list.push(i);
  });
  const used = new Map<string, number>();
  return from.map((text) => {
    const key = text.replace(/\s+/g, ' ').trim();
    const k = used.get(key) ?? 0;
    used.set(key, k + 1);
    return positions.get(key)?.[k] ?? -1;
  });
}

/** Where a copy was published: a site (its source domain) or, without one, its file. */
export interface CopyPlace {
  id: string;
  site?: string;
}

/**
 * The other copies of an article as a reviewer counts them: one per site other than the
 * article's own (the first copy of each site stands for it), and copies that name no other site.
 * "Also published by 3 sites" counts `sites`; `copies` are the rest (the same file copied, or a
 * copy without a source header).
 */
export function otherPublications(places: readonly CopyPlace[], self: string): { sites: CopyPlace[]; copies: CopyPlace[] } {
  const own = places.find((p) => p.id === self)?.site;
  const sites: CopyPlace[] = [];
  const copies: CopyPlace[] = [];
  const seen = new Set<string>();
  for (const p of places) {
    if (p.id === self) continue;
    if (p.site && p.site !== own && !seen.has(p.site)) {
      seen.add(p.site);
      sites.push(p);
    } else copies.push(p);
  }
  return { sites, copies };
}

/** "also published by 3 sites and in 2 more copies": the words of messages and hovers. */
export function describePublications(counts: { sites: number; copies: number }): string {
  const parts: string[] = [];
  if (counts.sites) parts.push(`also published by ${counts.sites} site${counts.sites === 1 ? '' : 's'}`);
  if (counts.copies) parts.push(`${parts.length ? 'and in' : 'also in'} ${counts.copies} more ${counts.copies === 1 ? 'copy' : 'copies'}`);
  return parts.join(' ');
}
