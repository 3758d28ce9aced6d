/**
 * `npm run bench`: speed and memory of Crosscheck, measured the way the issue "Speed and scale"
 * asks, in one run that prints one table (and writes bench/results.json and bench/results.md).
 * Budgets are printed beside each figure with pass or fail; nothing here fails a build
 * (benchmarks print, tests assert). `-- --quick` measures the 100- and 1,000-article workspaces
 * only (no 10,000); `-- --update-readme` also writes the table into README.md.
 *
 * Corpora: the generator's workspaces (./corpusGenerator.ts: varied events, recurring actors,
 * agreeing and conflicting figures, boilerplate; fixed seed), the real pages of corpus/pages
 * replicated into mirrors (./realMirrors.ts; skipped with a note when absent): 60 of them, 1,020
 * files, the issue's own workspace, and then the whole development half; and a workspace of
 * 5,000 files that are not articles (./nonArticles.ts).
 *
 * Timings on a shared machine are noisy: the load average is printed at the start and the end,
 * CPU times are printed beside wall times, and the single-thread floor and the analysis are
 * measured article by article in alternation, so both see the same load.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import nlp from 'compromise';
import { URI } from 'vscode-uri';
import { analyseArticle } from '../server/src/analysis/analyse';
import { lineStarts, positionAt } from '../server/src/analysis/lines';
import { forgetRecentBlocks } from '../server/src/analysis/nlp';
import type { ArticleAnalysis } from '../server/src/analysis/types';
import { Corpus } from '../server/src/corpus/corpus';
import { CONTAINED, MIN_CONTAINED_WORDS, NEAR_JACCARD, normalisedWords } from '../server/src/corpus/mirrors';
import { EDIT_DEBOUNCE_MS } from '../server/src/lsp/workspace';
import { generateCorpus, prng } from './corpusGenerator';
import { generateNonArticles } from './nonArticles';
import { realPages, replicate, COPIES } from './realMirrors';
import { ServerSession, type Diagnostic } from './serverSession';

const ROOT = resolve(__dirname, '..');
const SERVER = join(ROOT, 'dist', 'server.js');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
// `--sizes=100,1000` measures other workspace sizes (for trying things out); `--only=generated,mirrors,not-articles` picks parts.
const SIZES = args.find((a) => a.startsWith('--sizes='))?.slice(8).split(',').map(Number) ?? (QUICK ? [100, 1000] : [100, 1000, 10000]);
const ONLY = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const part = (name: string) => !ONLY || ONLY.includes(name);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

interface Row {
  section: string;
  figure: string;
  value: string;
  budget: string;
  /** undefined: no budget for this figure. */
  pass?: boolean;
  /** Raw numbers for results.json. */
  data: Record<string, number | string | boolean | null>;
}

const rows: Row[] = [];
const notes: string[] = [];
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(s.length * p) - 1))];
};
const load = () => loadavg().map((l) => l.toFixed(2)).join(' / ');

function row(r: Row): void {
  rows.push(r);
  const mark = r.pass === undefined ? '' : r.pass ? 'pass' : 'FAIL';
  console.log(`${`${r.section} · ${r.figure}`.padEnd(68)} ${r.value.padStart(24)}  ${r.budget.padEnd(22)} ${mark}`);
}

function writeFiles(dir: string, files: readonly { path: string; text: string }[]): void {
  for (const f of files) {
    const path = join(dir, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.text);
  }
}

/**
 * (1) and (2): bare compromise and Crosscheck's analysis over the same texts, one thread, article
 * by article in alternation. Returns the analyses (for positions of hovers) and the times.
 */
