/**
 * Held-out article sets, scored against truth tables written without seeing the extractor's
 * output: test/fixtures/heldout/round-N/<event>/ holds three articles in the styles of real news
 * sites (wire, explainer blog, regional paper; headers, teasers with their own figures, CRLF,
 * accented names) and truth.json, which lists every pair of claims about the same measure
 * (conflict or agree), near misses that must not conflict, and the actors a careful reader would
 * list.
 *
 * Claims are located by a quoted passage, so the tables do not depend on how the extractor cuts a
 * figure. Scoring is eval/score.ts, the scorer behind `npm run eval` (eval/README.md), with each set
 * in a corpus of its own, as the rounds were first scored (`npm run eval` puts a whole round in one
 * corpus, where warnings between sets also count). Precision and recall are printed per round; the
 * assertions are floors, raised when the matcher improves, so a change that loses ground fails here.
 *
 * History (conflicts, at the default confidence threshold):
 * - round 1, first blind run: precision 0.28 (11/40), recall 0.55 (11/20). General rules followed
 *   (generic measures, parts and additions, rates and periods, currency abbreviations, the place
 *   of a source), measured on round 1.
 * - round 2, written after those rules and first run blind on them: precision 0.11 (6/56),
 *   recall 0.30 (6/20). Settling conflicts per pair of articles, running totals, dated events and
 *   durations followed.
 * - round 3, written after all of the above and never tuned against: its first run is what it
 *   prints (precision 0.53 (8/15), recall 0.44 (8/18) when it was added).
 * Round 3 is the honest estimate of what unseen articles get; rounds 1 and 2 have been tuned
 * against.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parseTruth, score, type EvalResult, type PairOutcome, type WarningOutcome } from '../../eval/score';

const ROOT = join(__dirname, '..', 'fixtures', 'heldout');

/** Floors for the printed figures, per round. */
const FLOORS: Record<string, { conflictPrecision: number; conflictRecall: number; nearMissConflicts: number; actorRecall: number }> = {
  // Issue 10 (rule table, fitted weights, stories, time, reporters' open bounds): round 1 fell from
  // precision 0.86 and recall 0.60 to 0.75 and 0.45, round 2 from 0.50 and 0.20 to 0.38 and 0.15;
  // round 3 went from 0.53 and 0.44 to 0.50 and 0.44, with one more near miss warned. Reading "more than X" as somewhat more than X found
  // 11 hard conflicts of 139 on the real development half instead of 1, and costs these invented
  // rounds some precision. The floors follow what is measured, so any further loss shows.
  // Session 2 of issue 10 (heads earlier in the clause, people counted by what happened to them,
  // people of a kind, the generic veto lifted inside a story, tallies of unknown moment in long
  // stories, refitted weights): round 2 fell to 0.22 and 0.10 (factory fire: the headline's "31 dead"
  // warned beside the body's "Thirty-one", and a 2013 toll from "the following year" read as
  // current), round 3 rose to recall 0.50.
  // Session 3 (rival figures, clause attribution, "the number"/"an estimate of" standing for the
  // figure before them, crowds): round 2 rose to 0.30 and 0.15 (the election dispute: 3 of 6
  // conflicts found instead of 2, one more false); the floors rise with it. Then, with rates read
  // after the verb and the weights fitted on seven real events, round 2 rose to 0.36 and 0.20.
  // Session 15: the weights refitted on the 38 real development events read as one workspace,
  // with every rule's weight kept on its side of zero. These tidy invented articles carry no dates
  // and their tolls rarely name the place, and on real coverage such pairs are one measure at one
  // moment less than half the time: round 1 went from 0.75 and 0.45 to 0.67 and 0.20, round 2
  // from 0.57 and 0.20 to 0.75 and 0.15, round 3 from 0.53 and 0.50 to 0.43 and 0.17 (near misses
  // warned 3, 1, 6 -> 2, 0, 3). On the real test half the warnings fell from 157 to 78 and the
  // unlisted ones from 99 to 48, hard conflicts from 19 to 15 of 289.
  'round-1': { conflictPrecision: 0.66, conflictRecall: 0.2, nearMissConflicts: 2, actorRecall: 0.8 },
  'round-2': { conflictPrecision: 0.75, conflictRecall: 0.15, nearMissConflicts: 0, actorRecall: 0.75 },
  'round-3': { conflictPrecision: 0.42, conflictRecall: 0.16, nearMissConflicts: 3, actorRecall: 0.7 },
};

interface SetResult {
  event: string;
  truePositives: number;
  predicted: number;
  expected: number;
  agreementsFound: number;
  agreements: number;
  nearMissConflicts: string[];
  falseConflicts: string[];
  missedConflicts: string[];
  actorsFound: number;
  actors: number;
}

