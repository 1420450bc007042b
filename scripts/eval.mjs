// Extraction quality over the labelled corpus: every samples/NAME.txt that has a
// samples/NAME.truth.json. `npm run eval` prints per dump and overall:
// article boundary F1, title / section / images / paragraphs / published / byline /
// dateline exact, boilerplate lines leaked, dates invented. It exits 1 when a figure
// misses its target. test/eval.test.ts runs the same evaluation.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { convert } from '../dist/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIELDS = ['title', 'section', 'images', 'paragraphs', 'headings', 'published', 'byline', 'dateline'];

/** The targets: 1.00 for boundaries and titles, 0.97 for every other field, nothing leaked or invented. */
export const TARGETS = {
  boundaries: 1,
  title: 1,
  section: 0.97,
  images: 0.97,
  paragraphs: 0.97,
  headings: 0.97,
  published: 0.97,
  byline: 0.97,
  dateline: 0.97,
  leaked: 0,
  invented: 0,
};

/** The articles feedconv extracts from one dump, as truth files write them. */
async function extract(path) {
  let out = '';
  const stdout = new Writable({
    write(chunk, _encoding, done) {
      out += chunk.toString('utf8');
      done();
    },
  });
  await convert({ inputs: [path], format: 'ndjson' }, { stdin: process.stdin, stdout, env: {}, onDiagnostic: () => {} });
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const a = JSON.parse(line);
      return {
        line: a.source.line,
        section: a.section ?? null,
        title: a.title,
        byline: a.byline ?? null,
        dateline: a.dateline ?? null,
        published: a.published ?? null,
        images: a.images,
        paragraphs: a.paragraphs,
        headings: a.headings ?? [],
      };
    });
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** Scores one dump against its truth. Counts, so the overall figures can be summed. */
export async function evaluateDump(name) {
  const truth = JSON.parse(readFileSync(join(ROOT, 'samples', `${name}.truth.json`), 'utf8'));
  const found = await extract(join(ROOT, 'samples', `${name}.txt`));
  const byLine = new Map(found.map((article) => [article.line, article]));
  const matched = truth.articles.filter((article) => byLine.has(article.line)).length;
  const exact = Object.fromEntries(FIELDS.map((field) => [field, 0]));
  let invented = 0;
  for (const want of truth.articles) {
    const got = byLine.get(want.line);
    if (got === undefined) continue;
    for (const field of FIELDS) if (same(got[field], want[field])) exact[field]++;
    if (want.published === null && got.published !== null) invented++;
  }
  // Boilerplate leaked: any truth boilerplate line that shows up in any extracted text.
  const texts = found.flatMap((a) => [a.title, a.section, a.byline, a.dateline, ...a.paragraphs, ...a.images.flatMap((i) => [i.caption, i.credit])]).filter(Boolean);
  const leaked = truth.boilerplate.filter((line) => texts.some((text) => text === line || text.includes(line))).length;
  return { name, truth: truth.articles.length, found: found.length, matched, exact, leaked, invented };
}

/** Every labelled dump, and the overall figures. */
export async function evaluate() {
  const names = readdirSync(join(ROOT, 'samples'))
    .filter((file) => file.endsWith('.truth.json'))
    .map((file) => file.replace(/\.truth\.json$/, ''))
    .sort();
  const dumps = [];
  for (const name of names) dumps.push(await evaluateDump(name));
  return { dumps, overall: figures(dumps) };
}

/** Ratios from counts: boundary F1 over all dumps' articles, field scores over all truth articles. */
export function figures(dumps) {
  const sum = (pick) => dumps.reduce((total, dump) => total + pick(dump), 0);
  const truth = sum((d) => d.truth);
  const found = sum((d) => d.found);
  const matched = sum((d) => d.matched);
  const precision = found === 0 ? 0 : matched / found;
  const recall = truth === 0 ? 0 : matched / truth;
  const result = { articles: truth, boundaries: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
  for (const field of FIELDS) result[field] = truth === 0 ? 0 : sum((d) => d.exact[field]) / truth;
  result.leaked = sum((d) => d.leaked);
  result.invented = sum((d) => d.invented);
  return result;
}

/** The figures that miss their targets. */
export function misses(figure) {
  return Object.entries(TARGETS).filter(([key, target]) => (key === 'leaked' || key === 'invented' ? figure[key] > target : figure[key] < target));
}

function table(rows) {
  const columns = ['dump', 'articles', 'boundaries', ...FIELDS, 'leaked', 'invented'];
  const cell = (value) => (typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(2) : String(value));
  const lines = rows.map((row) => columns.map((column) => cell(row[column])));
  const widths = columns.map((column, i) => Math.max(column.length, ...lines.map((line) => line[i].length)));
  const format = (cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [format(columns), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { dumps, overall } = await evaluate();
  const rows = dumps.map((dump) => ({ dump: dump.name, ...figures([dump]) }));
  rows.push({ dump: 'overall', ...overall });
  console.log(table(rows));
  const missed = misses(overall);
  if (missed.length > 0) {
    console.log(`\nmissed targets: ${missed.map(([key, target]) => `${key} ${overall[key].toFixed?.(2) ?? overall[key]} (target ${target})`).join(', ')}`);
    process.exitCode = 1;
  } else {
    console.log('\nall targets met: boundaries and titles 1.00, every other field ≥ 0.97, 0 leaked, 0 invented');
  }
}
