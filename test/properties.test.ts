/**
 * Property-based tests (fast-check): for any input, feedconv finishes, every
 * format's output is valid, every non-blank line is accounted for exactly
 * once, and clean-up and conversion are idempotent. About 10,000 cases in all;
 * a failure prints its seed and the shrunk counterexample.
 */
import { Writable } from 'node:stream';
import * as fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { convert } from '../src/convert.js';
import { InputError } from '../src/errors.js';
import { rfc822 } from '../src/emit/dates.js';
import { emitters } from '../src/emit/index.js';
import { Article, type DropReason } from '../src/model.js';
import { normalize } from '../src/normalize/normalize.js';
import { RecurrenceFilter } from '../src/segment/recurring.js';
import { segment } from '../src/segment/segment.js';
import { cleanText } from '../src/text.js';
import { linesOf } from './helpers.js';

/** Lines of the shapes dumps have, and of no shape at all. */
const line = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom('', '', '', 'TT', 'Advertisement', '* * *', '---', 'Share this article', 'Read more: x') },
  { weight: 1, arbitrary: fc.constantFrom('By Jane Doe', 'Published: 16 Feb 2024', 'Updated March 3, 2024, 10:15 a.m. ET', 'Updated: 03/06/2025') },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((s) => `${s} (Photo: AFP)`) },
  { weight: 1, arbitrary: fc.constantFrom('OSLO, March 3 (Reuters) - Text.', '"A quoted line."', 'WORLD', 'What it cost') },
);
const dump = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

async function run(input: string | Uint8Array, format: string): Promise<{ exitCode: number; output: string }> {
  let output = '';
  const stdout = new Writable({
    write(chunk, _encoding, done) {
      output += chunk.toString();
      done();
    },
  });
  const stdin = (async function* () {
    yield typeof input === 'string' ? Buffer.from(input) : input;
  })();
  const result = await convert({ inputs: ['-'], format, language: 'en' }, { stdin: stdin as unknown as NodeJS.ReadableStream, stdout, env: {}, onDiagnostic: () => {} });
  return { exitCode: result.exitCode, output };
}

function strictXml(text: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser({ xmlns: true });
  parser.on('error', (error) => errors.push(error.message));
  parser.write(text).close();
  return errors;
}

describe('any input', () => {
  it('finishes with exit 0 or 1, and every format writes valid output', async () => {
    const input = fc.oneof(dump.map((s) => Buffer.from(s)), fc.uint8Array({ maxLength: 600 }));
    await fc.assert(
      fc.asyncProperty(input, async (bytes) => {
        for (const format of Object.keys(emitters)) {
          const { exitCode, output } = await run(bytes, format);
          expect([0, 1]).toContain(exitCode);
          if (format === 'rss' || format === 'atom') {
            expect(XMLValidator.validate(output)).toBe(true);
            expect(strictXml(output)).toEqual([]);
          } else if (format === 'json') {
            for (const item of JSON.parse(output).items) expect(Article.safeParse(item).success).toBe(true);
          } else if (format === 'jsonfeed') {
            expect(JSON.parse(output).version).toBe('https://jsonfeed.org/version/1.1');
          } else if (format === 'ndjson') {
            for (const row of output.split('\n').filter(Boolean)) expect(Article.safeParse(JSON.parse(row)).success).toBe(true);
          } else if (format === 'md') {
            // Never raw HTML: every < is escaped.
            expect(output).not.toMatch(/(?<!\\)</);
          }
        }
      }),
      { numRuns: 1500 },
    );
  }, 240_000);
});

