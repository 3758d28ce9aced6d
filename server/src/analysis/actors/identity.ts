/**
 * Identity of actors across articles. Placeholder until the extractor lands.
 */
import type { ArticleActor, CorpusActor } from '../types';

/** Identity key of a name: survives case, diacritics, curly apostrophes and possessives. */
export function actorKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/'s$/i, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Merges the actors of several articles into one list, by identity. */
export function mergeActors(articles: readonly { article: string; actors: readonly ArticleActor[] }[]): CorpusActor[] {
  const byKey = new Map<string, CorpusActor>();
  for (const { article, actors } of articles) {
    for (const a of actors) {
      let merged = byKey.get(a.key);
      if (!merged) {
        merged = { key: a.key, name: a.name, kind: a.kind, aliases: [], roles: [], relations: [], statements: [], mentions: [], articles: [] };
        byKey.set(a.key, merged);
      }
      if (a.name.length > merged.name.length) merged.name = a.name;
      for (const alias of a.aliases) if (!merged.aliases.includes(alias)) merged.aliases.push(alias);
      merged.roles.push(...a.roles.map((r) => ({ ...r, article })));
      merged.relations.push(...a.relations.map((r) => ({ ...r, article })));
      merged.statements.push(...a.statements.map((s) => ({ ...s, article })));
      merged.mentions.push(...a.mentions.map((m) => ({ ...m, article })));
      if (!merged.articles.includes(article)) merged.articles.push(article);
    }
  }
  return [...byKey.values()];
}
