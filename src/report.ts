/** Diagnostics and stats for people: the only module that knows about colour and terminals. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic, Stats } from './model.js';

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
  if (stats.controlChars > 0) rows.push(['control chars removed', String(stats.controlChars)]);
  if (stats.invalidXmlChars > 0) rows.push(['invalid XML chars removed', String(stats.invalidXmlChars)]);
  rows.push(['time', `${milliseconds.toFixed(0)} ms`]);
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${chalk.dim(label.padEnd(width))}  ${value}`).join('\n');
}
