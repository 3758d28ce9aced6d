/**
 * Words compromise should tag differently before the claim extractor reads the terms. Merged with
 * the actors lexicon by ../nlp.ts and given to compromise once per block.
 */
export const claimLexicon: Record<string, string> = {};
