// Writes a deterministic dump of realistic articles: `node bench/generate.mjs OUT MEGABYTES [SEED]`.
// Several shapes (scraped page with repeated headline and captions, wire copy,
// blog post), separated as real dumps are, every title unique. Same arguments,
// same bytes. Also usable as a module: `articles(seed)` yields article texts.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';

/** mulberry32: a small seeded PRNG, so the dump is the same on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the minister said on talks government would council port harbour ferry market prices water energy ' +
  'security coalition forces officials statement week year plan budget tax rates bank investors storm coast ' +
  'region city police protesters march court ruling election vote parliament opposition leader agreement ' +
  'trade exports growth inflation hospital schools teachers union strike workers company shares profit ' +
  'report survey research scientists climate drought rain farmers crops aid refugees border ceasefire ' +
  'negotiations delegation summit visit president prime foreign defence ministry spokesman analysts expect'
).split(' ');
const PLACES = ['LONDON', 'PARIS', 'CAIRO', 'RIYADH', 'BAGHDAD', 'BEIRUT', 'OSLO', 'LIMA', 'TOKYO', 'NAIROBI'];
const NAMES = ['Ana Lima', 'Omar Haddad', 'Ingrid Hansen', 'Carlos Mendoza', 'Mei Tanaka', 'John Okafor', 'Sara Nasser'];
const SECTIONS = ['WORLD', 'BUSINESS', 'POLITICS', 'SCIENCE', 'SPORT'];
const AGENCIES = ['AFP', 'Reuters', 'AP Photo/Staff', 'EPA', 'Getty Images'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function capitalise(word) {
  return word[0].toUpperCase() + word.slice(1);
}

/** The articles of a dump, as text blocks, forever. */
export function* articles(seed = 1) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sentence = () => {
    const n = 12 + Math.floor(random() * 18);
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${capitalise(words.join(' '))}.`;
  };
  const paragraph = () => Array.from({ length: 1 + Math.floor(random() * 3) }, sentence).join(' ');
  // Note: dates in 2023 for captions, 2024 for date lines: a caption dated after the dump's newest date line is (rightly) not trusted.
  const date = (year = 2024) => `${1 + Math.floor(random() * 28)} ${pick(MONTHS)} ${year}`;
  for (let serial = 1; ; serial++) {
    // Unique titles: a serial in the headline, as a count in a story would be.
    const title = `${capitalise(pick(WORDS))} ${pick(WORDS)} ${pick(WORDS)} in ${capitalise(pick(PLACES).toLowerCase())} as ${serial} ${pick(WORDS)} ${pick(WORDS)} meet`;
    const body = Array.from({ length: 4 + Math.floor(random() * 10) }, paragraph);
    const shape = serial % 3;
    const lines = [];
    if (shape === 0) {
      // A scraped page: headline twice, caption with credit twice, a logo line, share buttons.
      const caption = `${capitalise(pick(WORDS))} ${pick(WORDS)} ${pick(WORDS)} in ${capitalise(pick(PLACES).toLowerCase())}, ${date(2023)}. (${pick(AGENCIES)})`;
      lines.push(title, title, '', caption, caption, '', 'TT', '');
      for (const p of body) lines.push(p, '');
      lines.push('Share', 'Facebook', 'Twitter', '');
    } else if (shape === 1) {
      // Wire copy: byline, date line, dateline, an advertisement in the middle.
      lines.push(title, `By ${pick(NAMES)}`, `Published: ${date()} 09:15 GMT`, '');
      lines.push(`${pick(PLACES)} (Reuters) - ${body[0]}`, '');
      body.slice(1).forEach((p, i) => {
        lines.push(p, '');
        if (i === 1) lines.push('Advertisement', '');
      });
    } else {
      // A blog post: a kicker, a byline with its date, tags at the end.
      lines.push(pick(SECTIONS), title, `By ${pick(NAMES)} | ${date()}`, '');
      for (const p of body) lines.push(p, '');
      lines.push(`Tags: ${pick(WORDS)}, ${pick(WORDS)}`, '');
    }
    yield `${lines.join('\n')}\n${serial % 5 === 0 ? '* * *\n\n' : '\n\n'}`;
  }
}

/** Writes about `megabytes` MB of dump to `path`; resolves with the bytes and articles written. */
export async function generate(path, megabytes, seed = 1) {
  const out = createWriteStream(path);
  const target = megabytes * 1024 * 1024;
  let bytes = 0;
  let count = 0;
  let batch = '';
  for (const text of articles(seed)) {
    batch += text;
    count++;
    if (batch.length >= 1 << 20 || bytes + batch.length >= target) {
      bytes += Buffer.byteLength(batch);
      if (!out.write(batch)) await once(out, 'drain');
      batch = '';
      if (bytes >= target) break;
    }
  }
  out.end();
  await once(out, 'finish');
  return { bytes, articles: count };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [path, megabytes, seed] = process.argv.slice(2);
  if (!path || !megabytes) {
    console.error('usage: node bench/generate.mjs OUT MEGABYTES [SEED]');
    process.exit(2);
  }
  const { bytes, articles: count } = await generate(path, Number(megabytes), Number(seed ?? 1));
  console.error(`${path}: ${(bytes / 1048576).toFixed(1)} MB, ${count} articles`);
}
