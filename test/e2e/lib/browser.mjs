// Drives the code-server workbench in Debian's Chromium through playwright-core. The browser gets
// a fresh profile inside the run folder, and every request that does not go to our own
// code-server is refused, so the run neither depends on nor leaks to the network.
import { format } from 'node:util';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CROSSCHECK_E2E_CHROMIUM || '/usr/bin/chromium';

export async function launchBrowser(dirs, base) {
  const context = await chromium.launchPersistentContext(dirs.browserProfile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    env: { ...process.env, HOME: dirs.home, XDG_CONFIG_HOME: dirs.xdgConfig, XDG_CACHE_HOME: dirs.xdgCache },
  });
  // A popup opened by following a link is recorded before its request is refused.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith(base.replace('http:', 'ws:'))) return route.continue();
    return route.abort('blockedbyclient');
  });
  return context;
}

/** The remote URI form the web workbench expects for paths on the code-server machine. */
export function remoteUri(port, absolutePath) {
  return `vscode-remote://127.0.0.1:${port}${absolutePath}`;
}

export function workbenchUrl(base, folder, payload) {
  const params = new URLSearchParams({ folder });
  if (payload) params.set('payload', JSON.stringify(payload));
  return `${base}/?${params.toString()}`;
}

/**
 * Opens a window whose extension host runs the Mocha suites, the way @vscode/test-electron does
 * on the desktop. The workbench reports the suites' console through window.codeAutomationLog and
 * their end through window.codeAutomationExit. Resolves with { code, log } or { timedOut, log }.
 */
export async function runExtensionHostSuites(context, server, { folder, developmentPath, testsPath, timeoutMs, onLog }) {
  const page = await context.newPage();
  const log = [];
  let settle;
  const finished = new Promise((r) => (settle = r));
  await page.exposeFunction('codeAutomationLog', (level, message) => {
    // The workbench passes console arguments as a list, format string first, as console.log got them.
    const text = Array.isArray(message) ? format(...message) : String(message);
    log.push(text);
    onLog?.(level, text);
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle({ code }));
  const payload = [
    ['extensionDevelopmentPath', remoteUri(server.port, developmentPath)],
    ['extensionTestsPath', remoteUri(server.port, testsPath)],
  ];
  await page.goto(workbenchUrl(server.base, folder, payload));
  let timer;
  const timeout = new Promise((r) => (timer = setTimeout(() => r({ timedOut: true }), timeoutMs)));
  const outcome = await Promise.race([finished, timeout]);
  clearTimeout(timer);
  await page.close().catch(() => {});
  return { ...outcome, log };
}
