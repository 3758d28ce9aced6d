/**
 * Finds the named actors of one article: people, organisations, places and national groups, with
 * their aliases, roles, relations, mentions and statements. Placeholder until the extractor lands.
 */
import type { ArticleActor } from '../types';
import type { ArticleInput } from '../input';

export function extractActors(_input: ArticleInput): ArticleActor[] {
  return [];
}
