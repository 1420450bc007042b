import { isUtf8 } from 'node:buffer';
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { decodeChunks, LineDecoder } from '../src/input/decode.js';
import { linesOf } from './helpers.js';

const texts = (input: string | Uint8Array) => linesOf(input).map((l) => l.text);

describe('LineDecoder', () => {
  it('splits LF, CRLF and lone CR alike, numbering lines from 1', () => {
    expect(linesOf('a\nb\r\nc\rd')).toEqual([
      { text: 'a', line: 1 },
      { text: 'b', line: 2 },
      { text: 'c', line: 3 },
      { text: 'd', line: 4 },
    ]);
  });

  it('keeps blank lines, and a final newline adds no line', () => {
    expect(texts('a\n\n\nb\n')).toEqual(['a', '', '', 'b']);
    expect(texts('a\r\n\r\nb\r\n')).toEqual(['a', '', 'b']);
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(texts(Buffer.from('\uFEFFTitle\nbody', 'utf8'))).toEqual(['Title', 'body']);
  });

  it('reads UTF-16 LE and BE by their byte-order marks', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Título\r\nbody', 'utf16le')]);
    expect(texts(le)).toEqual(['Título', 'body']);
    const be = Buffer.from(Buffer.from('Título\nbody', 'utf16le')).swap16();
    expect(texts(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual(['Título', 'body']);
  });

  it('reads UTF-16 LE without a BOM from its NUL pattern, with a warning', () => {
    const decoder = new LineDecoder('x.txt');
    const lines = [...decoder.push(Buffer.from('Hello world\nsecond line\n', 'utf16le')), ...decoder.end()];
    expect(lines.map((l) => l.text)).toEqual(['Hello world', 'second line']);
    expect(decoder.diagnostics[0]?.message).toMatch(/UTF-16LE/);
  });

  it('replaces invalid UTF-8 with U+FFFD and warns naming the line', () => {
    const decoder = new LineDecoder('dump.txt');
    const input = Buffer.concat([Buffer.from('fine\nbad '), Buffer.from([0xc3, 0x28]), Buffer.from(' here\n')]);
    const lines = [...decoder.push(input), ...decoder.end()];
    expect(lines[1]?.text).toBe('bad \uFFFD( here');
    expect(decoder.diagnostics).toEqual([
      { file: 'dump.txt', line: 2, severity: 'warning', rule: 'encoding', message: 'invalid UTF-8 bytes replaced with U+FFFD' },
    ]);
  });

  it('reads Windows-1252 text (its bytes above 0x7F alone between ASCII bytes) with a warning', () => {
    const decoder = new LineDecoder('old.txt');
    const input = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' owners '), Buffer.from([0x93]), Buffer.from('welcome'), Buffer.from([0x94]), Buffer.from('\r\n'), Buffer.from('It'), Buffer.from([0x92]), Buffer.from('s '), Buffer.from([0x80]), Buffer.from('5 '), Buffer.from([0x96]), Buffer.from(' cheap.\r\n')]);
    expect([...decoder.push(input), ...decoder.end()].map((l) => l.text)).toEqual(['Café owners “welcome”', 'It’s €5 – cheap.']);
    expect(decoder.diagnostics).toEqual([
      { file: 'old.txt', line: 1, severity: 'warning', rule: 'encoding', message: 'not UTF-8: read as Windows-1252, whose bytes above 0x7F stand alone as in this file' },
    ]);
  });

  it('reads as damaged UTF-8 what does not read like Windows-1252: one stray byte, bytes side by side, a byte it leaves undefined', () => {
    const read = (...parts: (string | number[])[]): string[] => linesOf(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))))).map((l) => l.text);
    expect(read('one ', [0x93], ' stray')).toEqual(['one \uFFFD stray']);
    expect(read('two ', [0x93, 0x93], ' side by side ', [0x94])).toEqual(['two \uFFFD\uFFFD side by side \uFFFD']);
    expect(read('undefined ', [0x81], ' and ', [0x93])).toEqual(['undefined \uFFFD and \uFFFD']);
    // UTF-8 text with one damaged byte: its `é` is two bytes side by side.
    expect(read('caf', [0xc3, 0xa9], ' ', [0x93], 'x ', [0x94])).toEqual(['café \uFFFDx \uFFFD']);
  });

  it('does not take a UTF-8 character cut short by the end of the first chunk for a Windows-1252 byte', () => {
    // One damaged byte (0x93), then `“` (E2 80 9C), its first byte the last of the opening chunk.
    const decoder = new LineDecoder('x');
    const lines = [...decoder.push(Buffer.from([0x61, 0x93, 0x62, 0xe2])), ...decoder.push(Buffer.from([0x80, 0x9c, 0x63])), ...decoder.end()];
    expect(lines).toEqual([{ text: 'a\uFFFDb“c', line: 1 }]);
    expect(decoder.diagnostics.map((d) => d.message)).toEqual(['invalid UTF-8 bytes replaced with U+FFFD']);
  });

  it('gives the same lines whatever the chunk boundaries, even inside CRLF and multi-byte characters', () => {
    const input = Buffer.from('Ünïcödé title\r\n\r\nbody “quoted”\rlast\r\n', 'utf8');
    const whole = linesOf(input);
    for (const size of [1, 2, 3, 5, 7]) {
      const decoder = new LineDecoder('x');
      const lines = [];
      for (let i = 0; i < input.length; i += size) lines.push(...decoder.push(input.subarray(i, i + size)));
      lines.push(...decoder.end());
      expect(lines).toEqual(whole);
      expect(decoder.diagnostics).toEqual([]);
    }
  });

  // Note: without CR, a chunk's lines are checked as one run of bytes (LineDecoder.completeLines); with one, line by line.
  it.each([
    ['line breaks of each kind', ['\n', '\r', '\r\n']],
    ['LF alone', ['\n', '\n\n']],
  ])('gives, for any bytes in any chunks (%s), the lines and warnings of splitting the whole at each line break', (_kind, breaks) => {
    // Bytes of the kinds that matter to splitting: ASCII, line breaks, multi-byte characters, and bytes that are not
    // UTF-8 (a lead byte cut short, continuation bytes alone, 0xFF), never read as Windows-1252.
    const piece = fc.constantFrom(...['a', 'bc', ' ', ...breaks, 'é', '“', '🙂'].map((s) => Buffer.from(s)), Buffer.from([0xe2, 0x80]), Buffer.from([0x80, 0x80]), Buffer.from([0xff]));
    const input = fc.array(piece, { maxLength: 40 }).map((pieces) => Buffer.concat(pieces));
    const cuts = fc.array(fc.nat({ max: 120 }), { maxLength: 6 });
    fc.assert(
      fc.property(input, cuts, (bytes, at) => {
        // The reference: split the whole as bytes at CRLF, CR or LF; a line's text is its bytes decoded alone.
        const expected: { text: string; line: number }[] = [];
        const warned: number[] = [];
        let start = 0;
        for (let i = 0; i <= bytes.length; i++) {
          const isBreak = bytes[i] === 0x0a || bytes[i] === 0x0d;
          if (!isBreak && !(i === bytes.length && start < i)) continue;
          const lineBytes = bytes.subarray(start, i);
          expected.push({ text: lineBytes.toString('utf8'), line: expected.length + 1 });
          if (!isUtf8(lineBytes)) warned.push(expected.length);
          start = bytes[i] === 0x0d && bytes[i + 1] === 0x0a ? i + 2 : i + 1;
          if (start > i + 1) i++;
        }
        const decoder = new LineDecoder('x');
        const lines = [];
        let from = 0;
        for (const cut of [...at].sort((a, b) => a - b)) {
          lines.push(...decoder.push(bytes.subarray(from, Math.max(from, cut))));
          from = Math.max(from, cut);
        }
        lines.push(...decoder.push(bytes.subarray(from)), ...decoder.end());
        expect(lines).toEqual(expected);
        expect(decoder.diagnostics.map((d) => d.line).filter((line) => line !== undefined)).toEqual(warned.slice(0, 10));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a binary file with an InputError naming it', () => {
    const decoder = new LineDecoder('photo.jpg');
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01]);
    expect(() => decoder.push(bytes)).toThrow(InputError);
    expect(() => new LineDecoder('photo.jpg').push(bytes)).toThrow(/binary/);
  });

  it('handles empty input and input shorter than a BOM', () => {
    expect(texts('')).toEqual([]);
    expect(texts('a')).toEqual(['a']);
  });
});

describe('decodeChunks', () => {
  /** The lines of the chunks as the pipeline reads them. */
  const read = async (...chunks: string[]): Promise<string[]> => {
    async function* source(): AsyncGenerator<Uint8Array> {
      for (const chunk of chunks) yield Buffer.from(chunk);
    }
    const out: string[] = [];
    for await (const { lines } of decodeChunks(source(), new LineDecoder('test.txt'), { report: () => {} })) out.push(...lines.map((line) => line.text));
    return out;
  };

  it("decodes the HTML entities a scraper left in the text, with their `;` only, also across chunks", async () => {
    expect(await read('Oil rises as OPEC&#8217;s cuts bite\nOil &amp; gas&nbsp;stocks &#x2014; up\n')).toEqual(['Oil rises as OPEC’s cuts bite', 'Oil & gas\u00a0stocks — up']);
    expect(await read('AT&T and R&D, &copy 2026, &bogus; and &#59\n')).toEqual(['AT&T and R&D, &copy 2026, &bogus; and &#59']);
    // A line cut between chunks, in the middle of its entity; and the last line, with no newline after it.
    expect(await read('A line with OPEC&#82', '17;s cuts\nLast &amp; least')).toEqual(['A line with OPEC’s cuts', 'Last & least']);
  });
});