function floorAndAnalysis(
  texts: readonly string[],
  withFloor: boolean,
  reuseIdentical = false,
  every = 1,
): { floor?: { ms: number; cpu: number }; analysis: { ms: number; cpu: number }; analyses: ArticleAnalysis[] } {
  let floorMs = 0;
  let floorCpu = 0;
  let anaMs = 0;
  let anaCpu = 0;
  const analyses: ArticleAnalysis[] = [];
  // Byte-identical copies (the mirrors' own copies) are timed once and counted once per copy: the
  // same text costs the same, and the run stays within its ten minutes as the corpus grows.
  const seen = new Map<string, { floor: { ms: number; cpu: number }; analysis: { ms: number; cpu: number }; result: ArticleAnalysis }>();
  /** The wall and CPU time of one call. */
  const timed = <T>(run: () => T): { value: T; ms: number; cpu: number } => {
    const c = cpuMs();
    const t = performance.now();
    const value = run();
    return { value, ms: performance.now() - t, cpu: cpuMs() - c };
  };
  gc();
  // `every` > 1: only every nth text is analysed and timed, and the totals are scaled to all of
  // them (the generated corpus's articles are drawn alike, so a regular sample stands for the rest).
  let timedTexts = 0;
  for (const [i, text] of texts.entries()) {
    if (i % every !== 0) continue;
    timedTexts++;
    let known = reuseIdentical ? seen.get(text) : undefined;
    if (!known) {
      const floor = withFloor ? timed(() => nlp(text)) : { ms: 0, cpu: 0 };
      // Each article from scratch: no block parsed for an earlier text is reused.
      forgetRecentBlocks();
      const analysis = timed(() => analyseArticle(text));
      known = { floor, analysis, result: analysis.value };
      if (reuseIdentical) seen.set(text, known);
      analyses.push(analysis.value);
    } else analyses.push(structuredClone(known.result));
    floorMs += known.floor.ms;
    floorCpu += known.floor.cpu;
    anaMs += known.analysis.ms;
    anaCpu += known.analysis.cpu;
  }
  const scale = timedTexts ? texts.length / timedTexts : 1;
  return { floor: withFloor ? { ms: floorMs * scale, cpu: floorCpu * scale } : undefined, analysis: { ms: anaMs * scale, cpu: anaCpu * scale }, analyses };
}

/** (3) or (4): the server indexes a folder until every diagnostic is published. */
async function index(folder: string, cacheDir: string, articles: number, timeoutMs: number): Promise<{ session: ServerSession; ms: number; cpu: number; peak: number; conflicts: number }> {
  const session = await ServerSession.start(SERVER, folder, { cacheDir });
  const ms = await session.idle(articles, timeoutMs);
  let conflicts = 0;
  for (const list of session.diagnostics.values()) conflicts += list.filter((d) => d.code === 'numeric-conflict').length;
  return { session, ms, cpu: session.cpuMs(), peak: session.peakRss(), conflicts };
}

/** How many of the generated articles (3a) parses, one in every this many. */
const CAPACITY_EVERY = 5;

/**
 * (3a) What two threads give on this machine: bare compromise over a sample of the texts in one
 * worker thread, then in two at once (each over half of them). The cold index's budget assumes two
 * cores do about twice the work of one; a shared or throttled machine may give far less, and this
 * figure says how much, with the workload the server runs.
 */
async function parallelCapacity(texts: readonly string[]): Promise<{ one: number; two: number }> {
  const compromise = createRequire(join(ROOT, 'package.json')).resolve('compromise');
  const code = `const { parentPort, workerData } = require('node:worker_threads');
const nlp = require(workerData.compromise);
nlp(workerData.texts[0] ?? 'warm up');
const t = performance.now();
for (const text of workerData.texts) nlp(text);
parentPort.postMessage(performance.now() - t);`;
  const run = (part: readonly string[]) =>
    new Promise<number>((done, fail) => {
      const worker = new Worker(code, { eval: true, workerData: { compromise, texts: part } });
      worker.once('message', (ms: number) => void worker.terminate().then(() => done(ms)));
      worker.once('error', fail);
    });
  const sample = texts.filter((_, i) => i % CAPACITY_EVERY === 0);
  const started = performance.now();
  await run(sample);
  const one = performance.now() - started;
  const again = performance.now();
  await Promise.all([run(sample.filter((_, i) => i % 2 === 0)), run(sample.filter((_, i) => i % 2 === 1))]);
  return { one, two: performance.now() - again };
}

interface SizeResult {
  size: number;
  mbOfText: number;
  floor?: { ms: number; cpu: number };
  analysis: { ms: number; cpu: number };
  cold: { ms: number; cpu: number; peak: number; conflicts: number };
  warm?: { ms: number; peak: number };
}

