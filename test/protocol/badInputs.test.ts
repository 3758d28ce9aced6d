/**
 * Every bad input of issue 12, through the real server process: each gets a clear result —
 * analysed, partly analysed with a logged reason, or skipped with a visible notice — and never a
 * crash, a hang, a failed request or a range outside its document. Each file is checked twice:
 * as indexed from disk, and opened in an editor (the editor's text, as VS Code decodes it).
 */
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Position } from 'vscode-languageserver-protocol';
import { decode } from '../../server/src/lsp/files';
import { emptyWorkspace, TestClient } from '../support/lspClient';
import { probeDocument } from '../support/probe';

const PARAGRAPH =
  'The harbour authority of Port Ellery said on Friday that more than 300 containers were stuck at the quay after a crane failure, and its director, Hana Okafor, promised that repairs would be finished within a week. Shipping agents said the delay was costing importers heavily, and the chamber of commerce warned that fresh produce would spoil if the backlog was not cleared by Monday.';

function article(source: string, paragraph = PARAGRAPH, title = 'Crane Failure Stalls Port Ellery'): string {
  return `- Source: www.${source}.example\n${title}\n\n${paragraph}\n`;
}

const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

/** What a file should give: analysed as an article, a notice with this code, or quietly not an article. */
type Expected = { kind: 'article'; actor?: string } | { kind: 'notice'; code: string } | { kind: 'quiet' };

interface BadFile {
  name: string;
  bytes: Buffer;
  expected: Expected;
  /** What the test reports as the observed behaviour. */
  behaviour: string;
  /** Text whose hover must read sensibly (no NaN, no undefined). */
  hoverOn?: string[];
}

const KHMER =
  'អាជ្ញាធរកម្ពុជាបានចាប់ខ្លួនជនសង្ស័យជាង ១០០០ នាក់ នៅក្នុងប្រតិបត្តិការបង្ក្រាបការឆបោកតាមអ៊ីនធឺណិតនៅទូទាំងប្រទេស។ មន្ត្រីបាននិយាយថា ជនសង្ស័យភាគច្រើនជាជនបរទេស ហើយពួកគេនឹងត្រូវបញ្ជូនត្រឡប់ទៅប្រទេសកំណើតវិញ។ ប្រតិបត្តិការនេះបានធ្វើឡើងបន្ទាប់ពីមានការរិះគន់ពីអន្តរជាតិ។';
const THAI =
  'ทางการกัมพูชาจับกุมผู้ต้องสงสัยมากกว่า 1,000 คนในการปราบปรามการหลอกลวงทางออนไลน์ทั่วประเทศ เจ้าหน้าที่กล่าวว่าผู้ต้องสงสัยส่วนใหญ่เป็นชาวต่างชาติ และจะถูกส่งกลับประเทศ ปฏิบัติการนี้เกิดขึ้นหลังจากมีการวิพากษ์วิจารณ์จากนานาชาติ และตำรวจยังยึดคอมพิวเตอร์และโทรศัพท์จำนวนมาก';
const CHINESE =
  '柬埔寨当局在全国范围内打击网络诈骗的行动中逮捕了超过1000名嫌疑人。官员表示，大多数嫌疑人是外国人，他们将被遣返回国。这次行动是在国际社会批评之后进行的。警方还查获了大量电脑和手机，并关闭了多个诈骗中心，当局表示调查仍在继续。';
const ARABIC =
  'اعتقلت السلطات الكمبودية أكثر من 1000 مشتبه به في حملة على الاحتيال عبر الإنترنت في جميع أنحاء البلاد. وقال المسؤولون إن معظم المشتبه بهم من الأجانب وسيتم ترحيلهم إلى بلدانهم. وجاءت العملية بعد انتقادات دولية واسعة النطاق. وصادرت الشرطة أيضا عددا كبيرا من أجهزة الكمبيوتر والهواتف وأغلقت عدة مراكز احتيال في العاصمة والمدن الحدودية.';