describe('feeds as input', () => {
  it('any dump, written as a feed and read back, keeps its titles; cut or corrupted, it still ends in exit 0 or 1 with valid output', async () => {
    const damage = fc.oneof(
      fc.constant({ kind: 'none' as const, at: 0, byte: 0 }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.constant(0) }),
      fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }),
    );
    await fc.assert(
      fc.asyncProperty(dump, fc.constantFrom('rss', 'atom', 'jsonfeed', 'json', 'ndjson'), damage, async (text, format, harm) => {
        const written = await run(text, format);
        const reference = await run(text, 'json');
        let bytes = Buffer.from(written.output);
        const at = Math.floor(harm.at * bytes.length);
        if (harm.kind === 'cut') bytes = bytes.subarray(0, at);
        if (harm.kind === 'flip' && bytes.length > 0) bytes[Math.min(at, bytes.length - 1)] = harm.byte;
        const back = await run(bytes, 'json');
        expect([0, 1]).toContain(back.exitCode);
        const items = JSON.parse(back.output).items as Article[];
        for (const item of items) expect(Article.safeParse(item).success).toBe(true);
        if (harm.kind === 'none') {
          expect(items.map((a) => a.title)).toEqual((JSON.parse(reference.output).items as Article[]).map((a) => a.title));
        }
      }),
      { numRuns: 600 },
    );
  }, 240_000);
});

describe('conservation', () => {
  it('every non-blank line is in exactly one field or counted as dropped', () => {
    fc.assert(
      fc.property(dump, (text) => {
        let lines: ReturnType<typeof linesOf>;
        try {
          lines = linesOf(text);
        } catch (error) {
          // A refused input (binary) is reported whole; there are no lines to account for.
          if (error instanceof InputError) return;
          throw error;
        }
        // A form feed separates articles wherever it stands: it is counted as a separator of its own.
        const nonBlank = lines.filter((l) => cleanText(l.text) !== '').length + lines.filter((l) => l.text.includes('\f')).length;
        const filter = new RecurrenceFilter();
        const raws = [...segment(lines).flatMap((raw) => filter.push(raw)), ...filter.end()];
        let used = 0;
        let dropped = 0;
        for (const raw of raws) {
          const result = normalize(raw);
          used += result.used;
          dropped += Object.values(result.dropped as Record<DropReason, number>).reduce((a, b) => a + b, 0);
        }
        // Separator lines are non-blank and counted as dropped; the account must balance to the line.
        expect(used + dropped).toBe(nonBlank);
      }),
      { numRuns: 600 },
    );
  });
});

describe('cleanText', () => {
  it('leaves single spaces between words and nothing at the ends, whatever the whitespace', () => {
    const unit = fc.constantFrom('a', 'Z', '.', ' ', '  ', '\t', '\u00A0', '\u2003', '\u200B', '\x01', '\x7F', 'é', 'e\u0301', '\r');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (units) => {
        const cleaned = cleanText(units.join(''));
        expect(cleaned).not.toMatch(/\s{2}|^\s|\s$|[^\S ]|[\x00-\x1F\x7F\u200B]/);
        expect(cleaned).toBe(cleaned.normalize('NFC'));
        // Only whitespace and removed characters go: the letters stay, in order.
        expect(cleaned.replace(/ /g, '')).toBe(units.join('').normalize('NFC').replace(/[\s\x00-\x1F\x7F\u200B]/g, ''));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('idempotence', () => {
  it('cleaning clean text changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const once = cleanText(text);
        expect(cleanText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('converting twice gives byte-identical output', async () => {
    await fc.assert(
      fc.asyncProperty(dump, fc.constantFrom('json', 'rss', 'atom', 'md'), async (text, format) => {
        const first = await run(text, format);
        const second = await run(text, format);
        expect(second.output).toBe(first.output);
      }),
      { numRuns: 1500 },
    );
  }, 120_000);
});

describe('rfc822', () => {
  it('writes what toUTCString writes, for any instant', () => {
    // Any instant a Date holds (±273,790 years): years below 1000, above 9999 and before 0 are all drawn.
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(rfc822(iso)).toBe(new Date(iso).toUTCString());
      }),
      { numRuns: 5000 },
    );
  });

  it('writes what toUTCString writes for dates, and date-times with offsets, as published holds them', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), fc.integer({ min: -14 * 60, max: 14 * 60 }), (date, offset) => {
        const day = date.toISOString().slice(0, 10);
        const sign = offset < 0 ? '-' : '+';
        const zone = `${sign}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
        const dateTime = `${date.toISOString().slice(0, 19)}${zone}`;
        expect(rfc822(day)).toBe(new Date(`${day}T00:00:00Z`).toUTCString());
        expect(rfc822(dateTime)).toBe(new Date(dateTime).toUTCString());
      }),
      { numRuns: 5000 },
    );
  });
});
