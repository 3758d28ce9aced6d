/**
 * Whether a figure is stated as a fact or as a projection: "deaths could exceed 5,000", "the
 * toll is expected to rise to 300", "up to 2,000 jobs may go" are forecasts and scenarios, never
 * contradicted by a toll. "670 people could have lost their lives" looks back: an estimate of what
 * happened, stated as a fact with a hedge, so it stays a fact. An aim is a scenario too: "Israel
 * tried to kill 4,000 people" says nothing of how many died.
 */
import type { Modality, Term } from '../types';
import { word } from './terms';
import { BACKWARD, FUTURE_MODALS, INTENDING, MODALS, PROJECTING } from '../lexicon/claims';

/** "expected to", "projected to", "forecast to", "set to", "likely to", "feared to". */
/** After a modal, these words look back or describe the present, not a projection. */

/** The clause's terms around the figure [start, end], up to the next figure. */
function clauseWindow(terms: readonly Term[], start: number, end: number, nextFigure: number): [number, number] {
  let from = start;
  for (let k = start - 1; k >= 0 && start - k <= 8; k--) {
    if (/[;:.!?()]/.test(terms[k].post) || /,/.test(terms[k].post)) break;
    from = k;
  }
  let to = end;
  for (let k = end + 1; k < Math.min(nextFigure, terms.length) && k - end <= 4; k++) {
    to = k;
    if (/[,;:.!?()]/.test(terms[k].post)) break;
  }
  return [from, to];
}

export function modalityOf(terms: readonly Term[], start: number, end: number, nextFigure: number): Modality {
  const [from, to] = clauseWindow(terms, start, end, nextFigure);
  for (let k = from; k <= to; k++) {
    if (k >= start && k <= end) continue;
    const t = terms[k];
    // "May" the month is capitalised and tagged as a date; the modal is lower case.
    const w = word(t);
    // "we'll get": the contraction is one term, its modal a future.
    const contracted = /['’]ll$/i.test(t.text);
    if ((MODALS.has(w) && t.text === t.text.toLowerCase()) || contracted) {
      const next = word(terms[k + 1]);
      const future = FUTURE_MODALS.has(w) || contracted;
      // "may be 600 dead" describes the present; "will be close to a thousand" projects.
      if (!BACKWARD.has(next) || (future && next === 'be')) return 'forecast';
    }
    if (PROJECTING.has(w) && word(terms[k + 1]) === 'to' && !BACKWARD.has(word(terms[k + 2])) && !/^(?:have|be)$/.test(word(terms[k + 2]))) return 'forecast';
    // "tried to kill 4,000 people": an aim, not what happened.
    if (INTENDING.has(w) && k < start && word(terms[k + 1]) === 'to') return 'forecast';
  }
  return 'fact';
}
