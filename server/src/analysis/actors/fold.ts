/**
 * Folding of names for comparison: lower case, no diacritics, straight apostrophes, one space.
 * "Agnès" and "Agnes", "Kok An’s" and "kok an's" fold alike. Letters that Unicode does not
 * decompose (đ, ø, ł, ß…) are mapped by hand, so Vietnamese and Nordic names fold too.
 */

const UNDECOMPOSED: Record<string, string> = {
  đ: 'd', Đ: 'd', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe',
  ı: 'i', ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ħ: 'h', Ħ: 'h',
};
const UNDECOMPOSED_PATTERN = /[đĐøØłŁßæÆœŒıðÐþÞħĦ]/g;
const PLAIN_ASCII = /^[\x00-\x7f]*$/;

/** Lower case without diacritics; apostrophes straightened; dashes and runs of spaces to one space. */
export function fold(text: string): string {
  // Plain ASCII has nothing to decompose: only the backtick, case and spaces change.
  if (PLAIN_ASCII.test(text)) return text.replace(/`/g, "'").toLowerCase().replace(/\s+/g, ' ').trim();
  return text
    .replace(UNDECOMPOSED_PATTERN, (c) => UNDECOMPOSED[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´ʼ]/g, "'")
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Folded words of a name: hyphens and spaces separate words ("South-East Asia" → south east asia). */
export function foldWords(text: string): string[] {
  return fold(text)
    .split(/[\s\-‐‑–]+/)
    .filter((w) => w.length > 0);
}
