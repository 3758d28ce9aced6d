/**
 * The source two claims share, as a reader would name it, or undefined; from the keys the
 * extractor gave each claim (claims/source.ts, NumericClaim.sourceKeys).
 */
export function sharedSourceOf(ka: ReadonlySet<string>, kb: ReadonlySet<string>): string | undefined {
  // A full name both share reads better than its initials; initials alone show as an acronym.
  const shared = [...ka].filter((k) => kb.has(k)).sort((x, y) => Number(y.includes(' ')) - Number(x.includes(' ')) || x.localeCompare(y));
  const best = shared[0];
  if (!best) return undefined;
  // Acronyms are kept in capitals; a common noun ("police") stays as written.
  return best.includes(' ') ? best.replace(/\b\p{L}/gu, (c) => c.toUpperCase()).replace(/\b(Of|For|The|And)\b/g, (w) => w.toLowerCase()) : best;
}
