import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseStructure } from '../../server/src/analysis/structure';
import { dedent, renderSpans } from '../support/fixture';
import { expectSnapshot } from '../support/snapshot';
import { seed, seedTestOptions } from '../support/seeds';

/** Renders the structure as the text with a caret line under each part: one readable snapshot. */
function renderStructure(text: string): string {
  const s = parseStructure(text);
  const spans = [
    ...(s.sourceHeader ? [{ ...s.sourceHeader.valueSpan, label: `source ${s.sourceHeader.domain}` }] : []),
    ...s.blocks.filter((b) => b.kind !== 'paragraph').map((b) => ({ ...b.span, label: b.kind })),
    ...s.blocks.filter((b) => b.kind === 'paragraph').map((b) => ({ start: b.span.start, end: b.span.start + 1, label: 'paragraph' })),
    ...(s.sourcesLabel ? [{ ...s.sourcesLabel, label: 'sources-label' }] : []),
    ...s.urls.map((u) => ({ ...u.span, label: `url ${u.domain}${u.inSourcesList ? ' (sources list)' : ''}` })),
    ...s.boilerplate.map((b) => ({ start: b.span.start, end: Math.min(b.span.end, text.indexOf('\n', b.span.start) >>> 0), label: `boilerplate ${b.kind}` })),
  ];
  return `isArticle: ${s.isArticle}${s.notArticleReason ? ` (${s.notArticleReason})` : ''}\n` + renderSpans(text, spans);
}

test('structure of a scraped article with header, headings, sources and teasers', () => {
  const text = dedent(`
    - Source: www.harbourgazette.example
    Port Strike Enters Second Week as Talks Stall

    Published:

    spot_img

    Dockworkers in the fictional port of Kestrel Bay extended their strike on Monday, union leader Mara Osei said, after talks with the Harbour Authority broke down over pay. More than 4,000 workers have walked out.

    What Happens Next

    Shipping lines warned that some 300 containers a day are now being diverted to Larkspur, and the mayor called for mediation by the regional government before the end of the month.
    Sources:
    https://www.example.org/news/port-strike-talks
    https://harbourgazette.example/strike

    Related articles

    Unrelated Teaser About Something Else Entirely
    A teaser paragraph about another event that must not be read as content...
  `);
  expectSnapshot(__filename, 'scraped-article', renderStructure(text));
});

test('a teaser heading above the headline is the site\'s menu: the article after it is read, and the teasers after its prose still end it', () => {
  const text = dedent(`
    - Source: www.harbourgazette.example
    Skip to content

    Latest Stories

    Port Strike Enters Second Week as Talks Stall

    Dockworkers in the fictional port of Kestrel Bay extended their strike on Monday, union leader Mara Osei said, after talks with the Harbour Authority broke down over pay. More than 4,000 workers have walked out, and shipping lines are diverting some 300 containers a day.

    Related articles

    A teaser paragraph about another event that must not be read as content, long enough to be prose if it were read.
  `);
  const s = parseStructure(text);
  assert.equal(s.isArticle, true);
  const paragraphs = s.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.slice(0, 12));
  assert.deepEqual(paragraphs, ['Dockworkers ']);
  assert.deepEqual(s.boilerplate.map((b) => `${b.kind} ${text.slice(b.span.start, b.span.end).split('\n')[0]}`), ['site-furniture Latest Stories', 'teasers Related articles']);
});

test('offsets survive CRLF line endings and a BOM', () => {
  const lf = dedent(`
    - Source: example.org
    A Title Line Here

    First paragraph of the article has enough words to count as prose. It continues for a while with more words, and more words again, so that the article passes the threshold of forty words that a real article easily passes.
  `);
  const crlf = '\uFEFF' + lf.replace(/\n/g, '\r\n');
  const s = parseStructure(crlf);
  assert.equal(s.contentStart, 1);
  assert.equal(s.isArticle, true);
  assert.equal(crlf.slice(s.sourceHeader!.valueSpan.start, s.sourceHeader!.valueSpan.end), 'example.org');
  assert.equal(crlf.slice(s.title!.span.start, s.title!.span.end), 'A Title Line Here');
  const para = s.blocks.find((b) => b.kind === 'paragraph')!;
  assert.ok(crlf.slice(para.span.start, para.span.end).startsWith('First paragraph'));
  assert.ok(crlf.slice(para.span.start, para.span.end).endsWith('easily passes.'));
});