function badFiles(): BadFile[] {
  const good = article('ellery-post');
  const mixedEol = ['- Source: www.mixed.example', 'Crane Failure Stalls Port Ellery', '', ...PARAGRAPH.split('. ').map((s) => s + '.')].reduce(
    (text, line, i) => text + line + ['\r\n', '\r', '\n'][i % 3],
    '',
  );
  const invalid = Buffer.concat([Buffer.from(article('broken-bytes').slice(0, 120)), Buffer.from([0xc3, 0x28, 0xff, 0x80, 0xe2, 0x82]), Buffer.from(article('broken-bytes').slice(120))]);
  return [
    { name: 'good.txt', bytes: Buffer.from(good), expected: { kind: 'article', actor: 'Hana Okafor' }, behaviour: 'analysed' },
    { name: 'empty.txt', bytes: Buffer.alloc(0), expected: { kind: 'quiet' }, behaviour: 'not an article: no notice, the log names it (too little prose)' },
    { name: 'whitespace.txt', bytes: Buffer.from(' \n\t\r\n   \r \u00a0\n'), expected: { kind: 'quiet' }, behaviour: 'not an article: no notice, the log names it' },
    {
      name: 'picture.txt',
      bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x00, 0x10]),
      expected: { kind: 'notice', code: 'article.binary' },
      behaviour: 'skipped with the notice article.binary',
    },
    { name: 'invalid-utf8.txt', bytes: invalid, expected: { kind: 'article', actor: 'Hana Okafor' }, behaviour: 'analysed, bad bytes read as U+FFFD, logged' },
    { name: 'utf16le-bom.txt', bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article('utf16le'), 'utf16le')]), expected: { kind: 'article', actor: 'Hana Okafor' }, behaviour: 'analysed' },
    { name: 'utf16be-bom.txt', bytes: utf16be(article('utf16be')), expected: { kind: 'article', actor: 'Hana Okafor' }, behaviour: 'analysed' },
    { name: 'utf8-bom.txt', bytes: Buffer.from('\ufeff' + article('utf8bom')), expected: { kind: 'article', actor: 'Hana Okafor' }, behaviour: 'analysed; positions as the editor shows them (BOM not counted)' },
    { name: 'crlf.txt', bytes: Buffer.from(article('crlf').replace(/\n/g, '\r\n')), expected: { kind: 'article', actor: 'Hana Okafor' }, behaviour: 'analysed' },
    { name: 'cr-only.txt', bytes: Buffer.from(article('cr-only').replace(/\n/g, '\r')), expected: { kind: 'article', actor: 'Hana Okafor' }, behaviour: 'analysed' },
    { name: 'mixed-eol.txt', bytes: Buffer.from(mixedEol), expected: { kind: 'article', actor: 'Hana Okafor' }, behaviour: 'analysed' },
    {
      name: 'twenty-mb.txt',
      bytes: Buffer.from((PARAGRAPH + '\n').repeat(Math.ceil((20 * 1024 * 1024) / (PARAGRAPH.length + 1)))),
      expected: { kind: 'notice', code: 'article.too-large' },
      behaviour: 'skipped with the notice article.too-large, without reading it',
    },
    {
      name: 'one-line-1mb.txt',
      bytes: Buffer.from('- Source: www.long-line.example\nOne Line\n\n' + (PARAGRAPH + ' ').repeat(Math.ceil((1024 * 1024) / (PARAGRAPH.length + 1)))),
      expected: { kind: 'notice', code: 'article.too-large' },
      behaviour: 'skipped with the notice article.too-large (over the default 1,000,000-character limit; see the next test for one under a raised limit)',
    },
    { name: 'khmer.txt', bytes: Buffer.from(article('khmertimes', KHMER, 'ការបង្ក្រាបការឆបោកតាមអ៊ីនធឺណិត')), expected: { kind: 'notice', code: 'article.not-english' }, behaviour: 'skipped with the notice article.not-english' },
    { name: 'thai.txt', bytes: Buffer.from(article('bangkok', THAI, 'กัมพูชาปราบปรามการหลอกลวงออนไลน์')), expected: { kind: 'notice', code: 'article.not-english' }, behaviour: 'skipped with the notice article.not-english' },
    { name: 'chinese.txt', bytes: Buffer.from(article('xinhua', CHINESE, '柬埔寨打击网络诈骗')), expected: { kind: 'notice', code: 'article.not-english' }, behaviour: 'skipped with the notice article.not-english' },
    { name: 'arabic.txt', bytes: Buffer.from(article('aljazeera-ar', ARABIC, 'كمبوديا تشن حملة على الاحتيال الإلكتروني')), expected: { kind: 'notice', code: 'article.not-english' }, behaviour: 'skipped with the notice article.not-english' },
    {
      name: 'mixed-scripts.txt',
      bytes: Buffer.from(
        article(
          'phnom-penh-post',
          `${PARAGRAPH} Residents held signs reading "${KHMER.slice(0, 40)}" and a trader from 深圳 said the port's delays were "${CHINESE.slice(0, 20)}". An Arabic-language station, ${ARABIC.slice(0, 30)}, also covered the story.`,
        ),
      ),
      expected: { kind: 'article', actor: 'Hana Okafor' },
      behaviour: 'analysed (English prose with Khmer, Chinese and Arabic quotes)',
    },
    {
      name: 'emoji.txt',
      bytes: Buffer.from(
        article(
          'emoji-news',
          `🚢⚓ 👩‍👩‍👧‍👦 🇰🇭 The harbour authority of Port Ellery 🏗️ said on Friday that more than 300 containers 📦 were stuck at the quay after a crane failure, and its director, Hana Okafor 👩🏽‍✈️, promised that repairs would be finished within a week. Zoë Ångström and Jose\u0301 Nu\u0303n\u0303ez, two shipping agents, said the delay was costing importers heavily, and the chamber of commerce warned that fresh produce would spoil if the backlog was not cleared by Monday 😬.`,
        ),
      ),
      expected: { kind: 'article', actor: 'Hana Okafor' },
      behaviour: 'analysed; every range on UTF-16 boundaries',
    },
    {
      name: 'odd-figures.txt',
      bytes: Buffer.from(
        article(
          'odd-figures',
          `${PARAGRAPH} The authority put the value of the stranded cargo at 1,000,000,000,000,000,000,000 dollars in one filing, which it later called a typo, and at $ in another; version 1.2.3 of its tracking software showed a –5% change in throughput and the price index moved by -5% and then +−3%, while 1e309 and $.5 and 12,34,5 appeared in the logs.`,
        ),
      ),
      expected: { kind: 'article', actor: 'Hana Okafor' },
      behaviour: 'analysed; odd figures give no crash and no NaN',
      hoverOn: ['1,000,000,000,000,000,000,000', 'at $ in', '1.2.3', '–5%', '-5%', '+−3%', '1e309', '$.5', '12,34,5', 'more than 300'],
    },
  ];
}

