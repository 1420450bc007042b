/** Diagnostics and stats for people: the only module that knows about colour and terminals. */
import { createRequire } from 'node:module';
import { Chalk, type ChalkInstance } from 'chalk';
import type cliProgress from 'cli-progress';
import type { ConvertResult } from './convert.js';
import type { Diagnostic, Stats } from './model.js';
import type { RawArticle } from './segment/segment.js';

type SingleBar = InstanceType<typeof cliProgress.SingleBar>;

/**
 * cli-progress, loaded the first time a bar is drawn: with its terminal-width
 * tables it costs ~8 ms of every start, and most runs never draw a bar.
 */
const loadProgress = (): typeof cliProgress => createRequire(import.meta.url)('cli-progress') as typeof cliProgress;

/** A chalk for standard error: colour only on a TTY, never with `--no-color` or `NO_COLOR`. */
export function makeChalk(stream: NodeJS.WritableStream, env: Record<string, string | undefined>, color: boolean): ChalkInstance {
  const tty = (stream as NodeJS.WriteStream).isTTY === true;
  const wanted = color && (env.FORCE_COLOR !== undefined ? env.FORCE_COLOR !== '0' : tty && env.NO_COLOR === undefined);
  return new Chalk({ level: wanted ? 1 : 0 });
}

/** `file:line: severity: message [rule]`, the shape editors and CI logs link from. */
export function formatDiagnostic(d: Diagnostic, chalk: ChalkInstance): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}`;
  const paint = d.severity === 'error' ? chalk.red : d.severity === 'warning' ? chalk.yellow : chalk.blue;
  return `${chalk.bold(where)}: ${paint(d.severity)}: ${d.message} ${chalk.dim(`[${d.rule}]`)}`;
}

/** The `--stats` block. */
export function formatStats(stats: Stats, milliseconds: number, chalk: ChalkInstance): string {
  const dropped = Object.entries(stats.dropped).sort(([a], [b]) => a.localeCompare(b));
  const droppedTotal = dropped.reduce((sum, [, n]) => sum + n, 0);
  const rows: [string, string][] = [
    ['files', String(stats.files)],
    ['articles', String(stats.articles)],
    ['lines', String(stats.lines)],
    ['dropped', `${droppedTotal}${dropped.length > 0 ? ` (${dropped.map(([reason, n]) => `${reason} ${n}`).join(', ')})` : ''}`],
    ['bytes in', String(stats.bytesIn)],
    ['bytes out', String(stats.bytesOut)],
  ];
  if (stats.undated > 0) rows.push(['undated articles', String(stats.undated)]);
  if (stats.controlChars > 0) rows.push(['control chars removed', String(stats.controlChars)]);
  if (stats.invalidXmlChars > 0) rows.push(['invalid XML chars removed', String(stats.invalidXmlChars)]);
  const filtered = Object.entries(stats.filtered).sort(([a], [b]) => a.localeCompare(b));
  if (filtered.length > 0) rows.push(['left out', filtered.map(([reason, n]) => `${reason} ${n}`).join(', ')]);
  if (stats.threads !== undefined) rows.push(['threads', String(stats.threads)]);
  rows.push(['time', `${milliseconds.toFixed(0)} ms`]);
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${chalk.dim(label.padEnd(width))}  ${value}`).join('\n');
}

/** `::warning file=…,line=…,title=…::message`: a GitHub Actions workflow command, so the diagnostic shows on the pull request. */
export function formatAnnotation(d: Diagnostic): string {
  const escapeData = (s: string): string => s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
  const escapeProperty = (s: string): string => escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
  const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
  const properties = [`file=${escapeProperty(d.file)}`, ...(d.line !== undefined ? [`line=${d.line}`] : []), `title=${escapeProperty(`feedconv ${d.rule}`)}`];
  return `::${command} ${properties.join(',')}::${escapeData(d.message)}`;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Clears the bar's line so a message can be printed; the bar comes back at the next update. */
  clear(): void;
  stop(): void;
}

/** Batches with more than this many files get a progress bar (on a TTY). */
const PROGRESS_MIN_FILES = 4;

/** A progress bar on standard error, only when it is a TTY: CI logs get no `\r` noise. */
export function makeProgress(stream: () => NodeJS.WritableStream, disabled: boolean): Progress {
  // Note: the stream is asked for when there is a bar to draw: a run of one file never opens standard error for it.
  let tty: boolean | undefined;
  let bar: SingleBar | undefined;
  return {
    update(done, total) {
      if (disabled || total < PROGRESS_MIN_FILES) return;
      tty ??= (stream() as NodeJS.WriteStream).isTTY === true;
      if (!tty) return;
      if (bar === undefined) {
        const { SingleBar, Presets } = loadProgress();
        bar = new SingleBar(
          { stream: stream() as NodeJS.WriteStream, format: 'feedconv [{bar}] {value}/{total} files', clearOnComplete: true, hideCursor: true },
          Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar.update(done);
    },
    clear() {
      if (bar !== undefined) stream().write('\r\x1b[K');
    },
    stop() {
      bar?.stop();
    },
  };
}

/** The `--report json` document: totals, per-file counts and every diagnostic. */
export function reportJson(result: ConvertResult, diagnostics: Diagnostic[]) {
  const { stats } = result;
  return {
    exitCode: result.exitCode,
    totals: {
      files: stats.files,
      articles: stats.articles,
      lines: stats.lines,
      errors: result.errors,
      warnings: result.warnings,
      dropped: stats.dropped,
      filtered: stats.filtered,
      bytesIn: stats.bytesIn,
      bytesOut: stats.bytesOut,
    },
    files: result.files,
    diagnostics,
  };
}

/** How `inspect` paints each role. */
function paintRole(role: string, chalk: ChalkInstance): (text: string) => string {
  switch (role) {
    case 'title':
      return chalk.bold.cyan;
    case 'section':
      return chalk.magenta;
    case 'heading':
      return chalk.bold;
    case 'caption':
    case 'credit':
      return chalk.green;
    case 'byline':
    case 'date':
    case 'dateline':
    case 'url':
      return chalk.yellow;
    case 'title-repeat':
    case 'caption-repeat':
    case 'duplicate':
    case 'boilerplate':
    case 'separator':
      return chalk.dim.strikethrough;
    default:
      return (text: string) => text;
  }
}

/** `feedconv inspect`: every line with its number and role, article boundaries marked. */
export function formatInspect(raw: RawArticle, index: number, chalk: ChalkInstance): string {
  const content = raw.lines.filter((line) => line.role !== 'blank' && line.role !== 'separator');
  const title = raw.lines.find((line) => line.role === 'title')?.text;
  const out: string[] = [];
  if (content.length > 0) {
    const first = content[0]?.line;
    const last = content[content.length - 1]?.line;
    out.push(chalk.blue(`── article ${index}${title === undefined ? '' : `: ${title}`} (lines ${first}–${last}) ──`));
  }
  const width = String(raw.lines[raw.lines.length - 1]?.line ?? 0).length;
  for (const line of raw.lines) {
    const role = line.role === 'boilerplate' && line.reason !== undefined ? `${line.role} (${line.reason})` : line.role;
    const text = line.role === 'separator' && line.text === '\f' ? '\\f' : line.text;
    out.push(`${chalk.dim(String(line.line).padStart(width))}  ${chalk.dim(role.padEnd(25))} ${paintRole(line.role, chalk)(text)}`);
  }
  return out.join('\n');
}
