/**
 * Bytes → lines. Pure and incremental: `push` takes chunks as they arrive and
 * returns the complete lines so far, so a 1 GB dump never sits in memory.
 *
 * Handles UTF-8 with or without BOM, UTF-16 LE/BE by BOM (or by the shape of
 * its NUL bytes when the BOM is missing), Windows-1252 (a file whose opening
 * bytes are not UTF-8 and read like that encoding's text), CRLF and lone CR,
 * invalid UTF-8 (replaced by U+FFFD, with a warning naming the line), and
 * refuses files that are clearly binary. HTML entities a scraper left in the
 * text (`OPEC&#8217;s`, `&amp;`, `&nbsp;`) are decoded.
 */
import { isUtf8 } from 'node:buffer';
import { InputError } from '../errors.js';
import type { Diagnostic } from '../model.js';
import { CHARACTER_REFERENCE } from '../text.js';

/** One line of input, without its line ending. `line` is 1-based. */
export interface Line {
  text: string;
  line: number;
  /** The address of the image this line stands for (a Markdown dump's `![caption](src)`), its text the caption. */
  image?: string;
  /** A Markdown dump's heading (`## …`, or a setext heading): inside a story's body, a subheading whatever its shape. */
  heading?: boolean;
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

const LF = 0x0a;
const CR = 0x0d;
/** How much of the start of a file is looked at to tell text from binary. */
const SNIFF_BYTES = 8192;
/** The longest line kept, by default: far beyond any article, well within memory. */
export const DEFAULT_MAX_LINE_BYTES = 4 * 1024 * 1024;
/** Invalid UTF-8 lines reported one by one before the rest are only counted. */
const MAX_INVALID_REPORTS = 10;

/**
 * The lines of a stream of chunks, a chunk's worth at a time (the last batch
 * flagged `last`): each chunk's size and line count go to `onChunk`, the
 * decoder's diagnostics to `report`, as they come, and at the end the count of
 * lines dropped for being too long to `onDropped`.
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  decoder: LineDecoder,
  hooks: { report(diagnostic: Diagnostic): void; onChunk?(bytes: number, lines: number): void; onDropped?(lines: number): void },
): AsyncGenerator<{ lines: Line[]; last: boolean }> {
  for await (const chunk of chunks) {
    const lines = decoder.push(chunk);
    await decodeEntities(lines);
    hooks.onChunk?.(chunk.length, lines.length);
    decoder.diagnostics.splice(0).forEach(hooks.report);
    yield { lines, last: false };
  }
  const lines = decoder.end();
  await decodeEntities(lines);
  hooks.onChunk?.(0, lines.length);
  decoder.diagnostics.splice(0).forEach(hooks.report);
  hooks.onDropped?.(decoder.droppedLines);
  yield { lines, last: true };
}

let decodeHtml: ((text: string) => string) | undefined;

/**
 * The lines' HTML entities decoded, in place: a page's text taken from its markup without decoding it. Only
 * references with their `;` (`AT&T` and `&copy` stay as written), by the `entities` package, loaded at the first.
 */
async function decodeEntities(lines: Line[]): Promise<void> {
  for (const line of lines) {
    // Note: a plain search first: most lines have no `&`.
    if (line.text.indexOf('&') === -1 || !CHARACTER_REFERENCE.test(line.text)) continue;
    decodeHtml ??= (await import('entities/decode')).decodeHTMLStrict;
    line.text = decodeHtml(line.text);
  }
}

export class LineDecoder {
  readonly diagnostics: Diagnostic[] = [];
  private encoding: Encoding | undefined;
  private head: Uint8Array[] = [];
  private headLength = 0;
  private pending: Uint8Array[] = [];
  private lineNo = 0;
  private invalidLines = 0;
  private textDecoder: InstanceType<typeof TextDecoder> | undefined;
  private pendingText = '';

  /** Lines longer than this many bytes are dropped (with an error naming the line), so memory stays bounded. */
  private overlong = false;
  private pendingBytes = 0;
  /** Lines dropped for being too long. */
  droppedLines = 0;

  constructor(
    readonly file: string,
    private readonly maxLineBytes = DEFAULT_MAX_LINE_BYTES,
  ) {}

  /** Feeds a chunk; returns the lines it completed. Throws `InputError` for a binary file. */
  push(chunk: Uint8Array): Line[] {
    if (this.encoding === undefined) {
      this.head.push(chunk);
      this.headLength += chunk.length;
      if (this.headLength < 4) return [];
      return this.start(false);
    }
    return this.decode(chunk, false);
  }

  /** Flushes what is left; call once after the last chunk. */
  end(): Line[] {
    const lines = this.encoding === undefined ? this.start(true) : this.decode(new Uint8Array(0), true);
    if (this.invalidLines > MAX_INVALID_REPORTS) {
      this.warn(
        undefined,
        `invalid UTF-8 on ${this.invalidLines - MAX_INVALID_REPORTS} more lines, replaced with U+FFFD`,
      );
    }
    return lines;
  }

