/**
 * Words compromise should tag differently before the claim extractor reads the terms. Merged with
 * the actors lexicon by ../nlp.ts and given to compromise once per block.
 *
 * Empty on purpose. The extractor reads figures from each term's text (./numbers.ts), not from
 * compromise's number and money views, so the known mis-tags cost nothing here: the multiplier
 * after `$40` ("billion", "Million", "bn") is read by ./figures.ts whatever its tag, and a counted
 * noun tagged as a verb after a cardinal ("1,000 suspects") is taken as a noun by ./phrases.ts.
 * Retagging those words in the shared lexicon would also change what the actor extractor sees.
 */
export const claimLexicon: Record<string, string> = {};
