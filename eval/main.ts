/**
 * `npm run eval -- <folder> --truth <file-or-dir> [--truth …] [--half development|test] [--json]
 * [--min-confidence X] [--verbose] [--each-event]`: scores Crosscheck on a folder of articles against truth files
 * and prints the figures (eval/README.md says what each one means). Reads the files, calls the
 * pure scorer (./score.ts), prints; the articles are never written.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { defaultConflictOptions } from '../server/src/analysis/conflicts';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import {
  ACTOR_KINDS,
  parseTruth,
  score,
  TIERS,
  UNLISTED_CLASSES,
  type CountFound,
  type EvalResult,
  type EvalTruth,
  type FigureRef,
  type GroupFigures,
  type ToolLink,
} from './score';

const USAGE = `usage: npm run eval -- <folder> --truth <file-or-dir> [--truth …] [--half development|test] [--json] [--min-confidence X] [--verbose] [--each-event]

  <folder>             the articles; a truth's file names are read in <folder>/<event>/ when it exists (or, for
                       a <event>/truth.json inside <folder>, in its own folder), else in <folder>
  --truth <path>       a truth file, or a directory: every *.json in it and every */truth.json below it
  --half <name>        only the events listed under <name> in split.json (beside the truth directory or in its parent)
  --min-confidence X   the warning threshold (crosscheck.conflicts.minConfidence, default ${defaultConflictOptions.minConfidence})
  --json               print the whole result object
  --verbose            list each missed flagged pair, each warned look-alike, each unlisted warning and each truth actor not found with its kind
  --each-event         score each event as a workspace of its own (a reviewer's folder of one story), one row per event`;

class UsageError extends Error {}

interface Args {
  folder: string;
  truths: string[];
  half?: string;
  json: boolean;
  verbose: boolean;
  eachEvent: boolean;
  minConfidence?: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { folder: '', truths: [], json: false, verbose: false, eachEvent: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--truth') args.truths.push(value());
    else if (a === '--half') args.half = value();
    else if (a === '--json') args.json = true;
    else if (a === '--verbose') args.verbose = true;
    else if (a === '--each-event') args.eachEvent = true;
    else if (a === '--min-confidence') {
      const v = Number(value());
      if (!Number.isFinite(v) || v < 0 || v > 1) throw new UsageError('--min-confidence takes a number from 0 to 1');
      args.minConfidence = v;
    } else if (a === '-h' || a === '--help') throw new UsageError('');
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else positional.push(a);
  }
  if (positional.length !== 1) throw new UsageError(positional.length ? `one folder, not ${positional.length}` : 'no folder given');
  if (args.truths.length === 0) throw new UsageError('no --truth given');
  args.folder = positional[0];
  return args;
}

const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();
const isFile = (p: string) => existsSync(p) && statSync(p).isFile();
const ARTICLE = /\.(?:txt|article)$/i;

/** Every truth.json in a folder below `dir`, sorted. */
function truthFilesBelow(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.') || !isDir(path)) continue;
    if (isFile(join(path, 'truth.json'))) out.push(join(path, 'truth.json'));
    out.push(...truthFilesBelow(path));
  }
  return out;
}

/** The halves of the split.json beside a truth path (in its directory or the parent), if any. */
function splitFor(truthPath: string): { path: string; halves: Record<string, string[]> } | undefined {
  const dir = isDir(truthPath) ? truthPath : dirname(truthPath);
  for (const candidate of [join(dir, 'split.json'), join(dirname(dir), 'split.json')]) {
    if (!isFile(candidate)) continue;
    const raw = JSON.parse(readFileSync(candidate, 'utf8')) as Record<string, unknown>;
    const halves: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(raw)) if (Array.isArray(v) && v.every((x) => typeof x === 'string')) halves[k] = v as string[];
    return { path: candidate, halves };
  }
  return undefined;
}

interface Loaded {
  truths: EvalTruth[];
  texts: Record<string, string>;
  notes: string[];
}

