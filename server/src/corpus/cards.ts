/**
 * Hover cards, rendered from the indexes only: who an actor is according to every article, and how
 * a figure was read and how the other articles report the same measure. Markdown for editors that
 * render it, plain text otherwise. Pure: the caller says how to link to a place in an article.
 */
import type { ClaimLink, CorpusActor, InArticle, NumericClaim, Span } from '../analysis/types';
import { positionAt } from '../analysis/lines';
import { describeClaimReading } from './claimReading';
import type { Corpus } from './corpus';
import { publishedAlso } from './findings';

export interface CardContext {
  corpus: Corpus;
  /** The article the hover is in. */
  here: string;
  markdown: boolean;
  /** A link target (URI with a line fragment) for a place in an article. */
  linkTo(article: string, span: Span): string;
}

const KIND_LABEL: Record<CorpusActor['kind'], string> = {
  person: 'person',
  organisation: 'organisation',
  place: 'place',
  group: 'national group',
};

const RELATION_LABEL: Record<string, string> = {
  'child-of': 'child of',
  'parent-of': 'parent of',
  'sibling-of': 'sibling of',
  'spouse-of': 'spouse of',
  'associate-of': 'associate of',
  leads: 'leads',
  'led-by': 'led by',
  'member-of': 'member of',
  'part-of': 'part of',
  'nationals-of': 'nationals of',
  'located-in': 'in',
};

/** Articles linked by name on a card; the rest are counted (Find All References lists them all). */
const MAX_ARTICLE_LINKS = 8;

/** How a relation stated on another actor reads on this actor's card ("X's children: A" → "parent of A"). */
const INVERSE_LABEL: Partial<Record<string, string>> = {
  'child-of': 'parent of',
  'parent-of': 'child of',
  'sibling-of': 'sibling of',
  'spouse-of': 'spouse of',
  'associate-of': 'associate of',
  leads: 'led by',
  'led-by': 'leads',
  'member-of': 'has member',
  'part-of': 'includes',
  'nationals-of': 'its nationals:',
  'located-in': 'contains',
};

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
}

function lineOf(ctx: CardContext, article: string, offset: number): number {
  return positionAt(ctx.corpus.get(article)?.lineStarts ?? [0], offset).line + 1;
}

function labelOf(ctx: CardContext, article: string): string {
  return ctx.corpus.get(article)?.label ?? article;
}

function link(ctx: CardContext, article: string, span: Span, text?: string): string {
  const label = text ?? `${labelOf(ctx, article)}:${lineOf(ctx, article, span.start)}`;
  return ctx.markdown ? `[${escapeMarkdown(label)}](${ctx.linkTo(article, span)})` : label;
}

function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : t.slice(0, max - 1).replace(/\s+\S*$/, '') + '…';
}

/** The hover card of an actor. */
export function actorCard(actor: CorpusActor, ctx: CardContext): string {
  const md = ctx.markdown;
  const lines: string[] = [];
  lines.push(md ? `**${escapeMarkdown(actor.name)}** · ${KIND_LABEL[actor.kind]}` : `${actor.name} (${KIND_LABEL[actor.kind]})`);

  // Roles: each distinct wording once, with the articles that state it.
  const roles = new Map<string, InArticle<{ span: Span }>[]>();
  for (const r of actor.roles) {
    const key = r.text.toLowerCase();
    if (!roles.has(key)) roles.set(key, []);
    const list = roles.get(key)!;
    if (!list.some((x) => x.article === r.article)) list.push({ span: r.span, article: r.article });
  }
  if (roles.size) {
    lines.push('');
    for (const [, where] of roles) {
      const text = actor.roles.find((r) => r.article === where[0].article && r.span.start === where[0].span.start)!.text;
      const sources = where.map((w) => link(ctx, w.article, w.span, labelOf(ctx, w.article))).join(', ');
      lines.push(md ? `- *${escapeMarkdown(text)}* — ${sources}` : `- ${text} — ${sources}`);
    }
  }
  if (actor.aliases.length) lines.push('', `${md ? '**Also:** ' : 'Also: '}${actor.aliases.map((a) => (md ? escapeMarkdown(a) : a)).join(', ')}`);

  const relations = new Map<string, string>();
  for (const r of actor.relations) {
    const key = `${r.type}:${r.targetKey}`;
    if (!relations.has(key)) relations.set(key, `${RELATION_LABEL[r.type] ?? r.type} ${md ? escapeMarkdown(r.target) : r.target}`);
  }
  // Relations stated from the other side ("X's children — A, B") show on X's card too.
  for (const { from: other, relation: r } of ctx.corpus.relationsTo(actor.key)) {
    const inverse = INVERSE_LABEL[r.type];
    if (!inverse) continue;
    const key = `inverse:${r.type}:${other.key}`;
    if (!relations.has(key)) relations.set(key, `${inverse} ${md ? escapeMarkdown(other.name) : other.name}`);
  }
  if (relations.size) lines.push('', `${md ? '**Relations:** ' : 'Relations: '}${[...relations.values()].join('; ')}`);

  const total = ctx.corpus.articles().length;
  // The first mention in each article, in one pass; a card lists a handful, not hundreds.
  const firstMentions = new Map<string, { article: string; span: Span }>();
  for (const m of actor.mentions) if (!firstMentions.has(m.article)) firstMentions.set(m.article, m);
  const shown = [...firstMentions.values()].slice(0, MAX_ARTICLE_LINKS);
  const more = firstMentions.size - shown.length;
  lines.push(
    '',
    `Mentioned in ${actor.articles.length} of ${total} article${total === 1 ? '' : 's'}: ${shown.map((m) => link(ctx, m.article, m.span)).join(' · ')}${more > 0 ? ` and ${more} more` : ''}`,
  );
  const count = actor.mentions.length;
  if (count > actor.articles.length) lines.push(md ? `_${count} mentions in all; Find All References lists them._` : `${count} mentions in all.`);

  const statements = pickStatements(actor, ctx.here);
  for (const s of statements) {
    lines.push('', md ? `> ${escapeMarkdown(clip(s.text, 160))} — ${link(ctx, s.article, s.span, labelOf(ctx, s.article))}` : `"${clip(s.text, 160)}" — ${labelOf(ctx, s.article)}`);
  }
  return lines.join('\n');
}