  private start(final: boolean): Line[] {
    const first = Buffer.concat(this.head);
    this.head = [];
    const { encoding, bomLength } = detectEncoding(first, this.file);
    this.encoding = encoding;
    if (encoding !== 'utf-8') {
      this.textDecoder = new TextDecoder(encoding, { ignoreBOM: true });
      if (encoding === 'windows-1252') {
        this.warn(1, 'not UTF-8: read as Windows-1252, whose bytes above 0x7F stand alone as in this file');
      } else if (bomLength === 0) {
        this.warn(1, `no byte-order mark; read as ${encoding.toUpperCase()} from the pattern of its NUL bytes`);
      }
    }
    return this.decode(first.subarray(bomLength), final);
  }

  private decode(chunk: Uint8Array, final: boolean): Line[] {
    return this.encoding === 'utf-8' ? this.splitUtf8(chunk, final) : this.splitText(chunk, final);
  }

  /** Note: UTF-8 is split as bytes, since LF and CR never occur inside a multi-byte sequence. */
  private splitUtf8(chunk: Uint8Array, final: boolean): Line[] {
    const lines: Line[] = [];
    if (!final && chunk.indexOf(LF) === -1 && chunk.indexOf(CR) === -1) {
      // Note: a long line spanning many chunks is collected, not concatenated chunk by chunk, which would be quadratic.
      if (!this.overlong) this.pending.push(chunk);
      this.pendingBytes += chunk.length;
      if (this.pendingBytes > this.maxLineBytes) {
        this.overlong = true;
        this.pending = [];
      }
      return lines;
    }
    let buf = this.pending.length > 0 ? Buffer.concat([...this.pending, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
    this.pending = [];
    if (this.overlong) {
      // The rest of a line too long to keep: skip to its end, and let a blank line stand for it.
      const end = Math.min(...[buf.indexOf(LF), buf.indexOf(CR)].filter((i) => i !== -1), buf.length);
      this.dropOverlong();
      buf = buf.subarray(end);
      if (buf.length > 0 && buf[0] === CR) buf = buf.subarray(buf[1] === LF ? 2 : 1);
      else if (buf.length > 0) buf = buf.subarray(1);
      lines.push({ text: '', line: this.lineNo });
    }
    this.pendingBytes = 0;
    const start = this.completeLines(buf, final, lines);
    if (start < buf.length) {
      if (final) lines.push(this.utf8Line(buf, start, buf.length));
      else {
        this.pending.push(buf.subarray(start));
        this.pendingBytes = buf.length - start;
      }
    }
    return lines;
  }

  /**
   * Adds the lines `buf` completes to `lines`; returns where the rest begins.
   * Note: most chunks have LF endings only and valid UTF-8. Their complete lines are checked as one run of bytes, not
   * line by line: a whole that is valid UTF-8 is valid in every piece cut at an LF, which no multi-byte sequence
   * holds. Each line is still decoded on its own, as a string of its own: a slice of one string for the whole chunk
   * would keep that chunk alive, and the collector then moves chunks to the old generation, which grows the heap by
   * tens of megabytes.
   */
  private completeLines(buf: Buffer, final: boolean, lines: Line[]): number {
    let nextCr = buf.indexOf(CR);
    if (nextCr === -1) {
      const lastLf = buf.lastIndexOf(LF);
      if (lastLf !== -1 && isUtf8(buf.subarray(0, lastLf))) {
        let start = 0;
        for (let end = buf.indexOf(LF); end !== -1; end = buf.indexOf(LF, start)) {
          lines.push({ text: buf.toString('utf8', start, end), line: ++this.lineNo });
          start = end + 1;
        }
        return start;
      }
    }
    let start = 0;
    for (;;) {
      const nextLf = buf.indexOf(LF, start);
      if (nextCr !== -1 && nextCr < start) nextCr = buf.indexOf(CR, start);
      let end: number;
      let next: number;
      if (nextCr !== -1 && (nextLf === -1 || nextCr < nextLf)) {
        if (nextCr + 1 === buf.length && !final) break; // may be the first half of a CRLF
        end = nextCr;
        next = buf[nextCr + 1] === LF ? nextCr + 2 : nextCr + 1;
      } else if (nextLf !== -1) {
        end = nextLf;
        next = nextLf + 1;
      } else {
        break;
      }
      lines.push(this.utf8Line(buf, start, end));
      start = next;
    }
    return start;
  }

  private dropOverlong(): void {
    const line = ++this.lineNo;
    this.overlong = false;
    this.droppedLines++;
    this.diagnostics.push({
      file: this.file,
      line,
      severity: 'error',
      rule: 'line-too-long',
      message: `line is longer than ${this.maxLineBytes} bytes; dropped (raise --max-article-bytes to keep it)`,
    });
  }

  private utf8Line(buf: Buffer, start: number, end: number): Line {
    const line = ++this.lineNo;
    const bytes = buf.subarray(start, end);
    if (!isUtf8(bytes)) {
      this.invalidLines++;
      if (this.invalidLines <= MAX_INVALID_REPORTS) this.warn(line, 'invalid UTF-8 bytes replaced with U+FFFD');
    }
    return { text: bytes.toString('utf8'), line };
  }

  private splitText(chunk: Uint8Array, final: boolean): Line[] {
    const decoder = this.textDecoder as InstanceType<typeof TextDecoder>;
    const text = this.pendingText + decoder.decode(chunk, { stream: !final });
    const lines: Line[] = [];
    const lineBreak = /\r\n|\r|\n/g;
    let start = 0;
    for (let m = lineBreak.exec(text); m !== null; m = lineBreak.exec(text)) {
      // A CR at the very end may be the first half of a CRLF: wait for the next chunk.
      if (!final && m[0] === '\r' && m.index === text.length - 1) break;
      lines.push({ text: text.slice(start, m.index), line: ++this.lineNo });
      start = m.index + m[0].length;
    }
    this.pendingText = text.slice(start);
    if (final && this.pendingText.length > 0) {
      lines.push({ text: this.pendingText, line: ++this.lineNo });
      this.pendingText = '';
    }
    return lines;
  }

  private warn(line: number | undefined, message: string): void {
    const diagnostic: Diagnostic = { file: this.file, severity: 'warning', rule: 'encoding', message };
    if (line !== undefined) diagnostic.line = line;
    this.diagnostics.push(diagnostic);
  }
}

/** Tells the encoding from the first bytes; throws `InputError` when they are not text. */
/** The encoding a byte-order mark at the start states, and the mark's length; undefined without one. */
export function byteOrderMark(head: Uint8Array): { encoding: Encoding; bomLength: number } | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return undefined;
}

export function detectEncoding(head: Uint8Array, file: string): { encoding: Encoding; bomLength: number } {
  const bom = byteOrderMark(head);
  if (bom !== undefined) return bom;

  const sample = head.subarray(0, SNIFF_BYTES);
  let nulEven = 0;
  let nulOdd = 0;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i] as number;
    if (b === 0) {
      if (i % 2 === 0) nulEven++;
      else nulOdd++;
    } else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) {
      control++;
    }
  }
  const half = sample.length / 2;
  // Note: UTF-16 text of mostly Latin script has a NUL in every other byte and almost none in the others.
  if (half >= 2 && nulOdd > half * 0.4 && nulEven < half * 0.05) return { encoding: 'utf-16le', bomLength: 0 };
  if (half >= 2 && nulEven > half * 0.4 && nulOdd < half * 0.05) return { encoding: 'utf-16be', bomLength: 0 };
  // Note: a stray NUL or two in scraped text is noise to clean up, not a reason to refuse the file; in binary
  // formats NULs are common (a JPEG or PNG header alone is a quarter NUL).
  const nuls = nulEven + nulOdd;
  if (nuls >= 3 && nuls / sample.length > 0.01) {
    throw new InputError(file, 'looks like a binary file (it contains NUL bytes); feedconv reads text dumps only');
  }
  if (sample.length > 0 && control / sample.length > 0.1) {
    throw new InputError(file, 'looks like a binary file (mostly control characters); feedconv reads text dumps only');
  }
  if (!isUtf8(sample) && readsAsWindows1252(sample)) return { encoding: 'windows-1252', bomLength: 0 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** Bytes Windows-1252 leaves undefined, and ÿ, which its text hardly ever holds. */
const NOT_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xff]);

/**
 * Text saved by an older Windows editor: bytes above 0x7F (`“` is 0x93, `é` 0xE9),
 * each one alone between ASCII bytes (UTF-8 writes such characters as two to four
 * of them), at least two, none undefined there. Anything else that is not UTF-8 (a
 * stray byte, a truncated sequence) is read as UTF-8, the damage replaced.
 * Note: hand-written, since the question is narrower than encoding detection
 * (chardet and the like weigh many encodings by statistics).
 */
function readsAsWindows1252(bytes: Uint8Array): boolean {
  // Note: the high bytes that end the sample are left out: they may be a UTF-8 character cut short by its end.
  let end = bytes.length;
  while (end > 0 && (bytes[end - 1] as number) >= 0x80) end--;
  let high = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i] as number;
    if (b < 0x80) continue;
    if (NOT_WINDOWS_1252.has(b) || (bytes[i + 1] ?? 0) >= 0x80) return false;
    high++;
  }
  return high >= 2;
}
