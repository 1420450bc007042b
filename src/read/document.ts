/**
 * A feed document read whole (XML and JSON are parsed whole), within a size
 * limit, decoded by its BOM or XML encoding declaration, with a way back from
 * a character offset to its line.
 */
import { isUtf8 } from 'node:buffer';
import { InputError } from '../errors.js';
import { byteOrderMark } from '../input/decode.js';
import type { Source } from '../input/sources.js';
import type { Diagnostic } from '../model.js';

export interface FeedDocument {
  file: string;
  text: string;
  bytes: number;
  /** The 1-based line of a character offset in `text`. */
  lineAt(offset: number): number;
  lines: number;
}

/** Reads a source whole; an input over `maxBytes` is refused before it is all in memory. */
export async function readDocument(
  source: Source,
  maxBytes: number,
  report: (d: Diagnostic) => void,
  onChunk?: (bytes: number) => void,
  kind: 'feed' | 'Markdown dump' = 'feed',
): Promise<FeedDocument> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source.read()) {
    length += chunk.length;
    onChunk?.(chunk.length);
    if (length > maxBytes) {
      throw new InputError(
        source.name,
        `${kind} is larger than --max-feed-bytes (${maxBytes} bytes); XML and JSON feeds and Markdown dumps are parsed whole: raise the limit, or give NDJSON or a plain text dump, which stream`,
      );
    }
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks, length);
  const text = decode(bytes, source.name, report);
  const newlines: number[] = [];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i);
  return {
    file: source.name,
    text,
    bytes: length,
    lines: newlines.length + (text.length > 0 && !text.endsWith('\n') ? 1 : 0),
    lineAt(offset) {
      let low = 0;
      let high = newlines.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if ((newlines[middle] as number) < offset) low = middle + 1;
        else high = middle;
      }
      return low + 1;
    },
  };
}

/** UTF-8 (± BOM), UTF-16 by BOM, or the encoding an XML declaration names (ISO-8859-1, windows-1252, …). */
function decode(bytes: Buffer, file: string, report: (d: Diagnostic) => void): string {
  const bom = byteOrderMark(bytes);
  if (bom?.encoding === 'utf-8') return checkedUtf8(bytes.subarray(bom.bomLength), file, report);
  if (bom !== undefined) return new TextDecoder(bom.encoding).decode(bytes);
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(bytes.subarray(0, 200).toString('latin1'))?.[1];
  if (declared !== undefined && !/^utf-?8$/i.test(declared)) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      report({ file, line: 1, severity: 'warning', rule: 'unknown-encoding', message: `unknown encoding '${declared}'; read as UTF-8` });
    }
  }
  return checkedUtf8(bytes, file, report);
}

function checkedUtf8(bytes: Buffer, file: string, report: (d: Diagnostic) => void): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (!isUtf8(bytes)) report({ file, severity: 'warning', rule: 'invalid-utf8', message: 'invalid UTF-8 replaced with U+FFFD' });
  return text;
}
