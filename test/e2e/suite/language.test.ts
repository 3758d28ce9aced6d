// The client gives the articles its own language, which brings the grammar and the language features.
import { SETTLE_TIMEOUT_MS, openSeed, serverReady, waitFor } from './helpers';

suite('Language', () => {
  test('both seed articles get the language id "article"', async () => {
    await serverReady();
    for (const prefix of ['000', '003']) {
      // Changing the language replaces the TextDocument object, so each probe opens it afresh.
      let languageId = '';
      await waitFor(
        `${prefix} to get the language id "article"`,
        async () => ((languageId = (await openSeed(prefix)).languageId) === 'article' ? true : undefined),
        SETTLE_TIMEOUT_MS,
        () => `languageId "${languageId}"`,
      );
    }
  });
});
