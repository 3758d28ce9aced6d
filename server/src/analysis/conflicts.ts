/**
 * Links claims about the same measure across articles. The matcher lives in ./conflicts/; this
 * module keeps the names the corpus layer imports.
 */
export { claimPairKey, defaultConflictOptions, linkClaims, NoLinkExplainer, type ConflictOptions, type LinkInput } from './matching/link';