/** One or two statements, preferring other articles: the hover's job is to show what is elsewhere. */
function pickStatements(actor: CorpusActor, here: string) {
  const elsewhere = actor.statements.filter((s) => s.article !== here);
  const local = actor.statements.filter((s) => s.article === here);
  const picked: typeof actor.statements = [];
  for (const s of [...elsewhere, ...local]) {
    // A clause inside a statement already shown (or about to be) adds nothing.
    const within = (a: typeof s, b: typeof s) => a.article === b.article && a.span.start >= b.span.start && a.span.end <= b.span.end;
    if (picked.some((p) => within(s, p)) || actor.statements.some((o) => o !== s && within(s, o) && !(o.span.start === s.span.start && o.span.end === s.span.end))) continue;
    picked.push(s);
    if (picked.length === 2) break;
  }
  return picked;
}

/** The hover card of a figure: how it was read, and how every other article reports the measure. */
export function claimCard(claim: NumericClaim, ref: { article: string; index: number }, ctx: CardContext): string {
  const md = ctx.markdown;
  const lines: string[] = [];
  const reading = describeClaimReading(claim);
  lines.push(md ? `**${escapeMarkdown(claim.text)}** · ${escapeMarkdown(reading.headline)}` : `${claim.text}: ${reading.headline}`);
  lines.push('');
  for (const [name, value] of reading.fields) lines.push(md ? `- ${name}: ${escapeMarkdown(value)}` : `- ${name}: ${value}`);

  const links = ctx.corpus.linksOf(ref);
  const order: ClaimLink['relation'][] = ['conflict', 'revision', 'agree', 'update', 'different-scope'];
  const verdict = { conflict: 'conflicts', agree: 'agrees', 'different-scope': 'different scope', update: 'update', revision: 'revision' } as const;
  const sorted = [...links].sort((x, y) => order.indexOf(x.relation) - order.indexOf(y.relation));
  lines.push('');
  if (sorted.length === 0) {
    lines.push('No other article reports this measure.');
  } else {
    lines.push(md ? '**In other articles:**' : 'In other articles:');
    for (const l of sorted) {
      const other = ctx.corpus.claim(l.b);
      if (!other) continue;
      const where = link(ctx, l.b.article, other.span);
      const tag = md ? `**${verdict[l.relation]}**` : verdict[l.relation].toUpperCase();
      lines.push(`- ${tag}: ${md ? escapeMarkdown(`"${other.text}"`) : `"${other.text}"`} (${md ? escapeMarkdown(other.measure.label) : other.measure.label}) — ${where}`);
    }
  }
  lines.push(...timelineLines(ctx, claim, ref, links));
  return lines.join('\n');
}

/** The outlet an article is from: its `- Source:` header, else its file name. */
function outletOf(ctx: CardContext, article: string): string {
  return ctx.corpus.get(article)?.analysis.structure.sourceHeader?.domain ?? labelOf(ctx, article);
}

/**
 * The measure's timeline across sources, in date order: this figure and every figure another
 * article gives for the same measure (agreeing, conflicting, updating or revising it), each with
 * the day it describes, the outlet and a link. Shown when at least two days are known.
 */
