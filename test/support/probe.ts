/**
 * Every position-based request a user can make, at many places in a document, through the real
 * server: none may fail (an error answer is an exception in the client), and every range in every
 * answer must lie inside the document it names.
 */
import type { Position } from 'vscode-languageserver-protocol';
import type { TestClient } from './lspClient';
import { answerProblems, lineTexts } from './ranges';

/** Positions spread over a text: each line's start, middle and end, one past the end, and `extra`. */
export function probePositions(text: string, perText = 40, extra: Position[] = []): Position[] {
  const lines = lineTexts(text);
  const out: Position[] = [...extra];
  const step = Math.max(1, Math.floor(lines.length / perText));
  for (let line = 0; line < lines.length; line += step) {
    const len = lines[line].length;
    out.push({ line, character: 0 }, { line, character: Math.floor(len / 2) }, { line, character: len }, { line, character: len + 5 });
  }
  out.push({ line: lines.length + 3, character: 0 });
  return out;
}

/**
 * Sends hover, definition, references, highlights at each position, and symbols, links and code
 * actions for the document; returns the problems found (failed requests, ranges outside documents).
 */
export async function probeDocument(client: TestClient, uri: string, text: string, textOf: (uri: string) => string | undefined, positions = probePositions(text)): Promise<string[]> {
  const problems: string[] = [];
  const ask = async (method: string, params: unknown) => {
    try {
      const answer = await client.request<unknown>(method, params);
      problems.push(...answerProblems(answer, uri, textOf).map((p) => `${method}: ${p}`));
      return answer;
    } catch (e) {
      problems.push(`${method} ${JSON.stringify(params).slice(0, 120)} failed: ${(e as Error).message}`);
      return undefined;
    }
  };
  const textDocument = { uri };
  for (const position of positions) {
    await Promise.all([
      ask('textDocument/hover', { textDocument, position }),
      ask('textDocument/definition', { textDocument, position }),
      ask('textDocument/references', { textDocument, position, context: { includeDeclaration: true } }),
      ask('textDocument/documentHighlight', { textDocument, position }),
    ]);
  }
  await ask('textDocument/documentSymbol', { textDocument });
  await ask('textDocument/documentLink', { textDocument });
  const diagnostics = client.diagnostics.get(uri) ?? [];
  const lines = lineTexts(text);
  await ask('textDocument/codeAction', {
    textDocument,
    range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } },
    context: { diagnostics },
  });
  return problems;
}