function load(args: Args): Loaded {
  const folder = resolve(args.folder);
  if (!isDir(folder)) throw new UsageError(`not a folder: ${args.folder}`);
  const notes: string[] = [];
  const truths: EvalTruth[] = [];
  const texts: Record<string, string> = {};
  const seen = new Set<string>();
  const halfEvents = new Set<string>();
  for (const arg of args.truths) {
    const path = resolve(arg);
    let files: string[];
    if (isDir(path)) {
      files = [
        ...readdirSync(path).filter((f) => f.endsWith('.json') && f !== 'split.json' && isFile(join(path, f))).sort().map((f) => join(path, f)),
        ...truthFilesBelow(path),
      ];
      if (files.length === 0) notes.push(`no truth files in ${arg}`);
    } else if (isFile(path)) files = [path];
    else throw new UsageError(`no such truth file or directory: ${arg}`);
    const split = splitFor(path);
    if (args.half !== undefined) {
      if (!split) throw new UsageError(`--half ${args.half}: no split.json beside ${arg}`);
      const listed = split.halves[args.half];
      if (!listed) throw new UsageError(`--half ${args.half}: ${relative(process.cwd(), split.path)} has ${Object.keys(split.halves).join(', ')}`);
      listed.forEach((e) => halfEvents.add(e));
    }
    for (const file of files) {
      if (seen.has(file)) continue;
      seen.add(file);
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(file, 'utf8'));
      } catch (e) {
        notes.push(`${relative(process.cwd(), file)}: not read (${(e as Error).message.split('\n')[0]})`);
        continue;
      }
      const { truth, problems } = parseTruth(raw);
      const event = truth.event ?? (basename(file) === 'truth.json' ? basename(dirname(file)) : basename(file, '.json'));
      for (const p of problems) notes.push(`${relative(process.cwd(), file)}: ${p}`);
      const half = split && Object.entries(split.halves).find(([, events]) => events.includes(event))?.[0];
      if (args.half !== undefined && half !== args.half) continue;
      if (truths.some((t) => t.event === event)) {
        notes.push(`${relative(process.cwd(), file)}: event ${event} is already given by another truth file: left out`);
        continue;
      }
      // The event's folder: <folder>/<event>/, else (for a …/truth.json inside <folder>) the truth's own folder.
      let eventDir = join(folder, event);
      const ownDir = relative(folder, dirname(file));
      if (!isDir(eventDir) && basename(file) === 'truth.json' && ownDir && !ownDir.startsWith('..') && !isAbsolute(ownDir)) eventDir = dirname(file);
      let base = '';
      let own: string[];
      if (isDir(eventDir)) {
        base = relative(folder, eventDir).split(sep).join('/');
        own = readdirSync(eventDir).filter((f) => ARTICLE.test(f) && isFile(join(eventDir, f))).sort().map((f) => `${base}/${f}`);
      } else {
        const named = new Set<string>();
        for (const a of truth.articles ?? []) named.add(a.file);
        for (const f of truth.figures ?? []) named.add(f.file);
        for (const p of [...(truth.links ?? []), ...(truth.nearMisses ?? [])]) named.add(p.a).add(p.b);
        own = [...named].filter((f) => isFile(join(folder, f))).sort();
      }
      if (own.length === 0) notes.push(`${event}: no articles found in ${relative(process.cwd(), isDir(eventDir) ? eventDir : folder) || '.'}`);
      for (const f of own) texts[f] ??= readFileSync(join(folder, ...f.split('/')), 'utf8');
      truths.push({ event, truth, base, files: own, ...(half ? { half } : {}) });
    }
  }
  for (const e of halfEvents) if (!truths.some((t) => t.event === e)) notes.push(`${e} is in the ${args.half} half but has no truth file`);
  if (truths.length === 0) throw new UsageError('no truth to score');
  return { truths, texts, notes };
}

// ---------------------------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------------------------

const f2 = (x: number | null) => (x === null ? '–' : x.toFixed(2));
const frac = (n: number, d: number) => (d ? `${n}/${d}` : '–');
const cf = (c: CountFound) => (c.expected ? `${c.found}/${c.expected} (${f2(c.recall)})` : '–');

