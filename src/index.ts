/**
 * The library API. `convert` runs the whole pipeline; `segment`, `normalize`
 * and the emitters are the stages, usable on their own.
 */
export { convert, type ConvertIo, type ConvertResult } from './convert.js';
export { emitters } from './emit/index.js';
export { escapeMarkdown } from './emit/md.js';
export { xmlSafe } from './emit/xml.js';
export { ExitCode, FeedconvError, InputError, IoError, UsageError } from './errors.js';
export { LineDecoder, type Line } from './input/decode.js';
export * from './model.js';
export { normalize, type NormalizeResult } from './normalize/normalize.js';
export { Segmenter, segment, type RawArticle, type Role, type RoledLine } from './segment/segment.js';
