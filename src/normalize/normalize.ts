/**
 * Raw article → `Article`. Pure: the roles the segmenter gave decide where
 * each line goes; this stage splits captions from credits, reads bylines,
 * datelines and dates, and counts every line it drops.
 */
import type { Article, Diagnostic, DropReason, Image } from '../model.js';
import type { DateLine } from '../segment/patterns.js';
import type { RawArticle, RoledLine } from '../segment/segment.js';
import {
  IMAGE_SOURCE,
  RELATIVE_DATE,
  SECTION_LINE,
  TIME_ONLY,
  bareUrl,
  breadcrumbSection,
  BYLINE_LABEL_ALONE,
  bylineInParentheses,
  FROM_LABEL,
  byStart,
  bylineNames,
  creditAfterSentence,
  dateLabelKind,
  DATELINE_LABEL,
  EDITORS_NOTE,
  hasUnclosedCredit,
  isAgencies,
  isTitleLike,
  isYearlessDate,
  labelledTitle,
  labelledUrl,
  matchDateLine,
  matchDateline,
  headerDateLine,
  sourceAgency,
  splitByline,
  splitCredit,
  tagsOfLine,
  unlabelledByline,
} from '../segment/patterns.js';
import { countWords } from '../text.js';
import { type DateOrder, findFullDate, isAmbiguousNumericDate, parseDateLineValue } from './dates.js';
import { articleId, baseSlug } from './ids.js';
import { applyTimezone, cityZone } from './timezone.js';
import { withNamedTags } from './tags.js';
import { toInstant } from '../emit/dates.js';

export type DropCounts = Partial<Record<DropReason, number>>;

export interface NormalizeResult {
  /** Undefined when the raw article held no story (only separators or boilerplate). */
  article: Article | undefined;
  dropped: DropCounts;
  /** Control characters the segmenter removed from this article's lines. */
  controlChars: number;
  /**
   * Content lines that went into a field (title, section, byline, date, caption,
   * paragraph). With `dropped`, every non-blank line of the raw article is
   * accounted for exactly once: nothing vanishes uncounted.
   */
  used: number;
  diagnostics: Diagnostic[];
}

const SUMMARY_LENGTH = 300;

/**
 * How many paragraphs, and what share of them, must break mid-sentence for `broken-lines`; and how long such a line is
 * at least (a column's width: a list's short items go on in lower case too).
 */
const BROKEN_MIN = 5;
const BROKEN_SHARE = 0.3;
const BROKEN_WIDTH = 25;
const LOWER_FIRST = /^\p{Ll}/u;

/**
 * How many paragraphs end without a sentence's end while the next goes on in lower case: a text broken at every line
 * (a copy of a PDF) with no blank line between its paragraphs, which no rule can join back without guessing.
 */
function brokenParagraphs(paragraphs: readonly string[]): number {
  let broken = 0;
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const line = paragraphs[i] as string;
    if (line.length >= BROKEN_WIDTH && !ENDS_SENTENCE.test(line) && LOWER_FIRST.test(paragraphs[i + 1] as string)) broken++;
  }
  return broken;
}

/**
 * `Photo: ` and the like before a caption: a label of the page, not part of the caption. The Asahi Shimbun's is
 * `Photo/Illutration ` (so spelt).
 */
const CAPTION_LABEL = /^(?:photo|image|header image|picture|pictured|caption)\s*:\s*|^image caption,\s*|^Enlarge \/ |^Photo\/Illus?tration /i;

export interface NormalizeOptions {
  /** `published` for an article that states no date (`--date`), with `dateSource: "option"`. */
  defaultDate?: string;
  /**
   * The latest date the dump's own Published/Updated lines have given so far: a
   * date read from a dateline or caption later than it is a future event, not
   * the publication date.
   */
  notAfter?: string;
  /** The zone of date-line times that give no offset (`--timezone`). */
  timezone?: string;
  /** How the dump writes numeric dates that read either way (`--date-order`): day first or month first. */
  dateOrder?: DateOrder;
  /** Names the people, places and organisations of an article (`--tags`). */
  tagger?: (title: string, paragraphs: readonly string[]) => string[];
}

