/**
 * Lines recurring across many articles of one dump ("Follow our live
 * coverage…") are boilerplate, whatever they say. Pure and streaming with a
 * bounded delay: the first articles are held until there are enough to judge
 * (or the input ends); after that each article is judged as it comes.
 */
import type { RawArticle, RoledLine } from './segment.js';

/** Articles held before the first judgement. */
const WINDOW = 32;
/** A line is recurring when it stands in at least this many articles… */
const MIN_ARTICLES = 3;
/** …and in at least this share of the articles seen. */
const MIN_SHARE = 0.3;
/** Lines longer than this are prose, never boilerplate. */
const MAX_LENGTH = 200;
/** Lines seen in a single article are forgotten this often, so memory stays flat on a large dump. */
const PRUNE_EVERY = 500;

export class RecurrenceFilter {
  private held: RawArticle[] = [];
  private counts = new Map<string, number>();
  private seen = 0;
  private judging = false;

  push(raw: RawArticle): RawArticle[] {
    this.count(raw);
    if (this.judging) return [this.mark(raw)];
    this.held.push(raw);
    if (this.held.length < WINDOW) return [];
    this.judging = true;
    return this.release();
  }

  end(): RawArticle[] {
    this.judging = true;
    return this.release();
  }

  private release(): RawArticle[] {
    const held = this.held;
    this.held = [];
    return held.map((raw) => this.mark(raw));
  }

  private count(raw: RawArticle): void {
    const lines = new Set(raw.lines.filter(isCandidate).map((line) => line.text));
    if (lines.size === 0 && !raw.lines.some((line) => line.role === 'title')) return;
    this.seen++;
    for (const text of lines) this.counts.set(text, (this.counts.get(text) ?? 0) + 1);
    if (this.seen % PRUNE_EVERY === 0) {
      for (const [text, n] of this.counts) if (n === 1) this.counts.delete(text);
    }
  }

  private isRecurring(text: string): boolean {
    const n = this.counts.get(text) ?? 0;
    return n >= MIN_ARTICLES && n >= MIN_SHARE * this.seen;
  }

  private mark(raw: RawArticle): RawArticle {
    if (!raw.lines.some((line) => isCandidate(line) && this.isRecurring(line.text))) return raw;
    return {
      ...raw,
      lines: raw.lines.map((line): RoledLine => (isCandidate(line) && this.isRecurring(line.text) ? { ...line, role: 'boilerplate', reason: 'recurring' } : line)),
    };
  }
}

function isCandidate(line: RoledLine): boolean {
  return line.role === 'body' && line.text.length <= MAX_LENGTH;
}
