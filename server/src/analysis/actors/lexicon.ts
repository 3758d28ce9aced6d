/**
 * Words compromise should tag differently before the actor extractor reads the terms. Merged with
 * the claims lexicon by ../nlp.ts and given to compromise once per block.
 *
 * Empty on purpose: the extractor reads names from capitalisation, its own word classes
 * (../lexicon) and tables (./gazetteer.ts, ./organisations.ts) rather than from compromise's
 * #Person/#Place/#Organization tags, which it uses only as weak evidence. Retagging words here
 * would change what the claims extractor sees too, for no gain measured on the test articles.
 */
export const actorLexicon: Record<string, string> = {};
