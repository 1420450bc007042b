// The ceiling: the least a text → RSS converter can do in Node. Reads the dump in
// chunks, splits lines, groups articles at runs of blank lines (first line the
// title), writes escaped RSS items in large chunks. No cleaning, no judgement.
// `node bench/bare.mjs IN OUT`
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';

const [input, output] = process.argv.slice(2);
const out = createWriteStream(output);
const escape = (text) => text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
let buffer = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n    <title>bare</title>\n';
let article = [];
let blanks = 0;
const flush = async () => {
  if (buffer.length >= 1 << 16) {
    if (!out.write(buffer)) await once(out, 'drain');
    buffer = '';
  }
};
const finish = () => {
  if (article.length === 0) return;
  const [title, ...paragraphs] = article;
  buffer += `    <item>\n      <title>${escape(title)}</title>\n      <content:encoded>${paragraphs.map((p) => `&lt;p&gt;${escape(escape(p))}&lt;/p&gt;`).join('')}</content:encoded>\n    </item>\n`;
  article = [];
};
let rest = '';
for await (const chunk of createReadStream(input, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
  const lines = (rest + chunk).split('\n');
  rest = lines.pop();
  for (const line of lines) {
    if (line.trim() === '') {
      blanks++;
      continue;
    }
    if (blanks >= 2) finish();
    blanks = 0;
    article.push(line);
  }
  await flush();
}
if (rest.trim() !== '') article.push(rest);
finish();
buffer += '  </channel>\n</rss>\n';
out.end(buffer);
await once(out, 'finish');