async function generated(size: number, work: string): Promise<SizeResult> {
  const corpus = generateCorpus(size);
  const texts = corpus.map((a) => a.text);
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const section = `${size.toLocaleString('en-US')} generated articles (${(bytes / 1e6).toFixed(1)} MB)`;
  const folder = join(work, `generated-${size}`);
  writeFiles(folder, corpus);

  const withFloor = size <= 1000;
  // At 10,000 articles, (2) serves only the growth of (7): every second article is timed (and the
  // sum doubled), which keeps the whole run within its ten minutes.
  const every = size > 1000 ? SAMPLE_EVERY : 1;
  const measured = floorAndAnalysis(texts, withFloor, false, every);
  const { floor, analysis } = measured;
  // Where the hovers and definitions of (6) will point; the analyses themselves are then let go,
  // so this process's own garbage collection does not land in the request latencies.
  const targets = size === 1000 ? requestTargets(folder, corpus.map((a) => a.path), texts, measured.analyses) : [];
  measured.analyses.length = 0;
  if (floor) {
    row({ section, figure: '(1) bare compromise nlp(text), one thread', value: `${sec(floor.ms)} (cpu ${sec(floor.cpu)})`, budget: 'the floor', data: { floorMs: floor.ms, floorCpuMs: floor.cpu, mbPerS: bytes / 1e6 / (floor.ms / 1000) } });
    const ratio = analysis.ms / floor.ms;
    row({ section, figure: '(2) Crosscheck analysis, one thread', value: `${sec(analysis.ms)} = ${ratio.toFixed(2)}× floor`, budget: '≤ 1.5× floor', pass: ratio <= 1.5, data: { analysisMs: analysis.ms, analysisCpuMs: analysis.cpu, ratio, cpuRatio: analysis.cpu / floor.cpu } });
  } else {
    const sampled = every > 1 ? `, every ${every === 2 ? 'second' : `${every}th`} article timed and the sum scaled` : '';
    row({ section, figure: `(2) Crosscheck analysis, one thread${sampled}`, value: `${sec(analysis.ms)} (cpu ${sec(analysis.cpu)})`, budget: '(growth below)', data: { analysisMs: analysis.ms, analysisCpuMs: analysis.cpu, sampledEvery: every } });
  }

  const cacheDir = mkdtempSync(join(work, 'cache-'));
  const timeout = Math.max(120_000, size * 200);
  const cold = await index(folder, cacheDir, size, timeout);
  const coldRatio = floor ? cold.ms / floor.ms : undefined;
  row({
    section,
    figure: '(3) cold index over stdio, until all diagnostics are out',
    value: `${sec(cold.ms)}${coldRatio !== undefined ? ` = ${coldRatio.toFixed(2)}× floor` : ''}`,
    budget: size === 1000 ? '≤ 0.8× floor' : '',
    pass: size === 1000 && coldRatio !== undefined ? coldRatio <= 0.8 : undefined,
    data: { coldMs: cold.ms, coldCpuMs: cold.cpu, ratio: coldRatio ?? null, conflictWarnings: cold.conflicts },
  });
  if (size === 1000 && floor) {
    // The machine's own capacity, measured right after (3) with the same texts.
    const capacity = await parallelCapacity(texts);
    const speedup = capacity.one / capacity.two;
    row({
      section,
      figure: `(3a) this machine: bare compromise over ${Math.ceil(size / CAPACITY_EVERY)} of the articles, two threads against one`,
      value: `${sec(capacity.two)} against ${sec(capacity.one)} = ${speedup.toFixed(2)}× speedup`,
      budget: '(≈ 2× on two free cores)',
      data: { oneThreadMs: capacity.one, twoThreadsMs: capacity.two, speedup },
    });
    row({
      section,
      figure: '    (3) against what two threads of bare compromise take here (floor ÷ speedup)',
      value: `${(cold.ms / (floor.ms / speedup)).toFixed(2)}×`,
      budget: '',
      data: { coldAgainstTwoThreadFloor: cold.ms / (floor.ms / speedup) },
    });
  }
  const rssBudget = size === 1000 ? 350 * 1048576 : size === 10000 ? 1.5 * 1024 * 1048576 : undefined;
  row({ section, figure: '    server peak RSS (VmHWM), cold', value: `${mb(cold.peak)} (server cpu ${sec(cold.cpu)})`, budget: rssBudget ? `≤ ${size === 1000 ? '350 MB' : '1.5 GB'}` : '', pass: rssBudget ? cold.peak <= rssBudget : undefined, data: { peakRss: cold.peak } });
  const stopCold = await cold.session.stop();
  if (stopCold.code !== 0) notes.push(`the server indexing ${size} articles exited with code ${stopCold.code} after shutdown`);

  const warm = await index(folder, cacheDir, size, timeout);
  row({ section, figure: '(4) warm start, persistent cache', value: `${sec(warm.ms)} (peak RSS ${mb(warm.peak)})`, budget: size === 1000 ? '≤ 2 s' : '', pass: size === 1000 ? warm.ms <= 2000 : undefined, data: { warmMs: warm.ms, warmPeakRss: warm.peak } });

  if (size === 1000) {
    await edits(section, warm.session, folder, corpus.map((a) => a.path), texts);
    await requests(section, warm.session, targets);
  }
  const stopWarm = await warm.session.stop();
  if (stopWarm.code !== 0) notes.push(`the warm server on ${size} articles exited with code ${stopWarm.code}`);
  return { size, mbOfText: bytes / 1e6, floor, analysis, cold, warm: { ms: warm.ms, peak: warm.peak } };
}

