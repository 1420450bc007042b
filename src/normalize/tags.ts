/**
 * `--tags`: up to five people, places and organisations named in an article,
 * found by the compromise NLP package. It is large (about half a second to
 * load), so it is loaded only when asked for.
 */
type Nlp = (text: string) => {
  people(): { out(format: 'array'): string[] };
  places(): { out(format: 'array'): string[] };
  organizations(): { out(format: 'array'): string[] };
};

const MAX_TAGS = 5;

/** An article's own tags (a Tags: line, a feed's categories), then the named ones it lacks, compared case-insensitively. */
export function withNamedTags(own: readonly string[], named: readonly string[]): string[] {
  return [...own, ...named.filter((tag) => !own.some((o) => o.toLowerCase() === tag.toLowerCase()))];
}

/** Loads the tagger: a pure function of the article's text once loaded. */
export async function loadTagger(): Promise<(title: string, paragraphs: readonly string[]) => string[]> {
  const nlp = ((await import('compromise')) as unknown as { default: Nlp }).default;
  return (title, paragraphs) => {
    const text = [title, ...paragraphs].join('\n');
    const doc = nlp(text);
    const names = [...doc.people().out('array'), ...doc.organizations().out('array'), ...doc.places().out('array')].map(clean).filter((name) => name.length >= 2);
    // The most mentioned first; ties keep the order of first mention.
    const counts = new Map<string, { name: string; count: number; first: number }>();
    names.forEach((name, i) => {
      const key = name.toLowerCase();
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { name, count: 1, first: i });
    });
    return [...counts.values()]
      .sort((a, b) => b.count - a.count || a.first - b.first)
      .slice(0, MAX_TAGS)
      .map((entry) => entry.name);
  };
}

/** `Jens Stoltenberg,` → `Jens Stoltenberg`; `Iraq's` → `Iraq`; `US-` is dropped by its length. */
function clean(name: string): string {
  return name
    .replace(/[’']s$/u, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .trim();
}