/** A table: first column left-aligned, the rest right-aligned; `null` rows are rules. */
function table(head: string[], rows: (string[] | null)[]): string {
  const all = [head, ...rows.filter((r): r is string[] => r !== null)];
  const width = head.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(width[i]) : c.padStart(width[i]))).join('  ').trimEnd();
  const rule = width.map((w) => '-'.repeat(w)).join('  ');
  return [line(head), rule, ...rows.map((r) => (r ? line(r) : rule))].join('\n');
}

function groupsOf(r: EvalResult): (GroupFigures | null)[] {
  return [...r.events, ...(r.halves.length ? [null, ...r.halves] : []), null, r.total];
}

function render(r: EvalResult, verbose: boolean, notes: string[]): string {
  const out: string[] = [];
  const groups = groupsOf(r);
  const rows = (f: (g: GroupFigures) => string[]) => groups.map((g) => (g ? [g.name, ...f(g)] : null));
  const t = r.total;
  out.push(
    `Crosscheck eval: ${t.texts} texts (${t.articles} read as articles), ${r.events.length} event${r.events.length === 1 ? '' : 's'}, one corpus; warnings at confidence >= ${r.options.minConfidence}`,
    '',
  );

  out.push('a) Flagged pairs: the tool warns between the two figures (found/expected, recall)');
  out.push(
    table(
      ['', ...TIERS, 'all', 'not extracted', 'not located'],
      rows((g) => [...TIERS.map((tier) => cf(g.flagged[tier])), cf(g.flagged.all), String(g.flagged.notExtracted), String(g.flagged.notLocated)]),
    ),
    '',
  );

  out.push('b) Agreements (truth links "agree")');
  out.push(
    table(
      ['', 'expected', 'found as agree', 'warned as conflict', 'not extracted', 'not located'],
      rows((g) => [String(g.agreements.expected), String(g.agreements.foundAsAgree), String(g.agreements.warned), String(g.agreements.notExtracted), String(g.agreements.notLocated)]),
    ),
    '',
  );

  out.push('c) Look-alikes (near misses and agreements) the tool warns about');
  out.push(
    table(
      ['', 'look-alikes', 'warned', 'rate', 'near misses warned'],
      rows((g) => [String(g.lookAlikes.total), String(g.lookAlikes.warned), f2(g.lookAlikes.rate), frac(g.lookAlikes.nearMissesWarned, g.lookAlikes.nearMisses)]),
    ),
  );
  const kinds = Object.entries(t.lookAlikes.byKind).sort(([a], [b]) => (a === 'agree' ? 1 : b === 'agree' ? -1 : a.localeCompare(b)));
  if (kinds.length) {
    out.push(
      '',
      table(
        ['kind (total)', 'look-alikes', 'warned', 'rate', 'not extracted', 'not located'],
        kinds.map(([k, v]) => [k, String(v.total), String(v.warned), f2(v.rate), String(v.notExtracted), String(v.notLocated)]),
      ),
    );
  }
  out.push('');

  out.push('d) Warnings the tool shows, by what the truth says of the pair; unlisted ones by why (target: unlisted/article <= 0.25); of the unlisted, those between the same two articles and the same two figures as a flagged pair (the figure stated again)');
  const short: Record<string, string> = { 'different measure': 'diff measure', 'outside truth figures': 'outside figures' };
  out.push(
    table(
      ['', 'warnings', 'on flagged', 'on look-alike', 'on agreement', 'unlisted', ...UNLISTED_CLASSES.map((c) => short[c] ?? c), 'unlisted/article', 'repeat a flagged pair'],
      rows((g) => [
        String(g.warnings.total),
        String(g.warnings.onFlagged),
        String(g.warnings.onLookAlike),
        String(g.warnings.onAgreement),
        String(g.warnings.unlisted),
        ...UNLISTED_CLASSES.map((c) => String(g.warnings.unlistedBy[c])),
        f2(g.warnings.unlistedPerArticle),
        String(g.warnings.unlistedRepeats),
      ]),
    ),
  );
  const relations = Object.entries(t.links).map(([k, v]) => `${k} ${v}`);
  out.push(`links shown at the threshold, by relation (total): ${relations.join(', ') || 'none'}`, '');

  out.push('e) Truth figures extracted (quote located, and a claim there)');
  out.push(
    table(
      ['', 'figures', 'located', 'extracted', 'share'],
      rows((g) => [String(g.figures.total), String(g.figures.located), String(g.figures.extracted), f2(g.figures.share)]),
    ),
    '',
  );

  out.push('f) Truth actors found in the corpus (key or alias): right kind/found/all');
  const kindCell = (g: GroupFigures, k: string) => {
    const a = g.actors[k];
    return a && a.total ? `${a.rightKind}/${a.found}/${a.total}` : '–';
  };
  const otherKinds = Object.keys(t.actors).filter((k) => k !== 'total' && !(ACTOR_KINDS as readonly string[]).includes(k));
  const actorKinds = [...ACTOR_KINDS, ...otherKinds];
  out.push(
    table(
      ['', ...actorKinds, 'total', 'right kind', 'in an article'],
      rows((g) => {
        const a = g.actors.total;
        return [...actorKinds.map((k) => kindCell(g, k)), kindCell(g, 'total'), f2(a.total ? a.rightKind / a.total : null), f2(a.total ? a.rightKindInArticle / a.total : null)];
      }),
    ),
    '',
  );

  out.push('g) Calibration: pairs of truth figures linkClaims scores at confidence 0 (total). What the confidence predicts: that the link is right as the rules read it');
  out.push('   (a conflict or agreement: one measure at one moment; an update or revision: one measure; a different scope: a part and its whole or another scope).');
  out.push('   The first columns judge every pair as one measure at one moment, whatever its link.');
  out.push(
    table(
      ['confidence', 'pairs', 'mean confidence', 'observed same measure and moment', 'pairs judged', 'mean confidence', 'observed link right'],
      t.calibration.map((b) => [`${b.from.toFixed(1)}-${b.to.toFixed(1)}`, String(b.count), f2(b.meanConfidence), f2(b.observed), String(b.judged), f2(b.meanConfidenceJudged), f2(b.observedRight)]),
    ),
  );

  const notArticles = r.texts.filter((x) => !x.isArticle);
  if (notArticles.length) {
    out.push('', `Not read as articles (${notArticles.length}):`);
    for (const x of notArticles) out.push(`  ${x.file}: ${x.reason}`);
  }
  if (r.notLocated.length) {
    out.push('', `Not located (${r.notLocated.length}):`);
    for (const n of r.notLocated) out.push(`  ${n.file}: ${n.reason}: "${n.quote}" / "${n.figure}" (${n.where})`);
  }
  const problems = [...notes, ...r.problems];
  if (problems.length) {
    out.push('', 'Notes:');
    for (const p of problems) out.push(`  ${p}`);
  }

  if (verbose) {
    const fig = (f: FigureRef) => `${f.file} "${f.figure}"${f.error ? ` (${f.error})` : f.claim === undefined ? ' (not extracted)' : f.claimText !== f.figure ? ` (read as "${f.claimText}")` : ''}`;
    const link = (l: ToolLink | undefined, below: ToolLink | undefined) =>
      l ? `tool: ${l.relation} ${l.confidence.toFixed(2)}: ${l.reasons.join('; ')}` : below ? `tool: below the threshold, ${below.relation} ${below.confidence.toFixed(2)}: ${below.reasons.join('; ')}` : 'tool: no link';
    const missed = r.pairs.filter((p) => p.source === 'link' && p.label !== 'agree' && !p.found);
    out.push('', `Missed flagged pairs (${missed.length}):`);
    for (const p of missed)
      out.push(`  [${p.event}] ${p.label}: ${fig(p.a)} ~ ${fig(p.b)}`, `      truth: ${p.why}`, `      ${link(p.shown, p.belowThreshold)}`, ...(p.whyNot ? [`      why not: ${p.whyNot}`] : []));
    const looks = r.pairs.filter((p) => (p.source === 'near miss' || p.label === 'agree') && p.warned);
    out.push('', `Warned look-alikes (${looks.length}):`);
    for (const p of looks) out.push(`  [${p.event}] ${p.source === 'link' ? 'agree' : p.label}: ${fig(p.a)} ~ ${fig(p.b)}`, `      truth: ${p.why}`, `      ${link(p.shown, undefined)}`);
    const unlisted = r.warnings.filter((w) => w.class === 'unlisted');
    out.push('', `Unlisted warnings (${unlisted.length}):`);
    for (const w of unlisted)
      out.push(`  [${w.unlisted}] ${w.a.file} "${w.a.text}" ~ ${w.b.file} "${w.b.text}"`, `      tool: ${w.relation} ${w.confidence.toFixed(2)}: ${w.reasons.join('; ')}`);
    out.push('', `Truth actors not found with the right kind (${r.actorMisses.length}):`);
    for (const m of r.actorMisses) out.push(`  [${m.event}] ${m.kind} ${m.name}: ${m.foundAs.length ? `found as ${m.foundAs.join(', ')}` : 'not found'}`);
  }
  return out.join('\n');
}

