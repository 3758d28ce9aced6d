/**
 * `crosscheck actors` as text: the actors merged across articles, most widely named first, with
 * their kind, the roles the articles give them and the files that name them. Pure.
 */
import type { ActorKind } from '../../analysis/types';
import type { Report, ReportActor } from '../report';
import { renderTable } from './table';
import { plural } from './text';

const KIND_WORD: Record<ActorKind, string> = { person: 'person', organisation: 'organisation', place: 'place', group: 'national group' };

/** Roles as stated, each once (case and spacing aside), in the order the articles state them. */
function distinctRoles(actor: ReportActor): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const r of actor.roles) {
    const key = r.text.toLowerCase().replace(/\s+/g, ' ').trim();
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(r.text.replace(/\s+/g, ' ').trim());
  }
  return out;
}

export function byProminence(a: ReportActor, b: ReportActor): number {
  return b.articles.length - a.articles.length || b.mentions.length - a.mentions.length || a.name.localeCompare(b.name);
}

export function formatActors(report: Report): string {
  const articles = report.summary.articles;
  if (report.actors.length === 0) return `No actors found in ${plural(articles, 'article')}.\n`;
  const rows = [...report.actors].sort(byProminence).map((a) => [
    [a.name, ...(a.aliases.length ? [`  aka ${a.aliases.join(', ')}`] : [])],
    KIND_WORD[a.kind],
    String(a.mentions.length),
    distinctRoles(a),
    a.articles,
  ]);
  const table = renderTable(
    [{ title: 'NAME', max: 48 }, { title: 'KIND' }, { title: 'MENTIONS', align: 'right' }, { title: 'ROLES', max: 60 }, { title: 'ARTICLES' }],
    rows,
  );
  return `${table}\n${plural(report.actors.length, 'actor')} in ${plural(articles, 'article')}\n`;
}