/** The digits of a figure inside a diagnostic's range: what an edit changes. */
function figureDigits(text: string, starts: number[], d: Diagnostic): { start: number; end: number; value: number } | undefined {
  const from = starts[d.range.start.line] + d.range.start.character;
  const to = starts[d.range.end.line] + d.range.end.character;
  const span = text.slice(from, to);
  const m = /\d[\d,]*\d|\d/.exec(span);
  if (!m) return undefined;
  const value = Number(m[0].replace(/,/g, ''));
  return Number.isFinite(value) ? { start: from + m.index, end: from + m.index + m[0].length, value } : undefined;
}

/** (5) 50 edits of a figure in a 1,000-word article, until its and its partners' diagnostics are republished. */
async function edits(section: string, session: ServerSession, folder: string, paths: string[], texts: string[]): Promise<void> {
  const uriOf = (i: number) => URI.file(join(folder, paths[i])).toString();
  const candidates = texts.map((t, i) => ({ i, words: t.split(/\s+/).length })).filter((c) => c.words >= 900);
  const chosen = candidates.find((c) => (session.diagnostics.get(uriOf(c.i)) ?? []).some((d) => d.code === 'numeric-conflict' && d.relatedInformation?.length));
  if (!chosen) {
    notes.push('edit benchmark skipped: no 1,000-word article with a conflict in this workspace');
    return;
  }
  const uri = uriOf(chosen.i);
  let text = texts[chosen.i];
  const before = session.statusCount;
  session.notifyServer('textDocument/didOpen', { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  // An idle status sent after the open: the server is ready for edits of this document.
  await session.waitFor('the open article', () => session.statusCount > before && session.status && !session.status.busy, 60_000);
  const latencies: number[] = [];
  let version = 1;
  for (let k = 0; k < 50; k++) {
    const diagnostics = (session.diagnostics.get(uri) ?? []).filter((d) => d.code === 'numeric-conflict');
    const target = diagnostics[k % Math.max(1, diagnostics.length)];
    const digits = target && figureDigits(text, lineStarts(text), target);
    if (!digits) {
      notes.push(`edit benchmark stopped after ${k} edits: no conflicting figure left to edit`);
      break;
    }
    const partners = new Set((target.relatedInformation ?? []).map((r) => r.location.uri).filter((u) => u !== uri));
    // A new figure each time (never one analysed before), a little above the old one.
    const replacement = (digits.value + 1 + k).toLocaleString('en-US');
    const start = positionAt(lineStarts(text), digits.start);
    const end = positionAt(lineStarts(text), digits.end);
    text = text.slice(0, digits.start) + replacement + text.slice(digits.end);
    const sent = performance.now();
    session.notifyServer('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start, end }, text: replacement }],
    });
    const waiting = [uri, ...partners];
    await session.waitFor(`diagnostics after edit ${k + 1}`, () => waiting.every((u) => (session.published.get(u) ?? 0) > sent), 20_000).catch((e: Error) => notes.push(e.message));
    const last = Math.max(...waiting.map((u) => session.published.get(u) ?? sent));
    latencies.push(last - sent - EDIT_DEBOUNCE_MS);
    await session.waitFor('idle after the edit', () => session.status && !session.status.busy, 20_000).catch(() => undefined);
  }
  if (!latencies.length) return;
  const p50 = pct(latencies, 0.5);
  const p99 = pct(latencies, 0.99);
  row({ section, figure: `(5) edit → diagnostics republished, after the ${EDIT_DEBOUNCE_MS} ms debounce: p50`, value: `${p50.toFixed(0)} ms`, budget: '≤ 60 ms', pass: p50 <= 60, data: { editP50: p50, edits: latencies.length } });
  row({ section, figure: '    p99', value: `${p99.toFixed(0)} ms`, budget: '≤ 150 ms', pass: p99 <= 150, data: { editP99: p99, editMax: Math.max(...latencies) } });
}

type Target = { uri: string; position: { line: number; character: number } };

/** 500 places on actors and figures of random articles (fixed seed). */
function requestTargets(folder: string, paths: string[], texts: string[], analyses: ArticleAnalysis[]): Target[] {
  const r = prng(6);
  const targets: Target[] = [];
  while (targets.length < 500) {
    const i = Math.floor(r() * texts.length);
    const a = analyses[i];
    const spans = [...a.claims.map((c) => c.span), ...a.actors.flatMap((x) => x.mentions.map((m) => m.span))];
    if (!spans.length) continue;
    const span = spans[Math.floor(r() * spans.length)];
    targets.push({ uri: URI.file(join(folder, paths[i])).toString(), position: positionAt(lineStarts(texts[i]), span.start) });
  }
  return targets;
}

/** (6) 500 hovers and 500 definitions on actors and figures of random articles, one after another. */
async function requests(section: string, session: ServerSession, targets: Target[]): Promise<void> {
  for (const method of ['textDocument/hover', 'textDocument/definition'] as const) {
    gc();
    const times: number[] = [];
    let answered = 0;
    for (const t of targets) {
      const start = performance.now();
      const result = await session.request<unknown>(method, { textDocument: { uri: t.uri }, position: t.position });
      times.push(performance.now() - start);
      if (result && (!Array.isArray(result) || result.length)) answered++;
    }
    const name = method === 'textDocument/hover' ? 'hover' : 'definition';
    const p50 = pct(times, 0.5);
    const p99 = pct(times, 0.99);
    row({ section, figure: `(6) ${name}, 500 requests over stdio (${answered} with an answer): p50 / p99`, value: `${p50.toFixed(2)} / ${p99.toFixed(2)} ms`, budget: 'p99 ≤ 5 ms', pass: p99 <= 5, data: { [`${name}P50`]: p50, [`${name}P99`]: p99, [`${name}Answered`]: answered } });
  }
}

/** At 10,000 generated articles, (2) times every this many articles and scales the sum. */
const SAMPLE_EVERY = 2;

/** Pages of the issue's own mirrors workspace: 60 real pages, each present 17 times (1,020 files). */
const ISSUE_PAGES = 60;

/**
 * The server's memory budget for a workspace of `files` articles: 350 MB up to 1,000 articles,
 * 1.5 GB at 10,000, and between them the line through the two.
 */
function rssBudgetMb(files: number): number {
  return files <= 1000 ? 350 : Math.round(350 + ((1536 - 350) * (files - 1000)) / 9000);
}

/** `sample`: that many of the development half's pages, spread over its events; else all of them. */
async function mirrors(work: string, sample?: number): Promise<void> {
  const all = realPages(ROOT);
  if ('missing' in all) {
    notes.push(`real mirrors corpus skipped: ${all.missing}`);
    console.log(`(real mirrors corpus skipped: ${all.missing})`);
    return;
  }
  const step = sample ? Math.max(1, Math.floor(all.pages.length / sample)) : 1;
  const chosen = all.pages.filter((_, i) => i % step === 0).slice(0, sample ?? all.pages.length);
  const paths = new Set(chosen.map((p) => p.path));
  const found = { pages: chosen, declaredCopies: all.declaredCopies.filter(([a, b]) => paths.has(a) && paths.has(b)) };
  const files = replicate(found.pages);
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  const section = `${found.pages.length} real pages × ${COPIES} mirrors = ${files.length} files (${(bytes / 1e6).toFixed(1)} MB)`;
  const folder = join(work, `mirrors-${files.length}`);
  writeFiles(folder, files);
  // Each byte-identical copy is timed once and counted once per copy (the republished copies,
  // which differ, each on its own): the same text costs the same.
  const { floor, analysis, analyses } = floorAndAnalysis(
    files.map((f) => f.text),
    true,
    true,
  );
  const ratio = analysis.ms / floor!.ms;
  const timing = 'every file (identical copies timed once, counted once each)';
  row({ section, figure: `(1) bare compromise nlp(text), one thread, ${timing}`, value: `${sec(floor!.ms)} (cpu ${sec(floor!.cpu)})`, budget: 'the floor', data: { floorMs: floor!.ms, floorCpuMs: floor!.cpu } });
  row({ section, figure: `(2) Crosscheck analysis, one thread, ${timing}`, value: `${sec(analysis.ms)} = ${ratio.toFixed(2)}× floor`, budget: '≤ 1.5× floor', pass: ratio <= 1.5, data: { analysisMs: analysis.ms, ratio } });
  // The groups of copies the corpus finds, from the same analyses: every page with its 16 copies,
  // and two pages in one group only where the manifest says one outlet copied the other.
  const corpus = new Corpus();
  files.forEach((f, i) => corpus.set(f.path, f.path, 1, f.text, analyses[i]));
  const articles = corpus.articles().length;
  const groupOf = (f: (typeof files)[number]) => corpus.copiesOf(f.path);
  const whole = found.pages.filter((_, p) => {
    const mine = files.filter((f) => f.page === p);
    return mine.every((f) => groupOf(f) && groupOf(f) === groupOf(mine[0]));
  }).length;
  const declared = new Set(found.declaredCopies.map(([a, b]) => [a, b].sort().join('|')));
  const joined = new Set<string>();
  for (const group of new Set(files.map(groupOf).filter((g) => g !== undefined))) {
    const pages = [...new Set(group.members.map((m) => found.pages[files.find((f) => f.path === m)!.page].path))].sort();
    if (pages.length > 1) joined.add(pages.join('|'));
  }
  const undeclared = [...joined].filter((j) => !declared.has(j));
  // A page the manifest marks as an aggregator's copy of another may be a rewrite of it: those
  // whose texts are copies by the rule of corpus/mirrors.ts, measured here on the texts' word
  // shingles themselves (not on the signatures the detection uses), must be joined.
  const analysisOf = new Map(files.map((f, i) => [f.path, analyses[i]]));
  const textCopies = [...declared].filter((pair) => {
    const [a, b] = pair.split('|').map((p) => analysisOf.get(`originals/${p}`));
    return a !== undefined && b !== undefined && copiesByRule(a, b);
  });
  const missed = textCopies.filter((pair) => !joined.has(pair));
  row({
    section,
    figure: 'copies found: pages whose 17 files are one group; declared copies (manifest: aggregator copies) that are copies of the text, joined',
    value: `${whole} of ${found.pages.length}; ${textCopies.length - missed.length} of ${textCopies.length} (${declared.size - textCopies.length} declared are rewrites); ${undeclared.length} undeclared joins`,
    budget: 'all; all; none',
    pass: whole === found.pages.length && missed.length === 0 && undeclared.length === 0,
    data: { wholePages: whole, pages: found.pages.length, joinedPairs: joined.size, declaredPairs: declared.size, declaredTextCopies: textCopies.length, missedCopies: missed.length, undeclaredJoins: undeclared.length, articles },
  });
  for (const pair of missed) notes.push(`declared copies not joined although their texts are copies: ${pair.replace('|', ' and ')}`);
  for (const pair of undeclared) notes.push(`pages joined as copies that the manifest does not declare: ${pair.replace('|', ' and ')}`);
  const cacheDir = mkdtempSync(join(work, 'cache-'));
  const cold = await index(folder, cacheDir, articles, 300_000);
  row({ section, figure: '(3) cold index over stdio, until all diagnostics are out', value: `${sec(cold.ms)} = ${(cold.ms / floor!.ms).toFixed(2)}× floor`, budget: '≤ 0.8× floor', pass: cold.ms / floor!.ms <= 0.8, data: { coldMs: cold.ms, coldCpuMs: cold.cpu, ratio: cold.ms / floor!.ms } });
  const budget = rssBudgetMb(files.length);
  const budgetText = files.length <= 1000 ? `≤ ${budget} MB` : `≤ ${budget} MB (1,000 and 10,000 budgets, interpolated)`;
  row({ section, figure: '    server peak RSS (VmHWM)', value: `${mb(cold.peak)} (server cpu ${sec(cold.cpu)})`, budget: budgetText, pass: cold.peak <= budget * 1048576, data: { peakRss: cold.peak, budgetMb: budget } });
  row({ section, figure: '    numeric-conflict warnings published (issue: 47,396 before)', value: `${cold.conflicts}`, budget: 'each pair once', data: { conflictWarnings: cold.conflicts } });
  const stop = await cold.session.stop();
  if (stop.code !== 0) notes.push(`the server on the mirrors corpus exited with code ${stop.code}`);
}

/**
 * Whether two analysed texts are copies by the rule of corpus/mirrors.ts (`areCopies`), measured
 * exactly on their content blocks' word 5-shingles: the same words; near-identical with the same
 * figures; or a cut-down copy whose figures the fuller text all states.
 */
function copiesByRule(a: ArticleAnalysis, b: ArticleAnalysis): boolean {
  const words = (x: ArticleAnalysis) => normalisedWords(x.structure.blocks.map((block) => block.text).join('\n'));
  const shingles = (ws: string[]) => new Set(ws.length < 5 ? [ws.join(' ')] : ws.slice(4).map((_, i) => ws.slice(i, i + 5).join(' ')));
  const figures = (x: ArticleAnalysis) => x.claims.map((c) => c.text.replace(/\s+/g, ' ').trim()).sort();
  const [wa, wb] = [words(a), words(b)];
  if (wa.length === 0 || wb.length === 0) return false;
  if (wa.join(' ') === wb.join(' ')) return true;
  const [sa, sb] = [shingles(wa), shingles(wb)];
  const shared = [...sa].filter((s) => sb.has(s)).length;
  const [fa, fb] = [figures(a), figures(b)];
  if (fa.join('\u0001') === fb.join('\u0001') && shared / (sa.size + sb.size - shared) >= NEAR_JACCARD) return true;
  const [small, large] = wa.length <= wb.length ? [fa, fb] : [fb, fa];
  const left = [...large];
  const within = small.every((f) => {
    const at = left.indexOf(f);
    if (at >= 0) left.splice(at, 1);
    return at >= 0;
  });
  return Math.min(wa.length, wb.length) >= MIN_CONTAINED_WORDS && shared / Math.min(sa.size, sb.size) >= CONTAINED && within;
}

async function notArticles(work: string): Promise<void> {
  const files = generateNonArticles(5000);
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  const section = `${files.length.toLocaleString('en-US')} .txt files that are not articles (${(bytes / 1e6).toFixed(0)} MB)`;
  const folder = join(work, 'not-articles');
  writeFiles(folder, files);
  const cacheDir = mkdtempSync(join(work, 'cache-'));
  const session = await ServerSession.start(SERVER, folder, { cacheDir });
  const ms = await session.waitFor('an idle status after the listing', () => session.status && !session.status.busy && session.status.files === files.length && performance.now() - session.started, 120_000);
  const cpu = session.cpuMs();
  const peak = session.peakRss();
  row({ section, figure: 'server CPU until idle (start, list, first kilobytes)', value: `${sec(cpu)} (wall ${sec(ms)})`, budget: '< 5 s', pass: cpu < 5000, data: { cpuMs: cpu, wallMs: ms } });
  row({ section, figure: '    server peak RSS (VmHWM)', value: mb(peak), budget: '< 150 MB', pass: peak < 150 * 1048576, data: { peakRss: peak } });
  row({ section, figure: '    status: articles found, files turned away unread', value: `${session.status!.articles}, ${session.status!.turnedAway ?? '?'} of ${session.status!.files}`, budget: 'no articles', pass: session.status!.articles === 0, data: { articles: session.status!.articles, turnedAway: session.status!.turnedAway ?? null } });
  // The folder gains its first article: the editor's file watcher reports it.
  const article = generateCorpus(1, 3)[0];
  const path = join(folder, 'notes', 'first-article.txt');
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, article.text);
  const t = performance.now();
  session.notifyServer('workspace/didChangeWatchedFiles', { changes: [{ uri: URI.file(path).toString(), type: 1 }] });
  const served = await session.waitFor('the first article', () => session.status && !session.status.busy && session.status.articles === 1, 60_000).then(
    () => performance.now() - t,
    () => NaN,
  );
  const hover = Number.isFinite(served)
    ? await session.request<unknown>('textDocument/hover', { textDocument: { uri: URI.file(path).toString() }, position: { line: 1, character: 2 } })
    : null;
  row({ section, figure: '    a first article appears: served after', value: Number.isFinite(served) ? `${served.toFixed(0)} ms${hover ? ', hover answers' : ''}` : 'not served', budget: 'served', pass: Number.isFinite(served), data: { firstArticleMs: Number.isFinite(served) ? served : null } });
  const stop = await session.stop();
  row({ section, figure: '    shutdown and exit', value: `exit code ${stop.code} after ${stop.ms.toFixed(0)} ms`, budget: 'code 0, < 5 s', pass: stop.code === 0 && stop.ms < 5000, data: { exitCode: stop.code, exitMs: stop.ms } });
}