test('inputs that are not articles say why and never throw', () => {
  const cases: [string, string, RegExp][] = [
    ['empty', '', /Too little prose/],
    ['short note', 'Call Dana about the port story tomorrow before ten, bring notes.', /Too little prose to be an article \(11 words/],
    ['binary', 'PK\u0003\u0004\u0000\u0000binary', /binary data \(a NUL byte\)/],
    ['csv', Array.from({ length: 30 }, (_, i) => `row${i},alpha,beta,gamma,${i * 3},delta`).join('\n'), /tabular data|Too little prose/],
  ];
  for (const [name, text, reason] of cases) {
    const s = parseStructure(text);
    assert.equal(s.isArticle, false, name);
    assert.match(s.notArticleReason ?? '', reason, name);
  }
});

/**
 * The seeds' text must not be copied into the project, so their snapshot lists the parts by line
 * and kind, quoting only the short headings a reviewer needs to recognise them.
 */
function outlineStructure(text: string): string {
  const s = parseStructure(text);
  const lineOf = (offset: number) => text.slice(0, offset).split(/\r?\n/).length;
  const out = [`isArticle: ${s.isArticle}`];
  if (s.sourceHeader) out.push(`line ${lineOf(s.sourceHeader.span.start)}: source header, domain ${s.sourceHeader.domain}`);
  for (const b of s.blocks) {
    const words = b.text.split(/\s+/).length;
    out.push(`line ${lineOf(b.span.start)}: ${b.kind}` + (b.kind === 'paragraph' ? ` (${words} words)` : ` "${b.text}"`));
  }
  if (s.sourcesLabel) out.push(`line ${lineOf(s.sourcesLabel.start)}: sources label`);
  for (const u of s.urls) out.push(`line ${lineOf(u.span.start)}: url ${u.domain}${u.inSourcesList ? ' (sources list)' : ''}`);
  for (const b of s.boilerplate) out.push(`line ${lineOf(b.span.start)}-${lineOf(b.span.end)}: boilerplate ${b.kind}`);
  return out.join('\n');
}

test('the seeds: header, title, headings, sources list and boilerplate', seedTestOptions(), () => {
  for (const prefix of ['000', '003']) {
    const { text } = seed(prefix);
    expectSnapshot(__filename, `seed-${prefix}-structure`, outlineStructure(text));
  }
});

test('site furniture is recognised by its shape, and prose that starts alike is kept', () => {
  const furniture = ['spot_img', 'Published:', 'Published: 12 March 2025', 'Updated: 3 hours ago', 'Advertisement', 'Share this:', '© 2025 Harbour Gazette', 'Copyright 2025 Example Media', 'All rights reserved.'];
  const prose = ['Published figures show 2,400 homes lost power in the storm.', 'Copyright lawyers said the case could take years to resolve.', 'Click-through rates fell sharply after the change, the study found.', 'Sign up drives at the port were cancelled.'];
  for (const line of furniture) {
    const s = parseStructure(`${line}\n\nThe body of the article comes here.`);
    assert.equal(s.boilerplate.length, 1, line);
  }
  for (const line of prose) {
    const s = parseStructure(`${line}\n\nThe body of the article comes here.`);
    assert.equal(s.boilerplate.length, 0, line);
  }
});

test('a furniture line that credits a photographer, an agency or a copyright holder is boilerplate of its own kind, read for names only', () => {
  const credits = ['Photo: Tamsin Okorie/Reuters', 'Image: AFP', 'Credit: Kelvo Daily', '© 2025 Harbour Gazette', 'Copyright 2025 Example Media'];
  for (const line of credits) {
    const s = parseStructure(`${line}\n\nThe body of the article comes here.`);
    assert.deepEqual(s.boilerplate.map((b) => b.kind), ['credit'], line);
    assert.equal(s.blocks.length, 1, line);
  }
  assert.deepEqual(parseStructure('Advertisement\n\nThe body of the article comes here.').boilerplate.map((b) => b.kind), ['site-furniture']);
});

test('a question headline is a title; a question later in the text is prose', () => {
  const body = 'The body of the article comes here, and it goes on long enough to be a paragraph. Does it ask more?';
  const s = parseStructure(`Who Profits From the Port Strike?\n\n${body}\n\nIs This the End?\n\n${body}`);
  assert.equal(s.title?.text, 'Who Profits From the Port Strike?');
  assert.deepEqual(s.blocks.map((b) => b.kind), ['title', 'paragraph', 'paragraph', 'paragraph']);
});
