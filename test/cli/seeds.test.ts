/**
 * `crosscheck check` on the two real seed articles, as a process: the exact findings (one
 * conflict, reported on both sides and linked both ways, nothing else), the exit codes and
 * `--fail-on`, settings from crosscheck.json, and conflicts marked as reviewed.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../server/src/cli/report';
import { seed, seedsDir, seedTestOptions } from '../support/seeds';
import { copyDir, crosscheck, lineCol, show, validateReport, write } from './helpers';

const opts = seedTestOptions();

function names() {
  return { a: seed('000').name, b: seed('003').name };
}

test('check on the seeds: exactly the $40 billion conflict, on both sides, linked both ways', opts, async () => {
  const { a, b } = names();
  const r = await crosscheck(['check'], seedsDir);
  const here = lineCol(join(seedsDir, a), 'more than $40 billion');
  const there = lineCol(join(seedsDir, b), 'up to $40 billion');
  const lines = r.stdout.trimEnd().split('\n');
  const findings = lines.filter((l) => /^\S+:\d+:\d+: /.test(l));
  assert.equal(findings.length, 2, show(r));
  assert.match(findings[0], new RegExp(`^${esc(a)}:${here}: warning numeric-conflict: Conflicts with ${esc(b)}: "up to \\$40 billion".* vs here "more than \\$40 billion"`), show(r));
  assert.match(findings[1], new RegExp(`^${esc(b)}:${there}: warning numeric-conflict: Conflicts with ${esc(a)}: "more than \\$40 billion".* vs here "up to \\$40 billion"`), show(r));
  // Each finding's related location is the other side, on the next line.
  const related = lines.filter((l) => l.startsWith('  '));
  assert.equal(related.length, 2, show(r));
  assert.match(related[0], new RegExp(`^  ${esc(b)}:${there}: related: "up to \\$40 billion"`));
  assert.match(related[1], new RegExp(`^  ${esc(a)}:${here}: related: "more than \\$40 billion"`));
  assert.match(lines[lines.length - 1], /^2 articles, \d+ actors?, \d+ claims?: 2 warnings \(1 conflict\)$/, show(r));
  assert.equal(r.status, 1, show(r));
  assert.equal(r.stderr, '', show(r));
});

test('check --format json on the seeds: two diagnostics, nothing else, valid against the schema', opts, async () => {
  const { a, b } = names();
  const r = await crosscheck(['check', '--format', 'json', '.'], seedsDir);
  assert.equal(r.status, 1, show(r));
  const report = JSON.parse(r.stdout) as Report;
  assert.deepEqual(validateReport(report), []);
  assert.deepEqual(
    report.diagnostics.map((d) => [d.file, d.severity, d.code, `${d.range.start.line + 1}:${d.range.start.character + 1}`, d.related.map((x) => `${x.file}:${x.range.start.line + 1}:${x.range.start.character + 1}`)]),
    [
      [a, 'warning', 'numeric-conflict', lineCol(join(seedsDir, a), 'more than $40 billion'), [`${b}:${lineCol(join(seedsDir, b), 'up to $40 billion')}`]],
      [b, 'warning', 'numeric-conflict', lineCol(join(seedsDir, b), 'up to $40 billion'), [`${a}:${lineCol(join(seedsDir, a), 'more than $40 billion')}`]],
    ],
  );
  const conflicts = report.links.filter((l) => l.relation === 'conflict');
  assert.equal(conflicts.length, 1);
  assert.equal(report.summary.conflicts, 1);
  assert.equal(report.summary.articles, 2);
  assert.deepEqual(report.files.map((f) => [f.path, f.isArticle]), [[a, true], [b, true]]);
  assert.equal(report.files[0].source, 'securityweek.com');
  // The summary line goes to stderr when stdout carries JSON, so CI logs still show it.
  assert.match(r.stderr, /^crosscheck: 2 articles, .*: 2 warnings \(1 conflict\)\n$/);
});

test('exit codes follow --fail-on', opts, async () => {
  for (const [failOn, expected] of [
    ['none', 0],
    ['error', 0],
    ['warning', 1],
    ['information', 1],
    ['hint', 1],
  ] as const) {
    const r = await crosscheck(['check', '--quiet', '--fail-on', failOn], seedsDir);
    assert.equal(r.status, expected, `--fail-on ${failOn}\n${show(r)}`);
  }
});

test('--quiet prints the findings only', opts, async () => {
  const r = await crosscheck(['check', '-q', '--fail-on=none'], seedsDir);
  assert.equal(r.status, 0);
  assert.equal(r.stdout.split('\n').filter((l) => / numeric-conflict: /.test(l)).length, 2, show(r));
  assert.doesNotMatch(r.stdout, /articles?,/);
  assert.equal(r.stderr, '');
});

test('crosscheck.json in the folder sets the severity (nested or dotted keys); invalid values are reported', opts, async () => {
  const dir = copyDir(seedsDir);
  write(join(dir, 'crosscheck.json'), JSON.stringify({ conflicts: { severity: 'error' }, 'crosscheck.conflicts.minConfidence': 'high', colour: 'red' }));
  const r = await crosscheck(['check', dir]);
  assert.equal(r.stdout.split('\n').filter((l) => /: error numeric-conflict: /.test(l)).length, 2, show(r));
  assert.match(r.stderr, /crosscheck\.conflicts\.minConfidence: invalid value "high"; using 0\.5/);
  assert.match(r.stderr, /unknown setting "crosscheck\.colour"/);
  assert.equal(r.status, 1, show(r));
  const errorsOnly = await crosscheck(['check', '--fail-on', 'error', dir]);
  assert.equal(errorsOnly.status, 1, show(errorsOnly));

  write(join(dir, 'crosscheck.json'), JSON.stringify({ 'crosscheck.conflicts.severity': 'information' }));
  const info = await crosscheck(['check', dir]);
  assert.equal(info.stdout.split('\n').filter((l) => /: information numeric-conflict: /.test(l)).length, 2, show(info));
  assert.equal(info.status, 0, show(info));
});

test('--config names the settings file; a missing one is an input error', opts, async () => {
  const dir = copyDir(seedsDir);
  write(join(dir, 'settings', 'strict.json'), JSON.stringify({ crosscheck: { conflicts: { severity: 'error' } } }));
  const r = await crosscheck(['check', '--config', 'settings/strict.json', '.'], dir);
  assert.equal(r.stdout.split('\n').filter((l) => /: error numeric-conflict: /.test(l)).length, 2, show(r));
  const missing = await crosscheck(['check', '--config', 'nope.json', '.'], dir);
  assert.equal(missing.status, 2, show(missing));
  assert.match(missing.stderr, /cannot read settings file nope\.json: no such file/);
  assert.match(missing.stdout, /2 warnings \(1 conflict\)/, 'the articles are still analysed with the defaults');
});

test('conflicts marked as reviewed in .crosscheck/reviewed.json are left out and counted', opts, async () => {
  const { a, b } = names();
  const dir = copyDir(seedsDir);
  const reviewed = { version: 1, reviewed: [{ a: { file: b, text: 'up to $40 billion' }, b: { file: a, text: 'more than $40 billion' }, reviewedAt: '2025-07-20' }] };
  write(join(dir, '.crosscheck', 'reviewed.json'), JSON.stringify(reviewed));
  // Run from the parent folder: the review file's paths are relative to the folder given.
  const r = await crosscheck(['check', join(dir)], join(dir, '..'));
  assert.equal(r.status, 0, show(r));
  assert.doesNotMatch(r.stdout, /numeric-conflict/);
  assert.match(r.stdout, /^2 articles, \d+ actors?, \d+ claims?: no findings; 1 conflict left out as reviewed$/m, show(r));
  const json = JSON.parse((await crosscheck(['check', '--format', 'json', dir], join(dir, '..'))).stdout) as Report;
  assert.equal(json.summary.reviewed, 1);
  assert.equal(json.summary.conflicts, 0);
  assert.deepEqual(json.links.filter((l) => l.relation === 'conflict').map((l) => l.reviewed), [true]);
});

function esc(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