function positionIn(text: string, needle: string, delta = 0): Position {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not found`);
  const lines = text.slice(0, at + delta).split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

describe('bad inputs, each with a clear result', () => {
  let client: TestClient;
  let root: string;
  const files = badFiles();
  /** The text of each file as an editor shows it (decoded as VS Code decodes it). */
  const texts = new Map<string, string>();

  before(async () => {
    root = emptyWorkspace();
    for (const f of files) writeFileSync(join(root, f.name), f.bytes);
    client = await TestClient.start(root);
    for (const f of files) texts.set(client.uri(f.name), decode(f.bytes));
    await client.idle();
    await client.settle();
  });

  after(async () => {
    await client?.stop();
  });

  const textOf = (uri: string) => texts.get(uri);

  for (const f of files) {
    test(`${f.name}: ${f.behaviour}`, async (t) => {
      const uri = client.uri(f.name);
      const text = textOf(uri)!;
      for (const phase of ['indexed from disk', 'open in an editor']) {
        if (phase === 'open in an editor') {
          client.open(f.name, text);
          await client.settle();
        }
        const diagnostics = client.diagnostics.get(uri) ?? [];
        const notices = diagnostics.filter((d) => String(d.code).startsWith('article.'));
        if (f.expected.kind === 'notice') {
          assert.deepEqual(notices.map((d) => d.code), [f.expected.code], `${phase}: ${JSON.stringify(diagnostics)}`);
          assert.equal(notices[0].severity, 3, 'an information notice');
          assert.match(String(notices[0].message), /^(Crosscheck|This file)/);
        } else {
          assert.deepEqual(notices, [], `${phase}: no notice on ${f.name}`);
        }
        const symbols = await client.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
        if (f.expected.kind === 'article') {
          assert.ok(symbols && symbols.length > 0, `${phase}: ${f.name} is analysed (it has an outline)`);
          if (f.expected.actor) {
            const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: positionIn(text, f.expected.actor, 2) });
            assert.ok(hover, `${phase}: a hover on ${f.expected.actor}`);
            assert.match(hover.contents.value, new RegExp(f.expected.actor));
          }
        } else {
          assert.deepEqual(symbols ?? [], [], `${phase}: ${f.name} is not analysed as an article`);
        }
        for (const needle of f.hoverOn ?? []) {
          for (let delta = 0; delta < needle.length; delta++) {
            const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: positionIn(text, needle, delta) });
            assert.doesNotMatch(hover?.contents.value ?? '', /NaN|undefined|Infinity|\[object/, `hover on "${needle}"`);
          }
        }
        const problems = await probeDocument(client, uri, text, textOf);
        assert.deepEqual(problems, [], `${phase}: every request answered, every range inside its document`);
        for (const d of diagnostics) assert.doesNotMatch(String(d.message), /NaN|undefined|Infinity/, String(d.message));
      }
      client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
      await client.settle();
      t.diagnostic(`${f.name}: ${f.behaviour}`);
    });
  }

  test('the log says which files are not articles and which were read with replacement characters', async () => {
    await client.settle();
    const log = client.logs.join('\n');
    assert.match(log, /files? (is|are) not read as articles: .*empty\.txt \(Too little prose to be an article \(0 words/);
    assert.match(log, /whitespace\.txt \(Too little prose/);
    assert.match(log, /invalid-utf8\.txt is not valid UTF-8: its bad bytes were read as U\+FFFD/);
    assert.doesNotMatch(log, /picture\.txt is not valid UTF-8/, 'a binary file says so in its notice, not in the log');
  });

  test('the server is still up and counts exactly the readable English articles', async () => {
    await client.settle();
    assert.equal(client.status?.articles, files.filter((f) => f.expected.kind === 'article').length);
    assert.equal(client.process.exitCode, null);
  });
});

describe('a 1 MB line under a raised size limit', () => {
  test('is analysed in the worker while other requests are answered', async (t) => {
    const root = emptyWorkspace();
    const line = (PARAGRAPH + ' ').repeat(Math.floor(1_000_000 / (PARAGRAPH.length + 1)));
    writeFileSync(join(root, 'long-line.txt'), `- Source: www.long-line.example\nOne Line\n\n${line}`);
    writeFileSync(join(root, 'good.txt'), article('ellery-post'));
    const client = await TestClient.start(root, { maxFileSize: 1_100_000 });
    try {
      // Requests are answered while the long line is being analysed (whatever the machine's speed).
      await client.waitFor('good.txt analysed', () => client.status && client.status.articles >= 1, 120_000);
      const symbols = await client.request<unknown[]>('workspace/symbol', { query: 'Okafor' });
      assert.ok(symbols.length >= 1);
      await client.settle();
      const notices = client.diagnostics.get(client.uri('long-line.txt')) ?? [];
      const analysed = client.status?.articles === 2;
      // Analysed, or (on a machine too slow for its time limit) stopped with a visible notice: never a hang.
      if (analysed) assert.deepEqual(notices.filter((d) => String(d.code).startsWith('article.')), []);
      else assert.deepEqual(notices.map((d) => d.code), ['article.analysis-failed']);
      t.diagnostic(analysed ? 'the 1 MB line was analysed' : `the 1 MB line ran past its time limit: ${notices[0]?.message}`);
      const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
        textDocument: { uri: client.uri('long-line.txt') },
        position: { line: 3, character: line.length - (PARAGRAPH.length + 1) + PARAGRAPH.indexOf('Hana Okafor') + 2 },
      });
      if (analysed) assert.match(hover?.contents.value ?? '', /Hana Okafor/);
    } finally {
      await client.stop();
    }
  });
});

describe('big and tangled folders', () => {
  test('10,000 tiny files: all read, the two articles among them served', async (t) => {
    const root = emptyWorkspace();
    for (let i = 0; i < 10_000; i++) {
      const dir = join(root, `batch-${Math.floor(i / 500)}`);
      if (i % 500 === 0) mkdirSync(dir);
      writeFileSync(join(dir, `note-${i}.txt`), i % 3 === 0 ? '' : `Call desk ${i} about the port story.`);
    }
    writeFileSync(join(root, 'batch-7', 'a-article.txt'), article('ellery-post'));
    writeFileSync(join(root, 'batch-19', 'b-article.txt'), article('harbour-news', PARAGRAPH.replace('more than 300', 'about 120')));
    const client = await TestClient.start(root);
    try {
      const started = Date.now();
      await client.idle(2);
      await client.settle();
      t.diagnostic(`indexed 10,002 files in ${Date.now() - started} ms`);
      assert.match(client.logs.join('\n'), /10000 files are not read as articles: .*; and 9980 more/);
      const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
        textDocument: { uri: client.uri('batch-7/a-article.txt') },
        position: positionIn(article('ellery-post'), 'Hana Okafor', 2),
      });
      assert.match(hover?.contents.value ?? '', /Mentioned in 2 of 2 articles/);
      assert.equal([...client.diagnostics.keys()].filter((u) => u.includes('/note-')).length, 0, 'no notice on a tiny note');
    } finally {
      await client.stop();
    }
  });

  test('deeply nested folders and symbolic-link loops: the nested article is found once, nothing loops', async () => {
    const root = emptyWorkspace();
    let dir = root;
    for (let depth = 0; depth < 60; depth++) {
      dir = join(dir, `level-${depth}`);
      mkdirSync(dir);
    }
    writeFileSync(join(dir, 'deep.txt'), article('deep-news'));
    writeFileSync(join(root, 'top.txt'), article('top-news', PARAGRAPH.replace('more than 300', 'about 120')));
    // A loop back to the root, a loop to itself, a dangling link, and a link to an article.
    symlinkSync(root, join(root, 'level-0', 'back-to-root'));
    symlinkSync(join(root, 'loop'), join(root, 'loop'));
    symlinkSync(join(root, 'missing'), join(root, 'dangling.txt'));
    symlinkSync(join(root, 'top.txt'), join(root, 'linked.txt'));
    const client = await TestClient.start(root);
    try {
      const status = await client.idle(2);
      await client.settle();
      assert.equal(status.articles, 2, 'deep.txt and top.txt, each once; links are not followed');
      const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
        textDocument: { uri: client.uri('top.txt') },
        position: positionIn(article('top-news'), 'Hana Okafor', 2),
      });
      assert.match(hover?.contents.value ?? '', /Mentioned in 2 of 2 articles/);
      assert.match(hover?.contents.value ?? '', /level-59\/deep\.txt/);
    } finally {
      await client.stop();
    }
  });
});