async function main(): Promise<void> {
  const started = performance.now();
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { stdio: 'inherit', cwd: ROOT });
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    // Not a git checkout: the commit stays unknown.
  }
  const loadStart = load();
  console.log(`Crosscheck benchmark — ${new Date().toISOString().slice(0, 16)}Z, commit ${commit}, node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'})`);
  console.log(`load average (1 / 5 / 15 min) at start: ${loadStart}${QUICK ? '; --quick: 100 and 1,000 articles only' : ''}\n`);
  console.log(`${'figure'.padEnd(68)} ${'value'.padStart(24)}  ${'budget'.padEnd(22)} pass`);
  // Warm compromise's lexicon once: its first parse pays for loading it.
  analyseArticle(generateCorpus(1)[0].text);
  nlp('warm up');

  const work = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  const results: SizeResult[] = [];
  try {
    if (part('generated')) for (const size of SIZES) results.push(await generated(size, work));
    const small = results.find((r) => r.size === 1000);
    const large = results.find((r) => r.size === 10000);
    if (small && large) {
      const section = 'growth from 1,000 to 10,000 generated articles';
      const analysisGrowth = large.analysis.ms / small.analysis.ms;
      const indexGrowth = large.cold.ms / small.cold.ms;
      const memoryGrowth = large.cold.peak / small.cold.peak;
      row({ section, figure: '(7) analysis, one thread', value: `${analysisGrowth.toFixed(1)}× (text ${(large.mbOfText / small.mbOfText).toFixed(1)}×)`, budget: '', data: { analysisGrowth } });
      row({ section, figure: '    cold index time', value: `${indexGrowth.toFixed(1)}×`, budget: '≤ 11×', pass: indexGrowth <= 11, data: { indexGrowth } });
      row({ section, figure: '    server peak RSS', value: `${memoryGrowth.toFixed(1)}×`, budget: '≤ 11×', pass: memoryGrowth <= 11, data: { memoryGrowth } });
    }
    if (part('mirrors')) {
      await mirrors(work, ISSUE_PAGES);
      await mirrors(work);
    }
    if (part('not-articles')) await notArticles(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const loadEnd = load();
  const elapsed = performance.now() - started;
  console.log(`\nload average at end: ${loadEnd}; the run took ${(elapsed / 60000).toFixed(1)} min`);
  for (const n of notes) console.log(`note: ${n}`);

  const meta = { date: new Date().toISOString(), commit, node: process.version, cores: availableParallelism(), cpu: cpus()[0]?.model ?? '', loadStart, loadEnd, minutes: elapsed / 60000, quick: QUICK };
  writeFileSync(join(__dirname, 'results.json'), JSON.stringify({ ...meta, rows, notes }, null, 2) + '\n');
  const table = [
    `Measured ${meta.date.slice(0, 10)} at commit ${commit}: node ${process.version}, ${meta.cores} cores shared with other work (load average ${loadStart} at the start, ${loadEnd} at the end); the run took ${meta.minutes.toFixed(1)} min.`,
    '',
    '| workspace | figure | value | budget | |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.section} | ${r.figure.trim()} | ${r.value} | ${r.budget} | ${r.pass === undefined ? '' : r.pass ? 'pass' : '**fail**'} |`),
    ...notes.map((n) => `\nNote: ${n}`),
  ].join('\n');
  writeFileSync(join(__dirname, 'results.md'), table + '\n');
  if (args.includes('--update-readme')) updateReadme(table);
  console.log('\nwrote bench/results.json and bench/results.md');
}

/** Replaces the table between the README's bench markers. */
function updateReadme(table: string): void {
  const path = join(ROOT, 'README.md');
  const text = readFileSync(path, 'utf8');
  const begin = '<!-- bench:begin -->';
  const end = '<!-- bench:end -->';
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a < 0 || b < a) {
    console.log('README.md has no bench markers; not updated');
    return;
  }
  writeFileSync(path, `${text.slice(0, a + begin.length)}\n${table}\n${text.slice(b)}`);
  console.log('updated the table in README.md');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
