/**
 * Conflicts a reviewer has marked as reviewed. A decision is keyed by both sides' file (relative to
 * the workspace folder) and figure text, so it silences exactly that pair and the warning comes
 * back when either figure is rewritten. Pure: the server and the CLI read and write the file
 * (`.crosscheck/reviewed.json`) through their own hosts.
 */
export interface ReviewedSide {
  file: string;
  text: string;
}

export interface ReviewedPair {
  a: ReviewedSide;
  b: ReviewedSide;
  /** ISO date of the decision, as the host stamped it. */
  reviewedAt?: string;
}

export interface ReviewFile {
  version: 1;
  reviewed: ReviewedPair[];
}

export const REVIEW_FILE = '.crosscheck/reviewed.json';

/** Order-independent key of a pair of figures. */
export function pairKey(a: ReviewedSide, b: ReviewedSide): string {
  const x = `${a.file}\u0000${a.text}`;
  const y = `${b.file}\u0000${b.text}`;
  return x < y ? `${x}\u0001${y}` : `${y}\u0001${x}`;
}

export class ReviewSet {
  private readonly pairs = new Map<string, ReviewedPair>();

  constructor(pairs: readonly ReviewedPair[] = []) {
    for (const p of pairs) this.pairs.set(pairKey(p.a, p.b), p);
  }

  has(a: ReviewedSide, b: ReviewedSide): boolean {
    return this.pairs.has(pairKey(a, b));
  }

  add(pair: ReviewedPair): boolean {
    const key = pairKey(pair.a, pair.b);
    if (this.pairs.has(key)) return false;
    this.pairs.set(key, pair);
    return true;
  }

  remove(a: ReviewedSide, b: ReviewedSide): boolean {
    return this.pairs.delete(pairKey(a, b));
  }

  list(): ReviewedPair[] {
    return [...this.pairs.values()];
  }

  get size(): number {
    return this.pairs.size;
  }

  toFile(): ReviewFile {
    return { version: 1, reviewed: this.list() };
  }
}

/** Parses the review file; a malformed file yields an empty set and a message, never a throw. */
export function parseReviewFile(text: string): { set: ReviewSet; problem?: string } {
  try {
    const data = JSON.parse(text) as Partial<ReviewFile>;
    const valid = (s: unknown): s is ReviewedSide =>
      !!s && typeof (s as ReviewedSide).file === 'string' && typeof (s as ReviewedSide).text === 'string';
    const pairs = Array.isArray(data.reviewed) ? data.reviewed.filter((p) => p && valid(p.a) && valid(p.b)) : [];
    const dropped = (Array.isArray(data.reviewed) ? data.reviewed.length : 0) - pairs.length;
    return { set: new ReviewSet(pairs), problem: dropped > 0 ? `${dropped} malformed entries in ${REVIEW_FILE} were ignored` : undefined };
  } catch (e) {
    return { set: new ReviewSet(), problem: `${REVIEW_FILE} is not valid JSON (${(e as Error).message}); no conflict is treated as reviewed` };
  }
}
