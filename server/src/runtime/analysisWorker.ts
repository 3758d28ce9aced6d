/**
 * Worker-thread entry: runs the pure analysis off the protocol thread, so the editor never waits
 * on compromise. One message in (text and options), one out (the analysis or an error message).
 */
import { parentPort } from 'node:worker_threads';
import { analyseArticle, type AnalysisOptions } from '../analysis/analyse';
import { mirrorSignature, type MirrorSignature } from '../corpus/mirrors';

export interface AnalysisRequest {
  id: number;
  text: string;
  options: AnalysisOptions;
}

/**
 * The analysis as JSON text: one flat string crosses to the protocol thread (cheaper to copy than a
 * graph of thousands of small objects), and the persistent cache writes that same text as it is.
 * `mirror`: an article's signature for finding its copies (../corpus/mirrors.ts), made here rather
 * than on the protocol thread, and kept in the persistent cache beside the analysis.
 */
export type AnalysisResponse = { id: number; json: string; mirror?: MirrorSignature } | { id: number; error: string };

parentPort?.on('message', (request: AnalysisRequest) => {
  let response: AnalysisResponse;
  try {
    const analysis = analyseArticle(request.text, request.options);
    const mirror = analysis.structure.isArticle
      ? mirrorSignature(
          analysis.structure.blocks.map((b) => b.text),
          analysis.claims.map((c) => c.text),
        )
      : undefined;
    response = { id: request.id, json: JSON.stringify(analysis), mirror };
  } catch (e) {
    response = { id: request.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
  parentPort!.postMessage(response);
});
