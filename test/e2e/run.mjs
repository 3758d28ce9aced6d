#!/usr/bin/env node
// `npm run test:e2e`: tests Crosscheck in a real VS Code (code-server 4.100.3 driven by Chromium),
// the way a user gets it. It installs code-server if missing, packages crosscheck.vsix and installs
// it into a run-local profile, starts code-server hermetically, runs the extension-host suites and
// the UI scenarios, stops everything and prints a summary. Exits non-zero on any failure.
//
// Environment: CI=true makes missing seed articles an error instead of a skip;
// CROSSCHECK_E2E_VSIX=<file> tests a prebuilt package instead of running `npm run package`;
// CROSSCHECK_E2E_SKIP_UI=1 runs only the extension-host suites, CROSSCHECK_E2E_SKIP_SUITES=1 only
// the UI scenarios (both for working on one part; a full run needs both).
import { relative } from 'node:path';
import { ensureCodeServer } from '../../scripts/install-code-server.mjs';
import { launchBrowser, runExtensionHostSuites, workbenchUrl } from './lib/browser.mjs';
import { StepError, bundleSuites, packageExtension } from './lib/build.mjs';
import { installExtension, startCodeServer, writeUserSettings } from './lib/codeServer.mjs';
import { formatLogs, lastCrosscheckError, tailOf } from './lib/logs.mjs';
import {
  checkSeeds, copySeedsInto, createRunFolder, harnessExtensionDir, repoRoot, screenshotsDir, suitesBundle,
} from './lib/paths.mjs';
import { printSuiteResults, readResults } from './lib/summary.mjs';
import { runUiScenarios } from './ui/scenarios.mjs';

const started = Date.now();
// The run must stay under three minutes; the watchdog leaves room to stop and report. Its clock
// starts after the one-time code-server installation (about a minute on the first run only).
const BUDGET_MS = 170_000;
let budgetStart = started;
const SUITES_TIMEOUT_MS = 110_000;

// Workbench chatter that says nothing about Crosscheck; the gallery is unreachable by design.
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|\[Service Worker\]|Updating additional builtin|ChatSessionStore|getaddrinfo ENOTFOUND|Error: \d+ of \d+ extension-host tests failed)/;

/**
 * Prints the extension host's console as it arrives: Mocha's progress, minus workbench chatter and
 * minus Mocha's closing failure details, which the summary repeats in a shorter form.
 */
function liveLogPrinter() {
  let inFailureDetails = false;
  return (level, text) => {
    if (NOISE.test(text)) return;
    if (/^\s+\d+ failing/.test(text)) inFailureDetails = true;
    else if (inFailureDetails && /^\s+\d+\) /.test(text)) return;
    console.log(`    │ ${text.replace(/\n/g, '\n    │ ')}`);
  };
}

const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const rel = (p) => relative(repoRoot, p);
const say = (message) => console.log(`[e2e ${seconds().padStart(7)}] ${message}`);
const cleanups = [];
let currentStep = 'starting';

async function cleanUp() {
  while (cleanups.length > 0) await cleanups.pop()().catch(() => {});
}

async function finish(code, reason, details) {
  await cleanUp();
  if (reason) {
    console.error(`\n✗ ${reason}`);
    if (details) console.error(details.replace(/^/gm, '    '));
  }
  console.log(`\nTotal wall time: ${seconds()}`);
  process.exit(code);
}

function startWatchdog() {
  budgetStart = Date.now();
  setTimeout(() => {
    finish(1, `the run exceeded its ${BUDGET_MS / 1000} s budget during: ${currentStep}`);
  }, BUDGET_MS).unref();
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => finish(130, `interrupted by ${signal}`));

/** The headline a reader sees first: the most basic thing that did not work. */
function headline(results, outcome, userDataDir) {
  const activation = results?.find((r) => r.title.startsWith('Activation') && r.state === 'failed');
  const logged = lastCrosscheckError(userDataDir);
  const because = logged ? `\n  The Crosscheck output channel says: ${logged}` : '';
  if (activation && /language server answers/.test(activation.title)) return `the Crosscheck server did not start: ${activation.error}${because}`;
  if (activation) return `the Crosscheck extension did not start: ${activation.error}${because}`;
  if (outcome.timedOut) return `the extension-host suites did not finish within ${SUITES_TIMEOUT_MS / 1000} s`;
  if (!results) return `the extension-host suites exited with code ${outcome.code} without writing results`;
  return undefined;
}

