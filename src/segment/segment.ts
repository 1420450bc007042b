/**
 * Lines → raw articles, each line with its role. Pure and incremental: the
 * segmenter keeps only the article being built and a few lines of lookahead.
 *
 * Where an article begins:
 * - after a separator line (`* * *`, `---`, a form feed, …);
 * - after two or more blank lines;
 * - at the scraped-page signature: a headline that is printed again a few
 *   lines further on (after its captions and a logo line such as `TT`).
 */
import type { Line } from '../input/decode.js';
import type { DropReason } from '../model.js';
import { cleanLine } from '../text.js';
import {
  arabicSource,
  BYLINE_LABEL_ALONE,
  bylineInParentheses,
  FROM_LABEL,
  BYLINE_POST,
  BYLINE_START,
  COMMENTS_FURNITURE,
  COMMENTS_HEADING,
  FOOTER_START,
  HEADER_LINE_MAX,
  NO_RULES,
  RECORD_FIELD,
  type SegmentRules,
  bareUrl,
  boilerplateReason,
  breadcrumbSection,
  bylineNames,
  creditAlone,
  dateLabelKind,
  DATELINE_LABEL,
  EDITORS_NOTE,
  hasUnclosedCredit,
  IMAGE_CAPTION,
  IMAGE_SOURCE,
  isAgencies,
  isAsciiSmall,
  isArabicLine,
  isAsciiDigit,
  isKicker,
  isTitleCaseKicker,
  isLabelledCaption,
  isOutletCredit,
  isOutletName,
  isPlaceLine,
  isNamesLine,
  isSeparator,
  isStaffByline,
  isSourcesCredit,
  isSubheading,
  isTagItem,
  isTagsLabel,
  isUncasedLabel,
  isYearlessDate,
  isTitleLike,
  labelledTitle,
  labelledUrl,
  looksLikeCredit,
  matchByline,
  matchDateLine,
  matchDateline,
  matchTagsLine,
  NAMES_JOIN,
  PLAYER_NOTE,
  RELATIVE_DATE,
  SECTION_LINE,
  headerDateLine,
  SHARE_OR_COMMENT,
  siteSuffix,
  sourceAgency,
  sourceLine,
  splitBareByline,
  splitCredit,
  TIME_ONLY,
  unlabelledByline,
  WORD_COUNT_FIELD,
} from './patterns.js';
import { DATELINE_CITIES } from './places.js';

/** What a line is to its article. */
export type Role =
  | 'section'
  | 'title'
  | 'title-repeat'
  | 'caption'
  | 'caption-repeat'
  | 'duplicate'
  | 'boilerplate'
  | 'byline'
  | 'date'
  | 'heading'
  | 'tags'
  /** A scraper's `URL: …` line: the article's own address. */
  | 'url'
  /** A photo's credit on a line of its own, next to its caption (the caption line carries it: `RoledLine.credit`). */
  | 'credit'
  /** The place a story was filed from, on a line of its own in the header (Anadolu's `ANKARA` under the byline). */
  | 'dateline'
  | 'body'
  | 'separator'
  | 'blank';

/** A line with its role. `text` is cleaned (see `cleanText`); `gap` counts the blank lines before it. */
export interface RoledLine {
  text: string;
  line: number;
  role: Role;
  gap: number;
  /** Why a boilerplate line is dropped. */
  reason?: DropReason;
  /** Control characters removed from the line while cleaning it. */
  controlChars?: number;
  /** The image a caption line stands for (a Markdown dump's `![caption](src)`). */
  image?: string;
  /** A caption's credit, printed on a line of its own next to it (`creditAlone`). */
  credit?: string;
}

/**
 * One article's lines, in input order. Every input line lands in exactly one
 * raw article, so one with no content lines may carry only stray separators.
 */
export interface RawArticle {
  file: string;
  lines: RoledLine[];
  /** Cut off at the size limit: the rest of the story is in the next raw article. */
  oversized?: boolean;
}

/** A text size control's label, and the sizes listed under it. */
const TEXT_SIZE_LABEL = /^text size$/i;
/** Yahoo's label over the stocks a story names, a line each: ticker, company, change (`TTE`, `TotalEnergies SE`, `-1.2%`). */
const QUOTES_LABEL = /^in this article:?$/i;
const TEXT_SIZE = /^(?:small|medium|large|larger|normal)$/i;
/**
 * What a line of blurb stands under: Substack's `Discover more from …`, Medium's `1.2K followers` under the writer's
 * name, a paper's appeal for support (Premium Times' `Support PREMIUM TIMES' journalism …` over `At Premium Times, we …`).
 */
const BLURB_OVER = /^(?:discover more from .{1,60}|\d[\d.,]*[km]? followers|support .{1,40} journalism\b.{0,120})$/i;
const BLURB_MAX = 160;
/** A video's length on a line of its own (CNBC's `VIDEO 02:34`), its title on the next. */
const VIDEO_LENGTH = /^video \d{1,2}:\d{2}(?::\d{2})?$/i;
/** Under the headline of Factiva's export: its source's code (`ARABNW`, `LBA`) and the language. */
const SOURCE_CODE = /^[A-Z][A-Z0-9]{1,9}$/;
const LANGUAGE_FIELD = /^(?:English|Arabic|French|German|Spanish|Italian|Portuguese|Dutch|Russian|Turkish|Chinese|Japanese)$/;
/** A list's item a line is short (see `isListItem`). */
const LIST_ITEM_MAX = 80;

