/**
 * The first-kilobytes check (server/src/analysis/probe.ts): it turns away logs, tables, lists and
 * notes without parsing them, and never an article, whatever its layout or language.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { probeText, PROBE_BYTES } from '../../server/src/analysis/probe';
import { parseStructure } from '../../server/src/analysis/structure';

const verdict = (text: string, complete = true) => probeText(text, complete);

const PROSE =
  'The council of Larkspur voted on Tuesday to close the old ferry terminal after an inspection found cracks in its pier, the mayor said. Commuters will use a temporary landing while engineers decide whether the structure can be repaired or must be replaced.';

test('articles pass: a Source header, a paragraph of prose, hard-wrapped prose, a title above prose', () => {
  assert.deepEqual(verdict('- Source: www.example.com\nShort\n'), { candidate: true, reason: 'a Source header' });
  assert.equal(verdict(`Ferry Terminal to Close\n\n${PROSE}\n`).candidate, true);
  const wrapped = PROSE.replace(/(.{1,38})(\s|$)/g, '$1\n');
  assert.ok(wrapped.split('\n').every((l) => l.length <= 40));
  assert.equal(verdict(wrapped).candidate, true);
});

test('articles in other languages and scripts pass (the analysis gives their notice)', () => {
  const chinese = '市政府星期二宣布，由于检查发现码头出现裂缝，旧渡轮码头将关闭。通勤者将使用临时码头，工程师将决定该结构是否可以修复。'.repeat(3);
  const thai = 'สภาเมืองลงมติเมื่อวันอังคารให้ปิดท่าเรือข้ามฟากเก่าหลังจากการตรวจสอบพบรอยร้าวที่ท่าเทียบเรือ ผู้โดยสารจะใช้ท่าเรือชั่วคราวระหว่างที่วิศวกรตัดสินใจว่าจะซ่อมแซมหรือสร้างใหม่'.repeat(2);
  const french = "Le conseil municipal a voté mardi la fermeture de l'ancien terminal des ferries après qu'une inspection a découvert des fissures dans la jetée, a déclaré le maire. Les usagers utiliseront un embarcadère provisoire.";
  // A head cut from a longer file: prose, in any script.
  for (const text of [chinese, thai, french]) assert.equal(verdict(text, false).candidate, true, text.slice(0, 20));
  // A whole file: turned away only when the analysis would find too few words as well.
  for (const text of [chinese, thai, french, french.repeat(3)]) {
    if (!verdict(text).candidate) assert.equal(parseStructure(text).isArticle, false, text.slice(0, 20));
  }
  assert.equal(verdict(french.repeat(3)).candidate, true);
});

test('logs, tables, lists, settings and short notes are turned away without a parse', () => {
  const log = Array.from({ length: 60 }, (_, i) => `2025-03-0${(i % 9) + 1} 12:0${i % 10}:11,204 WARN [db] connection to the database was lost and will be retried in 5 seconds`).join('\n');
  const csv = ['id,city,date,temperature,notes', ...Array.from({ length: 80 }, (_, i) => `${i},Lisbon,2025-01-0${(i % 9) + 1},${i % 30}.5,sensor recalibrated after the storm`)].join('\n');
  const requirements = 'numpy==1.26.4\npandas>=2.0\nrequests\nflask==3.0.0\n';
  const words = Array.from({ length: 300 }, (_, i) => `matplotlib${i}`).join('\n');
  const settings = Array.from({ length: 100 }, (_, i) => `timeout_${i}=value-${i}`).join('\n');
  const note = 'TODO: ask about the Lisbon export before Friday.\nCheck the totals again.\n';
  assert.deepEqual(verdict(note), { candidate: false, reason: 'too few words (12)' });
  for (const text of [log, csv, requirements, words, settings]) assert.equal(verdict(text.slice(0, PROBE_BYTES), text.length <= PROBE_BYTES).candidate, false, text.slice(0, 30));
  assert.equal(verdict(log.slice(0, PROBE_BYTES), false).reason, 'no paragraph of prose in the first 4 KB');
});

test('binary files are recognised from their first bytes', () => {
  assert.deepEqual(verdict(`${PROSE}\u0000\u0001`), { candidate: false, binary: true, reason: 'a NUL byte' });
  assert.deepEqual(verdict('\u0001\u0002\u0003'.repeat(40) + PROSE), { candidate: false, binary: true, reason: 'control characters' });
  // One replacement character where a truncated head cut a character in two is no sign of binary.
  assert.equal(verdict(`${PROSE}\ufffd`, false).candidate, true);
});

test('every article of the fixtures, samples and seeds passes the check on its first 4 KB', () => {
  const roots = [join(__dirname, '..', 'fixtures'), join(__dirname, '..', '..', 'samples'), join(__dirname, '..', '..', '..', 'shared', 'seeds')];
  let articles = 0;
  const walk = (dir: string): void => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(txt|article)$/.test(name)) {
        const text = readFileSync(path, 'utf8');
        if (!parseStructure(text).isArticle) continue;
        articles++;
        const bytes = Buffer.from(text);
        const head = bytes.subarray(0, PROBE_BYTES).toString('utf8');
        assert.equal(probeText(head, bytes.length <= PROBE_BYTES).candidate, true, path);
      }
    }
  };
  for (const root of roots) walk(root);
  assert.ok(articles > 50, `${articles} articles`);
});