async function main() {
  const seeds = checkSeeds();
  if (seeds.error) return finish(1, seeds.error);
  if (seeds.skip) {
    console.log(`e2e skipped: ${seeds.skip}. Set CI=true to make this an error.`);
    return finish(0);
  }

  currentStep = 'installing code-server';
  const codeServerBin = ensureCodeServer();
  say(`code-server ready: ${rel(codeServerBin)}`);
  startWatchdog();

  currentStep = 'packaging the extension';
  const vsix = packageExtension();
  say(vsix.prebuilt ? `testing the prebuilt package ${vsix.path}` : `packaged ${rel(vsix.path)} in ${vsix.seconds.toFixed(1)} s`);
  const bundle = await bundleSuites();
  say(`bundled the extension-host suites into ${rel(bundle.path)}`);

  currentStep = 'installing the .vsix';
  const dirs = createRunFolder();
  writeUserSettings(dirs);
  const installed = installExtension(codeServerBin, dirs, vsix.path);
  say(`installed the .vsix into ${rel(installed.installed)} in ${installed.seconds.toFixed(1)} s`);
  const suiteSeeds = copySeedsInto(dirs.suitesWorkspace);
  copySeedsInto(dirs.uiWorkspace);

  currentStep = 'starting code-server';
  // The extension host inherits this environment: the suites write their results to a file and
  // check that Crosscheck was loaded from the run's extensions folder.
  const server = await startCodeServer(codeServerBin, dirs, {
    CROSSCHECK_E2E_RESULTS: dirs.resultsFile,
    CROSSCHECK_E2E_EXTENSIONS_DIR: dirs.extensions,
  });
  cleanups.push(() => server.stop());
  say(`code-server answers on ${server.base} (healthz after ${server.seconds.toFixed(1)} s)`);

  const context = await launchBrowser(dirs, server.base);
  cleanups.push(() => context.close());

  const skipSuites = process.env.CROSSCHECK_E2E_SKIP_SUITES === '1';
  let outcome = { code: 0 };
  let results;
  if (!skipSuites) {
    currentStep = 'running the extension-host suites';
    say(`extension-host suites on ${suiteSeeds.length} seed articles:`);
    outcome = await runExtensionHostSuites(context, server, {
      folder: dirs.suitesWorkspace,
      developmentPath: harnessExtensionDir,
      testsPath: suitesBundle,
      timeoutMs: Math.min(SUITES_TIMEOUT_MS, BUDGET_MS - (Date.now() - budgetStart) - 40_000),
      onLog: liveLogPrinter(),
    });
    results = readResults(dirs.resultsFile);
  }

  let ui = [];
  if (process.env.CROSSCHECK_E2E_SKIP_UI !== '1') {
    currentStep = 'running the UI scenarios';
    say('UI scenarios:');
    ui = await runUiScenarios(context, {
      url: workbenchUrl(server.base, dirs.uiWorkspace),
      workspaceDir: dirs.uiWorkspace,
      seeds: suiteSeeds,
      screenshotsDir,
      deadline: budgetStart + BUDGET_MS - 15_000,
    });
  }

  currentStep = 'stopping code-server';
  const logs = formatLogs(dirs.userData, repoRoot);
  const serverOutput = server.output();
  await cleanUp();

  // The summary.
  console.log('\n=== Crosscheck end-to-end summary ===');
  console.log(`package: ${rel(vsix.path)}, installed into ${rel(installed.installed)}`);
  const { failed, passed } = skipSuites
    ? { failed: 0, passed: 0 }
    : printSuiteResults(results, outcome.timedOut ? 'timed out' : `exit code ${outcome.code}`);
  if (ui.length > 0) {
    console.log(`UI scenarios: ${ui.filter((s) => s.ok).length} passed, ${ui.filter((s) => !s.ok).length} failed`);
    for (const s of ui) {
      console.log(`  ${s.ok ? '✓' : '✗'} ${s.name}${s.note ? ` — ${s.note}` : ''}`);
      if (!s.ok) console.log(`      ${s.error}${s.page ? `\n    page showed:\n    ${s.page}` : ''}`);
    }
    console.log('screenshots:');
    for (const s of ui.filter((x) => x.screenshot)) console.log(`  ${rel(s.screenshot)}`);
  }

  const uiFailed = ui.some((s) => !s.ok);
  // One closing line in the plain form CI logs are read for: suites and scenarios together.
  console.log(`\ne2e: ${passed + ui.filter((s) => s.ok).length} passed, ${failed + ui.filter((s) => !s.ok).length} failed`);
  const suitesFailed = !skipSuites && (outcome.timedOut || outcome.code !== 0 || !results || failed > 0);
  if (!suitesFailed && !uiFailed) return finish(0);
  const reason = (skipSuites ? undefined : headline(results, outcome, dirs.userData)) ?? [
    failed > 0 ? `${failed} extension-host test(s) failed` : '',
    uiFailed ? `${ui.filter((s) => !s.ok).length} UI scenario(s) failed` : '',
  ].filter(Boolean).join(' and ');
  const details = [
    logs,
    `--- code-server output (last 25 lines) ---\n${tailOf(serverOutput, 25)}`,
  ].join('\n');
  return finish(1, reason, details);
}

main().catch((error) => {
  const details = error instanceof StepError ? error.details : error.stack;
  finish(1, `${currentStep} failed: ${error.message}`, details ? tailOf(String(details), 40) : undefined);
});