function timelineLines(ctx: CardContext, claim: NumericClaim, ref: { article: string; index: number }, links: readonly ClaimLink[]): string[] {
  const md = ctx.markdown;
  const rows = [{ article: ref.article, claim }];
  for (const l of links) {
    if (l.relation === 'different-scope') continue;
    const other = ctx.corpus.claim(l.b);
    if (other) rows.push({ article: l.b.article, claim: other });
  }
  if (rows.length < 2 || rows.filter((r) => r.claim.asOf).length < 2) return [];
  rows.sort((x, y) => (x.claim.asOf ?? '9999') .localeCompare(y.claim.asOf ?? '9999') || x.article.localeCompare(y.article));
  const out = ['', md ? '**Timeline of this measure:**' : 'Timeline of this measure:'];
  for (const r of rows) {
    const day = r.claim.asOf ?? 'date unknown';
    const figure = `"${r.claim.text}"`;
    const here = r.article === ref.article && r.claim === claim ? (md ? ' *(this figure)*' : ' (this figure)') : '';
    out.push(`- ${day} · ${md ? escapeMarkdown(figure) : figure} · ${md ? escapeMarkdown(outletOf(ctx, r.article)) : outletOf(ctx, r.article)}${here} — ${link(ctx, r.article, r.claim.span)}`);
  }
  return out;
}

/**
 * The hover card of an article (on its `- Source:` header or title): when it was written and how
 * that was read, the story it belongs to and that story's other articles.
 */
export function articleCard(article: string, ctx: CardContext): string {
  const md = ctx.markdown;
  const entry = ctx.corpus.get(article);
  if (!entry) return '';
  const lines: string[] = [];
  const title = entry.analysis.structure.title?.text ?? entry.label;
  lines.push(md ? `**${escapeMarkdown(title)}** · ${escapeMarkdown(outletOf(ctx, article))}` : `${title} (${outletOf(ctx, article)})`);
  lines.push('');
  const date = ctx.corpus.dateOf(article);
  const basis = { published: 'its Published line', dateline: 'its dateline', url: 'a date in its URL', mentions: 'the latest date it mentions', today: 'the day it calls today', story: 'its text, the year from its story\'s other articles' } as const;
  lines.push(date ? `- Date: ${date.precision === 'day' ? date.day : date.day.slice(0, date.precision === 'month' ? 7 : 4)} (from ${basis[date.basis]}: "${md ? escapeMarkdown(date.evidence) : date.evidence}")` : '- Date: unknown (no Published line, dateline, dated URL or full date in the text)');
  lines.push(...copyLines(article, ctx));
  const story = ctx.corpus.storyOf(article);
  if (story) {
    lines.push(`- Story: ${md ? escapeMarkdown(story.name) : story.name}${story.pinned ? ' (pinned folder)' : ''} — figures are compared with this story's articles only`);
    const own = new Set(ctx.corpus.copiesOf(article)?.members ?? [article]);
    const others = story.articles.filter((a) => !own.has(a));
    if (others.length === 0) lines.push('- No other article of the workspace tells this story.');
    else {
      lines.push(`- ${others.length} other ${others.length === 1 ? 'article' : 'articles'} in this story:`);
      for (const other of others.slice(0, 20)) {
        const e = ctx.corpus.get(other);
        const name = e?.analysis.structure.title?.text ?? labelOf(ctx, other);
        lines.push(`  - ${link(ctx, other, e?.analysis.structure.title?.span ?? { start: 0, end: 0 }, `${clip(name, 80)} (${outletOf(ctx, other)})`)}`);
      }
      if (others.length > 20) lines.push(`  - and ${others.length - 20} more`);
    }
  }
  return lines.join('\n');
}

/**
 * Where else the article was published (./mirrors.ts): "also published by 3 sites" with a link
 * to each copy, and which copy Crosscheck compares (copies are compared once, never with each other).
 */
function copyLines(article: string, ctx: CardContext): string[] {
  const group = ctx.corpus.copiesOf(article);
  if (!group) return [];
  const md = ctx.markdown;
  const { words, places } = publishedAlso(ctx.corpus, article);
  const shown = places.slice(0, MAX_ARTICLE_LINKS).map((p) => {
    const e = ctx.corpus.get(p.id);
    return link(ctx, p.id, e?.analysis.structure.title?.span ?? { start: 0, end: 0 }, p.site ? `${p.site} (${labelOf(ctx, p.id)})` : labelOf(ctx, p.id));
  });
  const more = places.length - shown.length;
  const out = [`- ${words[0].toUpperCase()}${words.slice(1)}: ${shown.join(' · ')}${more > 0 ? ` and ${more} more` : ''}`];
  const compared = group.primary === article ? 'this copy' : md ? link(ctx, group.primary, { start: 0, end: 0 }, labelOf(ctx, group.primary)) : labelOf(ctx, group.primary);
  out.push(`- Copies of one text are compared once, as ${compared}, and never with each other`);
  return out;
}