/** One set, in a corpus of its own, through the eval scorer. */
function scoreSet(round: string, event: string): SetResult {
  const dir = join(ROOT, round, event);
  const { truth, problems } = parseTruth(JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8')));
  assert.deepEqual(problems, [], `${event}/truth.json`);
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const texts = Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const r: EvalResult = score({ texts, truths: [{ event, truth, base: '', files }] });
  assert.deepEqual(r.notLocated.map((n) => `${n.file}: ${n.reason}: ${n.quote}`), [], `${event}: every quote is found`);

  const show = (p: PairOutcome) => `${p.truth.a} "${p.truth.aFigure}" ~ ${p.truth.b} "${p.truth.bFigure}" (${p.why})`;
  const label = (w: WarningOutcome) => `${w.a.file} "${w.a.text}" ~ ${w.b.file} "${w.b.text}"`;
  const key = (a: string, ai: number, b: string, bi: number) => (a < b ? `${a}#${ai}|${b}#${bi}` : `${b}#${bi}|${a}#${ai}`);
  // Truth links by the two claims they come down to: two pairs that are the same two claims (a
  // figure and its stated equivalent, "KSh 9.4 billion" and "$73 million") count once, the later
  // one deciding, as the rounds were first scored. A figure not extracted is a pair of its own.
  const byClaims = new Map<string, PairOutcome>();
  for (const p of r.pairs) {
    if (p.source !== 'link') continue;
    byClaims.set(p.a.claim === undefined || p.b.claim === undefined ? `missing:${show(p)}` : key(p.a.file, p.a.claim, p.b.file, p.b.claim), p);
  }
  const conflicts = [...byClaims.values()].filter((p) => p.label === 'conflict');
  const agreements = [...byClaims.values()].filter((p) => p.label !== 'conflict');
  const t = r.total;
  return {
    event,
    truePositives: conflicts.filter((p) => p.found).length,
    predicted: t.warnings.total,
    expected: conflicts.length,
    agreementsFound: agreements.filter((p) => p.found).length,
    agreements: agreements.length,
    nearMissConflicts: r.warnings.flatMap((w) => w.listed.filter((x) => x.source === 'near miss').slice(0, 1).map((x) => `${label(w)} (${x.why})`)),
    falseConflicts: r.warnings.filter((w) => byClaims.get(key(w.a.file, w.a.index, w.b.file, w.b.index))?.label !== 'conflict').map(label),
    missedConflicts: conflicts.filter((p) => !p.found).map(show),
    // Found with the right kind by the article that names it, as the rounds were first scored.
    actorsFound: t.actors.total.rightKindInArticle,
    actors: t.actors.total.total,
  };
}

for (const round of readdirSync(ROOT).sort()) {
  test(`held-out ${round}: conflicts and actors against truth tables written blind`, (t) => {
    const floor = FLOORS[round];
    assert.ok(floor, `floors for ${round}`);
    const events = readdirSync(join(ROOT, round)).sort();
    assert.ok(events.length >= 3, 'at least three sets per round');
    const results = events.map((e) => scoreSet(round, e));
    const sum = (f: (r: SetResult) => number) => results.reduce((n, r) => n + f(r), 0);
    for (const r of results) {
      t.diagnostic(
        `${r.event}: conflicts ${r.truePositives} of ${r.expected} found, ${r.predicted - r.truePositives} false; agreements ${r.agreementsFound}/${r.agreements}; actors ${r.actorsFound}/${r.actors}`,
      );
      for (const f of r.falseConflicts) t.diagnostic(`  false conflict: ${f}`);
      for (const m of r.missedConflicts) t.diagnostic(`  missed conflict: ${m}`);
    }
    const tp = sum((r) => r.truePositives);
    const predicted = sum((r) => r.predicted);
    const expected = sum((r) => r.expected);
    const precision = predicted ? tp / predicted : 1;
    const recall = expected ? tp / expected : 1;
    const nearMisses = results.flatMap((r) => r.nearMissConflicts);
    const actorRecall = sum((r) => r.actorsFound) / sum((r) => r.actors);
    t.diagnostic(
      `held-out ${round}, ${events.length} sets: conflicts precision ${precision.toFixed(2)} (${tp}/${predicted}), recall ${recall.toFixed(2)} (${tp}/${expected}); ` +
        `agreements ${sum((r) => r.agreementsFound)}/${sum((r) => r.agreements)}; near misses warned as conflicts ${nearMisses.length}; ` +
        `actors found with the right kind ${actorRecall.toFixed(2)} (${sum((r) => r.actorsFound)}/${sum((r) => r.actors)})`,
    );
    assert.ok(precision >= floor.conflictPrecision, `conflict precision ${precision.toFixed(2)} fell below ${floor.conflictPrecision}`);
    assert.ok(recall >= floor.conflictRecall, `conflict recall ${recall.toFixed(2)} fell below ${floor.conflictRecall}`);
    assert.ok(nearMisses.length <= floor.nearMissConflicts, `near misses warned as conflicts:\n${nearMisses.join('\n')}`);
    assert.ok(actorRecall >= floor.actorRecall, `actor recall ${actorRecall.toFixed(2)} fell below ${floor.actorRecall}`);
  });
}