/** How far ahead the segmenter looks for a repeated headline. */
const LOOKAHEAD = 12;
/** A live page's heading over its key events (The Guardian's), and how long one of their headlines may be. */
const KEY_EVENTS = /^key events$/i;
const KEY_EVENT_MAX = 160;
/** A live page's mark: a `Live` label (The Guardian's, Al Jazeera's `LIVE`), or the BBC's `Live Reporting`. */
const LIVE_MARK = /^live(?: reporting)?$/i;
/** A line of prose ends so: a sentence's end, perhaps inside a quotation. */
const PROSE_END = /[.!?]["”’]?$/;
/** A paragraph that ended its sentence (perhaps inside a quotation or parentheses). */
const ENDED_PARAGRAPH = /[.!?…]["'”’)]?$/;
/** A wire story's last line, its credits: `Reporting by Alex Lawler; Editing by David Goodman`, perhaps in parentheses. */
const WIRE_CREDITS = /^\(?(?:Additional )?(?:Reporting|Writing|Editing|Compiled) by /;
/** How long a standfirst, byline or date line between a headline and its first paragraph may be. */
const STANDFIRST_MAX = 300;
/** A line of prose at least this long directly under a count of comments is the story's, not a comment (see `commentsAhead`). */
const STORY_PARAGRAPH_MIN = 80;
/** How many short lines may stand between a headline and its header (see `headerAhead`). */
const HEADER_REACH = 4;
/** An agency named in a dateline: `(Reuters)`, `/TASS/`. */
const AGENCY_MARK = /\(\S|\/\S/;
/** How far into a paragraph a dateline may reach. */
const DATELINE_REACH = 160;

/** A reaction count as a page prints it under its like or comment button: `42`, `1.2K`. */
const COUNT = /^\d{1,3}(?:[.,]\d|(?:,\d{3})+)?[KkMm]?$/;

interface Pending {
  text: string;
  line: number;
  formFeed: boolean;
  controlChars: number;
  /** A Markdown dump's image alone on its line: its address. */
  image: string | undefined;
  /** A Markdown dump's heading. */
  heading: boolean;
}

interface Draft {
  lines: RoledLine[];
  title: string | undefined;
  captions: Captions;
  content: number;
  hasBody: boolean;
  /** The byline's names, once it has one: to know them printed again. */
  bylineNames: string | undefined;
  /** It has a byline or a date line. */
  hasHeader: boolean;
  /** Under a `Tags` label, how many more of its tags may follow, one a line, to a blank line (0: none). */
  tagsLeft: number;
  hasSection: boolean;
  /** Body lines so far, and how many of them came after a blank line (blank-separated paragraphs). */
  bodyLines: number;
  blankSeparatedBody: number;
  /** Characters of text so far. */
  size: number;
  /** Past a footer heading: the rest is page furniture. */
  inFooter: boolean;
  /** Past the heading of readers' comments: the rest of the story is theirs. */
  inComments: boolean;
  /** Under a live page's `Key events`: the headlines of its entries, to the first entry. */
  inKeyEvents: boolean;
  /** A live page (it has key events, a `Live` label or the BBC's `Live Reporting`): a time alone is an entry's, not the story's, and its first entry's headline is a subheading. */
  live: boolean;
  /** The last line was a video's length: a title under it is the video's. */
  videoTitleNext: boolean;
  /**
   * The last line was a link's label (`Related article`), or a headline it links: the headline of another story it
   * links may follow, after at most this many blank lines. Undefined otherwise.
   */
  linkGap: number | undefined;
  lastContent: string | undefined;
  /** Lines still to come of a site's menu above the headline (see `inMenu`). */
  menuLeft: number;
  /** The last line was one a blurb stands under (`BLURB_OVER`). */
  blurbNext: boolean;
  /** The last line was the Daily Mail's `Share or comment on this article:`: the headline it shares may follow. */
  shareTitleNext: boolean;
  /** The last line was a `Listen` button: the length of the story's audio may follow. */
  audioNext: boolean;
  /** The next line of a writer's box under their name (see `authorBio`), and the one after it (Ars Technica's post, then the line about them). */
  bioNext: string | undefined;
  bioThen: string | undefined;
  /** The writer's name in a writer's box under a story with no byline: the byline (see `authorBio`). */
  writer: string | undefined;
  /** Inside a page's settings panel (see `panelAhead`): its options follow, to its closing control. */
  inPanel: boolean;
  /** Lines still to come of an appeal's box under the story, its closing control included (see `appealLength`). */
  appealLeft: number;
  /** Inside one of The Conversation's boxes (see `boxAt`): why its lines are dropped, to a blank line. */
  inBox: DropReason | undefined;
  /** A news database's export (Nexis, Factiva): its fields (`Length: 312 words`, `312 words`) under the headline. */
  exported: boolean;
  /** Past an export's `Graphic` marker: its photos' captions follow, a line each. */
  inGraphic: boolean;
}

/**
 * The lines read but not yet taken, first in first out.
 * Note: a head index over an array, not Array#shift, which moved every line through V8's array trimming (~5% of
 * segmenting in a profile); the taken lines are cut off in batches.
 */
class Lookahead {
  private items: Pending[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  /** The `i`th line waiting (0: the next to be taken). */
  at(i: number): Pending | undefined {
    return this.items[this.head + i];
  }

  push(item: Pending): void {
    this.items.push(item);
  }

  /** Takes the first line waiting; call only when there is one. */
  shift(): Pending {
    const item = this.items[this.head++] as Pending;
    if (this.head >= 1024) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

/** Splits one input's lines into raw articles; feed lines with `push`, then call `end` once. */
export class Segmenter {
  private queue = new Lookahead();
  private draft: Draft = newDraft();
  /** Blank and separator lines after the draft's last content line: they go with whichever article comes next. */
  private strays: RoledLine[] = [];
  private blankRun = 0;
  private afterSeparator = false;
  /** The last line was a text size control's label or one of its sizes: a size may follow. */
  private textSizes = false;
  /** The last line was a stock quotes' label or one of its lines: another may follow, to the blank line. */
  private quotes = false;
  /** A credit line over the caption it credits (the BBC's): the next line is that caption, unless it cannot be. */
  private creditOver: { line: RoledLine; credit: string; draft: Draft } | undefined;
  private out: RawArticle[] = [];

  constructor(
    readonly file: string,
    private readonly rules: SegmentRules = NO_RULES,
    /** An article grows no larger than this (characters of text): memory stays bounded on hostile input. */
    private readonly maxArticleChars = 4 * 1024 * 1024,
  ) {}

  push(lines: readonly Line[]): RawArticle[] {
    for (const line of lines) {
      const { text, formFeed, controlChars } = cleanLine(line.text);
      this.queue.push({ text, line: line.line, formFeed, controlChars, image: line.image, heading: line.heading === true });
      if (this.queue.length > LOOKAHEAD) this.take(this.queue.shift());
    }
    return this.flush();
  }

  end(): RawArticle[] {
    while (this.queue.length > 0) this.take(this.queue.shift());
    this.takeStrays(this.draft);
    if (this.draft.lines.length > 0) this.out.push({ file: this.file, lines: this.draft.lines });
    this.draft = newDraft();
    return this.flush();
  }

  private flush(): RawArticle[] {
    const out = this.out;
    this.out = [];
    return out;
  }

  private take(item: Pending): void {
    if (item.formFeed) {
      // Note: a form feed separates articles even when text shares its line (`\fHeadline`).
      this.strays.push({ text: '\f', line: item.line, role: 'separator', gap: this.blankRun, reason: 'separator' });
      this.afterSeparator = true;
      if (item.text === '') return;
    }
    if (item.text === '' && item.image === undefined) {
      this.strays.push(counted({ text: '', line: item.line, role: 'blank', gap: 0 }, item));
      this.blankRun++;
      return;
    }
    if (isSeparator(item.text, this.rules)) {
      this.strays.push(counted({ text: item.text, line: item.line, role: 'separator', gap: this.blankRun, reason: 'separator' }, item));
      this.afterSeparator = true;
      this.blankRun = 0;
      return;
    }
    if (this.draft.size > this.maxArticleChars) {
      this.out.push({ file: this.file, lines: this.draft.lines, oversized: true });
      this.draft = newDraft();
    } else if (item.image === undefined ? this.startsArticle(item.text) : this.imageStartsArticle()) {
      this.out.push({ file: this.file, lines: this.draft.lines });
      this.draft = newDraft();
    }
    const draft = this.draft;
    this.takeStrays(draft);
    const found = boilerplateReason(item.text, this.rules);
    let reason = this.furnitureReason(item.text, found);
    const creditOver = this.creditOver;
    this.creditOver = undefined;
    const credit = creditOver === undefined ? this.takePhotoCredit(item.text, found) : undefined;
    if (credit !== undefined) reason = undefined;
    const roled = counted(
      {
        text: item.text,
        line: item.line,
        role: credit !== undefined ? 'credit' : reason ? 'boilerplate' : item.image !== undefined ? this.imageRole(item.text) : this.roleOf(item.text, item.heading),
        gap: this.blankRun,
      },
      item,
    );
    if (creditOver !== undefined) this.takeCreditOver(creditOver, roled);
    if (credit?.side === 'over') this.creditOver = { line: roled, credit: credit.credit, draft };
    if (reason !== undefined) roled.reason = reason;
    if (item.image !== undefined) roled.image = item.image;
    draft.lines.push(roled);
    if (roled.role === 'body') {
      if (draft.bodyLines > 0 && roled.gap > 0) draft.blankSeparatedBody++;
      draft.bodyLines++;
    } else if (roled.role === 'byline' || roled.role === 'date') draft.hasHeader = true;
    draft.content++;
    draft.size += item.text.length;
    draft.lastContent = item.text;
    this.blankRun = 0;
    this.afterSeparator = false;
  }

  /** Moves the stray lines into the draft. Note: a loop, not push(...strays): a million blank lines would overflow the stack. */
  private takeStrays(draft: Draft): void {
    for (const line of this.strays) draft.lines.push(line);
    this.strays = [];
  }

  /** A photo alone on its line starts an article only where any line would: after a separator or a wide gap (a hero image over the headline). */
  private imageStartsArticle(): boolean {
    return this.draft.content > 0 && (this.afterSeparator || this.blankRun >= 2);
  }

  private startsArticle(text: string): boolean {
    const draft = this.draft;
    if (draft.content === 0 || draft.appealLeft > 0) return false;
    if (this.afterSeparator) return true;
    // A scraper's labelled record, after a blank line, starts the next article once this one has its title.
    if (draft.title !== undefined && this.blankRun >= 1 && this.startsRecord(text)) return true;
    // A dump copied link by link: an address alone, after a blank line, set directly over a headline.
    if (draft.hasBody && this.blankRun >= 1 && bareUrl(text) !== undefined && this.headlineNext()) return true;
    if (this.blankRun >= 2) {
      // A lone headline followed by a wide gap and then body text is one article, not two.
      // So is a story's header (perhaps a tabloid's bullet points over it), a wide gap under it (the Daily Mail's).
      const onlyHeader = draft.title !== undefined && (draft.content === 1 || (draft.bodyLines <= HEADER_REACH && this.underHeaderLine()));
      // Note: nor does furniture under it (`View comments`) start one.
      return !(onlyHeader && (!isTitleLike(text) || boilerplateReason(text, this.rules) !== undefined));
    }
    if (!draft.hasBody || text === draft.title || !isTitleLike(text) || draft.inKeyEvents || draft.inPanel) return false;
    // On a live page, an entry's headline over its time and date (Reuters'): the page's, not the next story's, but for
    // the next live page's own.
    if (draft.live && this.entryNext(text)) return false;
    // The scraped-page signature: the headline printed again a few lines on. Note: not furniture printed in every
    // story (`Ad Feedback`).
    // Nor a reaction count (a post's `142` likes, printed again over its closing share button), nor an outlet's name
    // printed over every story (Kurdistan24's), nor a header's line.
    // Nor a photo's caption with its credit printed twice under the story's byline or date line (`… (Israel Police)`).
    if (this.repeatsAhead(text)) {
      const repeated =
        boilerplateReason(text, this.rules) === undefined &&
        !isCount(text) &&
        !isOutletName(text) &&
        // Nor a byline or date line the next story prints too (the same writer, the same day), nor names set as a
        // byline, over the date line or the place filed from (Balkan Insight's `Jane Doe` over `Belgrade`).
        !isHeaderLine(text) &&
        !(isNamesLine(text) && (isDatedLine(this.nextText() ?? '') || this.placeThenDate())) &&
        !this.captionInBody(text) &&
        !(this.underHeaderLine() && splitCredit(text) !== undefined) &&
        // Nor a photo's credit alone, printed again under its viewer's controls (NPR's), nor the writer's name printed
        // again in their box under the story (CBC's `ABOUT THE AUTHOR` over it), the next story theirs too.
        creditAlone(text) === undefined &&
        text !== draft.bylineNames &&
        !this.uncreditedCaption(text);
      // Note: names printed again ahead (the next story the same writer's) may still open a story's header (below).
      if (repeated || !isNamesLine(text)) return repeated;
    }
    // Another: a headline set directly over its byline (`By …`) or its date line, after a blank line (a wire
    // service's pages copied one after another, a blank line between them). Note: once the story has more than a
    // standfirst; and names over a date line are a byline without its `By` (see bylineWithoutBy), not a headline.
    if (this.blankRun >= 1 && draft.bodyLines > 1 && this.headerNext() && !isNamesLine(text)) return true;
    // Another: a headline set directly over a paragraph that opens with a dateline (`MOSCOW, November 28. /TASS/. …`),
    // after a blank line: a story's first paragraph, never a subheading's.
    if (this.blankRun >= 1 && draft.bodyLines > 1 && this.datelineNext()) return true;
    // Or a blank line apart, as a wire's stories copied one after another with a blank line between every two lines
    // are, perhaps with a standfirst or byline between: then only under a paragraph that ended its sentence or a
    // wire's credits (not under a headline of its own), and the dateline names an agency (`CAIRO, March 4 (Reuters) -`),
    // which opens a story and no section of one.
    // So too a headline over its header a few short lines on (see headerAhead: Politico's kicker, headline, standfirst and
    // byline; The Straits Times' caption and `Updated` over the date; the Daily Mail's bullet points, a blank line, the
    // byline; Yahoo's copies: a blank line, the writer's name over the date line), under a story that ended.
    // Note: a wire's credits or furniture (`Advertisement`) are asked first, as those lines are many and the look ahead
    // costly; but a short line of capitals, a logo's shape, may be the next story's kicker (TechCrunch's `AI`).
    if (
      this.blankRun >= 1 &&
      draft.bodyLines > 1 &&
      !WIRE_CREDITS.test(text) &&
      notFurniture(boilerplateReason(text, this.rules)) &&
      this.endedStory() &&
      (this.headerAhead(text) || this.agencyDatelineAhead() || this.headlineUnderDate(text) || this.namesOverDateAndHeadline(text))
    ) {
      return true;
    }
    // Another: a page's own title (`Headline - Site`) set directly over the headline alone.
    if (this.blankRun >= 1 && siteSuffix(text, this.queue.at(0)?.text ?? '') !== undefined) return true;
    // A dump whose paragraphs are single lines uses the blank line between articles: a headline set
    // directly on top of its first paragraph, after a blank line, starts the next article. Note: not under a byline
    // or date line: a page copied whole sets its subheadings (`What has changed?`) over prose a blank line apart, and
    // such a dump's stories carry no header (or the next one's would start it, above).
    return this.blankRun >= 1 && draft.bodyLines >= 2 && draft.blankSeparatedBody === 0 && !draft.hasHeader && this.headlineOverProse(text);
  }

  /**
   * Why a line is page furniture (its rules' `found` reason, or what the lines around it tell: a count under a share
   * button, a menu above the headline, a text size control, a footer's links, readers' comments, a video's title, an
   * inline link's headline), or undefined. Note: keeps what the next lines need to know (the footer, the comments, the
   * link label, the menu's run).
   */
  private furnitureReason(text: string, found: DropReason | undefined): DropReason | undefined {
    const draft = this.draft;
    if ((draft.inPanel || text.length === PANEL_HEADING_LENGTH) && this.inPanel(text)) return 'navigation';
    if ((draft.appealLeft > 0 || text.startsWith(APPEAL_START) || text.startsWith(THANKS_START)) && this.inAppeal(text)) return 'navigation';
    // Note: a site logo (`TT`) follows a headline; before one, a short line of capitals is the headline or a kicker,
    // but a site's name in words (`Gulf News`) over it is its masthead, a logo.
    let reason = found === 'logo' && draft.title === undefined ? undefined : found;
    // A news database's export, told at the first line (its publication may stand over the headline) or the headline.
    if (draft.content === 0) draft.exported = this.exportFieldsAhead();
    // Under the headline, an agency's capitals (`QNA`) are its byline, not a logo: where a byline can stand.
    if (reason === 'logo' && !draft.hasBody && draft.bylineNames === undefined && this.agenciesAsByline(text)) reason = undefined;
    reason ??= this.outletReason(text);
    if (draft.exported) reason = this.exportFieldReason(text, reason);
    // The blurb under a newsletter's `Discover more from …` or a writer's follower count (`1.2K followers`).
    if (reason === undefined && draft.blurbNext && this.blankRun === 0 && text.length <= BLURB_MAX) reason = 'navigation';
    draft.blurbNext = false;
    if (reason === undefined && draft.shareTitleNext && this.blankRun === 0 && text.length <= 120 && isTitleLike(text)) reason = 'share';
    draft.shareTitleNext = found === 'share' && SHARE_OR_COMMENT.test(text);
    // The length of the story's audio under its `Listen` button (Bloomberg's `3:15`), and the player's controls under
    // it (NPR's `Listen · 3:45` over `3:45`, `Toggle more options`, `Download`, `Embed`, `Transcript`).
    const audio = reason === undefined && draft.audioNext && this.blankRun === 0 && (AUDIO_LENGTH.test(text) || PLAYER_CONTROL.test(text));
    if (audio) reason = 'navigation';
    draft.audioNext = audio || (found === 'navigation' && LISTEN.test(text));
    // A reaction count (`42` likes, `8` comments) stands over another or over a share button.
    // Or under one (`Comment` over `1,234`), or under Medium's clap bar (`--` over `12` responses).
    if (reason === undefined && isCount(text) && (this.countOrShareNext() || (this.blankRun === 0 && this.underShareButton()))) reason = 'share';
    // Above the headline, a site's menu: a run of section names (`News`, `Sport`, `Business`), one a line.
    // Note: asked of every line above it, for the run counts the menu's own links (`Home`) too.
    if (draft.title === undefined && this.inMenu(text, found) && reason === undefined) reason = 'navigation';
    // A page's text size control: `Text Size` over its sizes, `Small`, `Medium`, `Large`.
    const sizes = reason === undefined && this.textSizes && this.blankRun === 0 && TEXT_SIZE.test(text);
    if (sizes) reason = 'navigation';
    this.textSizes = sizes || (found === 'navigation' && TEXT_SIZE_LABEL.test(text));
    const quote = this.quotes && this.blankRun === 0 && text.length <= 60 && !/[.!?]$/.test(text);
    if (quote && reason === undefined) reason = 'navigation';
    this.quotes = quote || (found === 'navigation' && QUOTES_LABEL.test(text));
    // After a footer heading ("Explore more on these topics"), short lines are topic links to the end of the article.
    if (reason === undefined && draft.inFooter && text.length <= 40 && !/[.!?]$/.test(text)) reason = 'navigation';
    // A paragraph of prose after it: the heading was the header's list of topics (The Telegraph's `Related Topics`
    // over the headline's), not a footer's.
    else if (draft.inFooter && reason === undefined && text.length > 80 && PROSE_END.test(text)) draft.inFooter = false;
    if (reason !== undefined && FOOTER_START.test(text)) draft.inFooter = true;
    // A live page's key events under their heading: its entries' headlines, a line each (perhaps with their ages, `3h
    // ago`), to the first entry's time (`10:45 GMT`), a date line, a byline or prose. Note: printed again over the
    // entries, they start no story.
    const keyEvent = draft.inKeyEvents && reason === undefined && this.keyEvent(text);
    if (keyEvent) reason = 'navigation';
    draft.inKeyEvents = keyEvent || (draft.inKeyEvents && reason !== undefined) || (found === 'navigation' && KEY_EVENTS.test(text));
    draft.live ||= draft.inKeyEvents || (found === 'navigation' && LIVE_MARK.test(text));
    // On a live page, an entry's age over its time (`4h ago`), which says nothing once copied out of the page.
    if (reason === undefined && draft.live && isRelativeDate(text)) reason = 'relative-date';
    // Readers' comments: from their heading, when a comment's furniture or time follows it, to the next story.
    if (!draft.inComments && draft.hasBody && COMMENTS_HEADING.test(text) && this.commentsAhead()) draft.inComments = true;
    if (draft.inComments) return 'comments';
    // An editor's name under the story (Deutsche Welle's `Edited by: …`): the desk's credit, not the writer's byline.
    if (reason === undefined && draft.bodyLines > 1 && text.startsWith(EDITED_BY)) reason = 'credit';
    // A writer's box: the line about them is dropped, and their name too, or it is the byline of a story with none.
    // Note: a name is short; most lines of body are not, and end here.
    const inBio = text === draft.bioNext;
    if (reason === undefined && draft.hasBody && (inBio || (text.length <= NAME_MAX && this.authorBio(text)))) {
      if (!inBio && draft.bylineNames === undefined) draft.writer = text;
      else reason = 'author-bio';
      if (inBio) {
        draft.bioNext = draft.bioThen;
        draft.bioThen = undefined;
      }
    } else draft.bioNext = draft.bioThen = undefined;
    // Note: their lines are no longer than a row of links, but for a box's.
    if (this.blankRun > 0) draft.inBox = undefined;
    if (text.length <= LINK_ROW_MAX || draft.inBox !== undefined) reason = this.writersAndBoxes(text, reason);
    // A writer's box under its heading (The Atlantic's `About the Author` over `Derek Thompson is a staff writer …`).
    if (reason === undefined && draft.hasBody && ABOUT_AUTHOR.test(text)) {
      reason = 'author-bio';
      const about = this.queue.at(0)?.text;
      if (about !== undefined && draft.bylineNames !== undefined && nameOpens(about, draft.bylineNames, (end) => about.charCodeAt(end) === 0x20)) draft.bioNext = about;
    }
    if (reason !== undefined && BLURB_OVER.test(text)) draft.blurbNext = true;
    // A video's title under its length (CNBC's `VIDEO 02:34` over `Nvidia's growth outlook`): part of the embed.
    if (reason === undefined && draft.videoTitleNext && this.blankRun === 0 && text.length <= 100 && !/[.!?]$/.test(text)) reason = 'embed';
    draft.videoTitleNext = found === 'embed' && (VIDEO_LENGTH.test(text) || PLAYER_NOTE.test(text));
    // An inline link to another story, its label (`Related article`, `Read more`) set directly over its headline.
    // Note: a label may stand over several links (`Read more from Sky News:`), a headline a line, no blank between;
    // under a label that ends in a colon, a list of them, a blank line apart (Al Arabiya's `Read more:`).
    const linked =
      reason === undefined && draft.linkGap !== undefined && this.blankRun <= draft.linkGap && text.length <= 120 && isTitleLike(text);
    if (linked) reason = 'read-more';
    // Note: an Arabic label (`اقرأ أيضاً`) lists its links as a colon's does.
    if (!linked) draft.linkGap = found === 'read-more' && !/[:|>»-]\s*\S/.test(text) ? (text.endsWith(':') || isArabicLine(text) ? 1 : 0) : undefined;
    return reason;
  }

  /**
   * A page's settings panel, from its heading to its closing control or the first line that is no option (see
   * `panelAhead`): the line is one of its lines. Note: out of `furnitureReason`, as are `writersAndBoxes`, which every
   * line is asked: a larger function is optimised less well, and segmenting took ~15% longer.
   */
  private inPanel(text: string): boolean {
    const draft = this.draft;
    if (draft.inPanel) {
      if (isPanelOption(text)) {
        draft.inPanel = !PANEL_CLOSE.test(text);
        return true;
      }
      draft.inPanel = false;
    }
    if (text.length === PANEL_HEADING_LENGTH && PANEL_HEADING.test(text) && this.panelAhead()) {
      draft.inPanel = true;
      return true;
    }
    return false;
  }

  /**
   * Why a line is a writer's line about themselves or a box's line (ESPN's, HKFP's row of links, The Athletic's, The
   * Conversation's), given its `reason` so far.
   */
  private writersAndBoxes(text: string, found: DropReason | undefined): DropReason | undefined {
    const draft = this.draft;
    let reason = found;
    // The Conversation's boxes (`Author`, `Disclosure statement`, `Partners`), each over its lines to a blank line.
    // Note: first, as a box's line may look like a writer's (its funders' `University of Leeds provides …` under a
    // byline `Jane Roe, University of Leeds`).
    if (reason === undefined) reason = draft.inBox ?? (text.length <= BOX_HEADING_MAX ? (draft.inBox = this.boxAt(text)) : undefined);
    // A line about the byline's writer in the header, under its `Close` button (ESPN's `Jeff Carlisle covers …`) or
    // directly under the byline (Forbes' `Jane Doe covers markets …` under `Forbes Staff.`): their name, a verb.
    if (reason === undefined && !draft.hasBody && draft.bylineNames !== undefined && (draft.lastContent === CLOSE_BUTTON || this.lastContentLine()?.role === 'byline')) {
      // Note: the names without an affiliation after them (The Conversation's `Jane Roe, University of Leeds`).
      if (nameOpens(text, bylineNames(draft.bylineNames), (end) => text.charCodeAt(end) === 0x20 && isAsciiSmall(text.charCodeAt(end + 1)))) reason = 'author-bio';
    }
    // Under the story, a footer's row of links, four or more a bar apart (HKFP's `Support HKFP | Policies & Ethics | …`).
    // Note: a bar first, which few lines hold (a space, which every line holds, made ` | ` a slow search).
    if (reason === undefined && draft.hasBody && text.includes('|') && LINK_ROW.test(text)) reason = 'navigation';
    // A line about the byline's writer alone, the story's last (The Athletic's `Jane Doe is a football writer for …`).
    // Note: the first writer's initial first, as most paragraphs open otherwise.
    if (reason === undefined && draft.bodyLines > 1 && draft.bylineNames?.charCodeAt(0) === text.charCodeAt(0) && this.writerNoteLast(text)) reason = 'author-bio';
    return reason;
  }

  /**
   * Why a line that is a news outlet's name is furniture where it stands: above the headline, its masthead; between
   * the headline and a byline without its `By` (names over the date line), its masthead too (`News24`); under the
   * story, alone before a blank line or furniture, its sign-off (`NHK WORLD-JAPAN`); with the agencies it drew on, a credit
   * (`Daily Sabah with AA`). Else undefined.
   */
  private outletReason(text: string): DropReason | undefined {
    const draft = this.draft;
    // Under the byline and the place filed from, over the date line, perhaps under a standfirst: the masthead (Balkan
    // Insight's `BIRN`).
    if (draft.bodyLines <= 1 && draft.bylineNames !== undefined && this.lastContentLine()?.role === 'dateline' && isOutletName(text) && this.datedFrom(1)) {
      return 'logo';
    }
    if (draft.hasBody) {
      // Note: before a blank line, the end, or furniture (Rudaw's `Rudaw English` over its newsletter prompt).
      const below = this.queue.at(0)?.text ?? '';
      if (isOutletName(text) && (below === '' || boilerplateReason(below, this.rules) !== undefined)) return 'logo';
      return isOutletCredit(text) ? 'credit' : undefined;
    }
    if (!isOutletName(text)) return undefined;
    if (draft.title === undefined) return this.nextText() !== undefined ? 'logo' : undefined;
    // Under the headline, over the byline: names over a date line, or a labelled one (MSN's `Sky News` over `Story by …`).
    if (draft.bylineNames !== undefined) return undefined;
    return this.namesOverDateNext() || BYLINE_START.test(this.queue.at(0)?.text ?? '') ? 'logo' : undefined;
  }

  /**
   * What a news database's export (`Draft.exported`) makes of a line of its header, given the line's `reason` so
   * far: its publication over the date (Nexis: `Arab News`, `Reuters News`, under the headline or, in the older
   * export, over it) or over the source's code (Factiva: over `ARABNW`), which is no byline; Factiva's source code
   * and language. Nexis' `Graphic` marker opens its captions.
   */
  private exportFieldReason(text: string, reason: DropReason | undefined): DropReason | undefined {
    const draft = this.draft;
    if (reason === 'navigation' && text === 'Graphic') draft.inGraphic = true;
    // The older LexisNexis export sets the publication over the date, both over the headline.
    if (draft.title === undefined) return reason === undefined && isDatedLine(this.nextText() ?? '') && !isDatedLine(text) ? 'logo' : reason;
    if (draft.hasBody || (reason !== undefined && reason !== 'logo' && reason !== 'recurring')) return reason;
    if (SOURCE_CODE.test(text) || LANGUAGE_FIELD.test(text)) return 'navigation';
    if (SOURCE_CODE.test(this.queue.at(0)?.text ?? '')) return 'logo';
    return reason === undefined && this.lastContentLine()?.role === 'title' && this.datedFrom(1) ? 'logo' : reason;
  }

  /**
   * Whether the line is one of a run of at least `MENU_RUN` menu items, no blank line between them: section names
   * (`isMenuItem`) or a menu's own links (`Home`, `Skip to content`). Note: a short headline over a byline's names and
   * the writer's post makes three such lines, never four.
   */
  private inMenu(text: string, reason: DropReason | undefined): boolean {
    const draft = this.draft;
    if (draft.menuLeft > 0) {
      draft.menuLeft--;
      return true;
    }
    if (!isMenuItem(text, reason)) return false;
    let run = 1;
    for (let i = 0; i < this.queue.length; i++) {
      const next = (this.queue.at(i) as Pending).text;
      // Note: a menu's items are short; the headline under it, which ends most runs, is not (its rules are not tried).
      if (next === '' || next.length > MENU_ITEM_MAX || !isMenuItem(next, boilerplateReason(next, this.rules))) break;
      run++;
    }
    if (run < MENU_RUN) return false;
    draft.menuLeft = run - 1;
    return true;
  }

  /**
   * Whether the line is a photo's credit alone beside its caption (`creditAlone`), and on which side the caption is:
   * `under` the caption, the line before, which becomes the caption here; or `over` it, the next line. Neither when
   * the caption is not there: a credit alone is then dropped (`credit`) or text, as its rules say.
   */
  private takePhotoCredit(text: string, found: DropReason | undefined): { side: 'under' | 'over'; credit: string } | undefined {
    // Note: a credit's agency may be a logo's capitals (`AFP`); a credit is not looked for above the headline.
    if (this.draft.title === undefined || (found !== undefined && found !== 'credit' && found !== 'logo')) return undefined;
    const alone = creditAlone(text);
    if (alone === undefined) return undefined;
    if (alone.caption === 'below') return this.captionNext() ? { side: 'over', credit: alone.credit } : undefined;
    const draft = this.draft;
    const above = draft.lines[draft.lines.length - 1];
    if (this.blankRun > 0 || above?.role !== 'body' || above.text.length > CAPTION_MAX) return undefined;
    // The line above was taken for body text: it is the caption after all.
    this.notBody(above, 'caption');
    above.credit = alone.credit;
    draft.captions.add(above.text);
    // Note: the credit too, printed again under the photo viewer's controls (NPR's `hide caption`, `toggle caption`).
    draft.captions.add(text);
    return { side: 'under', credit: alone.credit };
  }

  /**
   * Over a caption whose credit is run into it (Deutsche Welle's `… before the voteImage: …`), the photo's alt text set
   * directly above it (`Friedrich Merz and Olaf Scholz in a TV studio`), taken for body text: the photo's words again.
   */
  private altTextAbove(): void {
    const draft = this.draft;
    const above = draft.lines[draft.lines.length - 1];
    if (this.blankRun > 0 || above?.role !== 'body' || above.text.length > ALT_TEXT_MAX || ENDED_PARAGRAPH.test(above.text)) return;
    this.notBody(above, 'caption-repeat');
  }

  /** A line taken for body text is not, but `role`: the counts of the draft's body lines are taken back. */
  private notBody(line: RoledLine, role: Role): void {
    const draft = this.draft;
    line.role = role;
    draft.bodyLines--;
    if (draft.bodyLines > 0 && line.gap > 0) draft.blankSeparatedBody--;
    draft.hasBody = draft.bodyLines > 0;
  }

  /** The very next line (no blank between) could be a caption: short text, not furniture, a byline or a date line. */
  private captionNext(): boolean {
    const next = this.queue.at(0);
    if (next === undefined || next.text === '' || next.formFeed || next.image !== undefined || next.text.length > CAPTION_MAX) return false;
    const text = next.text;
    return (
      !isSeparator(text, this.rules) &&
      boilerplateReason(text, this.rules) === undefined &&
      matchByline(text) === undefined &&
      !isDatedLine(text) &&
      creditAlone(text) === undefined
    );
  }

  /** The line under a credit over its caption: the caption, with the credit; or, if it cannot be, the credit is dropped. */
  private takeCreditOver(creditOver: { line: RoledLine; credit: string; draft: Draft }, line: RoledLine): void {
    if (creditOver.draft === this.draft && (line.role === 'body' || line.role === 'heading') && line.gap === 0) {
      // Note: the line is not counted as body yet; roleOf took it for the first body line if none came before.
      line.role = 'caption';
      line.credit = creditOver.credit;
      this.draft.captions.add(line.text);
      this.draft.hasBody = this.draft.bodyLines > 0;
      return;
    }
    creditOver.line.role = 'boilerplate';
    creditOver.line.reason = 'credit';
  }

  /**
   * Up to two more labels after this one (the next line is one), then a headline of three words or more (a label's
   * words are few; under `Obituary`, `Jane Smith` and `Novelist`, `1950-2026` is no headline).
   */
  private crumbsOverHeadline(): boolean {
    // Note: a glyph may stand between the crumbs on a line of its own (The Verge's `Tech`, `/`, `Apple`).
    const ahead: string[] = [];
    for (let nth = 1; ahead.length < 3 && nth <= 6; nth++) {
      const next = this.nextText(nth);
      if (next === undefined) break;
      if (!CRUMB_GLYPH_LINE.test(next)) ahead.push(next);
    }
    for (let i = 0; i < 2; i++) {
      const crumb = ahead[i];
      const after = ahead[i + 1];
      if (crumb === undefined || after === undefined || !isKicker(crumb)) return false;
      if (this.couldBeHeadline(after, crumb)) return after.split(' ').length >= 3;
    }
    return false;
  }

  /** The very next line (no blank between) reads like a headline. */
  private headlineNext(): boolean {
    const next = this.queue.at(0)?.text;
    return next !== undefined && next !== '' && isTitleLike(next);
  }

  /** The very next line (no blank between) is a byline with its `By`, or a date line that writes a date, or an agency's or outlet's name over one. */
  private headerNext(): boolean {
    const next = this.queue.at(0)?.text;
    // Note: most lines under a title-like one are paragraphs, longer than either can be, and end here.
    if (next === undefined || next.length > HEADER_LINE_MAX) return false;
    if (isHeaderLine(next)) return true;
    // An agency's or outlet's name alone over the date line, as a page that republishes a story sets it (Dawn's
    // `Reuters`), the place perhaps between them (Daily Sabah's `DAILY SABAH`, `ISTANBUL`).
    return (isAgencies(next) || isOutletName(next)) && this.datedFrom(2);
  }

  /**
   * A story's header a few lines on: a byline with its `By`, a date line that writes a date, or names, an agency's or an
   * outlet's name or a date's label set directly over one (an agency or outlet over a byline too). Between the headline
   * and its header may stand up to `HEADER_REACH` short lines set directly under it (a kicker's headline, a standfirst, a
   * caption, a tabloid's bullet points), and then one blank line, but no paragraph longer than a standfirst.
   */
  private headerAhead(headline: string): boolean {
    let i = 0;
    // A breadcrumb trail's glyph lines and the crumbs under them count to no reach (The Verge's `Tech`, `/`, `Apple`).
    let crumbs = 0;
    for (let text = this.queue.at(0)?.text; text !== undefined && text !== ''; text = this.queue.at(++i)?.text) {
      if (CRUMB_GLYPH_LINE.test(text)) {
        crumbs += 2;
        continue;
      }
      // Note: names directly over a date line are a byline without its `By` (see bylineWithoutBy), not a headline.
      if (this.headerAt(i, text)) return i > 0 || !(isNamesLine(headline) && isDatedLine(text));
      if (text.length > STANDFIRST_MAX || i - crumbs >= HEADER_REACH || isSeparator(text, this.rules)) return false;
    }
    const text = this.queue.at(i + 1)?.text;
    return this.queue.at(i)?.text === '' && text !== undefined && text !== '' && this.headerAt(i + 1, text);
  }

  /**
   * The line is a date line set over a headline (perhaps a kicker between), itself directly over a byline, its label
   * alone, or (under a kicker) prose: a story whose header opens with its date (UN News' `4 March 2025` over `Peace and
   * Security` over the headline, PBS NewsHour's `Politics Mar 4, 2025 3:12 PM EST` over the headline and `By —`).
   * Note: not on a live page, whose entries set their time over their headlines.
   */
  private headlineUnderDate(text: string): boolean {
    let next = this.queue.at(0)?.text;
    // Note: most lines asked are a paragraph over a blank line, and end here, before the date line's patterns.
    if (next === undefined || next === '' || this.draft.live || text.length > HEADER_LINE_MAX) return false;
    const dated = hasDigit(text) ? headerDateLine(text) : undefined;
    if (dated === undefined) return false;
    // Perhaps a line of furniture under the date (GhanaWeb's `Source: www.ghanaweb.com`).
    const skip = boilerplateReason(next, this.rules) === undefined ? 0 : 1;
    next = this.queue.at(skip)?.text ?? '';
    const kicker = isKicker(next);
    const headline = kicker ? this.queue.at(skip + 1)?.text : next;
    const under = this.queue.at(skip + (kicker ? 2 : 1))?.text;
    if (headline === undefined || under === undefined || !isTitleLike(headline) || headline.split(' ').length < 3 || isHeaderLine(headline)) return false;
    // Or names, a photo's caption under the headline (GhanaWeb's `President John Dramani Mahama`), when furniture stood
    // between date and headline.
    if (isHeaderLine(under) || BYLINE_LABEL_ALONE.test(under) || (skip === 1 && isNamesLine(under))) return true;
    // Note: over prose, only with a kicker between, or the outlet named before the date (Kyodo News'): a timeline's
    // entry sets its date over the event and its account.
    return (kicker || dated.outlet !== undefined) && under.length > headline.length && PROSE_END.test(under);
  }

  /**
   * The line `i` ahead (`text`) opens a story's header (see headerAhead), or is its address alone under its headline
   * and standfirst (Deutsche Welle's short link), not under a line that introduces it (`The report is here:`).
   * Note: a header's line is short; most lines ahead are paragraphs, and end here.
   */
  private headerAt(i: number, text: string): boolean {
    if (text.length > HEADER_LINE_MAX) return false;
    if (isHeaderLine(text)) return true;
    if (i >= 1 && bareUrl(text) !== undefined) return !(this.queue.at(i - 1) as Pending).text.endsWith(':');
    const under = this.queue.at(i + 1)?.text ?? '';
    // An agency's or outlet's name over its byline too (MSN's `Sky News` over `Story by Tom Ellis`).
    // Or over the page's age (Kurdistan24's `3 hours ago`).
    if (isAgencies(text) || isOutletName(text)) return isDateOrAge(under) || matchByline(under) !== undefined;
    // A day with no year over the outlet (Yle's `4.3. 15:12` over `Yle News`); names and the date on one line
    // (L'Orient Today's `Jane Doe, 04 March 2025 15:12`).
    if ((isYearlessDate(text) && isOutletName(under)) || splitBareByline(text) !== undefined) return true;
    // The Straits Times' `Updated` over its date.
    return (isNamesLine(text) || dateLabelKind(text) !== undefined) && isDateOrAge(under);
  }

  /**
   * The last two lines of content were short lines of body without a sentence's end: items of a list, as the line may
   * be. Note: two, for a live page sets one short line (`10:45 GMT`) over each entry's heading.
   */
  private underListItem(): boolean {
    return isListItem(this.lastContentLine()) && isListItem(this.lastContentLine(2));
  }

  /** A news database's fields under the headline (Nexis: `Length: 312 words`, then `Body` over the story). */
  private exportFieldsAhead(): boolean {
    for (let i = 0; i < this.queue.length; i++) {
      const { text } = this.queue.at(i) as Pending;
      if (text.endsWith(' words') && WORD_COUNT_FIELD.test(text)) return true;
    }
    return false;
  }

  /** The next lines are names over a date line: a byline without its `By`. */
  private namesOverDateNext(): boolean {
    return isNamesLine(this.nextText() ?? '') && isDatedLine(this.nextText(2) ?? '');
  }

  /**
   * Under the story, a writer's box: their name alone over a line about them that opens with it (CBS' `Kathryn Watson`
   * over `Kathryn Watson is a politics reporter …`, Deutsche Welle's `Jane Doe` over `Jane Doe Reporter covering …`),
   * or a byline's name over their post and a line that opens with their first name (Ars Technica's `Jennifer
   * Ouellette` over `Senior Writer` over `Jennifer is a senior writer …`).
   * Note: a byline's name, or a line that ends no sentence (a post): a profile's name over its first sentence is text.
   */
  private authorBio(text: string): boolean {
    const about = this.queue.at(0)?.text;
    if (about === undefined) return false;
    const byline = this.draft.bylineNames?.includes(text) ?? false;
    if (about.startsWith(text) && about.charCodeAt(text.length) === 0x20 && about.length <= CAPTION_MAX && isNamesLine(text)) {
      if (!byline && ENDED_PARAGRAPH.test(about)) return false;
      this.draft.bioNext = about;
      return true;
    }
    if (!byline) return false;
    const first = text.slice(0, text.indexOf(' ') + 1);
    if (postThenFirstName(text, about, first)) {
      this.draft.bioNext = about;
      return true;
    }
    const below = this.queue.at(1)?.text;
    if (below === undefined) return false;
    if (first === '' || !below.startsWith(first) || below.length > CAPTION_MAX || !BYLINE_POST.test(about)) return false;
    this.draft.bioNext = about;
    this.draft.bioThen = below;
    return isNamesLine(text);
  }

  /**
   * An appeal's box under the story, from its heading to its closing control (The Moscow Times' `A Message from The
   * Moscow Times:` over `Dear readers,`, its paragraphs and `Continue`; DutchNews' `Thank you for donating to
   * DutchNews.nl.` to `Make a donation`): the line is one of its lines. Note: out of
   * `furnitureReason`, as `inPanel` is.
   */
  private inAppeal(text: string): boolean {
    const draft = this.draft;
    if (draft.appealLeft > 0) {
      draft.appealLeft--;
      return true;
    }
    if (!draft.hasBody || !APPEAL_HEADING.test(text)) return false;
    draft.appealLeft = this.appealLength();
    return draft.appealLeft > 0;
  }

  /**
   * How many lines follow an appeal's heading to its closing control (`Continue`), that one included, when it comes
   * within the lines waiting; 0 when it does not (the box, its heading too, is then left as text).
   */
  private appealLength(): number {
    let lines = 0;
    for (let i = 0; i < this.queue.length; i++) {
      const { text } = this.queue.at(i) as Pending;
      if (text === '') continue;
      lines++;
      if (APPEAL_CLOSE.test(text)) return lines;
    }
    return 0;
  }

  /**
   * Under a settings panel's heading, its options: every line waiting is one (`isPanelOption`), to its closing control
   * if it comes (Ars Technica's `Text settings` over `Story text`, `Size`, `Small`, `Standard`, …, `Minimize to nav`).
   */
  private panelAhead(): boolean {
    let options = 0;
    for (let i = 0; i < this.queue.length; i++) {
      const { text } = this.queue.at(i) as Pending;
      if (text === '') continue;
      if (!isPanelOption(text)) return false;
      if (PANEL_CLOSE.test(text)) break;
      options++;
    }
    return options >= PANEL_OPTIONS_MIN;
  }

  /**
   * Why the line and the lines under it, to a blank line, are furniture, when it is the heading of one of The
   * Conversation's boxes: `Author` (or `Authors`) over the writer's name and post, and `Disclosure statement` over
   * theirs (`author-bio`); `Partners` over the funders, under a disclosure (`credit`). Else undefined.
   * Note: a box's heading is a short line, and a box has a line under it.
   */
  private boxAt(text: string): DropReason | undefined {
    const below = this.queue.at(0)?.text;
    if (text.length > BOX_HEADING_MAX || below === undefined || below === '') return undefined;
    if (text === DISCLOSURE_HEADING) return 'author-bio';
    if (text === 'Author' || text === 'Authors') return isNamesLine(below) ? 'author-bio' : undefined;
    return text === 'Partners' && this.draft.lines.some((line) => line.text === DISCLOSURE_HEADING) ? 'credit' : undefined;
  }

  /**
   * The line says what the byline's writer does (`Jane Doe is a football writer for …`), a blank line or the end under
   * it. Note: a sentence about them inside the story goes on to the next line, or names no post.
   */
  private writerNoteLast(text: string): boolean {
    const below = this.queue.at(0)?.text;
    if ((below !== undefined && below !== '') || text.length > CAPTION_MAX) return false;
    // Note: the names first (most paragraphs open with none of them), then the patterns, which scan the whole line.
    return nameOpens(text, this.draft.bylineNames as string, (end) => text.startsWith(' is ', end)) && ENDED_PARAGRAPH.test(text) && WRITER_POST.test(text);
  }

  /** The line is set directly under the story's one line of body, itself directly under the headline: its standfirst. */
  private underStandfirst(): boolean {
    const lines = this.draft.lines;
    const above = lines[lines.length - 1];
    return this.draft.bodyLines === 1 && this.blankRun === 0 && above?.role === 'body' && above.gap === 0 && lines[lines.length - 2]?.role === 'title';
  }

  /**
   * On a live page, the line is an entry's headline: title-like, directly over a date line, and no live page's own
   * headline, nor a header's line (a byline, a date line or its label).
   */
  private entryNext(text: string): boolean {
    const next = this.queue.at(0)?.text;
    if (next === undefined || !isTitleLike(text) || LIVE_TITLE.test(text) || !isDatedLine(next)) return false;
    return !isHeaderLine(text) && dateLabelKind(text) === undefined;
  }

  /** The last line was a share button, or Medium's `--` over its count of responses. */
  private underShareButton(): boolean {
    const above = this.draft.lines[this.draft.lines.length - 1];
    return above?.reason === 'share' || (above?.reason === 'separator' && above.text === '--');
  }

  /** A headline in a live page's key events: short, no sentence, no time or date line or byline. */
  private keyEvent(text: string): boolean {
    return text.length <= KEY_EVENT_MAX && !PROSE_END.test(text) && !TIME_ONLY.test(text) && !isHeaderLine(text);
  }

  /**
   * The story so far ends as a story does: its last line of content (its tags aside) ended its sentence, or is a wire's
   * credits, its sources (`(FRANCE 24 with AFP)`, CNA's `Source: CNA/jd`), a byline or a labelled link under it.
   */
  private endedStory(): boolean {
    const line = this.lastContentLine(1, true);
    // A byline under the story is its sign-off (the writer's name in Deutsche Welle's box); a labelled link under it
    // (Nature's `doi: …`) ends it too.
    if (line?.role === 'byline' || line?.role === 'url') return true;
    const last = line?.text ?? '';
    return ENDED_PARAGRAPH.test(last) || WIRE_CREDITS.test(last) || isSourcesCredit(last) || (last.startsWith(SOURCE_LABEL) && SOURCE_SIGN_OFF.test(last));
  }

  /** The very next line (no blank between) opens with a dateline. */
  private datelineNext(): boolean {
    const next = this.queue.at(0)?.text;
    return next !== undefined && next !== '' && matchDateline(next) !== undefined;
  }

  /**
   * A paragraph a few lines ahead, every two lines a blank line apart, opens with a dateline that names its agency in
   * parentheses or slashes (`CAIRO, March 4 (Reuters)`, `MOSCOW, November 28. /TASS/`): the next line, or the one
   * after a standfirst, a byline or a date line (up to two short lines).
   */
  private agencyDatelineAhead(): boolean {
    for (let i = 0, between = 0; i + 1 < this.queue.length && between <= 2; i += 2, between++) {
      const next = (this.queue.at(i + 1) as Pending).text;
      if ((this.queue.at(i) as Pending).text !== '' || next === '') return false;
      // Note: the agency's mark first, as most paragraphs have none near their start, and the dateline's pattern is costly.
      if (AGENCY_MARK.test(next.slice(0, DATELINE_REACH)) && AGENCY_MARK.test(matchDateline(next) ?? '')) return true;
      if (next.length > STANDFIRST_MAX) return false;
    }
    return false;
  }

  /** From the `nth` line ahead that is not blank: a date line that writes a date, or a place alone (`ISTANBUL`) over one. */
  private datedFrom(nth: number): boolean {
    const line = this.nextText(nth) ?? '';
    return isDatedLine(line) || (isPlaceLine(line) && isDatedLine(this.nextText(nth + 1) ?? ''));
  }

  /** A `Title:` line, or the first of a run of record fields (`URL:`, `Date:`, …) that holds one. */
  private startsRecord(text: string): boolean {
    if (labelledTitle(text) !== undefined) return true;
    if (!RECORD_FIELD.test(text)) return false;
    for (let i = 0; i < this.queue.length; i++) {
      const item = this.queue.at(i) as Pending;
      if (labelledTitle(item.text) !== undefined) return true;
      if (!RECORD_FIELD.test(item.text)) return false;
    }
    return false;
  }

  /** A headline-like line whose very next line (no blank between) starts a sentence of prose. */
  private headlineOverProse(text: string): boolean {
    const next = this.queue.at(0)?.text;
    if (next === undefined || next === '' || text.length > 120 || SENTENCE_BREAK.test(text)) return false;
    return /^["“‘'(]?[\p{Lu}\p{N}]/u.test(next) && /[.!?"”’)]$/.test(next) && next.length > text.length;
  }

  private repeatsAhead(text: string): boolean {
    return this.repeatAt(text) !== -1;
  }

  /** Where in the lookahead the line is printed again, or -1. */
  private repeatAt(text: string): number {
    for (let i = 0; i < this.queue.length; i++) if ((this.queue.at(i) as Pending).text === text) return i;
    return -1;
  }

  /**
   * The caption (without its credit) of a photo set over the headline: a line with a credit printed twice, the
   * headline under it printed twice too (`Riyadh at dusk (AFP)` twice, then the headline twice). Else undefined.
   */
  private heroCaption(text: string): string | undefined {
    if (this.nextText() !== text) return undefined;
    const credited = creditedCaption(text);
    const headline = this.nextText(2);
    return credited !== undefined && headline !== undefined && isTitleLike(headline) && headline === this.nextText(3) ? credited.caption : undefined;
  }

  /**
   * A photo's caption with its credit, printed twice inside the story (as its headline is at the top), the story
   * going on under it. Over another headline, it is the next story's photo.
   */
  private captionInBody(text: string): boolean {
    if (creditedCaption(text) === undefined) return false;
    for (let i = this.repeatAt(text) + 1; i < this.queue.length; i++) {
      const after = (this.queue.at(i) as Pending).text;
      if (after !== '') return !isTitleLike(after);
    }
    return true;
  }

  /**
   * A photo's caption without its credit, printed twice in a row inside a story that has a header (the Daily Mail's
   * `Firefighters tackle the blaze …` twice between paragraphs): a headline printed twice so would start a story from
   * the same site, whose header would follow it, and none is ahead.
   */
  private uncreditedCaption(text: string): boolean {
    if (!this.draft.hasHeader || this.queue.at(0)?.text !== text) return false;
    for (let i = 1; i < this.queue.length; i++) {
      const ahead = (this.queue.at(i) as Pending).text;
      if (ahead.length > HEADER_LINE_MAX) continue;
      // A byline or date line, names or an agency, or a source line (`Riyadh - Asharq Al-Awsat`).
      if (isHeaderLine(ahead) || isNamesLine(ahead) || isAgencies(ahead) || isOutletName(ahead) || sourceLine(ahead) !== undefined || arabicSource(ahead) !== undefined) {
        return false;
      }
    }
    return true;
  }

  /**
   * Names over the date line, perhaps the section between, then the headline (Wired's `Will Knight` over `Business`
   * over `Mar 11, 2025 3:12 PM`): the byline, set above the headline, its names taken. The headline is longer than the
   * names, title-like, and no header line itself. Note: out of `roleOf`, which grew past what V8 optimises well.
   */
  private bylineOverHeadline(text: string): boolean {
    if (!this.namesOverDateAndHeadline(text)) return false;
    this.draft.bylineNames = bylineNames(text);
    return true;
  }

  /**
   * The line is names over the date line, perhaps a kicker between, then a headline (see `bylineOverHeadline`): a
   * story's header, which starts it a blank line under the story before (Scroll's under Notes from Poland's).
   */
  private namesOverDateAndHeadline(text: string): boolean {
    if (text.length > NAME_MAX) return false;
    const next = this.nextText();
    if (next === undefined) return false;
    const kicker = isKicker(next);
    const date = kicker ? this.nextText(2) : next;
    const headline = this.nextText(kicker ? 3 : 2);
    // Note: the names are asked last, for most stories' first line is a headline in title case, as names look.
    if (date === undefined || headline === undefined || headline.length <= text.length || !isTitleLike(headline) || !isDatedLine(date)) return false;
    return !isHeaderLine(headline) && !isNamesLine(headline) && isNamesLine(text);
  }

  /**
   * Under the line after next, the story's header: its byline or date line, perhaps a standfirst over them (Der
   * Spiegel's). Asked of a short line in title case that would be a kicker over that headline.
   */
  private headerUnderHeadline(): boolean {
    const under = this.nextText(2);
    if (under === undefined) return false;
    if (isHeaderLine(under)) return true;
    const below = this.nextText(3);
    return PROSE_END.test(under) && under.length <= STANDFIRST_MAX && below !== undefined && isHeaderLine(below);
  }

  /** After a kicker comes the headline: longer, title-like, and not a byline, date line, caption or boilerplate. */
  private couldBeHeadline(next: string, kicker: string): boolean {
    return (
      next.length > kicker.length &&
      isTitleLike(next) &&
      // A sentence break inside is prose (a wrapped paragraph), not a headline.
      !SENTENCE_BREAK.test(next) &&
      !isKicker(next) &&
      matchByline(next) === undefined &&
      splitBareByline(next) === undefined &&
      matchDateLine(next) === undefined &&
      splitCredit(next) === undefined &&
      !hasUnclosedCredit(next) &&
      boilerplateReason(next, this.rules) === undefined &&
      // Names over a date line are the byline: the short line above them is the headline.
      !(isNamesLine(next) && isDatedLine(this.nextText(2) ?? ''))
    );
  }

  /**
   * Before the body, a byline without its "By": a line of names set above a date line (or a blog's `Follow` button,
   * or the writer's `@handle`) or under one (`underDateLine`), agencies' names over or under a date line, or a
   * newsroom's `… staff`. Above means directly, or with one blank line between, as in a copy that sets every line
   * apart.
   */
  private bylineWithoutBy(text: string): boolean {
    const next = this.nextPastBlank();
    // Note: a standfirst may stand between headline and byline, so one body line is allowed before it.
    if (this.draft.bodyLines > 1 || next === undefined) return false;
    // A news agency's name alone over the date is the byline of a story a page republishes. The BBC sets the writer's
    // post or outlet directly under the names (`Jane Smith` over `BBC News, Cardiff`).
    // Names with the writer's post or outlet after them (`Sajila Saseendran, Senior Reporter`) are a byline anywhere
    // in the header.
    // Note: the post's pattern (with every agency's name, ~1.5 ms to compile) only under a line of names.
    // Or the outlet's name over the date line (USA Today's `Jane Doe` over `USA TODAY` over `Published …`).
    const postNext = (): boolean => next === this.queue.at(0)?.text && (BYLINE_POST.test(next) || (isOutletName(next) && this.datedFrom(2)));
    // A newsroom's own byline (`MEE staff`) needs no date under it.
    if (isStaffByline(text)) return true;
    const overCount = this.draft.exported && WORD_COUNT_FIELD.test(next);
    // Note: or over a date's label, the date under it (The Straits Times' `Lydia Lam` over `Updated`).
    const labelNext = (): boolean => dateLabelKind(next) !== undefined && isDatedLine(this.nextText(2) ?? '');
    // Or over a reading time over the date (news.com.au's `Jane Doe` over `3 min read` over `March 4, 2025 - 3:12PM`).
    if (
      isNamesLine(text) &&
      (isDateOrAge(next) || overCount || this.placeThenDate() || /^(?:follow|@\w{1,30})$/i.test(next) || postNext() || labelNext() || bylineNames(text) !== text || this.underDateLine() || this.readingTimeThenDate(next))
    ) {
      return true;
    }
    return this.agenciesAsByline(text);
  }

  /** The line above (no blank between) is the byline, or its names printed again under it (Fortune's). */
  private underBylineLine(): boolean {
    const lines = this.draft.lines;
    if (lines.length === 0) return false;
    const above = lines[lines.length - 1] as RoledLine;
    return above.role === 'byline' || (above.role === 'duplicate' && above.text === this.draft.bylineNames);
  }

  /** `next` is a reading time (`3 min read`) over a date line. Note: a reading time is short and says `min`. */
  private readingTimeThenDate(next: string): boolean {
    return next.length <= READING_TIME_MAX && next.includes('min') && boilerplateReason(next, this.rules) === 'navigation' && isDateOrAge(this.nextText(2) ?? '');
  }

  /**
   * Agencies' names (`Reuters`, `KYODO, JIJI`, `QNA`) set as a byline: over or under a date line, or under the headline
   * (printed once or twice). An outlet's name (`DAILY SABAH`) only over the date line, the place perhaps between, or
   * over the first paragraph's dateline: under the headline alone it may be the site's logo.
   */
  private agenciesAsByline(text: string): boolean {
    const next = this.nextPastBlank();
    if (this.draft.bodyLines > 1 || next === undefined) return false;
    // Note: or over a paragraph that opens with a dateline (Sudan Tribune's `November 28, 2026 (KHARTOUM) – …`).
    // Note: or over its age (Kurdistan24's `3 hours ago`).
    // Or under the date line (Yle's `Yle News`).
    if (!isAgencies(text)) return isOutletName(text) && (this.datedFrom(1) || this.datelineNext() || isDateOrAge(next) || this.underDateLine());
    const above = this.lastContentLine()?.role;
    return isDatedLine(next) || this.underDateLine() || above === 'title' || above === 'title-repeat';
  }

  /**
   * The next lines are the place filed from (a city of the list), perhaps the outlet, then a date line: Balkan Insight's
   * `Belgrade` over `BIRN` over `March 4, 2025`, under the writer's names.
   */
  private placeThenDate(): boolean {
    const place = this.queue.at(0)?.text;
    if (place === undefined || place.length > PLACE_NAME_MAX || !DATELINE_CITIES.has(place.toLowerCase())) return false;
    return this.datedFrom(2) || (isOutletName(this.nextText(2) ?? '') && this.datedFrom(3));
  }

  /** The next line, or the one after it when the next is blank (a copy that sets every line apart). */
  private nextPastBlank(): string | undefined {
    return this.queue.at(0)?.text === '' ? this.queue.at(1)?.text : this.queue.at(0)?.text;
  }

  /**
   * The last line so far that is not blank or furniture (or the `nth` last), as `nextText` looks ahead; with `tagsAside`,
   * not tags either, nor a line printed again under them (the New York Post's date).
   */
  private lastContentLine(nth = 1, tagsAside = false): RoledLine | undefined {
    const lines = this.draft.lines;
    let seen = 0;
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i] as RoledLine;
      if (line.role !== 'blank' && line.role !== 'boilerplate' && !(tagsAside && (line.role === 'tags' || line.role === 'duplicate')) && ++seen === nth) return line;
    }
    return undefined;
  }

  /** The last line that is not blank or furniture is a byline or a date line. */
  private underHeaderLine(): boolean {
    const role = this.lastContentLine()?.role;
    return role === 'byline' || role === 'date';
  }

  /**
   * Before any body text but a standfirst, the last line that is not furniture was a date line: NPR sets the writer's
   * names under the date (and its `Heard on Morning Edition`). Or a day with no year (Yle's `4.3. 15:12` over `Yle News`).
   */
  private underDateLine(): boolean {
    // Note: perhaps a standfirst over the date line (Swissinfo's, over `Keystone-SDA`).
    if (this.draft.bodyLines > 1) return false;
    const line = this.lastContentLine();
    return line?.role === 'date' && (isDatedLine(line.text) || isYearlessDate(line.text));
  }

  /** The next line of text is a count too, or a share button. */
  private countOrShareNext(): boolean {
    const next = this.nextText();
    return next !== undefined && (isCount(next) || boilerplateReason(next, this.rules) === 'share');
  }

  /**
   * Whether one of the next four lines is a comment section's furniture (`Sort by: Newest`, `Reply`) or a comment's
   * time, before any of the story's own paragraphs: a count of comments in a header the copy did not read as one (Japan
   * Today's `3 Comments` under its date) stands over the story, with the page's `Join the discussion` under it.
   */
  private commentsAhead(): boolean {
    for (let nth = 1; nth <= 4; nth++) {
      const text = this.nextText(nth);
      if (text === undefined) return false;
      if (COMMENTS_FURNITURE.test(text) || isRelativeDate(text)) return true;
      if (nth === 1 && text.length > STORY_PARAGRAPH_MIN && ENDED_PARAGRAPH.test(text)) return false;
    }
    return false;
  }

  /** The next non-blank line of the lookahead (or the `nth` one), if any. */
  private nextText(nth = 1): string | undefined {
    let seen = 0;
    for (let i = 0; i < this.queue.length; i++) {
      const { text } = this.queue.at(i) as Pending;
      if (text !== '' && ++seen === nth) return text;
    }
    return undefined;
  }

  /** An image alone on its line (a Markdown dump's): a photo, its text the caption; the same caption again is a repeat. */
  private imageRole(caption: string): Role {
    if (caption !== '' && this.draft.captions.has(caption)) return 'caption-repeat';
    if (caption !== '') this.draft.captions.add(caption);
    return 'caption';
  }

  /** The role of a content line that is not boilerplate, given what the article has so far. */
  private roleOf(text: string, heading = false): Role {
    const draft = this.draft;
    // An address alone above the headline, or in the header under it (a read-later app's export), is the article's.
    // Note: or directly under a standfirst directly under the headline (Deutsche Welle's short link, `https://p.dw.com/p/…`).
    if (labelledUrl(text) !== undefined || ((draft.title === undefined || !draft.hasBody || this.underStandfirst()) && bareUrl(text) !== undefined)) return 'url';
    if (draft.title === undefined) {
      // Note: perhaps the section before the date (PBS NewsHour's `Politics Mar 4, 2025 3:12 PM EST`).
      if (isRelativeDate(text) || (hasDigit(text) && headerDateLine(text) !== undefined)) return 'date';
      // A photo over the headline, its caption printed twice as the headline then is (see heroCaption).
      if (draft.captions.has(text)) return 'caption-repeat';
      const hero = this.heroCaption(text);
      if (hero !== undefined) {
        draft.captions.add(text);
        draft.captions.add(hero);
        return 'caption';
      }
      const names = draft.bylineNames === undefined ? matchByline(text) : undefined;
      if (names !== undefined) {
        draft.bylineNames = names;
        return 'byline';
      }
      if (draft.bylineNames === undefined && this.bylineOverHeadline(text)) return 'byline';
      // A kicker or section label (`WORLD`, `Sport`) printed above the headline.
      const next = this.nextText();
      // An editor's note set above the headline (`Editor's note: This story has been updated.`): the story's first
      // paragraph, and the headline still to come. Over a date line, it is the headline of a correction's notice.
      if (EDITORS_NOTE.test(text) && next !== undefined && isTitleLike(next) && !EDITORS_NOTE.test(next) && !isDatedLine(next)) return 'body';
      // Note: a label in a script without capitals only over a headline printed twice (see isUncasedLabel).
      const label =
        isKicker(text) ||
        breadcrumbSection(text) !== undefined ||
        (isUncasedLabel(text) && next !== undefined && next === this.nextText(2)) ||
        (isTitleCaseKicker(text) && this.headerUnderHeadline());
      if (!draft.hasSection && next !== undefined) {
        // Note: perhaps the date between them (Nature's `NEWS` over `04 March 2025` over the headline).
        const headline = label && isDatedLine(next) ? this.nextText(2) : next;
        if (label && headline !== undefined && this.couldBeHeadline(headline, text)) {
          draft.hasSection = true;
          return 'section';
        }
        // Labels stacked, the section over its subsection (`News` over `India News`), perhaps the site's name over
        // them (`South China Morning Post` over `China` over `Politics`): a breadcrumb trail, a line a crumb.
        if ((label || isMasthead(text)) && this.crumbsOverHeadline()) return 'section';
      }
      draft.title = labelledTitle(text) ?? text;
      // A live page told by its headline (Reuters' `Live: …`, `… - live updates`).
      if (LIVE_TITLE.test(draft.title)) draft.live = true;
      // Note: asked again only when the headline is not the story's first line, where it was asked (furnitureReason).
      if (draft.content > 0) draft.exported ||= this.exportFieldsAhead();
      return 'title';
    }
    if (draft.tagsLeft > 0) {
      // The story's date again under them, in digits (the New York Post's `3/4/25` under `Filed under` and its tags).
      if (this.blankRun === 0 && SHORT_NUMERIC_DATE.test(text)) {
        draft.tagsLeft = 0;
        return 'duplicate';
      }
      if (this.blankRun === 0 && isTagItem(text)) {
        draft.tagsLeft--;
        return 'tags';
      }
      draft.tagsLeft = 0;
    }
    const below = this.queue.at(0)?.text;
    if (isTagsLabel(text) && below !== undefined && below !== '' && isTagItem(below)) {
      draft.tagsLeft = TAG_LIST_MAX;
      return 'tags';
    }
    if (draft.inGraphic) {
      draft.captions.add(text);
      return 'caption';
    }
    if (text === draft.title) return 'title-repeat';
    // A page's own title (`Headline - Site`) above the headline alone: the headline is the title, the page's title
    // a repeat of it. The other way round, the page's title after the headline is the repeat.
    if (!draft.hasBody && siteSuffix(draft.title, text) !== undefined) {
      for (const line of draft.lines) if (line.role === 'title') line.role = 'title-repeat';
      draft.title = text;
      return 'title';
    }
    if (siteSuffix(text, draft.title) !== undefined) return 'title-repeat';
    if (draft.captions.has(text)) return 'caption-repeat';
    const next = this.nextText();
    const repeatedNext = next === text;
    // A photo's caption without its credit printed twice in a row (see uncreditedCaption): the photo, then its words again.
    if (repeatedNext && draft.hasBody && this.uncreditedCaption(text)) {
      draft.captions.add(text);
      return 'caption';
    }
    // A photo as two labelled lines, `Image source, …` above `Image caption, …`: the source line is the caption's credit.
    // Note: only the caption counts for repeats; one agency often credits several photos.
    if (IMAGE_SOURCE.test(text) && next !== undefined && IMAGE_CAPTION.test(next)) return 'caption';
    if (IMAGE_CAPTION.test(text) || isLabelledCaption(text)) {
      draft.captions.add(text);
      return 'caption';
    }
    // Xinhua's `Source: Xinhua` in the header: the agency is the byline.
    if (!draft.hasBody && draft.bylineNames === undefined) {
      const agency = sourceAgency(text);
      if (agency !== undefined) {
        draft.bylineNames = agency;
        return 'byline';
      }
    }
    // A source line whose agency is in parentheses (`Doha, Qatar (QNA)`), as a caption's credit would be.
    if (!draft.hasBody && draft.bylineNames === undefined && text.endsWith(')')) {
      const source = sourceLine(text);
      if (source !== undefined) {
        draft.bylineNames = source.name;
        return 'byline';
      }
    }
    const credit = splitCredit(text);
    // Note: a caption needs its credit. In the header (or, run on after the caption, directly under its byline or
    // date line, as El País' photo stands under a standfirst) any trailing parentheses will do, but a date line's
    // (Corriere della Sera's `28 novembre 2026 (modifica il … | 11:05)`); in the body they must read like a credit, or
    // the line must be printed twice (the scraped-page signature).
    const runOn = credit !== undefined && this.underHeaderLine() && gapBefore(text, credit) <= 1;
    if (credit !== undefined && (!draft.hasBody || repeatedNext || runOn || (looksLikeCredit(credit.credit) && !isSourcesCredit(text))) && !isDatedLine(text)) {
      // The caption printed again without its credit (a page's photo alt text under its captioned figure) is a repeat too.
      draft.captions.add(text);
      draft.captions.add(credit.caption);
      if (gapBefore(text, credit) === 0 && GLUED_IMAGE_LABEL.test(credit.credit)) this.altTextAbove();
      return 'caption';
    }
    // `By …` (or `Author: …`) gives the names; a line of names alone is a byline only where bylineWithoutBy says so,
    // and names before a date on one line (`TOI News Desk / TIMESOFINDIA.COM / Updated: Nov 27, 2026`) before the body
    // or under its standfirst (Ars Technica's `Jennifer Ouellette – Mar 4, 2025 3:12 PM | 47`).
    const labelled = BYLINE_START.test(text);
    const unlabelled = labelled || (draft.hasBody && (draft.bodyLines !== 1 || !this.underStandfirst())) ? undefined : unlabelledByline(text);
    // Or in parentheses under the story (Focus Taiwan's `(By Jane Doe and John Smith)`).
    const inParentheses = !labelled && draft.hasBody ? bylineInParentheses(text) : undefined;
    const signed = inParentheses === undefined ? undefined : matchByline(inParentheses);
    const names = labelled ? matchByline(text) : (signed ?? unlabelled?.name);
    if (draft.bylineNames === undefined) {
      // A byline's label alone over the names (PBS NewsHour's `By —` over `Lisa Desjardins`; GOV.UK's `From:` over
      // its department): the byline's first line.
      if (labelled && names === undefined && BYLINE_LABEL_ALONE.test(text) && next !== undefined && isNamesLine(next)) return 'byline';
      if (text === FROM_LABEL && (!draft.hasBody || this.underStandfirst()) && next !== undefined && next.length <= NAME_LIST_MAX && !PROSE_END.test(next)) return 'byline';
      const label = draft.lastContent ?? '';
      const underLabel =
        !labelled && this.blankRun === 0 && label.length <= FROM_LABEL.length && (label === FROM_LABEL || BYLINE_LABEL_ALONE.test(label)) && this.lastContentLine()?.role === 'byline';
      if (names !== undefined || text === draft.writer || underLabel || (!labelled && this.bylineWithoutBy(text))) {
        // Note: names alone, without what a page prints after them (CBC's `Jane Doe · CBC News ·`).
        draft.bylineNames = names ?? bylineNames(text);
        return 'byline';
      }
    } else if (
      names === draft.bylineNames ||
      // Note: or directly under the byline (Fortune's `By Jane Doe` over `Jane Doe`).
      (text === draft.bylineNames && (draft.hasBody || this.lastContentLine()?.role === 'byline')) ||
      (draft.hasBody && withEmail(text, draft.bylineNames))
    ) {
      // The byline printed again under the story (`Written by Jane Doe`, the names alone, or with the writer's address:
      // The Korea Times' `Jane Doe jane@koreatimes.co.kr`): a repeat.
      return 'duplicate';
    } else if (unlabelled?.rest !== undefined) {
      // Under the byline, the outlet and the date (`Philippine Daily Inquirer / 05:05 AM November 28, 2026`): the byline's
      // tail, which gives the date. A place and the date (`NAIROBI, KENYA | 28 November 2026`) are a date line.
      return matchDateLine(text)?.place !== undefined ? 'date' : 'byline';
    }
    // The writer's outlet or post on the line under the byline (AP: `By JANE SMITH` over `Associated Press`, USA Today's
    // `USA TODAY`): part of it.
    // Or its source (SBS News' `Source: SBS News`).
    // Note: or under the names printed again (Fortune's `By Jane Doe` over `Jane Doe` over `Finance reporter`).
    if (this.blankRun === 0 && this.underBylineLine() && (BYLINE_POST.test(text) || isOutletName(text) || sourceOutlet(text))) {
      return 'byline';
    }
    // `2 hours ago` alone in the header: the page's relative date (the normalizer drops it, for it dates nothing).
    if (!draft.hasBody && isRelativeDate(text)) return 'date';
    if (!draft.hasBody && DATELINE_LABEL.test(text)) return 'dateline';
    // `Section: Business` under the headline (the normalizer takes it when no label above it gave the section).
    if (!draft.hasBody && SECTION_LINE.test(text)) {
      draft.hasSection = true;
      return 'section';
    }
    // A time alone under the date line (Factiva's `27 November 2026` over `15:42 GMT`): part of the date.
    // Note: perhaps under a standfirst (Balkan Insight's `March 4, 2025` over `16:12`).
    if (draft.bodyLines <= 1 && !draft.live && TIME_ONLY.test(text) && this.lastContentLine()?.role === 'date') return 'date';
    // A place alone in capitals under the byline or date line, or over the date line (perhaps the outlet between:
    // Hürriyet's `ANKARA` over `Hürriyet Daily News`), before the body: where the story was filed from.
    // Or over a day with no year (Japan Today's `TOKYO` over `Mar. 21 05:12 pm JST`).
    if (
      !draft.hasBody &&
      next !== undefined &&
      isPlaceLine(text) &&
      (this.underHeaderLine() || this.datedFrom(1) || (isOutletName(next) && this.datedFrom(2)) || isYearlessDate(next))
    ) {
      return 'dateline';
    }
    // A known city in words, directly under the header over the text, perhaps under a standfirst (The Kathmandu Post's
    // `Kathmandu` under its date lines).
    if (draft.bodyLines <= 1 && this.blankRun === 0 && next !== undefined && this.underHeaderLine() && DATELINE_CITIES.has(text.toLowerCase())) {
      return 'dateline';
    }
    // `Published` on its own line, its date on the next.
    if (dateLabelKind(text) !== undefined && next !== undefined && isDatedLine(next)) return 'date';
    const dateLine = matchDateLine(text);
    if (dateLine !== undefined && (hasDigit(text) || RELATIVE_DATE.test(dateLine.value))) {
      if (!(draft.live && this.lastContentLine()?.role === 'heading')) return 'date';
      // On a live page, a date under an entry's headline is the entry's: it stays in the text, as an entry's time does.
      draft.hasBody = true;
      return 'body';
    }
    // A day with no year under the headline (Japan Today's `Mar. 21 05:12 pm JST`): the header's date line, which
    // gives no date (the normalizer drops it as a relative date).
    if (!draft.hasBody && isYearlessDate(text)) return 'date';
    if (matchTagsLine(text) !== undefined) return 'tags';
    if (text === draft.lastContent) return 'duplicate';
    // The section printed again in the header (NDTV's `India News` over the headline and under the byline), or there
    // alone, over the date line.
    if (draft.bodyLines <= 1 && isKicker(text)) {
      if (draft.hasSection && draft.lines.some((line) => line.role === 'section' && line.text === text)) return 'duplicate';
      if (!draft.hasSection && this.underHeaderLine() && next !== undefined && isDatedLine(next)) {
        draft.hasSection = true;
        return 'section';
      }
    }
    // A Markdown dump's heading is one whatever its shape; else not the last of a list's items, short lines of body
    // with no full stop (`Key points:` over them).
    if ((draft.hasBody || draft.live) && (heading || (isSubheading(text, next) && !this.underListItem()) || (draft.live && this.entryNext(text)))) return 'heading';
    draft.hasBody = true;
    return 'body';
  }
}

/** A line of body short and without a sentence's end: an item of a list, as the line may be. */
function isListItem(line: RoledLine | undefined): boolean {
  return line?.role === 'body' && line.text.length <= LIST_ITEM_MAX && !/[.!?:"”’)]$/.test(line.text);
}

/** A `Tags` label's list is at most this long: a page's tags are a handful, and a longer run of short lines is text. */
const TAG_LIST_MAX = 30;

/** A caption whose parenthesised credit reads like one (`… in Riyadh (SPA)`), as a headline's parentheses do not. */
function creditedCaption(text: string): { caption: string; credit: string } | undefined {
  const credited = text.endsWith(')') ? splitCredit(text) : undefined;
  return credited !== undefined && looksLikeCredit(credited.credit) ? credited : undefined;
}

/** A live page's headline: `Live: …`, `… live: …`, `… - live updates`. */
const LIVE_TITLE = /^live:|\blive:|[-–—|] live(?: updates)?$/i;
/** A writer's box's heading. */
const ABOUT_AUTHOR = /^about the authors?$/i;
/**
 * A sentence's end inside a line, a capital after it: prose, not a headline. Note: not an initial's full stop (`L.A.
 * County approves …`, `U.S. Senate votes …`).
 */
const SENTENCE_BREAK = /[.!?](?<!(?:^|[\s.])\p{Lu}[.!?])["”’]? \p{Lu}/u;
/** A story's source under it, perhaps its editor's initials after a slash (CNA's `Source: CNA/jd`). */
const SOURCE_SIGN_OFF = /^Source: [A-Z][A-Za-z&. -]{1,40}(?:\/[a-z]{1,5})*$/;
/** The names, then an email address alone after them. */
function withEmail(text: string, names: string): boolean {
  return text.length > names.length && text.startsWith(names) && text.charCodeAt(names.length) === 0x20 && EMAIL.test(text.slice(names.length + 1));
}
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

/** `Source: SBS News`: an outlet's name after the label. */
function sourceOutlet(text: string): boolean {
  return text.startsWith(SOURCE_LABEL) && isOutletName(text.slice(SOURCE_LABEL.length));
}
const SOURCE_LABEL = 'Source: ';

/**
 * One of a byline's names opens the line, and `then` holds where that name ends (an index into `text`): the writer's box,
 * ESPN's and Forbes' line about the writer, The Athletic's. Note: a byline of one name, most of them, is not split.
 */
function nameOpens(text: string, names: string, then: (end: number) => boolean): boolean {
  const opens = (name: string): boolean => text.startsWith(name) && then(name.length);
  return names.includes(',') || names.includes(' and ') ? names.split(NAMES_JOIN).some(opens) : opens(names);
}

/** A footer's row of links: four or more short ones, each opening with a capital, a bar apart, no label among them. */
const LINK_ROW = /^[A-Z][^|:]{0,39}(?: \| [A-Z][^|:]{0,39}){3,}$/;
/** The longest such row, and so the longest line `writersAndBoxes` is asked of outside a box. */
const LINK_ROW_MAX = 400;
/** A writer's post, as a line about them names it (see `writerNoteLast`). */
const WRITER_POST = /\b(?:writer|reporter|correspondent|editor|columnist|journalist|contributor)\b/i;
/** How long the line under GOV.UK's `From:` may be (its departments and ministers). */
const NAME_LIST_MAX = 160;
/** A city's name is no longer than this (see `placeThenDate`). */
const PLACE_NAME_MAX = 30;
/** A pop-up's control, over what it shows (ESPN's writer's box). */
const CLOSE_BUTTON = 'Close';
/** An appeal's box under the story (see `appealLength`): its heading and its closing control. */
const APPEAL_START = 'A Message from ';
/** DutchNews' box under every story, from `Thank you for donating to DutchNews.nl.` to `Make a donation`. */
const THANKS_START = 'Thank you for donating to ';
const APPEAL_HEADING = /^(?:A Message from [\w .'’&-]{2,40}:|Thank you for donating to [\w .'’&-]{2,40}\.)$/;
const APPEAL_CLOSE = /^(?:continue|support us|donate|make a donation)$/i;
/** A page's settings panel (see `panelAhead`): its heading, its closing control, its fewest options and longest. */
const PANEL_HEADING = /^text settings$/i;
/** Its heading's length: asked before the pattern, since every line is asked. */
const PANEL_HEADING_LENGTH = 'text settings'.length;
const PANEL_CLOSE = /^minimize to nav$/i;
const PANEL_OPTIONS_MIN = 3;
const PANEL_OPTION_MAX = 30;

/** A settings panel's option (`Small`, `Width *`, `* Subscribers only`): short, and no sentence. */
function isPanelOption(text: string): boolean {
  return text.length <= PANEL_OPTION_MAX && !PROSE_END.test(text);
}
/** A breadcrumb trail's glyph on a line of its own, between two crumbs (see `crumbsOverHeadline`). */
const CRUMB_GLYPH_LINE = /^[/|>›»]$/;
/** The Conversation's box of the writer's interests, over which its funders' box may stand (see `boxAt`). */
const DISCLOSURE_HEADING = 'Disclosure statement';
/** The longest heading of The Conversation's boxes (`Disclosure statement`; see `boxAt`). */
const BOX_HEADING_MAX = 20;
/** A `Listen` button, and the length of the audio it plays (`3:15`). */
const LISTEN = /^listen(?: · \d{1,2}:\d{2})?$/i;
/** An audio player's controls under its button, as NPR's page prints them. */
const PLAYER_CONTROL = /^(?:toggle more options|download|embed|transcript)$/i;
const AUDIO_LENGTH = /^\d{1,2}:\d{2}$/;
/** An editor's credit starts so: `Edited by: Wesley Dockery`. */
const EDITED_BY = 'Edited by';
/** A writer's name alone (see `authorBio`) is no longer than this (characters; `isNamesLine` asks the same). */
const NAME_MAX = 80;
/** A credit run into its caption (`…voteImage: Michael Kappeler/dpa`): its label. */
const GLUED_IMAGE_LABEL = /^Image: /;
/** A photo's alt text is no longer than this (characters). */
const ALT_TEXT_MAX = 120;
/** A caption is no longer than this (characters); a line beside a photo's credit that is longer is body text. */
const CAPTION_MAX = 300;
/** The longest reading time (`12 minutes to read`). */
const READING_TIME_MAX = 24;
/** A date in digits, its year in two (`3/4/25`). */
const SHORT_NUMERIC_DATE = /^\d{1,2}\/\d{1,2}\/\d{2}$/;
/** How long a writer's post before their name may be, in a box's line about them (see `authorBio`). */
const POST_MAX = 50;
/** What a writer's box says of them after their name: `has four years experience`, `covers …`, `is a …`. */
const BIO_VERB = /^(?:has|is|covers|writes|reports|joined)\b/;

/** A site's name over its labels: up to four capitalised words (`South China Morning Post`), only over more labels. */
function isMasthead(text: string): boolean {
  return text.length <= 40 && /^\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*){0,3}$/u.test(text);
}

/** How many menu items in a row, above the headline, make a menu (see `inMenu`). */
const MENU_RUN = 4;

/**
 * A site menu's item: a section name of up to three words (`Science & Tech`; not a date line's label, `Published`,
 * nor a byline, `By Jane Doe`),
 * which may be a logo's capitals (`UK`, `US`), or a menu's own link.
 */
function isMenuItem(text: string, reason: DropReason | undefined): boolean {
  if (reason !== undefined && reason !== 'logo') return reason === 'navigation';
  return text.length <= MENU_ITEM_MAX && MENU_ITEM.test(text) && dateLabelKind(text) === undefined && !BYLINE_START.test(text);
}
const MENU_ITEM_MAX = 30;
// Note: a full stop only in an abbreviation (`U.S.`), never after a word (`One.`).
const MENU_ITEM = /^\p{Lu}[\p{L}\p{N}&'’.-]*(?: [\p{L}\p{N}&'’.-]+){0,2}(?<=(?:^|[\s.])\p{Lu}\.|[^.])$/u;

/** A reaction count (`COUNT`). Note: tried on every line; most start with no digit. */
function isCount(text: string): boolean {
  return isAsciiDigit(text.charCodeAt(0)) && COUNT.test(text);
}

/** `2 hours ago`, `yesterday` (see RELATIVE_DATE). Note: the pattern tried only on a line short enough to be one. */
function isRelativeDate(text: string): boolean {
  return text.length <= 40 && RELATIVE_DATE.test(text);
}

/** A line of a story's header: a byline with its label (`By …`), or a date line that writes a date. */
function isHeaderLine(text: string): boolean {
  return matchByline(text) !== undefined || isDatedLine(text);
}

/**
 * A date line, or a page's age where its date line stands (`3 hours ago`, `Published 7 hours ago`), which dates
 * nothing but tells a byline over it all the same.
 */
function isDateOrAge(text: string): boolean {
  return isDatedLine(text) || isRelativeDate(text);
}

/**
 * How many characters stand between a line's caption and its credit: none when the credit is run into it (`… on
 * Tuesday.Claudio Álvarez`), one for a space (`… on Tuesday. Stephen Yang`), more for a mark (`… (AFP)`).
 */
function gapBefore(text: string, credit: { caption: string; credit: string }): number {
  return text.length - credit.caption.length - credit.credit.length;
}

/**
 * The line under a writer's name (`text`, first name `first` with its space) is about them, their post then their first
 * name and what they do (Punch's `Jane Doe` over `The PUNCH Journalist, Jane has four years experience …`).
 */
function postThenFirstName(text: string, about: string, first: string): boolean {
  if (first === '' || !about.startsWith('The ') || about.length > CAPTION_MAX || !isNamesLine(text)) return false;
  const named = about.indexOf(`, ${first}`);
  return named > 0 && named <= POST_MAX && ENDED_PARAGRAPH.test(about) && BIO_VERB.test(about.slice(named + first.length + 2));
}

/** No rule took the line for furniture, or only for a logo's shape (a short line of capitals, perhaps a kicker). */
function notFurniture(reason: DropReason | undefined): boolean {
  return reason === undefined || reason === 'logo';
}

/** A Published/Updated line, or a bare date line, that writes a date (the digits say so). */
function isDatedLine(text: string): boolean {
  return matchDateLine(text) !== undefined && hasDigit(text);
}

/** A digit, ASCII or Arabic-Indic: a date line that writes a date has one. */
function hasDigit(text: string): boolean {
  return DIGIT.test(text);
}
const DIGIT = /[\d٠-٩]/;

/** The line with the count of control characters cleaning took from it, when there were any. Note: set, not spread in: a spread costs a copy per line. */
function counted(line: RoledLine, item: Pending): RoledLine {
  if (item.controlChars > 0) line.controlChars = item.controlChars;
  return line;
}

/**
 * The captions of an article so far, to know one printed again.
 * Note: most lines asked about are body text, never a caption, and hashing a paragraph to look it up in a set costs
 * a pass over it (3% of a conversion): a line whose length no caption has is not looked up.
 */
class Captions {
  private readonly texts = new Set<string>();
  private readonly lengths = new Set<number>();

  has(text: string): boolean {
    return this.lengths.has(text.length) && this.texts.has(text);
  }

  add(text: string): void {
    this.texts.add(text);
    this.lengths.add(text.length);
  }
}

function newDraft(): Draft {
  return {
    lines: [],
    title: undefined,
    captions: new Captions(),
    content: 0,
    hasBody: false,
    bylineNames: undefined,
    hasHeader: false,
    tagsLeft: 0,
    hasSection: false,
    bodyLines: 0,
    blankSeparatedBody: 0,
    size: 0,
    inFooter: false,
    inComments: false,
    inKeyEvents: false,
    live: false,
    videoTitleNext: false,
    linkGap: undefined,
    lastContent: undefined,
    menuLeft: 0,
    blurbNext: false,
    shareTitleNext: false,
    audioNext: false,
    bioNext: undefined,
    bioThen: undefined,
    writer: undefined,
    inBox: undefined,
    inPanel: false,
    appealLeft: 0,
    exported: false,
    inGraphic: false,
  };
}

/** Segments a complete list of lines: the convenience form for tests and small inputs. */
export function segment(lines: Iterable<Line>, file = '-', rules: SegmentRules = NO_RULES): RawArticle[] {
  const segmenter = new Segmenter(file, rules);
  return [...segmenter.push([...lines]), ...segmenter.end()];
}