/** One row per event scored as a workspace of its own, and their sum. */
function renderEachEvent(events: string[], totals: GroupFigures[]): string {
  const sum = (pick: (g: GroupFigures) => number) => totals.reduce((n, g) => n + pick(g), 0);
  const row = (name: string, pick: (f: (g: GroupFigures) => number) => number): string[] => {
    const hard = [pick((g) => g.flagged.conflict.found), pick((g) => g.flagged.conflict.expected)];
    const disc = [pick((g) => g.flagged.discrepancy.found), pick((g) => g.flagged.discrepancy.expected)];
    const rev = [pick((g) => g.flagged.revision.found), pick((g) => g.flagged.revision.expected)];
    const articles = pick((g) => g.articles);
    const unlisted = pick((g) => g.warnings.unlisted);
    return [
      name,
      String(articles),
      frac(hard[0], hard[1]),
      frac(disc[0], disc[1]),
      frac(rev[0], rev[1]),
      frac(pick((g) => g.agreements.foundAsAgree), pick((g) => g.agreements.expected)),
      frac(pick((g) => g.lookAlikes.warned), pick((g) => g.lookAlikes.total)),
      String(pick((g) => g.warnings.total)),
      String(unlisted),
      f2(articles ? unlisted / articles : null),
    ];
  };
  const rows = totals.map((g, i) => row(events[i], (f) => f(g)));
  return [
    'Each event as a workspace of its own (a folder of one story): flagged pairs found, agreements found, look-alikes warned, warnings',
    table(['event', 'articles', 'conflict', 'discrepancy', 'revision', 'agreements', 'look-alikes', 'warnings', 'unlisted', 'unlisted/article'], [...rows, null, row('total', sum)]),
  ].join('\n');
}

