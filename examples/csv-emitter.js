// An example of a user emitter: one CSV row per article (RFC 4180).
//
//   feedconv dump.txt --emitter ./examples/csv-emitter.js -f csv > articles.csv
//
// A module like this one default-exports an object with name, extension,
// mediaType and emit(feed, items, options), an async generator of strings.

const COLUMNS = ['id', 'published', 'title', 'byline', 'url', 'wordCount', 'summary'];

/** A CSV field: quoted when needed, and defused when a spreadsheet would read it as a formula. */
function field(value) {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export default {
  name: 'csv',
  extension: '.csv',
  mediaType: 'text/csv',
  description: 'one row per article: id, published, title, byline, url, wordCount, summary',
  async *emit(_feed, items) {
    yield `${COLUMNS.join(',')}\r\n`;
    for await (const article of items) {
      yield `${COLUMNS.map((column) => field(article[column])).join(',')}\r\n`;
    }
  },
};
