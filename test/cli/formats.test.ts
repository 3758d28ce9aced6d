/**
 * The machine-readable outputs as a process writes them: SARIF 2.1.0 valid against the official
 * schema and shaped as GitHub code scanning expects, JSON valid against our schema, `--output`.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Report } from '../../server/src/cli/report';
import { seedsDir, seedTestOptions } from '../support/seeds';
import { crosscheck, samplesDir, show, tempDir, validateReport, validateSarif } from './helpers';

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; informationUri: string; rules: { id: string; shortDescription: { text: string }; fullDescription: { text: string }; defaultConfiguration: { level: string }; helpUri?: string }[] } };
    columnKind: string;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
      relatedLocations?: { id: number; message: { text: string }; physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
      partialFingerprints: Record<string, string>;
    }[];
    invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[];
  }[];
}

/** What GitHub code scanning needs beyond the schema: rules for every result, relative URIs, 1-based regions. */
function checkForCodeScanning(log: SarifLog): void {
  assert.equal(log.version, '2.1.0');
  assert.match(log.$schema, /sarif-2\.1\.0\.json$/);
  assert.equal(log.runs.length, 1);
  const run = log.runs[0];
  assert.equal(run.tool.driver.name, 'Crosscheck');
  assert.match(run.tool.driver.informationUri, /^https:\/\//);
  assert.equal(run.columnKind, 'utf16CodeUnits');
  const ids = run.tool.driver.rules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
  for (const rule of run.tool.driver.rules) {
    assert.ok(rule.shortDescription.text && rule.fullDescription.text, rule.id);
    assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
  }
  for (const result of run.results) {
    assert.equal(ids[result.ruleIndex], result.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(result.level));
    assert.ok(result.message.text.length > 0);
    assert.equal(result.locations.length, 1);
    const { artifactLocation, region } = result.locations[0].physicalLocation;
    assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
    assert.doesNotMatch(artifactLocation.uri, /^(\/|[a-z]+:)/i, 'relative URI');
    assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine);
    assert.ok(Object.values(result.partialFingerprints).every((v) => /^[0-9a-f]{32}$/.test(v)));
  }
}

test('check --format sarif on the samples is valid SARIF 2.1.0 for code scanning', async () => {
  const r = await crosscheck(['check', '--format', 'sarif', 'samples/']);
  assert.equal(r.status, 1, show(r));
  const log = JSON.parse(r.stdout) as SarifLog;
  assert.deepEqual(validateSarif(log), []);
  checkForCodeScanning(log);
  const results = log.runs[0].results;
  assert.deepEqual(
    results.map((x) => [x.ruleId, x.level, x.locations[0].physicalLocation.artifactLocation.uri]),
    [
      ['numeric-conflict', 'warning', 'samples/dam-taldria-today.txt'],
      ['numeric-conflict', 'warning', 'samples/dam-velmora-herald.txt'],
      ['numeric-conflict', 'warning', 'samples/hospital-health-it-daily.txt'],
      ['numeric-conflict', 'warning', 'samples/hospital-marrowgate-chronicle.txt'],
    ],
  );
  // Each side points at the other as a related location.
  assert.equal(results[0].relatedLocations?.[0].physicalLocation.artifactLocation.uri, 'samples/dam-velmora-herald.txt');
  assert.equal(results[1].relatedLocations?.[0].physicalLocation.artifactLocation.uri, 'samples/dam-taldria-today.txt');
  // Fingerprints tell the two sides of a conflict apart.
  assert.equal(new Set(results.map((x) => x.partialFingerprints['crosscheckFinding/v1'])).size, results.length);
  assert.deepEqual(log.runs[0].invocations[0].toolExecutionNotifications, []);
  assert.equal(log.runs[0].invocations[0].executionSuccessful, true);
});

test('check --format sarif on the seeds: the two conflict results, regions at the figures', seedTestOptions(), async () => {
  const r = await crosscheck(['check', '--format', 'sarif'], seedsDir);
  const log = JSON.parse(r.stdout) as SarifLog;
  assert.deepEqual(validateSarif(log), []);
  checkForCodeScanning(log);
  const results = log.runs[0].results;
  assert.equal(results.length, 2, show(r));
  const text = (file: string) => readFileSync(join(seedsDir, file), 'utf8').split(/\r?\n/);
  const figure = (x: SarifLog['runs'][0]['results'][0]) => {
    const { artifactLocation, region } = x.locations[0].physicalLocation;
    assert.equal(region.startLine, region.endLine);
    return text(decodeURIComponent(artifactLocation.uri))[region.startLine - 1].slice(region.startColumn - 1, region.endColumn - 1);
  };
  assert.deepEqual(results.map(figure), ['more than $40 billion', 'up to $40 billion']);
});

test('SARIF: a missing path is a tool execution notification, and the run is not successful', async () => {
  const r = await crosscheck(['check', '--format', 'sarif', 'no-such-folder', 'samples/']);
  assert.equal(r.status, 2, show(r));
  const log = JSON.parse(r.stdout) as SarifLog;
  assert.deepEqual(validateSarif(log), []);
  assert.equal(log.runs[0].invocations[0].executionSuccessful, false);
  assert.match(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text, /no-such-folder: no such file or folder/);
  assert.equal(log.runs[0].results.length, 4, 'the samples were still analysed');
});

test('actors and claims --format json write the same report format, valid against the schema', async () => {
  for (const command of ['actors', 'claims']) {
    const r = await crosscheck([command, '--format', 'json', 'samples/']);
    assert.equal(r.status, 0, show(r));
    const report = JSON.parse(r.stdout) as Report;
    assert.equal(report.command, command);
    assert.deepEqual(validateReport(report), []);
    assert.ok(report.actors.length > 0 && report.claims.length > 0, command);
  }
});

test('--output writes the report to a file; stdout stays empty and the summary goes to stderr', async () => {
  const dir = tempDir();
  const out = join(dir, 'report.sarif');
  const r = await crosscheck(['check', '--format', 'sarif', '-o', out, 'samples/']);
  assert.equal(r.status, 1, show(r));
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^crosscheck: 6 articles, .*4 warnings \(2 conflicts\)\n$/);
  assert.ok(existsSync(out));
  assert.deepEqual(validateSarif(JSON.parse(readFileSync(out, 'utf8'))), []);

  const text = join(dir, 'report.txt');
  const t = await crosscheck(['check', '--output', text, 'samples/']);
  assert.equal(t.stdout, '');
  assert.match(readFileSync(text, 'utf8'), /numeric-conflict[\s\S]*\n6 articles, /);

  const unwritable = await crosscheck(['check', '-o', join(dir, 'missing-folder', 'x.json'), '--format', 'json', 'samples/']);
  assert.equal(unwritable.status, 2, show(unwritable));
  assert.match(unwritable.stderr, /cannot write .*missing-folder/);
});

test('json: the text output and the JSON diagnostics agree', async () => {
  const [text, json] = await Promise.all([crosscheck(['check', 'samples/']), crosscheck(['check', '--format', 'json', 'samples/'])]);
  const report = JSON.parse(json.stdout) as Report;
  const fromJson = report.diagnostics.map((d) => `${d.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${d.severity} ${d.code}: ${d.message}`);
  const fromText = text.stdout.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l));
  assert.deepEqual(fromText, fromJson);
  assert.ok(existsSync(samplesDir));
});
