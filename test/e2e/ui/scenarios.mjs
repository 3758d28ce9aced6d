// The user-level scenarios: what a fact-checker does with the keyboard and mouse in the editor,
// and what they see. Each step takes a screenshot; a failing step also prints what the page showed
// and the run carries on with the next step, so one report shows every broken behaviour.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  activeTab, cursorStatus, describePage, expectVisible, findOnScreen, problemsRows, quickOpen, restMouseOn, reveal,
  visibleHoverText, waitForHoverSettled, waitForWorkbench,
} from './workbench.mjs';

// The first wait in a fresh window includes starting the extension host and the language server.
const FIRST_TIMEOUT_MS = 30_000;
const STEP_TIMEOUT_MS = 10_000;

async function waitUntil(what, probe, timeoutMs, describeLast) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}; saw: ${await describeLast()}`);
    // Polling interval between checks of the condition.
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * The newest Crosscheck language server process (Linux /proc): the one this window's extension
 * host started last, since the UI window opens after the suites' window.
 */
function newestServerProcess() {
  let newest;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (!/crosscheck[^\0]*[/\\]dist[/\\]server\.js/.test(cmdline)) continue;
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const started = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
      if (!newest || started > newest.started) newest = { pid: Number(entry), started };
    } catch {
      // The process ended while it was being read.
    }
  }
  return newest?.pid;
}

/**
 * Runs the scenarios in one window on workspaceDir. Returns a list of
 * { name, ok, screenshot, error?, page? } in the order the steps ran.
 */
export async function runUiScenarios(context, { url, workspaceDir, seeds, screenshotsDir, deadline }) {
  const [first, second] = [seeds.find((n) => n.startsWith('000_')), seeds.find((n) => n.startsWith('003_'))];
  const firstText = readFileSync(join(workspaceDir, first), 'utf8');
  const secondText = readFileSync(join(workspaceDir, second), 'utf8');
  const page = await context.newPage();
  const blockedRequests = [];
  context.on('requestfailed', (request) => blockedRequests.push(request.url()));
  const results = [];
  let index = 0;

  async function step(name, action) {
    index += 1;
    const slug = `${String(index).padStart(2, '0')}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
    if (Date.now() > deadline) {
      results.push({ name, ok: false, error: 'not run: the time budget for the run was used up' });
      return;
    }
    try {
      const note = await action();
      const screenshot = join(screenshotsDir, `${slug}.png`);
      await page.screenshot({ path: screenshot });
      results.push({ name, ok: true, screenshot, note });
    } catch (error) {
      const screenshot = join(screenshotsDir, `${slug}-FAILED.png`);
      await page.screenshot({ path: screenshot }).catch(() => {});
      results.push({ name, ok: false, screenshot, error: error.message.split('\n')[0], page: await describePage(page) });
    }
  }

  await step('Workbench opens the seed folder', async () => {
    await page.goto(url);
    await waitForWorkbench(page, first, FIRST_TIMEOUT_MS);
  });

  await step('Ctrl+P opens the first article', async () => {
    await quickOpen(page, first, STEP_TIMEOUT_MS);
    await findOnScreen(page, '- Source: www.securityweek.com', STEP_TIMEOUT_MS);
  });

  await step('Ctrl+Shift+M lists the numeric conflict in Problems', async () => {
    await page.keyboard.press('Control+Shift+M');
    await expectVisible(page.locator('.markers-panel'), 'the Problems panel', STEP_TIMEOUT_MS);
    const rows = await waitUntil(
      'two numeric-conflict rows in Problems',
      async () => {
        const all = await problemsRows(page);
        return all.filter((r) => r.includes('numeric-conflict')).length >= 2 ? all : undefined;
      },
      FIRST_TIMEOUT_MS,
      async () => JSON.stringify(await problemsRows(page)),
    );
    await expectVisible(page.locator('.part.editor .squiggly-warning'), 'a warning squiggle in the editor', STEP_TIMEOUT_MS);
    const conflictRows = rows.filter((r) => r.includes('numeric-conflict')).map((r) => r.replace(/\s+/g, ' '));
    if (!conflictRows.some((r) => r.includes('40 billion'))) {
      throw new Error(`the conflict rows do not name the $40 billion figure: ${JSON.stringify(conflictRows)}`);
    }
    return conflictRows.join(' | ');
  });

  await step('Mouse rests on Hun Manet and the actor card shows', async () => {
    const point = await reveal(page, 'Hun Manet', firstText, STEP_TIMEOUT_MS);
    await restMouseOn(page, point);
    const text = await waitUntil(
      'a hover naming Hun Manet',
      async () => {
        const shown = await visibleHoverText(page);
        return shown.includes('Hun Manet') ? shown : undefined;
      },
      STEP_TIMEOUT_MS,
      () => visibleHoverText(page).then((t) => JSON.stringify(t)),
    );
    await waitForHoverSettled(page, STEP_TIMEOUT_MS);
    // The card may start a sentence with "Mentioned", so the count is matched without case.
    for (const expected of [/\bperson\b/i, /Prime Minister/, /mentioned in 2 of 2 articles/i]) {
      if (!expected.test(text)) throw new Error(`the hover lacks ${expected}: ${JSON.stringify(text)}`);
    }
    return JSON.stringify(text.split('\n')[0]);
  });

  await step('F12 on Hun Manet opens the other article at his mention', async () => {
    const point = await reveal(page, 'Hun Manet', firstText, STEP_TIMEOUT_MS);
    await page.mouse.click(point.x, point.y);
    await page.keyboard.press('Escape');
    await page.keyboard.press('F12');
    // The lines of the other article that mention him; the cursor must land on one of them.
    const lines = secondText.split('\n').flatMap((l, i) => (l.includes('Hun Manet') ? [i + 1] : []));
    const status = await waitUntil(
      `${second} to open with the cursor on line ${lines.join(' or ')}`,
      async () => {
        const [tab, cursor] = [await activeTab(page), await cursorStatus(page)];
        const line = Number(/Ln (\d+)/.exec(cursor)?.[1]);
        return tab.includes(second) && lines.includes(line) ? `${tab} ${cursor}` : undefined;
      },
      STEP_TIMEOUT_MS,
      async () => `tab ${await activeTab(page)}, ${await cursorStatus(page)}, peek open: ${await page.locator('.peekview-widget').count()}`,
    );
    await findOnScreen(page, 'Hun Manet', STEP_TIMEOUT_MS);
    return status;
  });

  await step('Ctrl+click on a URL under Sources: follows the link', async () => {
    await quickOpen(page, first, STEP_TIMEOUT_MS);
    const sourcesAt = firstText.indexOf('\nSources:');
    const url = firstText.slice(sourcesAt).split('\n').map((l) => l.trim()).find((l) => /^https?:\/\//.test(l));
    if (!url) throw new Error('the first article has no URL under Sources:');
    const point = await reveal(page, url.slice(0, 40), firstText, STEP_TIMEOUT_MS);
    await page.mouse.move(point.x, point.y + 100);
    await page.keyboard.down('Control');
    await page.mouse.move(point.x, point.y, { steps: 5 });
    await page.mouse.click(point.x, point.y);
    await page.keyboard.up('Control');
    // code-server either opens the URL in a new tab, whose request our router refuses and records,
    // or first asks whether to open the external website; both show the user the exact URL.
    const dialog = page.locator('.monaco-dialog-box');
    const outcome = await waitUntil(
      `the browser to open ${url} or VS Code to ask about it`,
      async () => {
        if (blockedRequests.some((r) => r.startsWith(url))) return 'opened';
        if ((await dialog.count()) > 0 && (await dialog.innerText()).includes(url)) return 'asked';
        return undefined;
      },
      STEP_TIMEOUT_MS,
      async () => `requests ${JSON.stringify(blockedRequests.slice(-3))}, dialog ${JSON.stringify(await dialog.allInnerTexts())}`,
    );
    if (outcome === 'asked') {
      await page.screenshot({ path: join(screenshotsDir, `${String(index).padStart(2, '0')}-open-external-dialog.png`) });
      await dialog.getByRole('button', { name: 'Open', exact: true }).click();
      await waitUntil(`the browser to open ${url}`, async () => blockedRequests.some((r) => r.startsWith(url)), STEP_TIMEOUT_MS, async () => JSON.stringify(blockedRequests.slice(-3)));
    }
    return `${outcome === 'asked' ? 'confirmed the dialog, then ' : ''}opened ${url}`;
  });

  await step('The language server dies: one notice, whose Show output button opens the log', async () => {
    if (process.platform !== 'linux') return 'skipped: finds the server process through /proc';
    const pid = newestServerProcess();
    if (!pid) throw new Error('no Crosscheck language server process found');
    process.kill(pid, 'SIGKILL');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'stopped unexpectedly and was restarted' });
    await expectVisible(toast, 'the notice that the server was restarted', STEP_TIMEOUT_MS);
    await page.screenshot({ path: join(screenshotsDir, `${String(index).padStart(2, '0')}-restart-notice.png`) });
    await toast.getByRole('button', { name: 'Show output' }).click();
    await expectVisible(page.locator('.part.panel .output-view, .part.panel [id="workbench.panel.output"]'), 'the Output panel', STEP_TIMEOUT_MS);
    // The Output panel shows the Crosscheck log (Monaco renders spaces as no-break spaces).
    const panelText = async () => (await page.locator('.part.panel').innerText().catch(() => '')).replace(/\u00a0/g, ' ');
    await waitUntil(
      'the Crosscheck log in the Output panel',
      async () => /indexed \d+ files, \d+ articles, in \d+ ms/.test(await panelText()),
      STEP_TIMEOUT_MS,
      async () => JSON.stringify((await panelText()).slice(-300)),
    );
    return `killed ${pid}; the notice offered Show output, which opened the Crosscheck log`;
  });

  await page.close().catch(() => {});
  return results;
}