/** Page furniture that was too long, or too wordy, for the boilerplate rules to drop. */
const BOILERPLATE_LIKE = byStart(
  'click subscribe sign follow read advertisement share download',
  /^(?:click here|subscribe (?:to|now)|sign up (?:for|to)|follow us|read more|advertisement|share this|download (?:our|the) app)\b/i,
);


/**
 * The zone abbreviations chrono reads one way that name several zones: IST (India's, Israel's, Ireland's), CST
 * (the US Central, China's), BST (British Summer, Bangladesh's), AST (Atlantic, Arabia's). `--timezone` says which.
 */
const SHARED_ZONE = /\s*\b(?:IST|CST|BST|AST)\b/;


/** A city in parentheses after a date line's time, which names its zone: `10:12 am (Paris)`. */
const CITY_AFTER_TIME = /(?<=\d(?: ?[ap]\.?m\.?)?) \(([A-Z][a-z]+(?: [A-Z][a-z]+)?)\)$/i;

/** Builds one clean article. `slug` is unique only within the article: `SlugRegistry` makes it unique in the feed. */
export function normalize(raw: RawArticle, options: NormalizeOptions = {}): NormalizeResult {
  const dropped: DropCounts = {};
  const diagnostics: Diagnostic[] = [];
  const drop = (reason: DropReason): void => {
    dropped[reason] = (dropped[reason] ?? 0) + 1;
  };
  // With --timezone, a zone's abbreviation that several zones share is read as that zone (Haaretz's `IST`, Israel's).
  // A city in parentheses after the time names its zone (Le Monde's `… at 10:12 am (Paris)`).
  const readDate = (value: string, locale?: DateLine['locale']): string | undefined => {
    const city = value.endsWith(')') ? CITY_AFTER_TIME.exec(value) : null;
    const zone = city === null ? undefined : cityZone(city[1] as string);
    const text = zone === undefined ? value : value.slice(0, city?.index);
    const iso = parseDateLineValue(options.timezone === undefined ? text : text.replace(SHARED_ZONE, ''), locale, options.dateOrder);
    return zone === undefined || iso === undefined ? iso : applyTimezone(iso, zone);
  };

  let titleLine: RoledLine | undefined;
  let section: string | undefined;
  let byline: string | undefined;
  let publishedLine: string | undefined;
  /** A line that is only a date: the publication date unless a Published line says otherwise. */
  let bareLine: string | undefined;
  let updatedLine: string | undefined;
  const images: Image[] = [];
  /**
   * Runs of body lines with no blank line or other role between them: each a paragraph per line, or one wrapped
   * paragraph. `overHeader`: a run over the story's byline or date line (a standfirst, a tabloid's bullet points).
   */
  const blocks: Block[] = [];
  let headerSeen = false;
  const content: RoledLine[] = [];
  const addBody = (line: RoledLine): void => {
    const previous = content[content.length - 1];
    const block = blocks[blocks.length - 1];
    if (block !== undefined && line.gap === 0 && previous !== undefined && previous.role === 'body') block.lines.push(line.text);
    else blocks.push({ lines: [line.text], heading: false });
  };

  let controlChars = 0;
  let used = 0;
  /**
   * Tags the article states itself (`Tags: …`), in order. Note: a set, not a list to search: a hostile dump's tags
   * must not cost their square.
   */
  const lineTags = new Set<string>();
  /** Date lines read, in order: one of them gives `published`, the others are extra. */
  let dateLines = 0;
  /** What a label line alone (`Published`) makes of the bare date on the line after it. */
  let labelKind: 'published' | 'updated' | undefined;
  /** The last date line, when it gave a day without a time: a time alone on the next line completes it. */
  let dayOnly: (DateLine & { iso: string }) | undefined;
  /** An `Image source, …` line's credit, for the `Image caption, …` line after it. */
  let sourceCredit: string | undefined;
  /** The article's own address, from a scraper's `URL: …` line. */
  let url: string | undefined;
  /**
   * The place on a source line (`الرياض: «الشرق الأوسط»`, `Riyadh - Asharq Al-Awsat`), before or after the date on a
   * date line (`ISTANBUL Nov 26, 2026 - 4:15 pm GMT+3`), or on a line of its own (`ANKARA`): the dateline, when the
   * text opens with none.
   */
  let sourcePlace: string | undefined;
  for (const line of raw.lines) {
    controlChars += line.controlChars ?? 0;
    // The first byline or date line, under at most a standfirst's lines: those lines stand over the story's header.
    if (!headerSeen && (line.role === 'byline' || line.role === 'date')) {
      headerSeen = true;
      if (blocks.length <= OVER_HEADER_BLOCKS) for (const block of blocks) block.overHeader = true;
    }
    switch (line.role) {
      case 'blank':
        continue;
      case 'separator':
        if (line.reason !== undefined) drop(line.reason);
        continue;
      case 'title':
        titleLine = line;
        used++;
        break;
      case 'section': {
        // A breadcrumb trail's last crumb is the section (`World › Middle East` → `Middle East`); a label's value is,
        // but for a label above the headline's (the Bangkok Post's `Thailand` over its `NEWSPAPER SECTION: NEWS`).
        const labelled = SECTION_LINE.exec(line.text)?.[1];
        if (labelled === undefined || section === undefined) section = labelled ?? breadcrumbSection(line.text) ?? line.text;
        used++;
        break;
      }
      case 'heading':
        blocks.push({ lines: [line.text], heading: true });
        used++;
        break;
      case 'title-repeat':
      case 'caption-repeat':
      case 'duplicate':
        drop(line.role);
        break;
      case 'boilerplate':
        drop(line.reason ?? 'advertisement');
        break;
      case 'caption': {
        const source = IMAGE_SOURCE.exec(line.text);
        if (source !== null) {
          sourceCredit = source[1];
          used++;
          break;
        }
        // Note: a caption whose credit is on a line of its own has it from the segmenter, and no credit of its own.
        const parts = line.credit === undefined ? (splitCredit(line.text) ?? creditAfterSentence(line.text)) : undefined;
        const caption = (parts?.caption ?? line.text).replace(CAPTION_LABEL, '');
        const credit = line.credit ?? parts?.credit ?? sourceCredit;
        sourceCredit = undefined;
        images.push({ caption, ...(credit !== undefined && { credit }), ...(line.image !== undefined && { url: line.image }) });
        used++;
        break;
      }
      case 'credit':
        // The credit is its caption's (RoledLine.credit).
        used++;
        break;
      case 'dateline':
        // Note: a news database's field is labelled (`Dateline: LONDON`).
        sourcePlace ??= DATELINE_LABEL.exec(line.text)?.[1] ?? line.text;
        used++;
        break;
      case 'byline': {
        // A byline's label alone (`By —`, GOV.UK's `From:`) names no one: the names are on the line under it.
        if (BYLINE_LABEL_ALONE.test(line.text) || line.text === FROM_LABEL) {
          used++;
          break;
        }
        // A byline without "By" is a line of names the segmenter saw set above a date line; one in parentheses stands
        // under the story (Focus Taiwan's `(By Jane Doe)`).
        const labelled = splitByline(bylineInParentheses(line.text) ?? line.text);
        const unlabelled = labelled === undefined ? unlabelledByline(line.text) : undefined;
        if (unlabelled?.place !== undefined) sourcePlace ??= unlabelled.place;
        // Note: agencies alone (`KYODO, JIJI`) are the byline whole; after a writer's names, an agency is cut.
        const parts = labelled ?? unlabelled ?? { name: sourceAgency(line.text) ?? (isAgencies(line.text) ? line.text : bylineNames(line.text)) };
        // Note: a second byline line is the writer's outlet or post set under the first (see the segmenter).
        byline ??= parts.name;
        // `By Ana Costa | Published 2 June 2025, 18:00 BST`: the date after the names counts as a date line.
        const tail = parts.rest === undefined ? undefined : (matchDateLine(parts.rest) ?? { kind: 'published' as const, value: parts.rest });
        const iso = tail && readDate(tail.value);
        if (tail && iso) {
          if (tail.kind === 'updated') updatedLine ??= iso;
          else publishedLine ??= iso;
        }
        used++;
        break;
      }
      case 'date': {
        const label = dateLabelKind(line.text);
        if (label !== undefined) {
          // The segmenter saw the date on the next line; the label is part of that date line.
          labelKind = label;
          used++;
          break;
        }
        // A time alone under a day (Factiva's `27 November 2026` over `15:42 GMT`): that day's time.
        const day = dayOnly;
        dayOnly = undefined;
        const timed = day !== undefined && TIME_ONLY.test(line.text) ? readDate(`${day.value} ${line.text}`, day.locale) : undefined;
        if (day !== undefined && timed !== undefined) {
          if (day.kind === 'published' && publishedLine === day.iso) publishedLine = timed;
          else if (day.kind === 'bare' && bareLine === day.iso) bareLine = timed;
          else if (day.kind === 'updated' && updatedLine === day.iso) updatedLine = timed;
          used++;
          break;
        }
        const found = headerDateLine(line.text);
        const iso = found && readDate(found.value, found.locale);
        const kind = found?.kind === 'bare' ? (labelKind ?? 'bare') : found?.kind;
        labelKind = undefined;
        if (found && iso && kind !== undefined && iso.length === 10) dayOnly = { ...found, kind, iso };
        if (found && iso) {
          if (found.place !== undefined) sourcePlace ??= found.place;
          if (found.section !== undefined) section ??= found.section;
          if (kind === 'published') publishedLine ??= iso;
          else if (kind === 'bare') bareLine ??= iso;
          else updatedLine ??= iso;
          dateLines++;
          used++;
        } else if (found ? RELATIVE_DATE.test(found.value) || TIME_ONLY.test(found.value) || isYearlessDate(found.value) : RELATIVE_DATE.test(line.text) || isYearlessDate(line.text)) {
          // "Updated 2 hours ago", "Updated 11:42 p.m. ET", "2 hours ago" alone, "Mar. 21 05:12 pm JST": relative to a
          // page view long gone; no date can come of it.
          drop('relative-date');
        } else if (found && isAmbiguousNumericDate(found.value)) {
          // A date line all the same, but no date can be read from it without guessing.
          drop('ambiguous-date');
          diagnostics.push({
            file: raw.file,
            line: line.line,
            severity: 'warning',
            rule: 'ambiguous-date',
            message: `"${found.value}" could be day/month or month/day; no date taken from it (give the dump's order with --date-order dmy or mdy)`,
          });
        } else {
          blocks.push({ lines: [line.text], heading: false });
          used++;
        }
        break;
      }
      case 'tags':
        for (const tag of tagsOfLine(line.text)) lineTags.add(tag);
        used++;
        break;
      case 'url':
        url ??= labelledUrl(line.text) ?? bareUrl(line.text);
        used++;
        break;
      case 'body':
        addBody(line);
        used++;
        break;
    }
    content.push(line);
  }
  const { paragraphs, headings, pullQuoteLines, datelineJoined } = assemble(blocks, drop);
  used -= pullQuoteLines;

  // Note: one date line gives `published` (a Published line before an Updated one); the others are counted, not lost.
  for (let extra = dateLines - 1; extra > 0; extra--) {
    drop('extra-date');
    used--;
  }

  if (titleLine === undefined) {
    // Only boilerplate, or a byline or date with no story under it: what would have been used is orphaned.
    for (; used > 0; used--) drop('orphan');
    const first = content.find((line) => line.role !== 'boilerplate');
    if (first !== undefined) {
      diagnostics.push({ file: raw.file, line: first.line, severity: 'warning', rule: 'orphan-line', message: `"${first.text}" stands outside any article; dropped` });
    }
    return { article: undefined, dropped, controlChars, used, diagnostics };
  }

  // Note: a scraper's `Title: …` line gives the headline without its label.
  const title = labelledTitle(titleLine.text) ?? titleLine.text;
  const warn = (line: number, rule: string, message: string): void => {
    diagnostics.push({ file: raw.file, line, severity: 'warning', rule, message });
  };
  if (raw.oversized) {
    diagnostics.push({
      file: raw.file,
      line: titleLine.line,
      severity: 'error',
      rule: 'article-too-large',
      message: 'article is larger than --max-article-bytes; cut here, the rest starts a new article (raise the limit to keep it whole)',
    });
  }
  if (title.length > 200) warn(titleLine.line, 'long-title', `title over 200 characters (${title.length}); is the headline missing?`);
  else if (!isTitleLike(title)) warn(titleLine.line, 'no-headline', 'article starts with a line that reads like a paragraph; used as its title');
  for (const line of content) {
    if (line.role !== 'body' && line.role !== 'heading') continue;
    if (hasUnclosedCredit(line.text)) warn(line.line, 'unclosed-credit', 'caption has no closing parenthesis; read as body text');
    else if (BOILERPLATE_LIKE.test(line.text)) warn(line.line, 'boilerplate-like', `paragraph looks like boilerplate: "${line.text.slice(0, 60)}"; add a pattern to the config's boilerplate to drop it`);
  }
  if (paragraphs.length === 0) {
    diagnostics.push({ file: raw.file, line: titleLine.line, severity: 'warning', rule: 'no-body', message: `article "${title}" has no body text` });
  }
  const broken = brokenParagraphs(paragraphs);
  if (broken >= BROKEN_MIN && broken >= paragraphs.length * BROKEN_SHARE) {
    warn(
      titleLine.line,
      'broken-lines',
      `${broken} of the article's ${paragraphs.length} paragraphs end mid-sentence, the next going on in lower case: lines broken with no blank line between paragraphs (a copy of a PDF or print page?); several stories may have run together`,
    );
  }

  // Note: the dateline opens the story; a standfirst (a short line without a full stop, or ending in a question:
  // `… Will it be enough?`; a sentence over a dateline alone on its line, NDTV's `Mumbai:`; or over the story's byline
  // or date line, CNA's) may stand before it.
  const [opening, following] = paragraphs;
  const standfirst = opening !== undefined && opening.length <= 200 && (!/[.!:"”’]$/.test(opening) || datelineJoined || blocks[0]?.overHeader === true);
  const dateline = (opening === undefined ? undefined : (matchDateline(opening) ?? (standfirst && following !== undefined ? matchDateline(following) : undefined))) ?? sourcePlace;
  const fromLine = publishedLine ?? bareLine ?? updatedLine;
  const zoned = fromLine !== undefined && options.timezone !== undefined ? applyTimezone(fromLine, options.timezone) : fromLine;
  const found = pickPublished(zoned, dateline, images, options.notAfter, (source, iso) =>
    warn(titleLine.line, 'future-date', `the ${source} date ${iso} is later than the dump's latest Published/Updated line (${options.notAfter}); not used`),
  );
  const { published, dateSource } =
    found.published === undefined && options.defaultDate !== undefined ? { published: options.defaultDate, dateSource: 'option' as const } : found;
  const id = articleId(title, published);
  // The article's own tags (a Tags: line) first, then what --tags finds in its text.
  const named = options.tagger?.(title, paragraphs) ?? [];
  const tags = withNamedTags([...lineTags], named);
  const first = content[0] as RoledLine;
  const last = content[content.length - 1] as RoledLine;

  const article: Article = {
    id,
    title,
    slug: baseSlug(title, id),
    ...(url !== undefined && { url }),
    ...(published !== undefined && { published, dateSource }),
    ...(byline !== undefined && { byline }),
    ...(dateline !== undefined && { dateline }),
    ...(section !== undefined && { section }),
    images,
    paragraphs,
    ...(headings.length > 0 && { headings }),
    ...(tags.length > 0 && { tags }),
    // Note: an editor's note opening the story is not what it is about, nor a live page's first entry's time or headline.
    summary: summarize(paragraphs.find((paragraph, i) => !EDITORS_NOTE.test(paragraph) && !TIME_ONLY.test(paragraph) && !headings.includes(i)) ?? paragraphs[0] ?? ''),
    wordCount: paragraphs.reduce((sum, p) => sum + countWords(p), 0),
    source: { file: raw.file, line: first.line, endLine: last.line },
  };
  return { article, dropped, controlChars, used, diagnostics };
}

/**
 * Paragraphs in order (hard-wrapped blocks re-joined), the indexes of the
 * subheadings among them, and pull quotes left out: a short quote printed
 * apart whose words stand in another paragraph. `datelineJoined`: the second
 * paragraph is a dateline alone on its line joined to the text under it.
 */
/** A run of body lines (see `blocks` in normalize). */
interface Block {
  lines: string[];
  heading: boolean;
  overHeader?: boolean;
}
/** How many runs of body lines may stand over a story's header (a standfirst, bullet points). */
const OVER_HEADER_BLOCKS = 2;

function assemble(
  blocks: Block[],
  drop: (reason: DropReason) => void,
): { paragraphs: string[]; headings: number[]; pullQuoteLines: number; datelineJoined: boolean } {
  // Each paragraph with whether it is a heading and how many input lines it stands for.
  // Note: plain arrays and loops: the nested arrays and objects of flatMap cost ~2% of a conversion.
  const texts: string[] = [];
  const isHeading: boolean[] = [];
  const lineCounts: number[] = [];
  for (const block of blocks) {
    if (block.heading) {
      texts.push(block.lines.join(' '));
      isHeading.push(true);
      lineCounts.push(block.lines.length);
      continue;
    }
    // Note: over the byline, lines that each open with a capital are a standfirst's or bullet points' lines (the Daily
    // Mail's, Bloomberg's), not one sentence wrapped.
    const unwrapped = block.overHeader === true && !block.lines.slice(1).every(opensInLowerCase) ? block.lines : unwrap(block.lines);
    for (const text of unwrapped) {
      texts.push(text);
      isHeading.push(false);
      lineCounts.push(unwrapped.length === 1 ? block.lines.length : 1);
    }
  }
  let pullQuoteLines = 0;
  let datelineJoined = false;
  const paragraphs: string[] = [];
  const headings: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    let text = texts[i] as string;
    // The story's dateline alone on its line, its dash last (CNN's `Washington CNN —` over the first sentence, as a
    // copy of its page breaks it): one paragraph with the text under it, as the dateline opens it.
    const next = texts[i + 1];
    if (paragraphs.length <= 1 && next !== undefined && !isHeading[i] && !isHeading[i + 1] && datelineAlone(text, next)) {
      text = `${text} ${next}`;
      i++;
      datelineJoined = paragraphs.length === 1;
    }
    const quoted = isHeading[i] || text.length > 200 ? null : PULL_QUOTE.exec(text);
    if (quoted !== null) {
      const words = quoted[1] as string;
      if (texts.some((other, j) => j !== i && other.length > text.length && other.includes(words))) {
        const lines = lineCounts[i] as number;
        for (let n = 0; n < lines; n++) drop('pull-quote');
        pullQuoteLines += lines;
        continue;
      }
    }
    if (isHeading[i]) headings.push(paragraphs.length);
    paragraphs.push(text);
  }
  return { paragraphs, headings, pullQuoteLines, datelineJoined };
}

/** A line that is only a dateline and its dash, which opens the paragraph under it; or its colon (NDTV's `Mumbai:`). */
function datelineAlone(text: string, next: string): boolean {
  return text.length <= DATELINE_ALONE_MAX && /[-–—:]$/.test(text) && matchDateline(`${text} ${next}`) !== undefined;
}
const DATELINE_ALONE_MAX = 60;

/** A paragraph that is only a quotation: its words without the quote marks and final punctuation. */
const PULL_QUOTE = /^["“‘'](.{12,}?)[.,!?]?["”’']$/u;

/** Hard wrapping happens at a fixed width; lines of prose pasted one paragraph per line are wider or ragged. */
const WRAP_WIDTH = { min: 40, max: 120 };
const ENDS_SENTENCE = /[.!?:;"”’)]$/;

/**
 * A block of consecutive body lines: one hard-wrapped paragraph (lines broken
 * at ~72 columns) re-joined, or one paragraph per line. Note: the test is the
 * greedy-wrap one: in wrapped text, the next line's first word would not have
 * fitted on the line before it.
 */
export function unwrap(lines: string[]): string[] {
  if (lines.length < 2) return lines;
  // Note: a loop, not Math.max(...): a block of 200,000 lines would overflow the stack as arguments.
  let width = 0;
  for (const line of lines) if (line.length > width) width = line.length;
  if (width < WRAP_WIDTH.min || width > WRAP_WIDTH.max) return lines;
  let midSentence = 0;
  for (let i = 0; i < lines.length - 1; i++) {
    const line = lines[i] as string;
    const nextWord = (lines[i + 1] as string).indexOf(' ');
    const nextWordLength = nextWord === -1 ? (lines[i + 1] as string).length : nextWord;
    if (line.length + 1 + nextWordLength <= width) return lines;
    if (!ENDS_SENTENCE.test(line)) midSentence++;
  }
  if (midSentence === 0) return lines;
  // Note: a word broken at a hyphen (`well-` / `known`, `pres-` / `sures`) is joined with its hyphen kept and no
  // space: a compound keeps its hyphen, and a word a typesetter broke keeps all its letters (telling the two apart
  // needs a dictionary).
  let joined = lines[0] as string;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    joined += BROKEN_WORD.test(joined) && /^\p{Ll}/u.test(line) ? line : ` ${line}`;
  }
  return [joined];
}

const BROKEN_WORD = /\p{L}-$/u;

function opensInLowerCase(line: string): boolean {
  return LOWER_FIRST.test(line);
}

/** A Published/Updated line wins, then a full date in the dateline, then the first dated caption not of a file photo; none later than `notAfter`. */
function pickPublished(
  fromLine: string | undefined,
  dateline: string | undefined,
  images: Image[],
  notAfter: string | undefined,
  tooLate: (source: string, iso: string) => void,
): { published?: string; dateSource?: Article['dateSource'] } {
  if (fromLine !== undefined) return { published: fromLine, dateSource: 'line' };
  const limit = notAfter === undefined ? Infinity : toInstant(notAfter).getTime() + DAY;
  const plausible = (source: string, iso: string): boolean => {
    if (toInstant(iso).getTime() <= limit) return true;
    tooLate(source, iso);
    return false;
  };
  const fromDateline = dateline && findFullDate(dateline);
  if (fromDateline && plausible('dateline', fromDateline.iso)) return { published: fromDateline.iso, dateSource: 'dateline' };
  for (const image of images) {
    if (isFilePhoto(image)) continue;
    const found = findFullDate(image.caption);
    if (found && plausible('caption', found.iso)) return { published: found.iso, dateSource: 'caption' };
  }
  return {};
}

/**
 * A file photo: AP's `FILE - …` caption, a credit ending `File` or `File Photo`
 * (`AP Photo/Carlos Macedo, File`, `REUTERS/Eli Hartman/File Photo`). Taken
 * before the story, so its date is not the story's.
 */
function isFilePhoto(image: Image): boolean {
  return /^file(?: photo)?\s*[-–—:]\s/i.test(image.caption) || (image.credit !== undefined && /\bfile(?: photo)?\b/i.test(image.credit));
}

/** Dates without a time are a whole day long: a caption dated the same day as the latest line is not in the future. */
const DAY = 24 * 60 * 60 * 1000;

/**
 * Where a sentence ends: terminal punctuation, closing quotes or brackets, a
 * space, then what starts a sentence. Note: hand-written rather than
 * Intl.Segmenter, whose sentence data costs ~17 ms to load at the first use,
 * more than normalising a whole small dump; neither knows abbreviations.
 */
const SENTENCE_END = /[.!?…]["'”’)\]]*(?= +["'“‘(\[]?[\p{Lu}\p{N}])/gu;

/** The paragraph up to the last sentence end within ~300 characters (or the first one after), else cut at a word with `…`. */
export function summarize(paragraph: string): string {
  if (paragraph.length <= SUMMARY_LENGTH) return paragraph;
  let end = 0;
  for (const m of paragraph.matchAll(SENTENCE_END)) {
    const next = m.index + m[0].length;
    if (next > SUMMARY_LENGTH) {
      if (end === 0 && next <= SUMMARY_LENGTH * 1.5) end = next;
      break;
    }
    end = next;
  }
  if (end > 0) return paragraph.slice(0, end);
  const cut = paragraph.lastIndexOf(' ', SUMMARY_LENGTH);
  return `${paragraph.slice(0, cut > 0 ? cut : SUMMARY_LENGTH).trimEnd()}…`;
}
