// Small, user-level actions on the code-server workbench: open a file with Ctrl+P, find a word on
// screen, read the hover, the Problems rows, the active tab and the cursor position. Every wait
// is for a condition with a timeout; nothing sleeps for a fixed time.

const EDITOR_LINES = '.part.editor .editor-group-container.active .monaco-editor .view-lines';

/** Waits for a locator and names what was awaited when it times out, instead of Playwright's generic text. */
export async function expectVisible(locator, what, timeoutMs, state = 'visible') {
  try {
    await locator.first().waitFor({ state, timeout: timeoutMs });
  } catch (error) {
    throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`, { cause: error });
  }
}

export async function waitForWorkbench(page, fileName, timeoutMs) {
  await expectVisible(page.locator('.monaco-workbench'), 'the workbench', timeoutMs);
  // The explorer listing the seed shows the folder is open and the file service answers.
  await expectVisible(
    page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }),
    `${fileName} in the explorer`,
    timeoutMs,
  );
}

export async function quickOpen(page, fileName, timeoutMs) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await expectVisible(input, 'the Ctrl+P quick open box', timeoutMs);
  await input.fill(fileName);
  // Wait for the filtered list to put the file in focus: the unfiltered list of recently opened
  // files may already contain it further down, and Enter opens the focused row.
  await expectVisible(
    page.locator('.quick-input-list .monaco-list-row.focused', { hasText: fileName }),
    `${fileName} selected in quick open`,
    timeoutMs,
  );
  await page.keyboard.press('Enter');
  await expectVisible(page.locator('.part.editor .tab.active', { hasText: fileName }), `${fileName} as the active tab`, timeoutMs);
  await expectVisible(page.locator(EDITOR_LINES), 'the editor text', timeoutMs);
}

/**
 * Finds needle in the rendered lines of the active editor and returns the centre of its first
 * box in page coordinates, or null when it is not on screen. Monaco renders spaces as no-break
 * spaces and splits a line into one span per token, hence the text-node walk.
 */
function locateInEditor({ selector, needle }) {
  const root = document.querySelector(selector);
  if (!root) return null;
  for (const line of root.querySelectorAll('.view-line')) {
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = '';
    while (walker.nextNode()) {
      nodes.push({ node: walker.currentNode, start: text.length });
      text += walker.currentNode.data;
    }
    const index = text.replace(/\u00a0/g, ' ').indexOf(needle);
    if (index < 0) continue;
    const at = (offset, isEnd) => {
      for (let i = nodes.length - 1; i >= 0; i--) {
        if (isEnd ? nodes[i].start < offset : nodes[i].start <= offset) return [nodes[i].node, offset - nodes[i].start];
      }
      return [nodes[0].node, 0];
    };
    const range = document.createRange();
    range.setStart(...at(index, false));
    range.setEnd(...at(index + needle.length, true));
    const box = range.getClientRects()[0];
    if (!box || box.width === 0) continue;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return null;
}

export async function findOnScreen(page, needle, timeoutMs) {
  try {
    const handle = await page.waitForFunction(locateInEditor, { selector: EDITOR_LINES, needle }, { timeout: timeoutMs });
    return await handle.jsonValue();
  } catch (error) {
    throw new Error(`timed out after ${timeoutMs / 1000} s waiting for "${needle}" on screen in the editor`, { cause: error });
  }
}

/** Moves the cursor to a line with Ctrl+G, which scrolls it into view, as a user would. */
export async function goToLine(page, lineNumber, timeoutMs) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await expectVisible(input, 'the Ctrl+G go to line box', timeoutMs);
  await input.fill(`:${lineNumber}`);
  await page.keyboard.press('Enter');
  await expectVisible(input, 'the go to line box to close', timeoutMs, 'hidden');
}

/** Brings needle on screen (Ctrl+G to its line if needed) and returns where it is. */
export async function reveal(page, needle, fileText, timeoutMs) {
  const visible = await page.evaluate(locateInEditor, { selector: EDITOR_LINES, needle });
  if (visible) return visible;
  const line = fileText.slice(0, fileText.indexOf(needle)).split('\n').length;
  await goToLine(page, line, timeoutMs);
  return findOnScreen(page, needle, timeoutMs);
}

/** Rests the mouse on needle, arriving from elsewhere so the editor sees a fresh mouse move. */
export async function restMouseOn(page, point) {
  await page.mouse.move(point.x, point.y + 150, { steps: 2 });
  await page.mouse.move(point.x, point.y, { steps: 5 });
}

export async function visibleHoverText(page) {
  return page
    .locator('.monaco-hover:not(.hidden)')
    .allInnerTexts()
    .then((texts) => texts.join('\n').trim())
    .catch(() => '');
}

/**
 * Waits until the visible hover has finished fading in, so its screenshot shows it as the user
 * reads it rather than half transparent.
 */
export async function waitForHoverSettled(page, timeoutMs) {
  const settled = () => {
    const hover = document.querySelector('.monaco-hover:not(.hidden)');
    if (!hover) return false;
    for (let el = hover; el; el = el.parentElement) {
      if (el.getAnimations().some((a) => a.playState === 'running')) return false;
      if (getComputedStyle(el).opacity !== '1') return false;
    }
    return true;
  };
  await page.waitForFunction(settled, null, { timeout: timeoutMs });
}

export async function problemsRows(page) {
  return page.locator('.markers-panel .monaco-list-row').allInnerTexts().catch(() => []);
}

export async function activeTab(page) {
  return page.locator('.part.editor .tab.active .label-name').first().innerText({ timeout: 1000 }).catch(() => '');
}

/** The "Ln 19, Col 16" status bar entry. */
export async function cursorStatus(page) {
  return page.locator('[id="status.editor.selection"]').innerText({ timeout: 1000 }).catch(() => '');
}

export async function notifications(page) {
  return page.locator('.notifications-toasts .notification-toast').allInnerTexts().catch(() => []);
}

/** What the page showed, printed when a scenario fails so the reader need not open screenshots. */
export async function describePage(page) {
  const rows = await problemsRows(page);
  return [
    `active tab: ${(await activeTab(page)) || '(none)'}; cursor: ${(await cursorStatus(page)) || '(unknown)'}`,
    `hover: ${JSON.stringify(await visibleHoverText(page)) || '(none)'}`,
    `problems rows (${rows.length}):${rows.map((r) => `\n      ${r.replace(/\s+/g, ' ')}`).join('') || ' (none)'}`,
    `notifications: ${JSON.stringify(await notifications(page))}`,
  ].join('\n    ');
}
