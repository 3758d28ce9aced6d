/**
 * `crosscheck claims` as text: the figures of each article, how each was read (interval, unit,
 * rate, what it counts, place and time, who says so), and where other articles agree with it or
 * conflict with it. Pure.
 */
import type { ClaimRelation } from '../../analysis/types';
import { claimById, type ClaimId, type Report, type ReportClaim, type ReportLink } from '../report';
import { plural, where } from './text';

const RELATION_WORDS: Record<ClaimRelation, string> = {
  conflict: 'conflicts with',
  agree: 'agrees with',
  'different-scope': 'same measure, different scope:',
  update: 'is updated by',
  revision: 'is revised by',
};

const same = (x: ClaimId, y: ClaimId) => x.file === y.file && x.index === y.index;

function details(c: ReportClaim): string {
  const fields: string[] = [`measure: ${c.measure.label || '(unknown)'}`];
  const scope = [c.scope.places.join(', '), c.scope.time].filter(Boolean).join('; ');
  if (scope) fields.push(`scope: ${scope}`);
  if (c.attribution) fields.push(`according to: ${c.attribution}`);
  return fields.join(' · ');
}

export function formatClaims(report: Report): string {
  const claimOf = claimById(report);
  const out: string[] = [];
  const files = report.files.filter((f) => f.isArticle);
  for (const file of files) {
    const claims = report.claims.filter((c) => c.file === file.path);
    out.push(`${file.path}${file.source ? ` (${file.source})` : ''}${claims.length ? '' : ': no figures'}`);
    for (const c of claims) {
      const at = `${c.location.range.start.line + 1}:${c.location.range.start.character + 1}`;
      out.push(`  ${at.padEnd(7)} "${c.text}"  ${c.reading}  (${c.qualifier})`);
      const indent = ' '.repeat(10);
      out.push(`${indent}${details(c)}`);
      const links = report.links.filter((l: ReportLink) => same(l.a, c) || same(l.b, c));
      for (const l of links) {
        const otherId = same(l.a, c) ? l.b : l.a;
        const other = claimOf(otherId);
        if (!other) continue;
        const reviewed = l.reviewed ? ' (reviewed)' : '';
        out.push(`${indent}${RELATION_WORDS[l.relation]} ${where(other.file, other.location.range)} "${other.text}" (${other.reading})${reviewed}`);
      }
    }
    out.push('');
  }
  const s = report.summary;
  const totals = [
    plural(s.conflicts + s.reviewed, 'conflict') + (s.reviewed ? ` (${s.reviewed} reviewed)` : ''),
    plural(s.agreements, 'agreement'),
    `${s.differentScope} with a different scope`,
  ];
  out.push(`${plural(s.claims, 'claim')} in ${plural(s.articles, 'article')}: ${totals.join(', ')}`);
  return out.join('\n') + '\n';
}
