/**
 * A workspace that is not a folder of articles: the .txt files a code repository or a data folder
 * holds (application logs, CSV exports, requirement and constraint lists, key=value settings, word
 * lists, short notes). Crosscheck must find no article here and cost next to nothing. Deterministic.
 */
import { prng } from './corpusGenerator';

const LEVELS = ['INFO', 'DEBUG', 'WARN', 'ERROR'];
const MESSAGES = [
  'request handled in 12 ms for user 4211',
  'connection to the database was lost and will be retried in 5 seconds',
  'cache miss for key session:7f3a, loading from the store',
  'scheduled job "nightly-report" finished with 0 errors',
  'the worker pool is at 87% of capacity, consider adding more workers',
  'user login succeeded from 10.0.4.17 after 2 attempts',
  'payment provider answered 502, the order stays pending',
];
const PACKAGES = ['numpy', 'pandas', 'requests', 'flask', 'django', 'pytest', 'scipy', 'matplotlib', 'sqlalchemy', 'celery', 'redis', 'boto3', 'pydantic', 'uvicorn', 'jinja2'];
const CITIES = ['Lisbon', 'Oslo', 'Quito', 'Hanoi', 'Nairobi', 'Lima', 'Perth', 'Accra', 'Riga', 'Osaka'];

export interface GeneratedFile {
  path: string;
  text: string;
}

function logFile(r: () => number, lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) {
    const h = String(Math.floor(r() * 24)).padStart(2, '0');
    const m = String(Math.floor(r() * 60)).padStart(2, '0');
    out.push(`2025-03-${String(1 + Math.floor(r() * 28)).padStart(2, '0')} ${h}:${m}:${String(Math.floor(r() * 60)).padStart(2, '0')},${Math.floor(r() * 1000)} ${LEVELS[Math.floor(r() * LEVELS.length)]} [${['api', 'worker', 'db', 'auth'][Math.floor(r() * 4)]}] ${MESSAGES[Math.floor(r() * MESSAGES.length)]}`);
  }
  return out.join('\n') + '\n';
}

function csvFile(r: () => number, rows: number): string {
  const out = ['id,city,date,temperature,rainfall_mm,notes'];
  for (let i = 0; i < rows; i++) out.push(`${i + 1},${CITIES[Math.floor(r() * CITIES.length)]},2025-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)},${(r() * 35).toFixed(1)},${(r() * 80).toFixed(1)},${r() < 0.2 ? 'sensor recalibrated' : ''}`);
  return out.join('\n') + '\n';
}

function requirementsFile(r: () => number): string {
  return PACKAGES.filter(() => r() < 0.6).map((p) => `${p}${r() < 0.7 ? `==${Math.floor(r() * 5)}.${Math.floor(r() * 30)}.${Math.floor(r() * 10)}` : ''}`).join('\n') + '\n';
}

function settingsFile(r: () => number, lines: number): string {
  const out: string[] = ['# service settings'];
  for (let i = 0; i < lines; i++) out.push(`${['timeout', 'retries', 'pool_size', 'log_level', 'region', 'endpoint'][i % 6]}_${i}=${r() < 0.5 ? Math.floor(r() * 1000) : `value-${Math.floor(r() * 100)}`}`);
  return out.join('\n') + '\n';
}

function wordList(r: () => number, words: number): string {
  return Array.from({ length: words }, () => `${PACKAGES[Math.floor(r() * PACKAGES.length)]}${Math.floor(r() * 100)}`).join('\n') + '\n';
}

function note(r: () => number): string {
  return `TODO: ask about the ${CITIES[Math.floor(r() * CITIES.length)]} export before Friday.\nCheck the totals again.\n`;
}

/** `count` non-article files, about `totalBytes` in all, in a few nested folders. */
export function generateNonArticles(count: number, totalBytes = 20_000_000, seed = 5): GeneratedFile[] {
  // Short kinds (requirement lists, notes) are as short as they are: the others make up the size.
  const first = generate(count, totalBytes / count, seed);
  const bytes = first.reduce((n, f) => n + f.text.length, 0);
  return generate(count, (totalBytes / count) * (totalBytes / bytes), seed);
}

function generate(count: number, mean: number, seed: number): GeneratedFile[] {
  const r = prng(seed);
  const files: GeneratedFile[] = [];
  for (let i = 0; i < count; i++) {
    const kind = i % 6;
    const size = mean * (0.3 + 1.4 * r());
    let text: string;
    if (kind === 0 || kind === 1) text = logFile(r, Math.max(1, Math.round(size / 95)));
    else if (kind === 2) text = csvFile(r, Math.max(1, Math.round(size / 45)));
    else if (kind === 3) text = requirementsFile(r);
    else if (kind === 4) text = settingsFile(r, Math.max(1, Math.round(size / 22)));
    else text = r() < 0.5 ? note(r) : wordList(r, Math.max(1, Math.round(size / 9)));
    const folder = ['logs', 'data', 'deps', 'config', 'misc'][kind === 5 ? 4 : Math.min(kind, 3) + (kind === 4 ? 1 : 0)];
    files.push({ path: `${folder}/${String(Math.floor(i / 500)).padStart(2, '0')}/file-${String(i).padStart(5, '0')}.txt`, text });
  }
  return files;
}
