/**
 * Words compromise should tag differently before the actor extractor reads the terms. Merged with
 * the claims lexicon by ../nlp.ts and given to compromise once per block.
 */
export const actorLexicon: Record<string, string> = {};
