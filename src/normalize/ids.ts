/** Stable ids and URL-safe, feed-unique slugs. */
import { createHash } from 'node:crypto';
import slugify from 'slugify';

/**
 * The same story gets the same id whatever file or position it comes from:
 * a hash of the title (case-folded) and the published day.
 */
export function articleId(title: string, published: string | undefined): string {
  const key = `${title.toLowerCase()}\n${published?.slice(0, 10) ?? ''}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

const MAX_SLUG = 80;

/** A URL-safe slug of the title, cut at a word boundary; titles with no Latin letters fall back to the id. */
export function baseSlug(title: string, id: string): string {
  let slug = slugify(title, { lower: true, strict: true, locale: 'en' });
  if (slug.length > MAX_SLUG) {
    const cut = slug.lastIndexOf('-', MAX_SLUG);
    slug = slug.slice(0, cut > 0 ? cut : MAX_SLUG);
  }
  return slug.length > 0 ? slug : `article-${id.slice(0, 8)}`;
}

/** Hands out slugs unique within one feed: `name`, `name-2`, `name-3`, … */
export class SlugRegistry {
  private readonly used = new Set<string>();

  unique(slug: string): string {
    let candidate = slug;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${slug}-${n}`;
    this.used.add(candidate);
    return candidate;
  }
}