function main(argv: string[]): number {
  let args: Args;
  let loaded: Loaded;
  try {
    args = parseArgs(argv);
    loaded = load(args);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (e.message) process.stderr.write(`eval: ${e.message}\n`);
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const options = args.minConfidence === undefined ? {} : { minConfidence: args.minConfidence };
  if (args.eachEvent) {
    // Each event alone: only its own texts are in the workspace, as in a folder of one story.
    const totals = loaded.truths.map((t) => {
      const own = t.files ?? (t.base ? Object.keys(loaded.texts).filter((f) => f.startsWith(`${t.base}/`)) : Object.keys(loaded.texts));
      const texts = Object.fromEntries(own.filter((f) => f in loaded.texts).map((f) => [f, loaded.texts[f]]));
      return score({ texts, truths: [t], options }).total;
    });
    if (args.json) process.stdout.write(`${JSON.stringify({ eachEvent: totals, notes: loaded.notes }, null, 2)}\n`);
    else process.stdout.write(`${renderEachEvent(loaded.truths.map((t) => t.event), totals)}\n`);
    return 0;
  }
  const result = score({ texts: loaded.texts, truths: loaded.truths, options });
  if (args.json) process.stdout.write(`${JSON.stringify({ ...result, notes: loaded.notes }, null, 2)}\n`);
  else process.stdout.write(`${render(result, args.verbose, loaded.notes)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
