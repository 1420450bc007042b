/**
 * What a single line looks like, judged on its own text. The segmenter adds
 * the context (position in the article, repeats) that decides its role.
 *
 * Every pattern here is anchored and free of nested unbounded quantifiers, so
 * it runs in time linear in the line; the few that need structure (captions,
 * datelines) scan by hand or look only at a bounded prefix.
 */
import type { DropReason } from '../model.js';
import { ARABIC_MONTH_NAMES, ARABIC_WEEKDAY_NAMES, INTL_LOCALES, INTL_MONTH_NAMES, INTL_WEEKDAY_NAMES, type IntlLocale, weekdayNames } from '../months.js';
import { DATELINE_CITIES } from './places.js';

/** Patterns a user adds to the built-in ones (`boilerplate` and `separators` in the config file). */
export interface SegmentRules {
  boilerplate: readonly RegExp[];
  separators: readonly RegExp[];
}

export const NO_RULES: SegmentRules = { boilerplate: [], separators: [] };

/** A line that separates articles: `* * *`, `***`, `---`, `===`, `___`, `~~~`, `###`, `§`, a form feed, or a user's pattern. */
export function isSeparator(text: string, rules: SegmentRules = NO_RULES): boolean {
  return /^(?:([*=_~#-])(?: ?\1){2,}|§+|\f+|End of Document|\d+ of \d+ DOCUMENTS?)$/.test(text) || rules.separators.some((pattern) => pattern.test(text));
}

/**
 * The heading of a page footer (topic links follow it to the end of the article),
 * or of a news release's contacts; itself dropped as navigation.
 */
const FOOTER_HEADING = "(?:explore more on (?:these|this) topics?|discover more from [\\w&.'’ -]{1,60}|(?:related |suggested )?topics ?:?|more on this story|(?:media|press|investor) (?:contacts?|enquiries|inquiries):?)";

/** A link of a page's footer row. */
const FOOTER_LINK =
  '(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|cookies?(?: policy| settings)?|collection notice|contact(?: us)?|about(?: us)?|help|accessibility|sitemap|careers|advertise|imprint|corrections and clarifications|submit a news tip)';

/**
 * What a line starts with, for choosing the rules worth trying on it: its
 * leading ASCII letters in lower case (`Advertisement` → `advertisement`,
 * `Credit...Jane Doe` → `credit`, `you're` → `you`), else its first character
 * (`@`, `©`, `←`, a digit, `👁`).
 */
export function startKey(text: string): string {
  // Note: the segmenter asks for one line's start several times in a row: the last answer is kept.
  if (text === lastText) return lastKey;
  let end = 0;
  for (; end < text.length; end++) {
    if (!isAsciiSmall(text.charCodeAt(end) | 0x20)) break;
  }
  const first = end > 0 ? undefined : text.codePointAt(0);
  lastKey = end > 0 ? text.slice(0, end).toLowerCase() : first === undefined ? '' : String.fromCodePoint(first);
  lastText = text;
  return lastKey;
}
let lastText = '';
let lastKey = '';

/** A pattern tried only on lines of the given starts (see `startKey`); `pattern` is the pattern itself. */
export interface ByStart {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
  readonly pattern: RegExp;
}

/**
 * `pattern`, tried only on lines whose start (`startKey`) is one of `starts`
 * (space-separated), which must be the start of every line it matches: most
 * lines then skip it, and a dump whose lines never start so never compiles it.
 * With `glued`, the start need only begin with one of them, for a label that
 * may run into what follows it (`PublishedMarch 5, 2024`). A property test
 * holds each to its pattern.
 */
export function byStart(starts: string, pattern: RegExp, { glued = false } = {}): ByStart {
  const keys = new Set(starts.split(' '));
  // Note: a glued start is checked by its first character first, then against the keys that begin with it: no string is cut.
  const byFirst = new Map<number, string[]>();
  for (const key of keys) {
    for (const code of codesOf(key.charAt(0))) byFirst.set(code, [...(byFirst.get(code) ?? []), key]);
  }
  const may = glued
    ? (text: string): boolean => {
        const candidates = byFirst.get(text.charCodeAt(0));
        if (candidates === undefined) return false;
        const start = startKey(text);
        for (const key of candidates) if (start.startsWith(key)) return true;
        return false;
      }
    : (text: string): boolean => keys.has(startKey(text));
  const gated: ByStart = {
    test: (text) => may(text) && pattern.test(text),
    exec: (text) => (may(text) ? pattern.exec(text) : null),
    pattern,
  };
  BY_START_PATTERNS.push(gated);
  return gated;
}

/** Every pattern made by `byStart`, for the property test that holds each to its pattern. */
export const BY_START_PATTERNS: ByStart[] = [];

const DIGITS = '0 1 2 3 4 5 6 7 8 9';

/**
 * A pattern made the first time it is used. Note: a pattern is parsed as it is
 * made, at start for one at the top of a module, and one with `\p{…}` costs
 * 0.1–0.5 ms: those that only some dumps need (bylines, agencies' credits) wait.
 */
function lazily(make: () => RegExp): () => RegExp {
  let pattern: RegExp | undefined;
  return () => (pattern ??= make());
}

/** The character codes of `chars` in either case, for `firstIn` and the glued gates of `byStart`. */
function codesOf(chars: string): ReadonlySet<number> {
  return new Set([...chars.toLowerCase(), ...chars.toUpperCase()].map((char) => char.charCodeAt(0)));
}

/**
 * Whether the text's first character is one of `codes`, which must hold the first
 * character of every line a pattern matches: the pattern is then tried (and
 * compiled) only for lines that start so. No string made: this runs on every line.
 */
function firstIn(text: string, codes: ReadonlySet<number>): boolean {
  return codes.has(text.charCodeAt(0));
}

export interface BoilerplateRule {
  reason: DropReason;
  /**
   * The start (`startKey`) of every line the rule matches, space-separated, or
   * `*` for lines that may start any way. A rule is tried only on lines that
   * start so: most short lines try none of the large patterns, and a dump whose
   * lines never start so never compiles them (a large pattern costs 1–2 ms to
   * compile, and the rules together ~12 ms, which was a small dump's start-up).
   * A property test holds the index to trying every rule in order.
   */
  starts: string;
  /** The line's shape. */
  pattern: RegExp;
  /** What the rule tests, when it is more than the pattern: a cheap guard first, or a check after it. */
  test?: (text: string) => boolean;
  /**
   * A site's standing note of a sentence or two under every story: the rule is tried on lines longer than
   * `BOILERPLATE_MAX` too, up to `LONG_NOTE_MAX` (no other rule is). Never for lines of any start.
   */
  long?: boolean;
}

/** Boilerplate is a short line: longer lines try only the rules for standing notes (`BoilerplateRule.long`). */
export const BOILERPLATE_MAX = 160;
export const LONG_NOTE_MAX = 600;

/** Whether the rule matches the line. */
export function ruleMatches(rule: BoilerplateRule, text: string): boolean {
  return rule.test === undefined ? rule.pattern.test(text) : rule.test(text);
}

/**
 * A footer's row of links (`Privacy ∙ Terms ∙ Collection notice`). Note: tried only on a line with one of the
 * glyphs between them; the pattern, the costliest of all to compile (3 ms), is then compiled for few dumps.
 */
const FOOTER_ROW = new RegExp(`^${FOOTER_LINK}(?: ?[∙·•|] ?${FOOTER_LINK})+(?: ?[∙·•|])?$`, 'i');
const FOOTER_ROW_GLYPH = /[∙·•|]/;

/** `AFP via Getty Images`: a photo's credit alone. */
const VIA_GETTY = /^\S+(?: \S+){0,3} via Getty Images$/;
const VIEWS_DISCLAIMER =
  /^(?:disclaimer: ?)?(?:the )?(?:views|opinions) expressed (?:.{1,120}? )?are (?:solely )?(?:their|the (?:writer|author|columnist)s?['’]?s?|his|her) own(?:,? .{1,40}?)? do(?:es)? not necessarily (?:reflect|represent)(?:[ ,.;].{0,200})?$/i;
const NECESSARILY = / necessarily /i;
const SAID = /\bsaid\b/i;
/** A writer's photo by its alt text: `Kelly Clarke author image`. */
const AUTHOR_IMAGE = /^\p{Lu}[\p{L}'’.-]*(?: [\p{L}'’.-]+){0,3} author image$/u;

/**
 * The field that tells a news database's export: its word count under the headline (Nexis' `Length: 312 words`, the
 * older export's `LENGTH: 312 words`, Factiva's `312 words`).
 */
export const WORD_COUNT_FIELD = /^(?:Length: |LENGTH: )?\d[\d,]* words$/;

/** A news database's export's fields: Nexis' `Length: 312 words`, `Load-Date: …`, `Body`, Factiva's `312 words`, `Document …`. */
const EXPORT_FIELDS =
  /^(?:(?:Length: )?\d[\d,]* words|Document [A-Za-z0-9]{15,40}|Load-Date: .{1,60}|Body|Graphic|Classification|Language: [A-Z][A-Za-z; ]{1,40}|(?:Publication|Document)-Type: .{1,60}|Section: [^;]{1,60}(?:; (?:Version|Pg\.|Page): ?.{1,20})+)$/;
/** The older LexisNexis export's fields, their labels in capitals. */
const CAPITAL_FIELDS =
  /^(?:LENGTH: \d[\d,]* words|LOAD-DATE: .{1,60}|LANGUAGE: [A-Z; ]{2,40}|(?:PUBLICATION|DOCUMENT)-TYPE: .{1,60}|SECTION: .{1,80}|(?:SUBJECT|INDUSTRY|GEOGRAPHIC|PERSON|COMPANY|ORGANIZATION|TICKER|CITY|STATE|COUNTRY): .{1,600})$/;

/** A news database's index terms under a story, their relevance after each (`Subject: TOURISM (90%); INVESTMENT (78%)`). */
const NEXIS_TERMS = /^(?:Subject|Industry|Geographic|Person|Company|Organization|Ticker): [^:]{1,600}\(\d{1,3}%\)(?:;.{0,600})?$/;

/** An aggregator's source and the glyph after it, before its age (`Reuters · `). */
const SOURCE_BEFORE_AGE = /^[a-z][\w&.'’ -]{0,40} [·•|] /i;
/** `Reuters · 3 hours ago`: an aggregator's source and age. */
const SOURCE_AND_AGE = new RegExp(
  `${SOURCE_BEFORE_AGE.source}(?:\\d{1,2} (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago|\\d{1,2}[mhd]|yesterday|just now)$`,
  'i',
);
const AGE_GLYPH = /[·•|]/;

/** A source's name before a day named relative to the page view, in any of the languages `RELATIVE_DATE` reads. */
function sourceAndDay(text: string): boolean {
  const source = SOURCE_BEFORE_AGE.exec(text);
  return source !== null && RELATIVE_DATE.test(text.slice(source[0].length));
}

/** A page's copyright line. */
const COPYRIGHT = /^(?:(?:©|\(c\)|copyright)(?: ©)? ?(?:\d{4}\b.*|[^\d].{0,80}\d{4}\.?(?: all rights reserved\.?)?)|all rights reserved\.?)$/i;
const COPYRIGHT_FIRST = codesOf('©(ca');

/** The news agencies a story may name as its source (`AGENCY`), in bylines, datelines and credits. */
const AGENCY_NAMES = 'Keystone-SDA|Reuters|AP|AFP|AA|TASS|The Canadian Press|Canadian Press|Associated Press|Agence France-Presse|Bloomberg|dpa|ANSA|EFE|Lusa|Europa Press|ANP|Belga|Xinhua|PA Media|Anadolu Agency|Kyodo News|Kyodo|KYODO|Jiji Press|Jiji|JIJI|Yonhap|UPI|Press Trust of India|PTI|ANI|IANS|SPA|Saudi Press Agency|WAM|KUNA|QNA|Petra|MENA|ONA|BNA|IRNA|SANA|NNA';

/**
 * A copyright line with no year whose owner is an agency alone (`© KYODO`, `© AFP`): the story's, not a photo's,
 * which names a photographer too (see `creditAlone`). `COPYRIGHT` holds those with a year.
 */
const COPYRIGHT_AGENCY = new RegExp(`^© ?(?:${AGENCY_NAMES})$`);
/** A copyright sign and an owner of up to four capitalised words, no year, no comma (see `creditAlone` for those). */
const COPYRIGHT_OWNER = /^© ?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}$/;

/** Sky's note over a video, its title under it (see the segmenter's `videoTitleNext`). */
export const PLAYER_NOTE = /^please use chrome browser for a more accessible video player$/i;

/**
 * A photographer's credit alone in parentheses: `(Photo by Guillem Sartorio/Bloomberg via Getty Images)`, or after
 * its label (The Jerusalem Post's `(photo credit: AYAL MARGOLIN/FLASH90)`): the credit, group 1 or 2.
 */
const CREDIT_IN_PARENTHESES = /^\((?:((?:photo(?:graph)?|picture|image|illustration|photo illustration)s? by \S[^()]{0,80})|photo credit: ?(\S[^()]{0,80}))\)$/i;

/** The agencies European papers credit photos to (`Foto: … / dpa`), for `LABELLED_FOTO` and `CREDIT_WORDS`. */
const EUROPEAN_PHOTO_AGENCIES = 'dpa|EFE|ANSA|Lusa|ANP|Belga|LaPresse|imago|picture alliance|Keystone|Europa Press';

/**
 * `Foto: Kay Nietfeld / dpa`, `Foto: EFE`: a European paper's credit after its label, alone on its line: a photographer
 * and agency a slash apart, or an agency first.
 */
const LABELLED_FOTO = new RegExp(`^(?:foto|bild): (?:[^/]{1,40}\\/ ?\\S.{0,40}|(?:${EUROPEAN_PHOTO_AGENCIES}|AFP|AP|Reuters|Getty Images)\\b.{0,40})$`, 'i');

/** A reading time in French, Spanish, Portuguese, German, Italian or Dutch, the label before or after it (`BOILERPLATE`). */
const INTL_READING_TIME =
  /^(?:[•·] ?)?(?:(?:(?:(?:temps|tiempo|tempo) (?:de |di ))?(?:lecture|lectura|leitura|lettura)|lesezeit|lesedauer|leestijd) ?:? ?\d{1,3} ?min(?:\.|utes?|uten|utos?|uti)?|\d{1,3} ?min(?:\.|utes?|uten|utos?|uti)? (?:de lectura|de lecture|de leitura|di lettura|lesezeit|leestijd))$/i;

/** A site logo printed as a line of its own: one to three capital letters, such as `TT`. */
const LOGO = /^\p{Lu}{1,3}$/u;

/**
 * A logo line (`LOGO`; an astral capital takes two units): the pattern (~0.3 ms to compile) is asked only of a line
 * with a letter outside ASCII.
 */
function isLogo(text: string): boolean {
  if (text.length > 6) return false;
  if (text.length > 3) return /[^\x00-\x7f]/.test(text) && LOGO.test(text);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return LOGO.test(text);
    if (!isAsciiCapital(code)) return false;
  }
  return text.length > 0;
}

/**
 * `More from Middle East`: a site's link to a section, any letters in its name.
 * Note: the name is tested apart: a letter class with both `i` and `u` made a pattern cost 4 ms to compile.
 */
const MORE_FROM = /^more from /i;
/** The Daily Mail's label over the headline it shares (shortened), and its share buttons. */
export const SHARE_OR_COMMENT = /^share or comment on this article:?$/i;
const SECTION_NAME = lazily(() => /^[\p{L}&' -]{1,40}$/u);

/**
 * A syndicated story's note of where it first ran: `This article is republished
 * from The Conversation under a Creative Commons license. Read the original
 * article.` The publication must follow, capitalised and not a month or a day:
 * `This story was published in a hurry` or `… in April, before the vote` is prose.
 */
const REPUBLISHED_NOTE =
  /^this (?:article|story|post|piece) (?:(?:is|was|has been) (?:(?:re)?published|originally published|first published|reprinted|syndicated)|(?:first|originally) (?:appeared|ran)) (?:here )?(?:from|by|on|in|at|courtesy of|with (?:the )?permission (?:of|from)) (?:the )?(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)/i;
const CAPITAL_FIRST = lazily(() => /^\p{Lu}/u);

/** Lines that scraping leaves behind and that are never part of a story. */
export const BOILERPLATE: readonly BoilerplateRule[] = [
  // Note: `\p{Lu}` is any script's capital: no start to index by, only a length to guard with (three, astral ones too).
  { reason: 'logo', starts: '*', pattern: LOGO, test: isLogo },
  {
    reason: 'advertisement',
    starts: 'advertisement advertising sponsored supported ad skip story scroll continue',
    pattern:
      /^(?:advertisement(?:\s*[-–—:|]\s*scroll to continue(?: with content)?)?|advertising|sponsored(?: content)?|supported by|ad|ad feedback|skip advertisement|story continues below(?: advertisement)?|scroll to continue(?: with content)?|continue reading(?: below| the main story)?)$/i,
  },
  // The same in French, Spanish, Portuguese, German, Italian and Dutch.
  {
    reason: 'advertisement',
    starts: 'publicit publicidad publicidade anzeige werbung pubblicit advertentie',
    pattern: /^(?:publicité|publicidad|publicidade|anzeige|werbung|pubblicità|advertentie)$/i,
  },
  // `Artikel teilen` (Der Spiegel), Portugal's `Partilhar`, `Deel dit artikel` (NOS).
  {
    reason: 'share',
    starts: 'partager compartir compartilhar partilhar teilen artikel beitrag condividi delen deel',
    pattern:
      /^(?:partager|compartir|compartilhar|partilhar|(?:artikel |beitrag )?teilen|condividi|delen|deel dit artikel)(?: (?:sur|en|no|auf|su|op|via) \w+)?$/i,
  },
  {
    reason: 'read-more',
    starts: 'lire leer lea lee lesen mehr leggi leia lees',
    pattern: /^(?:lire aussi|leer más|lea también|lee también|lesen sie auch|mehr zum thema|leggi anche|leia também|leia mais|lees ook|lees meer)(?:\s*[:|>»-].*)?$/i,
  },
  // Links to other stories under a heading of their own: `À lire aussi`, `Sur le même sujet` (Le Monde), `Te puede
  // interesar` (El País), `Noticias relacionadas`, `Das könnte Sie auch interessieren`, `Potrebbe interessarti anche`.
  {
    reason: 'read-more',
    starts: 'à À sur te tambi noticias das potrebbe',
    pattern:
      /^(?:à lire aussi|sur le même sujet|(?:también )?te puede interesar|noticias relacionadas|das könnte sie auch interessieren|potrebbe interessarti(?: anche)?)$/i,
  },
  // A paywall's note on a subscriber's story (Le Monde's `Article réservé aux abonnés`, in English `Subscribers only`).
  {
    reason: 'newsletter',
    starts: 'article articolo r contenido exclusivo nur artikel riservato subscribers subscriber',
    pattern:
      /^(?:subscribers? only|(?:article )?réservé aux abonnés|(?:contenido )?exclusivo para (?:suscriptores|assinantes)|(?:artikel )?nur für abonnenten|(?:articolo )?riservato agli abbonati)$/i,
  },
  // The same in Arabic (an Arabic line's start is its first letter): `إعلان` and sponsored content; `شارك` and the
  // networks' names, print and copy link; `اقرأ أيضاً` and related articles.
  { reason: 'advertisement', starts: 'إ ا م', pattern: /^(?:إعلان|اعلان|محتوى مدفوع|محتوى برعاية)$/ },
  {
    reason: 'share',
    starts: 'ش م ف ت إ و ل ط ن ا',
    pattern: /^(?:شارك|شارك عبر \S{2,20}|مشاركة|شارك المقال|فيسبوك|فيس بوك|تويتر|إكس|واتساب|واتس آب|تلغرام|تيليغرام|لينكدإن|طباعة|نسخ الرابط|انسخ الرابط)$/,
  },
  // A page's reading time: French `Lecture : 3 min.`, German `3 Min. Lesezeit` (Der Spiegel, after a bullet) and
  // `Lesedauer: 3 Min.`, Italian `Tempo di lettura: 3 minuti` and `3 min di lettura`, Spanish `Lectura: 3 min` and
  // `3 min de lectura`, Portuguese `Tempo de leitura: 3 min`, Dutch `Leestijd 3 minuten`.
  {
    reason: 'navigation',
    starts: `lecture temps tiempo tempo lettura lectura leitura lesezeit lesedauer leestijd • · ${DIGITS}`,
    pattern: INTL_READING_TIME,
    // Note: its starts include every digit's, and a reading time is short.
    test: (text) => text.length <= 40 && INTL_READING_TIME.test(text),
  },
  // An affiliate disclosure over a story that links to shops: The Verge's `If you buy something from a Verge link, Vox
  // Media may earn a commission. See our ethics statement.`, `When you buy through our links, we may earn a commission.`
  {
    reason: 'advertisement',
    starts: 'if when we',
    pattern:
      /^(?:(?:if|when) you (?:buy|purchase|click)\b.{1,80}\b(?:links?|site)\b.{0,60}\bearn (?:a|an affiliate) commission\b|we may earn (?:a|an affiliate) commission\b).{0,120}$/i,
  },
  // The Sydney Morning Herald's (and The Age's) text size control, a size a line, its Save button's note and its link
  // to license the story.
  { reason: 'navigation', starts: 'normal larger very small large', pattern: /^(?:normal|larger|very large|small|large) text size$/i },
  { reason: 'navigation', starts: 'log', pattern: /^log in, register or subscribe to save (?:articles|stories) for later\.?$/i },
  { reason: 'navigation', starts: 'license', pattern: /^license this article$/i },
  // Euractiv's reading time (`Est. 3min`) and its kind of story (`Content-Type: News`); Punch's link to its print edition.
  { reason: 'navigation', starts: 'est', pattern: /^est\. ?\d{1,3} ?min(?:ute)?s?(?: read)?$/i },
  { reason: 'navigation', starts: 'content', pattern: /^content-type: ?[\w&' -]{1,30}$/i },
  { reason: 'navigation', starts: 'download', pattern: /^download e-?copy$/i },
  // GhanaWeb's source line when the source is the site itself (`Source: www.ghanaweb.com`); The Mainichi's link to its
  // story in Japanese.
  { reason: 'navigation', starts: 'source', pattern: /^source: www\.[\w-]+(?:\.[\w-]+)+$/i },
  { reason: 'navigation', starts: 'japanese', pattern: /^japanese version$/i },
  // NPR's photo viewer's controls, printed with every caption (`hide caption`, `toggle caption`), and its
  // advertisement's label.
  { reason: 'navigation', starts: 'hide toggle', pattern: /^(?:hide|toggle) caption$/i },
  { reason: 'advertisement', starts: 'sponsor', pattern: /^sponsor message$/i },
  // The Globe and Mail's link over a photo's caption.
  { reason: 'navigation', starts: 'open', pattern: /^open this photo in gallery:?$/i },
  // A page's link to itself in another language (Le Monde in English's `Lire en français`, El País' `Read in English`).
  { reason: 'navigation', starts: 'lire read leer', pattern: /^(?:lire en français|read in english|leer en español)$/i },
  // A French page's newsletter prompt (`Abonnez-vous à notre newsletter`).
  { reason: 'newsletter', starts: 'abonnez inscrivez', pattern: /^(?:abonnez|inscrivez)-vous (?:à|a) (?:notre|la|nos) newsletters?\b.{0,80}$/i },
  // An Arabic page's text size control (`حجم الخط`, font size).
  { reason: 'navigation', starts: 'ح', pattern: /^حجم الخط$/ },
  { reason: 'read-more', starts: 'ا إ ذ م', pattern: /^(?:اقرأ أيضاً|اقرأ أيضا|إقرأ أيضاً|اقرأ المزيد|ذات صلة|مواضيع ذات صلة|مقالات ذات صلة)(?:\s*[:：].*)?$/ },
  {
    reason: 'share',
    starts: `share send gift add save @ tweet email e print copy copied link facebook twitter x linkedin whatsapp telegram reddit pinterest tumblr translate bookmark resize reprints reprint comment comments like restack social reply thank ${DIGITS}`,
    pattern:
      /^(?:share(?: (?:this|the) (?:article|story|page|post))?(?: on \w+)?|(?:share|send) (?:article |this )?via \w+|share by \w+|share on \w+ \(opens in (?:a )?new (?:tab|window)\)|share to \w+|e-mail|add (?:a )?comment|gift (?:this |the )?article|(?:add|save) to myft|@\w{1,30}|tweet|email|print|copy link|(?:link )?copied!?|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|tumblr|translate|bookmark|resize|reprints?|(?:\d+ )?comments?|\d[\d.,]*[km]? followers|like|\d[\d.,]*[km]? likes?|restack|social sharing|reply|thank|share\/save)$/i,
  },
  {
    reason: 'read-more',
    starts: 'read also related see more recommended you most go',
    pattern:
      /^(?:go deeper|most (?:read|popular|viewed)(?: (?:from|on|in) [\w&.'’ -]{1,40})?|read(?=: \S.*[^.!?]$)|read (?:more|also|next)|read more from [\w&.'’ -]{1,40}|also read|read (?:the )?(?:full|original) (?:story|article)(?: (?:on|at|in) \S.{0,60}?)?\.?|related(?: articles?| stories| news| videos?| content| coverage| links| posts?)?(?:\.{3}|…)?|see also|more on this story|more (?:articles|stories)|more to read|recommended|you (?:might|may) also like)(?:\s*[:|>»-].*)?$/i,
  },
  // A blog's links to the posts before and after it: `← Previous Post`, `Next Post →`, `« Older Entries`.
  {
    reason: 'navigation',
    starts: '← « ‹ < previous next older newer',
    pattern: /^(?:[←«‹<]\s*)?(?:previous|next|older|newer) (?:post|article|story|entry|entries|posts)(?:\s*[→»›>])?$/i,
  },
  {
    reason: 'newsletter',
    starts: `sign subscribe get newsletter already ∙ · • thousands hundreds tens millions over , . ${DIGITS} view forward unsubscribe update manage you try only unlock thanks`,
    pattern:
      /^(?:sign up (?:for|to)\b.*|sign up here\.?|subscribe(?: now| today| (?:to|for)\b.*)?|get (?:our|the) (?:free )?newsletter.*|newsletter sign[- ]?up.*|already a subscriber\?.*|[∙·•] ?paid|(?:thousands|hundreds|tens of thousands|millions|over [\d,.]+k?|[\d,.]+k?\+?) of (?:paid )?subscribers|over [\d,.]+k? (?:paid )?subscribers|thanks for reading [\w&.'’ -]{1,60}[!.] subscribe\b.{0,120}|get email notifications? for articles (?:from|by) .{1,60}|get (?:the|our) [\w'’ -]{1,40} (?:by|via|in your|to your) (?:email|inbox)(?: and [\w'’ -]{1,80})?\.?|newsletter email address|view (?:this (?:email|newsletter) )?(?:in (?:your |a )?browser|online)|forward (?:this (?:email )?)?to a friend|unsubscribe(?: (?:here|now|from .*|\| .*))?|update your (?:email )?preferences|manage (?:your )?(?:subscriptions?|preferences)|you(?: are|'re|’re) receiving this (?:email|newsletter)\b.*|you received this (?:email|newsletter)\b.*|try (?:unlimited|full|digital) access|only [$£€]\d[\d.,]* for \d+ (?:weeks?|months?)|unlock (?:this|the) article)$/i,
  },
  {
    reason: 'cookie',
    starts: 'we this accept cookie',
    pattern: /^(?:we use cookies\b.*|this (?:site|website) uses cookies\b.*|accept(?: all)? cookies|cookie (?:settings|policy|preferences))$/i,
  },
  {
    reason: 'navigation',
    starts: `explore discover news related suggested topics more media press investor skip back home menu search log login sign follow click this listen a ${DIGITS} read reading heard in for top full live all key show forwarded terms privacy find saved text why image pic please you enable javascript`,
    pattern: new RegExp(
      `^(?:${FOOTER_HEADING}|skip to (?:main )?content|back to top|home|menu|search|log ?in|sign in|follow us(?: on .*)?|follow [\\w&.'’ -]{1,40} on (?:x|twitter|facebook|instagram|threads|bluesky|linkedin|youtube|tiktok|whatsapp|telegram|google news)(?: channels?)?\\.?|click here\\b.*|this article is more than \\d+ (?:years?|months?) old|follow|listen to (?:this )?article(?: [·|•-] .*)?|listen(?: \\(\\d+ mins?\\)| · \\d{1,2}:\\d{2})?|a version of this article appears in print on .*|\\d{1,3} min(?:ute)?s?(?: (?:to )?read| reading time)?|text size|in this article:?|read(?:ing)? time:? ?\\d{1,3} min(?:ute)?s?|heard on [\\w&'’ ]{2,40}|news (?:code|id):? ?\\d{4,12}|more by this author|for immediate release|top stories|full coverage|live|live reporting|all times (?:stated )?are (?:uk|gmt|utc|local|[a-z]{2,5}(?: time)?)|key events|show key events only|forwarded from .{1,80}|(?:terms and )?privacy (?:policy|dashboard)|why you can trust [\\w&.'’ -]{1,40}|image:|pic:|please (?:turn on|enable) javascript\\b.*|(?:you need to )?enable javascript to .*|javascript is (?:disabled|required)\\b.*|terms of (?:use|service)|follow (?:ap[’']?s|our) (?:full |latest |live )?(?:coverage|updates|reporting)\\b.*|find more (?:of )?(?:ap[’']?s|our) coverage\\b.*|saved (?:on )?(?:[a-z]{3,9}\\.? \\d{1,2},? \\d{4}|\\d{1,2} [a-z]{3,9}\\.? \\d{4})(?: [·•∙|] \\d{1,3} min(?:ute)?s? read)?)$`,
      'i',
    ),
  },
  {
    reason: 'navigation',
    starts: 'this',
    pattern: REPUBLISHED_NOTE,
    test(text) {
      const note = REPUBLISHED_NOTE.exec(text);
      return note !== null && CAPITAL_FIRST().test(text.slice(note[0].length));
    },
  },
  // An audio version's player, as a copy of the page leaves it (The Economist's `Listen to this story.`, its `Enjoy more
  // audio …` and the browser's note in place of the player), and The Economist's note on the story in print.
  {
    reason: 'navigation',
    starts: 'listen enjoy your this',
    pattern:
      /^(?:listen to this story\.?|enjoy more audio and podcasts on ios or android\.?|your browser does not support the <(?:audio|video)> (?:element|tag)\.?|this article appeared in the [\w&'’ -]{1,40} section of the print edition\b.{0,120})$/i,
  },
  // A writer's email address as a page copied through Cloudflare's protection leaves it (The Korea Herald's).
  { reason: 'navigation', starts: '[', pattern: /^\[email(?: |\u00a0)?protected\]$/i },
  // A story's pages: `Page 1 of 2`, `Previous page`, `Next page`.
  { reason: 'navigation', starts: 'page previous next', pattern: /^(?:page \d{1,3} of \d{1,3}|previous page|next page)$/i },
  // The Daily Mail's `Share or comment on this article:`; ABC's prompts to take its alerts and app; NZ Herald's
  // `Advertise with NZME.`
  { reason: 'share', starts: 'share', pattern: SHARE_OR_COMMENT },
  // A link to readers' comments that the copy did not bring (Yahoo's `View comments`, `Show comments (12)`).
  { reason: 'comments', starts: 'view show', pattern: /^(?:view|show) (?:all )?comments(?: \(\d+\))?$/i },
  { reason: 'newsletter', starts: 'get', pattern: /^get our [\w&'’ -]{1,30} (?:alerts?|newsletters?)\.?$/i },
  // The Times of Israel's newsletter box: its button (`GET IT`, in capitals) and its small print.
  { reason: 'newsletter', starts: 'get', pattern: /^GET IT$/ },
  { reason: 'newsletter', starts: 'by', pattern: /^by signing up,? you agree to (?:the|our) .{1,100}$/i },
  // Bloomberg's advertisement for its terminal, over its button; NDTV's prompt under every story; Semafor's logo's alt text.
  { reason: 'advertisement', starts: 'before', pattern: /^before it['’]s here, it['’]s on the bloomberg terminal\.?$/i },
  { reason: 'advertisement', starts: 'learn', pattern: /^LEARN MORE$/ },
  { reason: 'navigation', starts: 'track', pattern: /^track latest news live on ndtv\.com\b.{0,100}$/i },
  { reason: 'navigation', starts: 'title', pattern: /^title icon$/i },
  // Newsweek's links under every story.
  {
    reason: 'navigation',
    starts: 'request submit view',
    pattern: /^(?:request reprints? (?:&|and) licensing|submit (?:a )?correction|view editorial (?:&|and) ethics guidelines)$/i,
  },
  { reason: 'navigation', starts: 'download', pattern: /^download (?:the|our) [\w&.'’ -]{1,30} app\b.{0,60}$/i },
  { reason: 'advertisement', starts: 'advertise', pattern: /^advertise with [\w&.'’ -]{1,30}\.?$/i },
  // A paper's appeal for support under its stories (Premium Times' `Support PREMIUM TIMES' journalism of integrity and
  // credibility`, Daily Maverick's `Please support our journalism. Become a Maverick Insider.`), and a classified's
  // `TEXT AD: …` line.
  {
    reason: 'newsletter',
    starts: 'support please',
    pattern: /^(?:please )?support (?:our|independent|[\w&.'’ -]{1,30}['’]s?) journalism\b.{0,120}$/i,
  },
  { reason: 'advertisement', starts: 'text', pattern: /^text ad:.{0,120}$/i },
  // Xinhua's editor's name under every story (`Editor: Huaxia`).
  { reason: 'navigation', starts: 'editor', pattern: /^Editor: [A-Z][\w'’. -]{1,40}$/ },
  // Middle East Eye's standing note under every story.
  {
    reason: 'navigation',
    starts: 'middle',
    pattern: /^middle east eye delivers independent and unrivalled coverage\b.{0,500}$/i,
    long: true,
  },
  // An opinion page's standing disclaimer under every column (Arab News, Al Jazeera: `The views expressed in this
  // article are the author's own and do not necessarily reflect …`). Note: not a report of what someone said. Tried
  // only on a line that says `necessarily`: most paragraphs start with `The`.
  {
    reason: 'navigation',
    starts: 'disclaimer the views opinions',
    pattern: VIEWS_DISCLAIMER,
    long: true,
    test: (text) => NECESSARILY.test(text) && !SAID.test(text) && VIEWS_DISCLAIMER.test(text),
  },
  // A news database's export (Nexis, Factiva): its fields around the story (`Length: 312 words`, Factiva's `312 words`
  // and `Document ARABNW0020261128ek1s0000p`), and Nexis' `Body` and `Graphic` markers.
  {
    reason: 'navigation',
    starts: `length load body graphic classification language publication document section ${DIGITS}`,
    pattern: EXPORT_FIELDS,
    // Note: its starts include every digit's; a plain look for what each field has comes first.
    test: (text) =>
      text.length <= 200 &&
      (text.endsWith(' words') || text.startsWith('Document ') || text.indexOf(':') > 3 || text === 'Body' || text === 'Graphic' || text === 'Classification') &&
      EXPORT_FIELDS.test(text),
  },
  { reason: 'navigation', starts: 'subject industry geographic person company organization ticker', pattern: NEXIS_TERMS, long: true },
  // The older LexisNexis export's fields, their labels in capitals (`LENGTH: 312 words`, `LOAD-DATE: …`).
  {
    reason: 'navigation',
    starts: 'length load language publication document section subject industry geographic person company organization ticker city state country',
    pattern: CAPITAL_FIELDS,
    long: true,
    // Note: its starts are words that open prose too (`State media said …`): a label's second letter is a capital.
    test: (text) => isAsciiCapital(text.charCodeAt(1)) && CAPITAL_FIELDS.test(text),
  },
  // Yonhap's mark at a story's end.
  { reason: 'navigation', starts: '(', pattern: /^\(END\)$/ },
  // Focus Taiwan's end mark, its editor's initials after it (`Enditem/AW`).
  { reason: 'navigation', starts: 'enditem', pattern: /^enditem(?:\/[a-z]{1,5})?$/i },
  // The Inquirer's note over its comments, and The Straits Times' prompt under every story.
  { reason: 'navigation', starts: 'disclaimer', pattern: /^disclaimer: comments do not (?:represent|reflect) the views of [\w&.'’ -]{1,40}\.?$/i },
  { reason: 'navigation', starts: 'join', pattern: /^join [\w&.'’ -]{1,30} whatsapp channel\b.{0,80}$/i },
  // Hindustan Times' note under every story (`Catch your daily dose of Fashion, … on Hindustan Times Website and APPs.`).
  {
    reason: 'navigation',
    starts: 'catch',
    pattern: /^catch (?:your daily dose of|all the latest|every big hit)\b.{0,300} on (?:the )?hindustan times (?:website and apps|app)\b.{0,60}$/i,
    long: true,
  },
  // A live blog's note once it has ended (Al Jazeera: `This live page is now closed. You can find …`).
  { reason: 'navigation', starts: 'this', pattern: /^this live (?:page|blog|coverage) (?:is|has) (?:now )?(?:closed|ended)\b.{0,120}$/i },
  // Gulf News' prompt under every story.
  {
    reason: 'navigation',
    starts: 'don for',
    pattern: /^(?:don['’]t miss it[.!] )?for the latest headlines, follow our google news channel\b.{0,60}$/i,
  },
  // Khaleej Times' prompt under every story (its shorter form, `Follow Khaleej Times on WhatsApp Channels.`, above).
  {
    reason: 'navigation',
    starts: 'stay',
    pattern: /^stay up to date with the latest news\.? follow [\w&.'’ -]{1,40} on (?:whatsapp|telegram|google news)(?: channels?)?\.?$/i,
  },
  // The National's writer's photo, by its alt text, over the byline.
  { reason: 'navigation', starts: '*', pattern: AUTHOR_IMAGE, test: (text) => text.endsWith(' author image') && AUTHOR_IMAGE.test(text) },
  // A photo gallery's counter (`1 / 5`, `2 of 12`).
  { reason: 'navigation', starts: DIGITS, pattern: /^\d{1,3} ?(?:\/|of) ?\d{1,3}$/ },
  // A market widget's source and delay note (`Market data provided by Refinitiv. Quotes delayed by at least 15 minutes.`).
  {
    reason: 'navigation',
    starts: 'market data quotes quote all',
    pattern:
      /^(?:market data (?:provided|supplied|powered) by [\w&.'’ -]{1,40}?\.?(?: (?:all )?quotes? (?:are )?delayed\b.{0,60})?|(?:data (?:provided|supplied|powered) by [\w&.'’ -]{1,40}?\.? )?(?:all )?quotes? (?:are )?delayed (?:by )?(?:at least )?\d{1,2} min(?:ute)?s?\.?)$/i,
  },
  // Arab News' short link in the header: the label (the link under it is the article's address).
  { reason: 'navigation', starts: 'shortened short copy', pattern: /^(?:short(?:ened)? (?:url|link)|copy url)$/i },
  // PBS NewsHour's prompt under its byline, and its funders' note under the story.
  { reason: 'navigation', starts: 'leave', pattern: /^leave your feedback$/i },
  { reason: 'advertisement', starts: 'support', pattern: /^support provided by:?(?: learn more)?$/i },
  // GOV.UK's footer (`Updates to this page`, its note over the share links, its `Contents` list), and MercoPress' tab
  // over the story (`Full article`).
  { reason: 'navigation', starts: 'the updates contents full', pattern: /^(?:the following links open in a new tab|updates to this page|contents|full article)$/i },
  // Rappler's note over its summary made by a machine, and Sky's note over a video (the video's title under it).
  { reason: 'navigation', starts: 'this', pattern: /^this is ai[- ]generated summari[sz]ation, which may have errors\. for context, always refer to the full article\.$/i },
  { reason: 'embed', starts: 'please', pattern: PLAYER_NOTE },
  // SBS News' prompt over its share buttons; the Taipei Times' count of views under the story; the Toronto Star's age of
  // its last change (`Article was updated 2 hrs ago`), which gives no date.
  { reason: 'share', starts: 'share', pattern: /^share this with family and friends$/i },
  { reason: 'navigation', starts: 'this', pattern: /^this (?:story|article) has been (?:viewed|read) [\d,]+ times\.?$/i },
  { reason: 'relative-date', starts: 'article', pattern: /^article was updated \d{1,3} (?:mins?|minutes?|hrs?|hours?|days?) ago$/i },
  // The Local's prompt under its story, and Swissinfo's heading over the links of its series.
  { reason: 'navigation', starts: 'join', pattern: /^join the conversation in our comments section below\b.{0,160}$/i },
  { reason: 'navigation', starts: 'articles', pattern: /^articles in this (?:story|series)$/i },
  // Forbes' link under its writer's name; ProPublica's note on itself and its prompt under the story; The Daily Beast's.
  { reason: 'navigation', starts: 'follow', pattern: /^follow author$/i },
  { reason: 'newsletter', starts: 'propublica', pattern: /^propublica is a nonprofit newsroom\b.{0,200}$/i },
  { reason: 'navigation', starts: 'we', pattern: /^we(?:'|’)re trying something new\. was it helpful\?$/i },
  { reason: 'navigation', starts: 'got', pattern: /^got a (?:news )?tip\? .{0,80}$/i },
  // Patch's badge under its writer's name.
  { reason: 'navigation', starts: 'verified', pattern: /^verified [\w ]{1,30} badge$/i },
  // A news release's closing `SOURCE Company` line (PR Newswire; ACCESSWIRE's `SOURCE: Company`), in its capitals.
  { reason: 'navigation', starts: 'source', pattern: /^SOURCE:? \S.{0,80}$/ },
  // A channel post's view count and time (`👁 12.3K · 14:05`).
  { reason: 'share', starts: '👁', pattern: /^👁\s?[\d.,]+[KkMm]?(?: [·•] \d{1,2}:\d{2})?$/ },
  // An aggregator's source and age (`Reuters · 3 hours ago`), or a page's outlet and time of day (NOS' `NOS Nieuws •
  // vandaag, 12:40`): a date relative to the page view, which gives no date.
  { reason: 'relative-date', starts: '*', pattern: SOURCE_AND_AGE, test: (text) => AGE_GLYPH.test(text) && (SOURCE_AND_AGE.test(text) || sourceAndDay(text)) },
  // MSN's age and reading time under the byline, a glyph before each (`• 3h • 2 min read`): no date.
  { reason: 'relative-date', starts: '• ·', pattern: /^[•·] \d{1,2}[mhd](?: [•·] \d{1,3} min read)?$/ },
  // A page's footer: its copyright line, and its row of links (`Privacy ∙ Terms ∙ Collection notice`).
  // Note: `copyright` may run on into the owner's name (`CopyrightThe Times 2024`), so its start is its first character.
  {
    reason: 'navigation',
    starts: '*',
    pattern: COPYRIGHT,
    test: (text) => firstIn(text, COPYRIGHT_FIRST) && COPYRIGHT.test(text),
  },
  // RFE/RL's licence note under a story it lets others run: `Copyright (c) 2025. RFE/RL, Inc. Used with the permission
  // of Radio Free Europe/Radio Liberty, …`, longer than the rules' lines.
  { reason: 'navigation', starts: 'copyright', pattern: /^copyright (?:\(c\)|©) \d{4}\b.{0,400}$/i, long: true },
  // One with no year, its owner an agency alone (Japan Today's `© KYODO` under a story it had from Kyodo).
  { reason: 'navigation', starts: '©', pattern: COPYRIGHT_AGENCY },
  // The same words in French, Spanish, Portuguese, German, Dutch and Italian, with no owner or year:
  // Corriere della Sera's `© RIPRODUZIONE RISERVATA` under every story.
  {
    reason: 'navigation',
    starts: '© tous todos alle riproduzione',
    pattern:
      /^(?:© ?)?(?:tous droits réservés|todos los derechos reservados|todos os direitos reservados|alle rechte vorbehalten|alle rechten voorbehouden|riproduzione riservata)\.?(?: ?©)?$/i,
  },
  // A photo's owner alone, its caption missing (Kathimerini's `© Intime News` under the date line, over the story).
  // Note: after the rights lines, which it would take too (`© RIPRODUZIONE RISERVATA`).
  { reason: 'credit', starts: '©', pattern: COPYRIGHT_OWNER },
  {
    reason: 'navigation',
    starts: 'privacy terms cookie cookies collection contact about help accessibility sitemap careers advertise imprint corrections submit',
    pattern: FOOTER_ROW,
    test: (text) => FOOTER_ROW_GLYPH.test(text) && FOOTER_ROW.test(text),
  },
  { reason: 'navigation', starts: 'more', pattern: MORE_FROM, test: (text) => MORE_FROM.test(text) && SECTION_NAME().test(text.slice(10)) },
  {
    reason: 'share',
    starts: 'reuse save share like leave read order print report comment comments',
    pattern:
      /^(?:reuse this content|save(?: (?:this )?(?:articles?|story))?|save articles to read later and create your own reading list\.?|share (?:this|full article)|like this|like loading\.*|leave a (?:comment|reply)|read \d+ comments|order reprints\b.*|print this page|report an error|comments? \(\d+\)):?$/i,
  },
  {
    reason: 'embed',
    starts: 'skip end allow view a play watch video media close',
    pattern:
      /^(?:close|video|(?:skip|end of) (?:twitter|x|instagram|facebook|youtube|tiktok|bluesky) (?:post|content|video)(?:,? \d+)?|allow (?:twitter|x|instagram|facebook|youtube|tiktok|bluesky) content\??|view this post on (?:instagram|facebook|x|twitter|tiktok)|a post shared by .{1,80}|play video|watch(?: the)? video|watch (?:now|live)|watch: \S.{0,120}|watch on (?:youtube|x|twitter|facebook|instagram|tiktok|vimeo)|video \d{1,2}:\d{2}(?::\d{2})?|video duration \d+ (?:minutes?|seconds?)(?: \d+ seconds?)?|media caption, .*)$/i,
  },
  // A photo's credit alone, its caption missing or set apart: `Photo illustration by The New York Times`,
  // `Credit...Jane Doe`, TechCrunch's `Image Credits: …`, `AFP via Getty Images`, Axios' `Photo: Kevin Dietsch/Getty
  // Images`, Wired's `Photograph: Getty Images` and `Photo-Illustration: WIRED Staff; Getty Images`, DutchNews' `Photo:
  // Depositphotos`, Business Day's `Picture: REUTERS`, Notes from Poland's `Main image credit: …`. Note: not `Photo: …` or `Photograph: …` before anything
  // but a photographer and agency a slash apart, one word after `Photo:` or an agency after `Photograph:`, as it may
  // label a caption.
  {
    reason: 'credit',
    starts:
      'photo photos photograph photographs picture pictures image images illustration illustrations graphic graphics animation animations credit credits main getty shutterstock alamy istock istockphoto',
    pattern:
      /^(?:(?:photo(?:graph)?|picture|image|illustration|photo illustration|graphic|animation)s? by \S.{0,80}|(?:main )?(?:image )?credits?\s*(?:\.{2,}|…|:)\s*\S.{0,80}|(?:photo|picture): [a-z][\w-]{2,30}|photograph: (?:[^/.]{1,40}\/.{1,40}|getty images|reuters|afp|ap|epa|shutterstock|alamy)|photo: [a-z][\w.'’ -]{0,40}(?:\/[a-z][\w.'’& -]{0,40}){1,3}|photo[- ]illustration: \S.{0,80}|getty images(?:\/istockphoto)?|shutterstock|alamy(?: stock photo)?|istock(?:photo)?)$/i,
  },
  { reason: 'credit', starts: '*', pattern: VIA_GETTY, test: (text) => text.endsWith('Getty Images') && VIA_GETTY.test(text) },
  // The same in parentheses (the Mail & Guardian's `(Photo by Guillem Sartorio/Bloomberg via Getty Images)`).
  { reason: 'credit', starts: '(', pattern: CREDIT_IN_PARENTHESES },
  // A European paper's labelled credit alone (`Foto: Kay Nietfeld / dpa`, `Foto: EFE`), its caption missing or set apart.
  { reason: 'credit', starts: 'foto bild', pattern: LABELLED_FOTO },
  // A glyph a page set between its header's parts (`Jane Doe · 7 min read · Mar 5`), printed on a line of its own.
  { reason: 'separator', starts: '· • | / - — –', pattern: /^(?:[·•|/]|-{1,2}|[—–])$/ },
  // A wire service's standing footer line, printed under every story.
  { reason: 'navigation', starts: 'our', pattern: /^our standards: the thomson reuters trust principles\.?(?:, opens new tab)?$/i },
];

/** The rules for lines of each start (`startKey`), in their order above; `ANY_START` for any other start. */
const ANY_START: BoilerplateRule[] = [];
const BY_START = new Map<string, BoilerplateRule[]>();
/** The rules for standing notes, by their lines' starts, and the first letters of those starts. */
const LONG_BY_START = new Map<string, BoilerplateRule[]>();
const LONG_FIRST = new Set<number>();
for (const rule of BOILERPLATE) {
  if (rule.long) {
    for (const key of rule.starts.split(' ')) {
      LONG_BY_START.set(key, [...(LONG_BY_START.get(key) ?? []), rule]);
      for (const code of codesOf(key.charAt(0))) LONG_FIRST.add(code);
    }
  }
  if (rule.starts === '*') {
    // A rule for any start joins every list so far, and starts every list made after it.
    ANY_START.push(rule);
    for (const rules of BY_START.values()) rules.push(rule);
    continue;
  }
  for (const key of rule.starts.split(' ')) {
    let rules = BY_START.get(key);
    if (rules === undefined) BY_START.set(key, (rules = [...ANY_START]));
    // Note: a key a rule names twice is listed once.
    if (rules[rules.length - 1] !== rule) rules.push(rule);
  }
}

/** The heading of a page footer, or of a news release's contacts: what follows it is furniture. */
export const FOOTER_START = byStart('explore discover related suggested topics more media press investor', new RegExp(`^${FOOTER_HEADING}$`, 'i'));

/** The reason a line is boilerplate (a user's pattern: `custom`), or undefined when it is not. */
export function boilerplateReason(text: string, rules: SegmentRules = NO_RULES): DropReason | undefined {
  if (rules.boilerplate.some((pattern) => pattern.test(text))) return 'custom';
  if (text.length > BOILERPLATE_MAX) {
    // Note: most long lines are paragraphs, which no standing note's first letter starts.
    if (text.length > LONG_NOTE_MAX || !firstIn(text, LONG_FIRST)) return undefined;
    for (const rule of LONG_BY_START.get(startKey(text)) ?? []) if (ruleMatches(rule, text)) return rule.reason;
    return undefined;
  }
  for (const rule of BY_START.get(startKey(text)) ?? ANY_START) {
    if (ruleMatches(rule, text)) return rule.reason;
  }
  return undefined;
}

const TRAILING_COMMA = /,\s*$/;

/** Between a byline's names and what follows them on the line: `By Ana Costa | Published 2 June 2025`. */
// Note: NDTV's editor after the writer (`Reported by Ravi Sharma, Edited by Anjali Das`) is no part of the names.
// Note: a French page's date after the names, a comma apart (`Par Jeanine Jalkh, le 27 novembre 2026 à 18h30`).
const BYLINE_TAIL = /\s+[|·•/]\s+|\/\s+|\s+[—–]\s+|\s+-\s+|(?:\s+|,)(?=(?:[Pp]ublished|[Uu]pdated|[Pp]osted) )|\s+(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b)|,\s+(?=[Ee]dited by )|,\s+(?=le \d{1,2}(?:er)? [a-zéû]{3,9} \d{4})/;

const POST_FIRST = /^(?:[a-z]+ ){0,3}(?:reporter|correspondent|editor|writer|journalist|producer|analyst)s? (?=\p{Lu})/u;

/** The words a byline starts with: `By`, a news aggregator's `Story by`, or a scraper's `Author:` label. */
const BYLINE_LABEL = '(?:by:?|author:|authors:|byline:|writer:|written by:?|story by|text by:|reported by:?|edited by:?|par|por|von|di|door)'; // and French, Spanish and Portuguese, German, Italian, Dutch

/** How a byline starts. */
const BYLINE_STARTS = 'by author authors byline writer written story text reported edited par por von di door';
const LABELLED_START = byStart(BYLINE_STARTS, new RegExp(`^${BYLINE_LABEL}\\s`, 'i'));
/** A line opens with a byline's label (`By …`), perhaps run into the names (the Mirror's `ByJane Doe`). */
export const BYLINE_START = { test: (text: string): boolean => LABELLED_START.test(text) || byRunIn(text) };

/** `ByJane Doe`: `By` run into a name's capital and small letters (not `BYD`, not `ByteDance`). */
function byRunIn(text: string): boolean {
  return text.charCodeAt(0) === 0x42 && text.charCodeAt(1) === 0x79 && isAsciiCapital(text.charCodeAt(2)) && isAsciiSmall(text.charCodeAt(3));
}
const BYLINE = byStart(BYLINE_STARTS, new RegExp(`^${BYLINE_LABEL}\\s+(\\S.{0,158})$`, 'i'));

/**
 * `By Jane Doe and John Smith` (or `Author: Jane Doe`) → `Jane Doe and John Smith`,
 * and whatever follows the names after a `|`, `·` or dash (often the date);
 * undefined for `By the time…`.
 */
export function splitByline(text: string): { name: string; rest?: string } | undefined {
  const m = BYLINE.exec(byRunIn(text) ? `By ${text.slice(2)}` : text);
  if (!m) return undefined;
  // The writer's post may come first, in lower case: `By political reporter Jane Doe` (ABC).
  const [namePart, ...restParts] = (m[1] as string).replace(POST_FIRST, '').split(BYLINE_TAIL);
  const name = withoutBureau((namePart as string).trim().replace(AFTER_NAMES(), ''));
  if (name.length > 120) return undefined;
  // Note: a comma after the names is the line's end, the writer's post under it (Forbes' `By Jane Doe,` over `Forbes Staff.`).
  if (name.endsWith(',')) return splitByline(text.replace(TRAILING_COMMA, ''));
  if (/[.!?:;]$/.test(name) && !/\b\p{Lu}\.$/u.test(name)) return undefined;
  const words = name.split(' ');
  if (words.length > 12) return undefined;
  if (!/^\p{Lu}/u.test(words[0] as string)) return undefined;
  const capitalised = words.filter((w) => /^[\p{Lu}(]/u.test(w)).length;
  if (capitalised * 2 < words.length) return undefined;
  const rest = restParts.join(' | ').trim();
  return rest === '' ? { name } : { name, rest };
}

/**
 * A byline without its `By`, the date after the names and perhaps the outlet between them, a `/`, `|`, `·` or ` , `
 * apart: `TOI News Desk / TIMESOFINDIA.COM / Updated: Nov 27, 2026, 18:45 IST`, `Jane Smith | Published 2 June 2025`,
 * `Ahram Online , Thursday 27 Nov 2026`, or an en dash (Ars Technica's `Jennifer Ouellette – Mar 4, 2025 3:12 PM`).
 * The names are the first part, up to six capitalised words; the date line the first dated part on (`rest`).
 */
export function splitBareByline(text: string): { name: string; rest: string } | undefined {
  if (text.length <= NAME_DATE_MAX && text.includes(', ')) {
    const named = namesCommaDate(text);
    if (named !== undefined) return named;
  }
  if (text.length > HEADER_LINE_MAX || !BARE_BYLINE_GLYPH.test(text)) return undefined;
  const parts = text.split(BARE_BYLINE_TAIL);
  // A count of comments after the date (Ars Technica's `Jennifer Ouellette – Mar 4, 2025 3:12 PM | 47`).
  if (parts.length > 2 && COMMENT_COUNT.test(parts[parts.length - 1] as string)) parts.pop();
  const name = parts[0] as string;
  if (parts.length < 2 || parts.length > 4 || name.length > 60) return undefined;
  // The date line is the first dated part, and what follows it is date lines too (CBC's `Jane Doe · CBC News · Posted:
  // Mar 14, 2025 11:12 AM EDT | Last Updated: March 14`: the outlet between). Note: not a press release's dateline
  // (`NEW YORK, NY / ACCESSWIRE / March 4, 2025 / Bright Solar Inc. …`).
  const at = parts.findIndex((part, index) => index > 0 && /\d/.test(part) && matchDateLine(part) !== undefined);
  if (at === -1 || !parts.slice(at + 1).every((part) => matchDateLine(part) !== undefined)) return undefined;
  const rest = parts.slice(at).join(' | ');
  const words = name.split(' ');
  if (words.length > 6 || !words.every((word) => /^\p{Lu}/u.test(word) || word === 'and')) return undefined;
  // Note: nor a date's label before its date (RTÉ's `Updated / Saturday, 28 Nov 2026 10:33`).
  return matchDateLine(name) === undefined && dateLabelKind(name) === undefined ? { name, rest } : undefined;
}
// Note: Ahram Online sets a space before its comma (`Ahram Online , Thursday 27 Nov 2026`); `Jane Doe, March 3, 2025`
// without it could as well be a place and its date (but see namesCommaDate).
const BARE_BYLINE_GLYPH = /\s[|/,–·]\s|\s\|(?=\d)/;
const BARE_BYLINE_TAIL = /\s+[|/–·]\s+|\s+,\s+|\s+\|(?=\d)/;
const COMMENT_COUNT = /^\d{1,5}$/;

/**
 * L'Orient Today's names, a comma and the date, the day first: `Jane Doe, 04 March 2025 15:12`. Note: not a city of the
 * list (`Beirut, 04 March 2025`), nor a place in capitals (`PORT MORESBY, 4 March 2025`), which a dateline writes so.
 */
function namesCommaDate(text: string): { name: string; rest: string } | undefined {
  const comma = text.indexOf(', ');
  if (comma < 3 || !isAsciiDigit(text.charCodeAt(comma + 2))) return undefined;
  const name = text.slice(0, comma);
  const rest = text.slice(comma + 2);
  if (name.toUpperCase() === name || DATELINE_CITIES.has(name.toLowerCase()) || !isNamesLine(name) || !BARE_DATE.test(rest)) return undefined;
  // Nor a date line whose label and weekday look like names (El Mundo's `Actualizado Sábado, 28 noviembre 2026`).
  return matchDateLine(text) === undefined ? { name, rest } : undefined;
}
const NAME_DATE_MAX = 80;

/**
 * A newsroom's byline on a story no one writer signs: `MEE staff`, `TOI Staff`, `Guardian staff and agencies`,
 * `The Hindu Bureau`, `Saudi Gazette report`, the Dhaka Tribune's `Tribune Desk`, Kathimerini's `Web desk`.
 * Note: in the header only (see the segmenter), where `Embassy staff` is no sentence.
 */
export function isStaffByline(text: string): boolean {
  // Note: the pattern (~0.5 ms to compile) only for a line that ends as one can.
  return STAFF_TAIL.test(text) && STAFF_BYLINE.test(text);
}
const STAFF_TAIL = /(?:staff|STAFF|Bureau|report|agencies|wires|desk)$/i;
const STAFF_BYLINE = /^[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3} (?:staff|Staff|STAFF|Bureau|report|Report|Desk|desk)(?: (?:and|&) (?:agencies|wires))?$/;

/** Longer than any byline or date line can be (their patterns allow ~170 and ~150 characters). */
export const HEADER_LINE_MAX = 200;

/**
 * A line of names alone (`Jane Smith and Tom Brown`): two to eight capitalised
 * words joined by `and` or commas. Only a byline when a date line follows it.
 */
export function isNamesLine(text: string): boolean {
  if (text.length > 80) return false;
  const words = bylineNames(text).replace(/,| \| /g, ' ').split(/\s+/).filter(Boolean);
  const names = words.filter((word) => word !== 'and' && word !== '&');
  if (names.length < 2 || names.length > 8 || !names.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word)) || words.length - names.length > 3) return false;
  // A writer's name is a few words: more in a row is a headline in title case (RFE/RL's `Kyiv Says Russian Drone
  // Attack Hits Energy Facilities` over its date line).
  return names.length <= NAME_WORDS_MAX || !bylineNames(text).split(NAMES_APART).some((name) => name.trim().split(' ').length > NAME_WORDS_MAX);
}
const NAME_WORDS_MAX = 4;
const NAMES_APART = /,| and | & | \| /;


/**
 * The names of news sites and papers, as their pages print them over the headline (their masthead): above the
 * headline, such a line is the site's logo in words, not the story's section.
 */
const OUTLET_NAMES = new Set(
  [
    'BBC', 'BBC News', 'CNN', 'Sky News', 'Reuters', 'AP News', 'Associated Press', 'NPR', 'ABC News', 'CBS News', 'NBC News', 'Fox News',
    // Note: `TT`, Asharq Al-Awsat's logo as its pages print it, is no kicker above the headline either.
    'Al Jazeera', 'Al Arabiya', 'Arab News', 'Asharq Al-Awsat', 'TT', 'The National', 'Gulf News', 'Khaleej Times', 'Dawn', 'The Hindu',
    'The Times of India', 'Times of India', 'Hindustan Times', 'South China Morning Post', 'The Japan Times', 'The Straits Times',
    'The Guardian', 'The Times', 'The Telegraph', 'The Independent', 'Financial Times', 'The Economist', 'Daily Mail',
    'The New York Times', 'The Washington Post', 'The Wall Street Journal', 'Bloomberg', 'Politico', 'Axios', 'Le Monde', 'El País',
    'Der Spiegel', 'Deutsche Welle', 'DW', 'France 24', 'Euronews',
    'Daily Sabah', 'News24', 'Haaretz', 'Rudaw', 'Rudaw English', 'Kurdistan24', 'Hürriyet Daily News', 'Sudan Tribune',
    'Tehran Times', 'The Jordan Times', 'Jordan Times', 'The Arab Weekly', 'Al-Monitor', 'Egypt Independent', 'Libya Observer', 'The Times of Israel', 'NHK World', 'NHK World-Japan',
    'Global Times', 'China Daily', 'CGTN', 'The Korea Herald', 'Korea Herald', 'The Jakarta Post', 'Jakarta Post', 'Bangkok Post', 'NZ Herald',
    'Newsweek', 'The Hill', 'MailOnline', 'Semafor', 'NDTV', 'USA Today', 'Los Angeles Times', 'The Globe and Mail', 'The Irish Times',
    'Yle News', 'Deccan Herald', 'DHNS', 'Kyodo News', 'SBS News', 'BIRN', 'Balkan Insight', 'Mexico News Daily', 'Taipei Times', 'The Korea Times', 'Korea Times', 'Gulf Times', 'The East African', 'Toronto Star',
  ].map((name) => name.toLowerCase()),
);

/** A news site's or paper's name alone (`Gulf News`, `The National`). */
export function isOutletName(text: string): boolean {
  return text.length <= 30 && OUTLET_NAMES.has(text.toLowerCase());
}

/** An outlet's name with the agencies it drew on, under its story: `Daily Sabah with AA`, `Arab News with AFP`, `… with agencies`. */
export function isOutletCredit(text: string): boolean {
  const at = text.length <= 60 ? text.search(WITH) : -1;
  if (at < 2) return false;
  const agencies = text.slice(at + 6);
  return isOutletName(text.slice(0, at)) && (isAgencies(agencies) || /^(?:agencies|wires)$/i.test(agencies));
}
const WITH = / [Ww]ith /;

/**
 * A story's sources in parentheses under it, perhaps after its editors' initials: `(FRANCE 24 with AFP)`, `(AFP)`,
 * `(With Reuters)`, Deutsche Welle's `mk/sms (AFP, Reuters)`. A credit for the words, not a photo's.
 */
export function isSourcesCredit(text: string): boolean {
  if (!text.endsWith(')') || text.length > 80) return false;
  const sources = SOURCES_CREDIT.exec(text)?.[1]?.replace(WITH_FIRST, '');
  return sources !== undefined && (isAgencies(sources) || isOutletName(sources) || isOutletCredit(sources));
}
const SOURCES_CREDIT = /^(?:[a-z]{1,4}(?:\/[a-z]{1,4}){1,3} )?\((.{2,60})\)$/;
const WITH_FIRST = /^[Ww]ith /;

/** A news agency's name alone, as a page that republishes its story prints it over the date. */
export const AGENCY = byStart(AGENCY_NAMES.split('|').map(startKey).join(' '), new RegExp(`^(?:${AGENCY_NAMES})$`));

/** Agencies' names alone, one or more, a comma or `and` apart (The Japan Times' `KYODO, JIJI`). */
export function isAgencies(text: string): boolean {
  return text.length <= 80 && text.split(NAMES_JOIN).every((name) => AGENCY.test(name));
}
/** Names in a list, a comma or `and` apart: agencies' (`KYODO, JIJI`), a byline's writers. */
export const NAMES_JOIN = /, | and /;

/**
 * The writer's outlet or post on a line of its own, as AP sets it under the byline (`Associated Press`, `AP Business
 * Writer`), the BBC under the names (`Diplomatic correspondent`, `BBC News, Cardiff`, `BBC Verify`), and The New York
 * Times where the writer was (`Reporting from Washington`).
 */
export const BYLINE_POST = new RegExp(
  `^(?:(?:with )?(?:${AGENCY_NAMES})|(?:(?:AP|Associated Press|Reuters|Bloomberg|BBC(?: News)?) )?(?:[A-Z][a-z]+ ){0,3}(?:[a-z]+ ){0,2}(?:[Ww]riter|[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Cc]olumnist)s?(?: @\\w{1,30})?|(?:BBC (?:Sport|Verify|World Service|News [A-Z][a-z]+)|(?:[A-Z]{2,6}|Sky|Fox|Al Jazeera) News)(?:, [A-Z][\\w.'’ -]{1,40})?|Reporting from [A-Z][\\w.'’, -]{1,60}|[A-Z][a-z]+ (?:Staff|Contributor)\\.?)$`,
);

/**
 * What a page prints after a byline's names: the outlet (`, CNN`, `, Reuters`,
 * `, The New York Times`, ` for Dailymail.com`, AP's `JANE SMITH Associated Press`, `Chad Pergram Fox News`, CBC's
 * ` · CBC News ·`; and see `withoutBureau`) or the writer's post (`, Senior Reporter`, `, Political Correspondent`, in
 * lower case ESPN's `, U.S. soccer correspondent` and Nikkei's `, Nikkei staff writer`), or the staff it is on
 * (Patch's `, Patch Staff`, The Boston Globe's ` Globe Staff`; The Herald's ` Senior Reporter` with no comma, The Gleaner's
 * `/Senior Staff Reporter`), or their address in brackets (Korea JoongAng Daily's
 * `Jane Doe [doe.jane@joongang.co.kr]`).
 * Note: after a comma, other capitalised words may be a second writer (`Jane Smith,
 * Tom Brown`), so only an acronym, an agency, `The …` or a post is cut (in capitals too,
 * as the Daily Mail prints its bylines: `JANE SMITH, CHIEF POLITICAL CORRESPONDENT`,
 * `JANE SMITH FOR MAILONLINE`).
 */
const AFTER_NAMES = lazily(
  () =>
    new RegExp(
      `(?:, (?:[A-Z]{2,6}|${AGENCY_NAMES}|The \\p{Lu}.*|(?:\\p{Lu}[\\p{L}-]* ){0,3}(?:Reporter|Correspondent|Editor|Writer|Columnist|Contributor|Producer|Analyst|Chief|Staff|REPORTER|CORRESPONDENT|EDITOR|WRITER|COLUMNIST|CONTRIBUTOR|PRODUCER|ANALYST|CHIEF|STAFF)[sS]?(?: .*)?|(?:[\\p{L}.'’-]+ ){0,3}(?:reporter|correspondent|editor|writer|columnist|contributor|producer|analyst)s?)| (?:for|For|FOR) (?:the |The |THE )?\\p{Lu}\\S*(?: \\S+){0,4}| (?:Associated Press|AP (?:\\p{Lu}\\p{L}* ){0,3}Writer|Fox (?:News|Business)(?: Digital)?)| · \\p{Lu}[\\p{L}&.'’ -]{1,40}?(?: ·)?| Globe (?:Staff|Correspondent)| \\[[\\w.+-]+@[\\w.-]+\\]| (?:Senior|Chief|Political|Business|Court|Staff) (?:Reporter|Correspondent|Writer)|\\/(?:\\p{Lu}\\p{L}* ){0,2}(?:Reporter|Correspondent|Writer|Editor))$`,
      'u',
    ),
);

/**
 * The names without the writer's bureau after them, the Toronto Star's `Jane Doe Queen's Park Bureau` → `Jane Doe`; not
 * a newsroom's own byline, `The Hindu Bureau`, which names no writer before it. Note: out of `AFTER_NAMES`, where a look
 * behind for the names was tried at every position of every line asked.
 */
function withoutBureau(names: string): string {
  if (names.endsWith(' Bureau')) return NAMES_THEN_BUREAU().exec(names)?.[1] ?? names;
  // Or the city it was filed from after a comma (The Guardian Nigeria's `By Jane Doe, Abuja`): a city of the list only.
  const comma = names.lastIndexOf(', ');
  return comma > 0 && DATELINE_CITIES.has(names.slice(comma + 2).toLowerCase()) ? names.slice(0, comma) : names;
}
const NAMES_THEN_BUREAU = lazily(() => /^(\p{Lu}[\p{L}'’.-]* \p{Lu}[\p{L}'’.-]*) (?:\p{Lu}[\p{L}'’.-]* ){1,2}Bureau$/u);

/**
 * A byline's names without the place it was filed from (`Martin Arnold in
 * Frankfurt`) or the writer's institution (`Jane Doe, University of Leeds`, as
 * The Conversation prints it): `Martin Arnold`, `Jane Doe`.
 * Note: an institution must name itself one (University, Institute, …): after a
 * comma, capitalised words may as well be a second writer (`Jane Smith, Tom Brown`).
 */
export function bylineNames(text: string): string {
  // Each writer's place (the Financial Times' `Ian Smith in London and Kate Duguid in New York`).
  if (text.includes(' in ')) {
    const placeless = text.replace(WRITERS_PLACE(), '');
    if (placeless !== text) return placeless;
  }
  const institution = AFFILIATION().exec(text);
  return institution === null ? withoutBureau(text.replace(AFTER_NAMES(), '')) : (institution[1] as string);
}

const WRITERS_PLACE = lazily(() => / in \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}(?=,| and |$)/gu);

const AFFILIATION = lazily(
  () =>
    /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}), (?=.{0,80}\b(?:University|College|Institute|School|Academy|Centre|Center|Hospital|Foundation|Museum|Laboratory|Observatory)\b)\p{Lu}[\p{L}'’.&-]*(?: (?:of|for|and|the|at|\p{Lu}[\p{L}'’.&-]*)){0,8}$/u,
);

/** A byline's label alone on its line, the names under it: `By`, `By —`, `By:` (PBS NewsHour's). */
export const BYLINE_LABEL_ALONE = /^by\s*[—–:-]?$/i;
/** GOV.UK's label over who published a page, alone on its line (`From:` over `Department of Health and Social Care`). */
export const FROM_LABEL = 'From:';

/** A byline in parentheses under the story, Focus Taiwan's `(By Jane Doe and John Smith)` → `By Jane Doe and John Smith`. */
export function bylineInParentheses(text: string): string | undefined {
  return text.startsWith('(By ') && text.endsWith(')') ? text.slice(1, -1) : undefined;
}

/** The names of a byline line (see `splitByline`). */
export function matchByline(text: string): string | undefined {
  return splitByline(text)?.name;
}

/**
 * `Published: 16 Feb 2024` / `Updated March 3, 2024 10:15 ET` → which kind and the date text; `locale`, the language
 * of a label in French, Spanish, German, Italian, Portuguese or Dutch (whose numeric dates put the day first).
 */
/**
 * A date line read: what its label says the date is (`bare` without one), the date's text, the language of a label in
 * another language, and the place filed from when the line gives one (`ISTANBUL Nov 26, 2026`).
 */
export interface DateLine {
  kind: 'published' | 'updated' | 'bare';
  value: string;
  locale?: IntlLocale;
  place?: string;
  /** The section the page sets before the date (PBS NewsHour's `Politics Mar 4, 2025 3:12 PM EST`). */
  section?: string;
  /** The outlet the page names before the date (Kyodo News' `KYODO NEWS - Mar 4, 2025 - 15:12`). */
  outlet?: string;
}

export function matchDateLine(text: string): DateLine | undefined {
  // Euronews' `•Updated 15:05`: the glyph a page sets between its header's parts, run into the label.
  const first = text.charCodeAt(0);
  // Or a dash and a space (Morocco World News' `- Mar 4, 2025` under its byline).
  if (first === 0x2022 || first === 0xb7 || (first === 0x2d && text.charCodeAt(1) === 0x20)) {
    // Note: all the glyphs at once; a line of them is read once, not once a glyph.
    const rest = text.replace(LEADING_GLYPHS, '');
    return rest === '' ? undefined : matchDateLine(rest);
  }
  // Note: both patterns are large (~5 ms to compile together); most lines start as neither can.
  const m = DATE_LINE.exec(text);
  if (!m) {
    const intlLine = INTL_DATE_LINE.exec(text);
    if (intlLine !== null) {
      // Note: the pattern matches these labels alone, whatever their case.
      const { kind, locale } = INTL_DATE_LABEL.get((intlLine[1] as string).toLowerCase()) as IntlDateLabel;
      return { kind, value: dateValue((intlLine[2] as string).replace(INTL_UPDATED_TAIL, '')), locale };
    }
    if (isArabicLine(text)) return arabicDateLine(text);
    if (!mayBeBareDate(text)) return placeBeforeBar(text);
    // Note: a numeric date with its time in `Uhr` is German, day first (see below), though BARE_DATE reads it too.
    if (BARE_DATE.test(text)) {
      return text.endsWith('Uhr') && GERMAN_NUMERIC_DATE.test(text) ? { kind: 'bare', value: text, locale: 'de' } : { kind: 'bare', value: dateValue(text) };
    }
    const placed = placeBeforeDate(text);
    if (placed !== undefined) return placed;
    const sectioned = sectionAfterDate(text) ?? placeAfterBar(text) ?? placeBeforeBar(text, true) ?? sourceAfterBar(text) ?? outletAfterDate(text);
    if (sectioned !== undefined) return sectioned;
    const intl = INTL_BARE_DATE().exec(text);
    if (intl !== null) return { kind: 'bare', value: dateValue(intl[1] as string) };
    return GERMAN_NUMERIC_DATE.test(text) ? { kind: 'bare', value: text, locale: 'de' } : undefined;
  }
  const value = dateValue(m[2] as string);
  // The Hindu's `Updated - November 27, 2026 09:15 pm IST - NEW DELHI`: the place filed from after the date.
  const last = value.charCodeAt(value.length - 1);
  const place = isAsciiCapital(last) && value.includes(' - ') ? PLACE_AFTER_DATE().exec(value) : null;
  if (place !== null) return { kind: dateKind(m[1] as string), value: value.slice(0, place.index), place: place[1] as string };
  return { kind: dateKind(m[1] as string), value };
}
/** A place in capitals, one to three words (`ISTANBUL`, `NEW DELHI`, `KUALA LUMPUR`), as datelines print it. */
const PLACE_IN_CAPITALS = '\\p{Lu}{2,}(?:[ -]\\p{Lu}{2,}){0,2}';
const PLACE_MAX = 30;
const PLACE_AFTER_DATE = lazily(() => new RegExp(` - (${PLACE_IN_CAPITALS})$`, 'u'));

const LEADING_GLYPHS = /^(?:[•·]|- )[•·\s]*/;

/**
 * Daily Sabah's `ISTANBUL Nov 26, 2026 - 4:15 pm GMT+3`: the place the story was filed from, one to three words in
 * capitals, before a bare date. The place is the story's dateline.
 */
const PLACE_BEFORE_DATE = lazily(() => new RegExp(`^(${PLACE_IN_CAPITALS}) (?=\\S)`, 'u'));

/** Axios' section after its date, `Nov 27, 2026 - Politics & Policy`: a label of capitalised words (`&` and `and` too). */
const SECTION_AFTER_DATE = / - ((?:[A-Z][\w'’]*|&|and)(?: (?:[A-Z][\w'’]*|&|and)){0,4})$/;

/** The Economist's place after its date and a bar, `Nov 28th 2026|LONDON`: the story's dateline. */
const PLACE_AFTER_BAR = lazily(() => new RegExp(`\\s?\\|\\s?(${PLACE_IN_CAPITALS})$`, 'u'));

function placeAfterBar(text: string): DateLine | undefined {
  if (!text.includes('|')) return undefined;
  const place = PLACE_AFTER_BAR().exec(text);
  if (place === null || (place[1] as string).length > PLACE_MAX || hasLabelWord(place[1] as string)) return undefined;
  const date = text.slice(0, place.index);
  return BARE_DATE.test(date) ? { kind: 'bare', value: dateValue(date), place: place[1] as string } : undefined;
}

/**
 * The Jakarta Post's place before its date and a bar, `Jakarta | Fri, November 28, 2026 | 03:42 pm`: the dateline.
 * Or El País' a dash apart (`Madrid - MAR 04, 2025 - 15:12 CET`), read as its Spanish edition's (`INTL_BARE_DATE`):
 * the date alone, as the samples' truth has it (the city is the desk's, over every story it publishes).
 * Note: a city of the list only (places.ts), as a writer's name stands there too (`John Okafor | 22 July 2024`),
 * or a place in capitals, not a label (`NAIROBI, KENYA | 28 November 2026`).
 */
function placeBeforeBar(text: string, dash = false): DateLine | undefined {
  if (text.length > 100) return undefined;
  const at = text.indexOf(' | ');
  // Note: a dash only where the line may be a date line (`mayBeBareDate`), and only where a place can end.
  const bar = at === -1 && dash ? dashWithin(text, PLACE_MAX) : at;
  if (bar < 3 || bar > PLACE_MAX) return undefined;
  const place = text.slice(0, bar);
  if (!DATELINE_CITIES.has(place.toLowerCase()) && !(isAsciiCapital(text.charCodeAt(1)) && PLACE_AND_COUNTRY().test(place) && !hasLabelWord(place))) return undefined;
  const date = text.slice(bar + 3);
  if (!BARE_DATE.test(date)) return at === -1 ? undefined : labelledAfterPlace(date, place);
  return at === -1 ? { kind: 'bare', value: dateValue(date) } : { kind: 'bare', value: dateValue(date), place };
}

/** The Indian Express' date line after its place and a bar: `New Delhi | Updated: March 4, 2025 15:12 IST`. */
function labelledAfterPlace(date: string, place: string): DateLine | undefined {
  const labelled = DATE_LINE.exec(date);
  return labelled === null ? undefined : { kind: dateKind(labelled[1] as string), value: dateValue(labelled[2] as string), place };
}
/** Where the first ` - ` in the text's first `max` characters starts, or -1. */
function dashWithin(text: string, max: number): number {
  const end = Math.min(text.length - 1, max + 1);
  for (let i = 1; i < end; i++) {
    if (text.charCodeAt(i) === 0x2d && text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i + 1) === 0x20) return i - 1;
  }
  return -1;
}
/** A place in capitals, perhaps with its country after a comma (The Standard's `NAIROBI, KENYA`). */
const PLACE_AND_COUNTRY = lazily(() => new RegExp(`^${PLACE_IN_CAPITALS}(?:, ${PLACE_IN_CAPITALS})?$`, 'u'));

/**
 * A date line as a story's header may print it: `matchDateLine`'s, or one with the section or the outlet before the
 * date (`sectionBeforeDate`, `outletBeforeDate`), which only a line that may open or head a story is asked for.
 */
export function headerDateLine(text: string): DateLine | undefined {
  return matchDateLine(text) ?? sectionBeforeDate(text) ?? outletBeforeDate(text);
}

/**
 * Kyodo News' name in capitals before its date and time, its sections after a bar: `KYODO NEWS - Mar 4, 2025 - 15:12 |
 * Japan, All`. Note: asked, as `sectionBeforeDate` is, only where a date line can open a story (matchDateLine's every
 * line paid ~0.7% of segmenting for it).
 */
function outletBeforeDate(text: string): DateLine | undefined {
  if (text.length > OUTLET_DATE_MAX || !isAsciiCapital(text.charCodeAt(1))) return undefined;
  const dash = dashWithin(text, PLACE_MAX);
  if (dash < 2 || !isOutletName(text.slice(0, dash))) return undefined;
  const bar = text.indexOf(' | ', dash);
  const date = text.slice(dash + 3, bar === -1 ? text.length : bar);
  return BARE_DATE.test(date) ? { kind: 'bare', value: dateValue(date), outlet: text.slice(0, dash) } : undefined;
}

const OUTLET_DATE_MAX = 80;

/** The Mainichi's date with its name after it in parentheses: `March 25, 2025 (Mainichi Japan)`. */
function outletAfterDate(text: string): DateLine | undefined {
  if (!text.endsWith(')')) return undefined;
  const open = text.lastIndexOf(' (');
  if (open < 0 || !OUTLET_IN_PARENTHESES.test(text.slice(open + 1))) return undefined;
  const date = text.slice(0, open);
  return BARE_DATE.test(date) ? { kind: 'bare', value: dateValue(date) } : undefined;
}
const OUTLET_IN_PARENTHESES = /^\([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}\)$/;

/** GlobeNewswire's date over a release, its source after a bar: `March 04, 2025 07:00 ET | Source: Acme Corp`. */
function sourceAfterBar(text: string): DateLine | undefined {
  const bar = text.indexOf(' | Source: ');
  if (bar < 0 || text.length - bar > 80) return undefined;
  const date = text.slice(0, bar);
  return BARE_DATE.test(date) ? { kind: 'bare', value: dateValue(date) } : undefined;
}

function sectionAfterDate(text: string): DateLine | undefined {
  if (!text.includes(' - ')) return undefined;
  const section = SECTION_AFTER_DATE.exec(text);
  if (section === null) return undefined;
  const date = text.slice(0, section.index);
  return BARE_DATE.test(date) ? { kind: 'bare', value: dateValue(date) } : undefined;
}

/**
 * PBS NewsHour's section before the date, over the headline: `Politics Mar 4, 2025 3:12 PM EST`. Note: asked only of a
 * line over the headline (and of a line a story may open with), not by `matchDateLine`, which most lines are asked.
 */
function sectionBeforeDate(text: string): DateLine | undefined {
  // Note: a date line ends in a digit or a capital (its time's `PM`, its zone); a headline seldom does.
  const last = text.charCodeAt(text.length - 1);
  if (text.length > SECTION_DATE_MAX || !(isAsciiDigit(last) || isAsciiCapital(last)) || !isAsciiCapital(text.charCodeAt(0)) || !isAsciiSmall(text.charCodeAt(1))) {
    return undefined;
  }
  const section = SECTION_BEFORE_DATE.exec(text) ?? SECTION_OF_DATE.exec(text);
  if (section === null) return undefined;
  const date = text.slice(section[0].length);
  return BARE_DATE.test(date) ? { kind: 'bare', value: dateValue(date), section: section[1] as string } : undefined;
}
const SECTION_BEFORE_DATE = /^([A-Z][a-z]+(?: (?:&|and|[A-Z][a-z]+)){0,2}) (?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)/;
/** GhanaWeb's `General News of Tuesday, 4 March 2025`: the section, `of`, the date with its weekday. */
const SECTION_OF_DATE = /^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) of (?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \d)/;
const SECTION_DATE_MAX = 80;

function placeBeforeDate(text: string): DateLine | undefined {
  // Note: the second letter is a capital too; most lines (a capital, then lower case) end here.
  if (isAsciiSmall(text.charCodeAt(1))) return undefined;
  const place = PLACE_BEFORE_DATE().exec(text);
  if (place === null || (place[1] as string).length > PLACE_MAX) return undefined;
  const date = text.slice(place[0].length);
  return BARE_DATE.test(date) ? { kind: 'bare', value: dateValue(date), place: place[1] as string } : undefined;
}

/**
 * An Arabic page's date line: labelled, `نشر: 10:15-27 نوفمبر 2026 م ـ 26 جمادى الأولى 1448 هـ` (published),
 * `آخر تحديث: …` (last updated), or a date alone, perhaps after its weekday (`الأربعاء 27 نوفمبر 2026`).
 * Note: the date itself is read by the normalizer (dates.ts, `arabicDate`); the value keeps the Hijri date after it.
 */
const ARABIC_DATE_LINE = lazily(
  () => /^(نشر|نُشر|تم النشر|تاريخ النشر|آخر تحديث|تم التحديث|تحديث|حُدّث)(?:\s+(?:في|بتاريخ))?\s*[:：]?\s*(\S.{0,120})$/u,
);
const ARABIC_BARE_DATE = lazily(
  () =>
    new RegExp(
      `^(?:(?:${ARABIC_WEEKDAY_NAMES})\\s*[،,]?\\s*)?(?:[\\d٠-٩]{1,2}:[\\d٠-٩]{2}\\s*[-–،,]?\\s*)?[\\d٠-٩]{1,2}\\s+(?:${ARABIC_MONTH_NAMES})\\s+[\\d٠-٩]{4}(?:\\s*م)?(?:\\s*[-–،,]?\\s*[\\d٠-٩]{1,2}:[\\d٠-٩]{2})?(?:\\s*[ـ-]\\s*\\S.{0,40}هـ)?$`,
      'u',
    ),
);

/** A line that opens with an Arabic letter. */
export function isArabicLine(text: string): boolean {
  return isArabicLetter(text.charCodeAt(0));
}

function isArabicLetter(code: number): boolean {
  return code >= 0x0621 && code <= 0x064a;
}

function arabicDateLine(text: string): DateLine | undefined {
  if (text.length > 160) return undefined;
  const labelled = ARABIC_DATE_LINE().exec(text);
  if (labelled !== null) {
    return { kind: /تحديث|حُدّث/.test(labelled[1] as string) ? 'updated' : 'published', value: (labelled[2] as string).replace(HIJRI_TAIL, '') };
  }
  return ARABIC_BARE_DATE().test(text) ? { kind: 'bare', value: text.replace(HIJRI_TAIL, '') } : undefined;
}

/** The Hijri date after the Gregorian one: `ـ 26 جمادى الأولى 1448 هـ`. */
const HIJRI_TAIL = /\s*[ـ-]\s*[^ـ]{1,40}هـ$/u;

/**
 * An Arabic page's source line, the place and the outlet (or agency) in guillemets: `الرياض: «الشرق الأوسط»`.
 * The outlet is the byline; the place the dateline.
 */
const ARABIC_SOURCE = lazily(() => /^([\u0621-\u064A][\u0621-\u064A\u064B-\u0652 ]{1,40}):\s*«([^»]{1,60})»$/u);

/**
 * An Arabic byline: `بقلم محمد أحمد` (by), `إعداد: …` (prepared by), `كتب - محمد أحمد` (wrote); the names, one to five
 * words. Note: `كتب` is also "books": it needs its colon or dash.
 */
const ARABIC_BYLINE = lazily(() => /^(?:(?:بقلم|إعداد)\s*[:：\-–—]?|(?:كتب|كتبت)\s*[:：\-–—])\s*([\u0621-\u064A][\u0621-\u064A\u064B-\u0652]*(?: [\u0621-\u064A][\u0621-\u064A\u064B-\u0652]*){0,4})$/u);

export function arabicByline(text: string): string | undefined {
  return isArabicLine(text) && text.length <= 60 ? ARABIC_BYLINE().exec(text)?.[1] : undefined;
}

/**
 * The agencies Arabic pages credit, as they write them: the Gulf's and Levant's state agencies (KUNA, QNA, SPA, WAM,
 * BNA, ONA, SANA, Petra, MENA), the world's (AFP, AP, Reuters, dpa, EPA, Anadolu, Xinhua), and `وكالات` (agencies).
 */
const ARABIC_AGENCIES = 'كونا|قنا|واس|وام|بنا|العمانية|سانا|بترا|أ ش أ|أ\\.ش\\.أ|رويترز|أ ف ب|أ\\.ف\\.ب|أ\\.ف\\.ب\\.|أ ب|أ\\.ب|د ب أ|د\\.ب\\.أ|إ ب أ|إ\\.ب\\.أ|الأناضول|شينخوا|وكالات';

/** An Arabic agency's source line, the place then the agency: `الكويت - كونا` (Kuwait - KUNA), `الدوحة: قنا`. */
const ARABIC_AGENCY_SOURCE = lazily(() => new RegExp(`^([\u0621-\u064A][\u0621-\u064A\u064B-\u0652 ]{1,40}?)\\s*[-–—:]\\s*(${ARABIC_AGENCIES})$`, 'u'));

/** An Arabic photo credit: an agency, `أرشيفية` (archive), `متداولة` (circulated), `صورة`/`الصورة` (picture) or Asharq Al-Awsat's name. */
const ARABIC_CREDIT = lazily(() => new RegExp(`(?:^|[\\s/،-])(?:${ARABIC_AGENCIES}|أرشيفية|متداولة|صورة|الصورة|الشرق الأوسط|«الشرق الأوسط»|غيتي)(?:$|[\\s/،-])`, 'u'));

export function arabicSource(text: string): { place: string; outlet: string } | undefined {
  if (!isArabicLine(text) || text.length > 60) return undefined;
  const m = text.endsWith('»') ? ARABIC_SOURCE().exec(text) : ARABIC_AGENCY_SOURCE().exec(text);
  return m === null ? undefined : { place: (m[1] as string).trim(), outlet: m[2] as string };
}

/**
 * An English page's source line, the place filed from and who wrote it: Asharq Al-Awsat's `Riyadh - Asharq Al-Awsat`,
 * KUNA's `Kuwait City: KUNA`, QNA's `Doha, Qatar (QNA)`, Gulf Times' `QNA/Doha`. Who wrote it must be names, a news
 * site or agencies; the place is one to three capitalised words, perhaps with a region after a comma, and no label
 * (`Analysis: …`).
 */
export function sourceLine(text: string): { place: string; name: string } | undefined {
  if (text.length > 80) return undefined;
  // Gulf Times' agency before the place, a slash apart: `QNA/Doha`.
  const slash = text.indexOf('/');
  if (slash > 1 && text.indexOf('/', slash + 1) === -1) {
    const name = text.slice(0, slash);
    const place = text.slice(slash + 1);
    return isAgencies(name) && CITY_AFTER_AGENCY.test(place) ? { place, name } : undefined;
  }
  if (!SOURCE_GLYPH.test(text)) return undefined;
  const m = SOURCE_LINE().exec(text);
  if (m === null) return undefined;
  const place = m[1] as string;
  const name = (m[2] ?? m[3]) as string;
  if (hasLabelWord(place)) return undefined;
  return isAgencies(name) || isOutletName(name) || isNamesLine(name) ? { place, name } : undefined;
}
const SOURCE_GLYPH = / - |: | \(/;
const CITY_AFTER_AGENCY = /^[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}$/;
const SOURCE_LINE = lazily(
  () =>
    /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}(?:, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})?)(?:(?: - |: )(\p{Lu}[^()]{1,60})| \(([^()]{2,40})\))$/u,
);

/**
 * A byline without `By`, known by its own line: names before a date line (`splitBareByline`: `rest`, the date), an
 * Arabic byline (`بقلم: …`), or a source line, Arabic or English (who wrote it the names, `place` the dateline). The
 * segmenter decides where such a line is a byline, the normalizer reads it; both ask here.
 */
export function unlabelledByline(text: string): { name: string; rest?: string; place?: string } | undefined {
  const bare = splitBareByline(text);
  if (bare !== undefined) return bare;
  const arabic = arabicByline(text);
  if (arabic !== undefined) return { name: arabic };
  const arabicLine = arabicSource(text);
  if (arabicLine !== undefined) return { name: arabicLine.outlet, place: arabicLine.place };
  return sourceLine(text);
}

/** A glyph set between a date and its time (`February 16, 2024 / 10:15 AM`, `16 February 2024 • 10:15am`). */
// Note: a dash too, which chrono's Spanish parser reads as a range's (`28 noviembre 2026 - 10:32` is no time); and
// after a time, before the date (TechCrunch's `3:42 PM PST · November 28, 2026`).
const DATE_TIME_GLYPH = /\s+[/|•·–—-]\s+(?=\d{1,2}[:.]\d{2})|(?<=^\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?)\s*[·•|]\s*/i;

/** A date line's value as chrono reads it whole: no `Updated …` part, a space for the glyph between date and time. */
function dateValue(text: string): string {
  // Note: each step is tried only where a plain search finds what it needs (most date lines need none of them).
  let value = text.includes('pdate') || text.includes('PDATE') || text.includes('odified:') ? text.replace(UPDATED_TAIL, '') : text;
  value = value.replace(DATE_TIME_GLYPH, ' ');
  // Al Arabiya's `27 November ,2026: 10:15 AM GST`: the comma before the year, not after the month, is lost on chrono.
  if (value.includes(' ,')) value = value.replace(COMMA_BEFORE_YEAR, ' ');
  // Nexis' weekday after the year (`November 27, 2026 Friday 3:42 PM GMT`) hides the time from chrono.
  if (value.includes('day')) value = value.replace(WEEKDAY_AFTER_YEAR, '$1');
  // The Texas Tribune's `3:12 PM CENTRAL`: a US zone in words, for chrono as its letters (`CT`, with its summer time).
  if (US_ZONE_WORD.test(value)) value = value.replace(US_ZONE_WORD, (word) => ` ${word.trimStart().charAt(0).toUpperCase()}T`);
  return FIVE_DIGITS.test(value) ? value.replace(TIME_AFTER_YEAR, ' ') : value;
}
const US_ZONE_WORD = / (?:eastern|central|mountain|pacific)(?: time)?$/i;

const COMMA_BEFORE_YEAR = /(?<=[a-z]) ,(?=\d{4}\b)/i;
const WEEKDAY_AFTER_YEAR = /(\d{4}) (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

/** A year with a time run into it (`20263:42`) has five digits in a row. */
const FIVE_DIGITS = /\d{5}/;

/**
 * The labels of a date line; `Date` too, but not printed alone above its date. Longer labels before the labels they
 * start with (`published date` before `published`). `Issued` (France 24's `Issued on: 27/11/2026 - 18:42`) only before
 * `on` or a colon: `Issued by the ministry on 3 March…` opens a sentence.
 */
// Note: and Swissinfo's `This content was published on`, over its date; the Dhaka Tribune's `Publish :` and `Update :`
// only so, a space before the colon (`Update: …` may open an editor's note); The Royal Gazette's `Created:`.
const ENGLISH_DATE_WORDS =
  'published date|publish date|published|posted|first published|this content was published|issued(?= on|\\s*:)|last updated|last update|updated|last modified|modified|publish(?= : )|update(?= : )|created(?=\\s*:)';
const ENGLISH_DATE_STARTS = 'published publish posted first this issued updated last modified update created';

/**
 * The same in French, Spanish, Portuguese, German, Italian and Dutch, by what they date: the one list the patterns,
 * their starts and each label's language (whose numeric dates put the day first) are made from.
 * Note: German's `Stand:` (as it stood at) dates the last change; its colon is part of the label, as the word alone is
 * one of the text. `publicado` alone is Spanish's, and Portuguese's too: both put the day first.
 */
const INTL_DATE_LABELS: Readonly<Record<IntlLocale, Readonly<Record<'published' | 'updated', string>>>> = {
  fr: { published: 'publié le|publié', updated: 'mis à jour le|mis à jour|modifié le' },
  es: { published: 'publicado el|publicado', updated: 'actualizado el|actualizado' },
  pt: { published: 'publicado em', updated: 'atualizado em|atualizado' },
  de: { published: 'veröffentlicht am|veröffentlicht', updated: 'aktualisiert am|aktualisiert|stand:' },
  it: { published: 'pubblicato il|pubblicato', updated: 'aggiornato il|aggiornato' },
  nl: { published: 'gepubliceerd op|gepubliceerd', updated: 'bijgewerkt op|bijgewerkt|aangepast op|aangepast' },
};
interface IntlDateLabel {
  kind: 'published' | 'updated';
  locale: IntlLocale;
}
/** Each of those labels, in lower case, with what it dates and its language. */
const INTL_DATE_LABEL = new Map<string, IntlDateLabel>(
  INTL_LOCALES.flatMap((locale) =>
    (['published', 'updated'] as const).flatMap((kind) => INTL_DATE_LABELS[locale][kind].split('|').map((label) => [label, { kind, locale }] as const)),
  ),
);
/** Longest first, so that `publié le` is tried before `publié`. */
const INTL_DATE_WORDS = [...INTL_DATE_LABEL.keys()].sort((a, b) => b.length - a.length).join('|');
/** Their starts (`startKey`: their ASCII letters, `publié` → `publi`). */
const INTL_DATE_STARTS = [...new Set([...INTL_DATE_LABEL.keys()].map(startKey))].join(' ');
/** The labels whose date is the last change. */
const UPDATED_LABEL = new RegExp(['updated', 'last update', 'update$', 'modified', ...INTL_LOCALES.map((locale) => INTL_DATE_LABELS[locale].updated)].join('|'), 'i');

/** The last change after the date, which is the line's (Le Figaro's `Publié le 28/11/2026 à 10:32, mis à jour le …`). */
const INTL_UPDATED_TAIL = new RegExp(`(?:,| [-–|·•]) ?(?:${INTL_LOCALES.map((locale) => INTL_DATE_LABELS[locale].updated).join('|')}) .{1,60}$`, 'i');

const DATE_WORDS = `${ENGLISH_DATE_WORDS}|${INTL_DATE_WORDS}`;
const DATE_STARTS = `${ENGLISH_DATE_STARTS} ${INTL_DATE_STARTS}`;
const DATE_LINE = byStart(
  `${ENGLISH_DATE_STARTS} date`,
  new RegExp(`^(${ENGLISH_DATE_WORDS}|date)(?: on| at)?\\s*[:\\-–—]?\\s*(\\S.{0,120})$`, 'i'),
  // The date may follow its label with no space between (`PublishedMarch 5, 2024`, as a page's two elements copy).
  { glued: true },
);
/**
 * The other languages' date lines, apart: their labels are tried only on lines that start as one does, by a set
 * lookup, where a label that may run into its date is looked for at the start of every line with its first letter.
 * So a space, colon or dash must part label and date (`Stand: …`; `Publié le12 …` is no date line).
 */
const INTL_DATE_LINE = byStart(INTL_DATE_STARTS, new RegExp(`^(${INTL_DATE_WORDS})(?:\\s*[:\\-–—]\\s*|\\s+)(\\S.{0,120})$`, 'i'));

/** A date line's label on a line of its own, its date on the next line (`Published` above `5 March 2024`). */
export const DATE_LABEL = byStart(DATE_STARTS, new RegExp(`^(?:${DATE_WORDS})(?: on| at)?\\s*:?$`, 'i'));

/**
 * The first three letters of the weekdays and months a bare date may open with, and of the other languages' weekdays
 * (months.ts; fewer where their fourth or third letter is not ASCII: `miércoles` → `mi`).
 */
const DAY_OR_MONTH = new Set([
  ...['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  ...INTL_WEEKDAY_NAMES.split('|').map((day) => startKey(day).slice(0, 3)),
]);

/** The months' abbreviations that English shares with the other languages (El País' `28 nov 2026`): English reads them. */
const ENGLISH_MONTH_ABBREVIATIONS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';

/** The European time zones a date line's time may name (El País' `… - 10:32 CET`): Central and Western. */
const EUROPEAN_ZONES = 'CET|CEST|WET|WEST';
/** Such a zone at the end of a date line. */
const ZONE_AFTER_TIME = new RegExp(`\\d (?:${EUROPEAN_ZONES})$`);

/**
 * Whether a line could be a bare date: it opens with a digit, a weekday or a month, or it is a short `Place, …`,
 * `Place - …` or `PLACE …` ending in a digit (or a time's zone).
 */
function mayBeBareDate(text: string): boolean {
  if (isAsciiDigit(text.charCodeAt(0))) return true;
  const start = startKey(text);
  if (DAY_OR_MONTH.has(start.slice(0, 3))) return true;
  const last = text.charCodeAt(text.length - 1);
  // Note: asked of most lines; the zone's pattern only of a line ending in its `T`.
  if (!(isAsciiDigit(last) || (last === 0x54 && ZONE_AFTER_TIME.test(text))) || text.length > 100) return false;
  return text.includes(', ') || text.includes(' - ') || isAsciiCapital(text.charCodeAt(1));
}

/**
 * A line that is only a date written in French, Spanish, German, Italian, Portuguese or Dutch, the day first:
 * `12 février 2025 à 14h30`, `lunes, 3 de marzo de 2025`, `Mittwoch, 12. Februar 2025, 14:30 Uhr`, `1er mars 2025`;
 * perhaps after the place it was filed from, as Spanish and Italian papers print it (`Madrid, 3 de marzo de 2025`,
 * El País' `Madrid - 28 nov 2026 - 10:32 CET`, its time's zone Central or Western European),
 * and perhaps before its last change in parentheses. The date, without the place or the change, is group 1.
 */
const INTL_BARE_DATE = lazily(
  () =>
    new RegExp(
      `^(?:(?!(?:${INTL_WEEKDAY_NAMES}),)\\p{Lu}[\\p{L}.'’ -]{1,40}?(?:, | - ))?((?:(?:${INTL_WEEKDAY_NAMES}),? )?\\d{1,2}(?:\\.|er|º)? (?:de )?(?:${INTL_MONTH_NAMES}|${ENGLISH_MONTH_ABBREVIATIONS})\\.?,? (?:de )?\\d{4}` +
        '(?:(?:,| -| à| a las| um| alle| às| om)? \\d{1,2}(?:[:h.]\\d{2})?(?: ?(?:h|uhr))?(?: (?:' + EUROPEAN_ZONES + '))?)?)' +
        // Corriere della Sera's last change after it, in parentheses: `(modifica il 28 novembre 2026 | 11:05)`.
        '(?: \\((?:modifica|aggiornato|aggiornamento|mis à jour|actualizado|atualizado|aktualisiert|bijgewerkt) [^()]{1,60}\\))?$',
      'iu',
    ),
);

/** A German page's numeric date with its time in `Uhr` (`12.02.2025, 14.30 Uhr`), which tells it is German, day first. */
const GERMAN_NUMERIC_DATE = new RegExp(`^(?:(?:${weekdayNames('de')}),? )?\\d{1,2}\\.\\d{1,2}\\.\\d{4},? \\d{1,2}[:.]\\d{2} Uhr$`, 'i');

/** What a date line's label says its date is. */
function dateKind(label: string): 'published' | 'updated' {
  return UPDATED_LABEL.test(label) ? 'updated' : 'published';
}

/** The kind of date a label line gives the bare date under it, or undefined for any other line. */
export function dateLabelKind(text: string): 'published' | 'updated' | undefined {
  return DATE_LABEL.test(text) ? dateKind(text) : undefined;
}

/** A photo's credit and caption as two labelled lines: `Image source, Getty Images`, then `Image caption, Firefighters at …`. */
/**
 * The heading of readers' comments under a story (`Comments (3)`, `12 comments`, `Join the conversation`): its section
 * starts there when a comment's furniture follows it (`COMMENTS_FURNITURE`).
 */
export const COMMENTS_HEADING = byStart(
  `comments comment join show view read ${DIGITS}`,
  /^(?:(?:\d[\d,]* )?comments?(?: \(\d[\d,]*\))?|join the (?:conversation|discussion)(?:…|\.{3})?|(?:show|view|read) (?:all )?(?:\d[\d,]* )?comments)$/i,
);

/**
 * What a comment section has that a story has not: its sort order, a comment's `Reply` button, its `Load more
 * comments`, Disqus' `Login` and `Join the discussion…` box, a paywall's note on who may comment (Daily Maverick's `Please
 * note you must be a Maverick Insider to comment. …`).
 */
export const COMMENTS_FURNITURE = byStart(
  'sort sorted newest oldest best most top load show view reply report recommend upvote downvote login log join please you',
  /^(?:sort(?:ed)? by\b.{0,30}|newest|oldest|best|most (?:liked|popular|voted|recent|upvoted)|top comments|load more comments|(?:show|view) more comments|reply|report|recommend|upvote|downvote|log ?in|join the discussion(?:…|\.{3})?|(?:please note,? )?you must be (?:a |an )?[\w&.'’ -]{1,40} to comment\b.{0,160})$/i,
);

/** An agency named after a `Source:` label in the header (Xinhua's `Source: Xinhua`): the byline. */
const SOURCE_AGENCY = new RegExp(`^(?:Source|SOURCE):\\s*(${AGENCY_NAMES})$`);

/** The agency of a `Source: …` line, or undefined. */
export function sourceAgency(text: string): string | undefined {
  return text.charCodeAt(0) === 0x53 && text.length <= 40 ? SOURCE_AGENCY.exec(text)?.[1] : undefined;
}

/** A section's label under the headline (the Bangkok Post's `NEWSPAPER SECTION: Business`): the section is group 1. */
export const SECTION_LINE = byStart('section newspaper', /^(?:newspaper )?section\s?:\s*(\S.{0,40})$/i);

export const IMAGE_SOURCE = byStart('image', /^image source,\s*(\S.{0,158})$/i);
export const IMAGE_CAPTION = byStart('image', /^image caption,\s*\S/i);

/**
 * A scraper's labelled record, one field a line: `Title: …`, `URL: …`,
 * `Date: …`, `Author: …`. A `Title:` line starts an article; its text is the headline.
 */
const TITLE_LABELS = 'title|headline';
const URL_LABELS = 'url|link|short (?:url|link)|source(?: url)?|permalink|canonical|clipped from|saved from|original (?:url|article)';
const TITLE_LABEL = byStart('title headline', new RegExp(`^(?:${TITLE_LABELS}):\\s*(\\S.{0,300})$`, 'i'));
const URL_STARTS = 'url link short source permalink canonical clipped saved original';
// Note: and a journal's `doi:` (Nature's news under the story), which labels no field of a scraper's record.
const URL_LABEL = byStart(`${URL_STARTS} doi`, new RegExp(`^(?:${URL_LABELS}|doi):\\s*(https?:\\/\\/[^\\s<>"]{1,2000})$`, 'i'));

/** Any field of such a record (`Title:`, `URL:`, `Date:`, `Author:`, …), by its label alone. */
export const RECORD_FIELD = byStart(
  `title headline ${URL_STARTS} date published updated author authors byline`,
  new RegExp(`^(?:${TITLE_LABELS}|${URL_LABELS}|date|published|updated|author|authors|byline):\\s*\\S`, 'i'),
);

/** `Title: Council approves cycle lanes` → `Council approves cycle lanes`; undefined for any other line. */
export function labelledTitle(text: string): string | undefined {
  return TITLE_LABEL.exec(text)?.[1];
}

/** A blog's note of its first home: `Originally published at https://… on February 16, 2024.` */
const ORIGINALLY_AT = byStart('originally', /^originally (?:published|posted) (?:at|on) (https?:\/\/[^\s<>"]{1,2000}?)(?: on [^.]{1,40})?\.?$/i);

/**
 * `URL: https://…` (or `Link:`, `Source:`, `Permalink:`, a web clipper's `Clipped from:`, Nature's `doi:`,
 * `Originally published at https://…`) → the article's own address; undefined for any other line.
 */
export function labelledUrl(text: string): string | undefined {
  return URL_LABEL.exec(text)?.[1] ?? ORIGINALLY_AT.exec(text)?.[1];
}

/** A line that is only an address (`https://…`), as a dump copied link by link prints one above each headline. */
export function bareUrl(text: string): string | undefined {
  return /^https?:\/\/[^\s<>"]{1,2000}$/i.test(text) ? text : undefined;
}

/**
 * `Headline - Site Name` (or `|`, `–`, `—`, `·`), a page's own title, when
 * `headline` is the headline printed alone: the site's name, or undefined.
 * Note: a headline of a word or two (`Iraq` under `Iraq - Baghdad talks resume`) is not taken for one.
 */
export function siteSuffix(pageTitle: string, headline: string): string | undefined {
  if (!pageTitle.startsWith(headline) || headline.split(' ').length < 3) return undefined;
  return /^\s+[-|–—·]\s+(\S.{0,60})$/.exec(pageTitle.slice(headline.length))?.[1];
}

/**
 * A blog's line of categories and tags under its post (WordPress themes print one of these):
 * `Posted in Local News | Tagged bikes, city council | Leave a comment`, or
 * `This entry was posted in Local News and tagged bikes. Bookmark the permalink.`
 * Note: `Posted in …` counts only with a `| Tagged …` or `| Leave a comment` part after
 * it; alone, it could open a sentence (`Posted in 2019, the video went viral`).
 */
const POSTED_IN =
  /^(?:posted in (?<categories>[^|]{1,120}?)(?: [|·•] tagged (?<tagged>[^|]{1,200}?))?(?<comments> [|·•] (?:leave a comment|\d+ comments?|one comment|comments (?:off|closed)))?|this entry was posted in (?<entryCategories>.{1,120}?)(?: and tagged (?<entryTagged>.{1,200}?))?\. bookmark the permalink\.?)$/i;

const POSTED_START = byStart('posted this', /^(?:posted|this entry) /i);
const TAGS_LINE = byStart(
  'tags tagged keywords topic topics filed category categories see read',
  /^(?:tags|tagged|keywords|topics?|filed under|categor(?:y|ies)|see more on|read more about)\s*:\s*(\S.{0,300})$/i,
);

/** `Tags: budget, economy, tax` (The New York Times' `See more on: …`, The Times of Israel's `Read more about: …`, or a blog's `Posted in … | Tagged …` line, see `POSTED_IN`) → the tags, as written. */
export function matchTagsLine(text: string): string[] | undefined {
  const m = TAGS_LINE.exec(text);
  let lists: (string | undefined)[];
  if (m) lists = [m[1]];
  else {
    const posted = POSTED_START.test(text) ? POSTED_IN.exec(text)?.groups : undefined;
    if (posted === undefined || (posted.categories !== undefined && posted.tagged === undefined && posted.comments === undefined)) return undefined;
    lists = [posted.categories ?? posted.entryCategories, posted.tagged ?? posted.entryTagged];
  }
  const tags = lists.flatMap((list) => (list ?? '').split(/\s*[,;|]\s*/)).map((tag) => tag.trim()).filter(Boolean);
  return tags.length > 0 && tags.every((tag) => tag.length <= 60) ? tags : undefined;
}

/** A page's `Tags` label alone on its line, over its tags, one a line (The New Arab), or Haaretz's `Click the alert icon to follow topics:`. */
export function isTagsLabel(text: string): boolean {
  return text.length <= FILED_UNDER.length ? TAGS_LABEL.test(text) : text.length <= 40 && FOLLOW_TOPICS_LABEL.test(text);
}
// Note: not `Topics`, a footer's heading over its links (FOOTER_HEADING). The New York Post's `Filed under` too.
const TAGS_LABEL = /^(?:tags|keywords|filed under):?$/i;
const FILED_UNDER = 'filed under:';
/** Haaretz's label over a story's topics, a line each. */
const FOLLOW_TOPICS_LABEL = /^click the alert icon to follow topics:?$/i;

/** One tag of a list a line: a few words, no sentence's punctuation at its end. */
export function isTagItem(text: string): boolean {
  return text.length <= 40 && !/[.!?:;,]$/.test(text) && text.split(' ').length <= 5;
}

/** A line the segmenter gave the `tags` role: a `Tags: a, b` line's tags, none for a `Tags` label, else a tag of a list. */
export function tagsOfLine(text: string): string[] {
  if (isTagsLabel(text)) return [];
  // Note: a list's line may hold several, commas apart (Hürriyet's `Keywords:` over `defense, budget, parliament`).
  return matchTagsLine(text) ?? text.split(',').map((tag) => tag.trim()).filter(Boolean);
}

/** A note of the newsroom's at the top of a story: `Editor's note: …`, `Correction: …`, `Update: …`. */
export const EDITORS_NOTE = byStart('editor editors correction clarification update', /^(?:editor[’']?s[’']? note|correction|clarification|update)\s*:\s*\S/i);

/**
 * `2 hours ago`, `yesterday`: a page's relative time, which says nothing once copied out of it. Also in French, Spanish,
 * German, Italian, Portuguese and Dutch (`il y a 2 heures`, `hace 3 horas`, `vor 2 Stunden`, `2 ore fa`, `há 2 horas`,
 * `2 uur geleden`, `aujourd'hui à 14h30`, `gestern, 18:05 Uhr`).
 */
export const RELATIVE_DATE = new RegExp(
  '^(?:about |over |almost )?(?:(?:\\d+|an?|one)\\s+(?:sec|second|min|minute|hr|hour|day|week|month|year)s?|\\d+\\s?[smhdw])\\s+ago$|^just now$|' +
    // `Today, 3:42 pm` (The Times of Israel): a time of a day named relative to the page view.
    '^(?:today|yesterday)(?:,? (?:at )?\\d{1,2}(?:[:.]\\d{2})? ?(?:[ap]\\.?m\\.?)?(?: [a-z]{2,4})?)?$|' +
    '^(?:il y a|hace|vor|há) \\d+ (?:min(?:ute|uto|uten)?s?|heures?|horas?|stunden?|jours?|días?|dias|tagen?)$|' +
    '^\\d+ (?:minuti|ore|giorni|minuten|uur|dagen) (?:fa|geleden)$|' +
    "^(?:aujourd['’]hui|hier|hoy|ayer|heute|gestern|oggi|ieri|hoje|ontem|vandaag|gisteren)(?:,? (?:à|a las|um|alle|às|om) ?\\d{1,2}(?:[:h.]\\d{2})?(?: ?(?:h|uhr))?|,? \\d{1,2}[:h.]\\d{2}(?: ?uhr)?)?$",
  'iu',
);

/**
 * `Mar. 21 05:12 pm JST`, `21 March, 10:15`: a date line's day and month with no year (Japan Today's), which gives no
 * date either, for its year is the page view's. A weekday may come first. Or in digits, Africanews' `04/03 15:12`
 * (after its `Last updated:`), whichever way round, and Yle's day and month (`4.3. 15:12•Updated 4.3. 17:30`).
 */
const YEARLESS_DATE = lazily(
  () =>
    /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?(?:\d{1,2}\/\d{1,2}|\d{1,2}\.\d{1,2}\.|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?),?(?: (?:at )?\d{1,2}(?:[:.]\d{2})? ?(?:[ap]\.?m\.?)?)?(?: [a-z]{2,5})?(?: ?[•·|] ?updated \d{1,2}\.\d{1,2}\.(?: \d{1,2}[:.]\d{2})?)?$/i,
);

/** A day and month with no year (see `YEARLESS_DATE`). Note: the pattern only for a short line with a digit. */
export function isYearlessDate(text: string): boolean {
  return text.length <= 40 && /\d/.test(text) && YEARLESS_DATE().test(text);
}

/** `11:42 p.m. ET`: a date line's time with no day, which also says nothing once copied out of its page. */
export const TIME_ONLY = /^\d{1,2}(?:[:.]\d{2}\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s+[a-z]{2,5})?$/i;

/**
 * A line that is only a date, perhaps with a weekday and a time (or a time first, TechCrunch's `3:42 PM PST · November 28,
 * 2026`): `Tue 10 Sep 2024 17.15 BST`, `March 3, 2025`,
 * `Sat, March 9, 2024 at 10:15 AM GMT+1`, `Nov 26, 2026 - 4:15 pm GMT+3`, the Texas Tribune's US zone in words
 * (`MARCH 4, 2025 3:12 PM CENTRAL`), the Sydney Morning Herald's dash before the time (`March 4, 2025 — 3.12pm`),
 * DW's numeric date before the same in words (`11/26/2026 November 26, 2026`), The Atlantic's hour alone (`March 4, 2025, 7 AM ET`), Politico's numeric date and time (`11/27/2026 05:00 AM EST`, read only where the
 * day and month cannot be the other way round), Anadolu's `27.11.2026 - Update : 27.11.2026`, the Kyiv Independent's
 * reading time after the date (`… 3:42 PM 2 min read`, Yahoo's `… 2:30 PM GMT·3 min read`), a timestamp (`2024-02-16T10:15:00Z`, `2024/02/16`), a CJK date
 * (`2024年3月19日 10:15`), or Reuters' older
 * `February 16, 2024 / 10:15 AM / Updated 2 hours ago` (its relative part is left out of the value: `UPDATED_TAIL`)
 * and newer `November 27, 2026 3:42 PM GMT Updated 2 hours ago`, whose parts a copy of the page may run together
 * (`November 27, 20263:42 PM GMTUpdated 2 hours ago`: a time straight after the year is still a time).
 */
const BARE_DATE = new RegExp(
  `^(?:\\d{1,2}\\/\\d{1,2}\\/\\d{4}\\s*(?=[A-Z]))?(?:\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\.?(?:\\s+[A-Z]{2,4})?(?:\\s*[·•|]\\s*|\\s+)|\\d{1,2}:\\d{2},\\s+)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${'(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?'},?\\s+\\d{4}|${'(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?'}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,\\s*|\\s+)\\d{4}|\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,6})?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?|\\d{4}\\/\\d{2}\\/\\d{2}|\\d{1,2}\\/\\d{1,2}\\/\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4}|\\d{1,2}-\\d{1,2}-\\d{4}|\\d{4}\\s*[年년]\\s*\\d{1,2}\\s*[月월]\\s*\\d{1,2}\\s*[日일])(?: (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?` +
    '(?:(?:\\s*[,/|•·–—-]\\s*|\\s*)(?:at\\s+)?(?:\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)(?:,?\\s+(?:[A-Z]{2,5}(?:[+-]\\d{1,2}(?::?\\d{2})?)?|(?:eastern|central|mountain|pacific)(?: time)?))?)?' +
    '(?:(?: [/|•·-])? ?\\(?(?:(?:last )?updated\\b|last update\\b).{1,60}| - update ?: .{1,60}|(?: ?[·•|] ?| )\\d{1,3} min(?:ute)?s? read| \\d[\\d,]* views?)?$',
  'i',
);

/**
 * What follows a date after a separator, an `Updated …` part: a relative one
 * (` / Updated 2 hours ago`), or the Daily Mail's second date (`Published: 10:15 GMT,
 * 16 February 2024 | Updated: 12:30 GMT, 16 February 2024`), or France 24's (`Issued on: 05/02/2025 - 18:24 Modified:
 * 05/02/2025 - 20:10`, as a copy runs the two together). The first date is the line's.
 */
const UPDATED_TAIL = /(?: [/|•·-] | ?)\(?(?:(?:last )?updated\b|last update\b|modified:).{1,60}$| - update ?: .{1,60}$/i;

/** A time run into the year before it (`20263:42 PM`), as a copy of two elements with no space between gives it. */
const TIME_AFTER_YEAR = /(?<=(?<!\d)\d{4})(?=\d{1,2}[:.]\d{2}\b)/;

/**
 * Deutsche Welle's credit run into its caption, as its page copies: `… faced off before the voteImage: Michael
 * Kappeler/dpa/picture alliance` (the caption ends in a letter or a full stop, the label starts with a capital).
 */
function gluedImageCredit(text: string): RegExpExecArray | null {
  const at = text.lastIndexOf('Image: ');
  return at > 1 && text.charCodeAt(at - 1) !== 0x20 && text.length - at <= 128 ? GLUED_IMAGE_CREDIT().exec(text) : null;
}
const GLUED_IMAGE_CREDIT = lazily(() => /^(.{2,}?[\p{Ll}.!?)”’])(Image: \S.{0,118})$/u);

/**
 * `People on the beach. Photograph: Andrew Hasson/Getty Images` (Bloomberg's
 * `Photographer: Al Drago/Bloomberg`): a credit after a label, with no parentheses; or after a bar, The Hindu's
 * `… on November 27, 2026. | Photo Credit: Shiv Kumar Pushpakar`, where the caption's full stop may be missing, or a
 * slash (TRT World's `… in Ankara on Tuesday. / Photo: AA`).
 */
const LABELLED_CREDIT =
  /^(.{2,}?[.!?]|.{2,}?(?= \| ))\s+(?:[|/]\s+)?((?:photo(?:graph)? credit|photograph(?:er)?|photo|picture|pic|image|illustration|composite)s?:\s+\S.{0,118})$/i;

/**
 * Reuters' credit, set after the caption with no label and no parentheses:
 * `…, March 3, 2024. REUTERS/Eli Hartman/File Photo`, perhaps after Investing.com's `© Reuters. `. Note: in capitals only, since
 * `Reuters/Ipsos` after a sentence is a poll, in the body. Its page's link under the
 * photo, copied with it (`Purchase Licensing Rights, opens new tab`), is left out.
 */
const WIRE_CREDIT = lazily(
  () => /^(?:© Reuters\. )?(.{2,}?[.!?])\s+(REUTERS\/\p{Lu}[^/]{0,60}?(?:\/[^/]{1,40}?){0,3})(?:\s+Purchase Licensing Rights(?:, opens new tab)?)?$/u,
);

/**
 * Dawn's credit after a dash: `A man refuels his motorcycle in Karachi. — Reuters/File`, `Header image: A petrol
 * station in Lahore. — AFP`, Malay Mail's `— Bernama pic`. Note: with a `/` or ` pic` in it or a label before the
 * caption only, since a wire story's paragraph may end `… the ministry said. — Reuters`.
 */
const DASH_CREDIT = lazily(() => /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?: ?\/ ?\p{Lu}[\p{L}.'’ -]{0,30}){0,2}(?: (?:file )?pic)?$/u);
const CAPTION_LABELLED = /^(?:header image|photo|image|picture|caption)\s*:\s*\S/i;
const ENLARGE = 'Enlarge / ';

/**
 * A photo's caption after its label, with no credit (Tehran Times' `Photo: Iranian and Omani officials at the
 * signing ceremony in Muscat.`): a sentence of four words or more. A label over a credit alone (`Photo: Reuters`)
 * is none. Or after Ars Technica's button to enlarge the photo, as its pages copy: `Enlarge / A battery storage …`.
 */
export function isLabelledCaption(text: string): boolean {
  if (text.startsWith(ENLARGE)) return text.length <= 300 && text.length > ENLARGE.length;
  // Note: asked of every line of body, so the label's colon within the first 15 characters is looked for first.
  if (text.length > 300 || text.lastIndexOf(':', 14) < 5 || !text.endsWith('.')) return false;
  return CAPTION_LABELLED.test(text) && text.split(' ').length >= 5;
}

/** The Nation's and The East African's credit after the caption's last sentence, in capitals a bar apart: `… in Nairobi. PHOTO | FILE`. */
const BAR_CREDIT = /^(.{2,}?[.!?])\s+((?:FILE )?PHOTOS? \| [A-Z][A-Z .'’-]{1,40}(?: \| [A-Z]{2,6})?)$/;
/** A photographer's credit after the caption's last sentence, with no colon: `… in Hai Phong. Photo by VnExpress/Giang Huy`. */
const PHOTO_BY_CREDIT = /^(.{2,}?[.!?])\s+(Photo by \S.{0,80})$/;

/** A credit pattern's match: its caption (group 1) and credit (group 2). */
function captionAndCredit(match: RegExpExecArray | null): { caption: string; credit: string } | undefined {
  return match === null ? undefined : { caption: match[1] as string, credit: match[2] as string };
}

/**
 * Dawn's credit after a dash (see DASH_CREDIT); with `mark`, Politico's after a bar: `… at the Capitol. | Francis
 * Chung/POLITICO` (the Buenos Aires Times' with spaces round its slash: `… | Télam / Juan Pérez`).
 */
function dashCredit(text: string, mark = ' — '): { caption: string; credit: string } | undefined {
  const at = text.lastIndexOf(mark);
  const caption = text.slice(0, at);
  const credit = text.slice(at + mark.length);
  // Note: or a picture's credit (Malay Mail's `… in Putrajaya, March 4, 2025. — Bernama pic`).
  if (!/[.!?]$/.test(caption) || !DASH_CREDIT().test(credit) || !(credit.includes('/') || credit.endsWith(' pic') || CAPTION_LABELLED.test(text))) return undefined;
  return { caption, credit };
}

/**
 * The National's credit after the caption's last sentence, the photographer and the paper a slash apart:
 * `Teachers at a school in Abu Dhabi. Victor Besa / The National`; or run into its full stop (NBC News' `… in the
 * Oval Office on Tuesday.Andrew Harnik / Getty Images`).
 */
const SLASH_SPACED_CREDIT = lazily(() => /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3} \/ (?:The )?\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3}$/u);

function slashCredit(text: string): { caption: string; credit: string } | undefined {
  const slash = text.lastIndexOf(' / ');
  // The credit starts after the last sentence's end before the slash.
  const end = sentenceEndBefore(text, slash, 50);
  if (end < 1) return undefined;
  const credit = text.slice(afterStop(text, end));
  return SLASH_SPACED_CREDIT().test(credit) ? { caption: text.slice(0, end + 1), credit } : undefined;
}

/**
 * A photographer or outlet after the caption's full stop, no agency, run into it (El País' `… in Madrid on
 * Tuesday.Claudio Álvarez`) or a space apart (the New York Post's `… on Tuesday. Stephen Yang`, the Dhaka Tribune's
 * `… in Dhaka. Dhaka Tribune`, The New Times' `… Nduhungirehe. Courtesy`). Note: a name is no credit's sign in the body (see `looksLikeCredit`): the segmenter
 * takes one only directly under the header.
 */
function nameAfterCaption(text: string): { caption: string; credit: string } | undefined {
  const stop = sentenceEndBefore(text, text.length, NAME_CREDIT_MAX);
  if (stop < 2 || !isAsciiSmall(text.charCodeAt(stop - 1))) return undefined;
  // Note: a sentence's full stop, after a word of four letters or more: not a title's (`By Dr. Jane Smith`, `Gen.`).
  const word = text.lastIndexOf(' ', stop);
  if (word === -1 || stop - word <= ABBREVIATION_MAX) return undefined;
  const start = afterStop(text, stop);
  if (!isAsciiCapital(text.charCodeAt(start))) return undefined;
  const credit = text.slice(start);
  return NAME_CREDIT().test(credit) ? { caption: text.slice(0, stop + 1), credit } : undefined;
}
const NAME_CREDIT_MAX = 40;
/** The longest title or rank before a name, with its space (`Gen.`, `Sen.`): a word no longer is no sentence's end. */
const ABBREVIATION_MAX = 4;
const NAME_CREDIT = lazily(() => /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}$|^Courtesy(?: photo)?$/u);

/** Where what follows a sentence's full stop at `stop` starts: after a space, or at once, run into it. */
function afterStop(text: string, stop: number): number {
  return text.charCodeAt(stop + 1) === 0x20 ? stop + 2 : stop + 1;
}

/**
 * Where the last sentence before `at` ends, within `reach` characters of it: its full stop (or `!`, `?`) before a
 * space, or run into a capital after a small letter (not an initial's: `J.D. Smith`). -1 if none.
 */
function sentenceEndBefore(text: string, at: number, reach: number): number {
  for (let i = at - 1; i > 0 && i >= at - reach; i--) {
    const code = text.charCodeAt(i);
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f) continue;
    const next = text.charCodeAt(i + 1);
    if (next === 0x20 || (isAsciiCapital(next) && isAsciiSmall(text.charCodeAt(i - 1)))) return i;
  }
  return -1;
}

/**
 * France 24's credit after a copyright sign, `… speaks to the media in Tehran. © Atta Kenare, AFP`, and Euronews'
 * after the word, `… in Brussels - Copyright Virginia Mayo/AP`. The credit is a name or two, in capitals, a comma or
 * a slash apart.
 */
const COPYRIGHT_CREDIT = lazily(() => /^\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,3}(?:(?:, ?|\/)\p{Lu}[\p{L}\p{N}.'’&-]*(?: \p{Lu}[\p{L}\p{N}.'’&-]*){0,3}){0,3}$/u);

function copyrightCredit(text: string): { caption: string; credit: string } | undefined {
  const sign = text.lastIndexOf(' © ');
  const at = sign === -1 ? text.lastIndexOf(' - Copyright ') : sign;
  if (at === -1) return undefined;
  const caption = text.slice(0, at).trimEnd();
  const credit = text.slice(at + (sign === -1 ? ' - Copyright '.length : ' © '.length));
  return caption.length >= 2 && COPYRIGHT_CREDIT().test(credit) ? { caption, credit } : undefined;
}

/** The Telegraph's credit after its caption with no full stop between: `… in Kent on Thursday Credit: Jeff Overs/BBC/PA`. */
function creditAfterCaption(text: string): { caption: string; credit: string } | undefined {
  const label = text.lastIndexOf('Credit: ');
  // Or run into the caption's full stop (the Sydney Morning Herald's `… on Tuesday.Credit: Alex Ellinghausen`).
  const glued = label > 2 && ENDS_SENTENCE.test(text.slice(label - 2, label));
  const at = glued ? label : label - 1;
  if (at < 2 || text.length - at > 120 || (!glued && text.charCodeAt(at) !== 0x20)) return undefined;
  const credit = text.slice(label);
  // Note: the credit names someone, in capitals (`Credit: Jeff Overs/BBC/PA`); `Credit: not much` is text.
  return isAsciiCapital(credit.charCodeAt('Credit: '.length)) ? { caption: text.slice(0, at), credit } : undefined;
}

/** A sentence's last letter and its full stop (not an initial's: `J.`). */
const ENDS_SENTENCE = /^[\p{Ll}\d][.!?]$/u;

function endsInLetter(text: string): boolean {
  // Note: `| 0x20` makes a capital small.
  return isAsciiSmall(text.charCodeAt(text.length - 1) | 0x20);
}

/** Character codes of the cheap checks that gate the patterns: an ASCII digit, capital, small letter. */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
function isAsciiCapital(code: number): boolean {
  return code >= 0x41 && code <= 0x5a;
}
export function isAsciiSmall(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/**
 * A caption's credit set after its last sentence with nothing around it, an agency's or outlet's name (a news
 * database's photo captions: `A train at a station in Abu Dhabi. Reuters`). Asked only of a line known to be a caption.
 */
export function creditAfterSentence(text: string): { caption: string; credit: string } | undefined {
  const stop = text.lastIndexOf('. ');
  if (stop < 1) return undefined;
  const credit = text.slice(stop + 2);
  return isAgencies(credit) || isOutletName(credit) ? { caption: text.slice(0, stop + 1), credit } : undefined;
}

/**
 * Splits `caption text. (Credit)` into its parts when the line ends with a
 * balanced parenthesised group. Scans backwards once: linear, no regex.
 */
export function splitCredit(text: string): { caption: string; credit: string } | undefined {
  // Al Jazeera's credit is in brackets (`… in Gaza City [Mahmoud Issa/Reuters]`); an editor's `[sic]` is not one.
  if (text.endsWith(']')) {
    const parts = lastGroup(text, 0x5b, 0x5d);
    return parts !== undefined && looksLikeCredit(parts.credit) ? parts : undefined;
  }
  // SBS News' caption after its label, the credit after `Source:`: `Image: The RBA has cut the rate. Source: AAP / Bianca De Marchi`.
  if (text.startsWith('Image: ') && text.includes('. Source: ')) {
    const at = text.lastIndexOf('. Source: ');
    return { caption: text.slice('Image: '.length, at + 1), credit: text.slice(at + 2) };
  }
  if (!text.endsWith(')')) {
    // Note: most body lines have neither a colon nor REUTERS/, which the patterns (tried at every sentence end) need.
    // Reuters' credit ends the line: only its tail is searched.
    const pattern = text.includes(':') ? LABELLED_CREDIT : text.includes('REUTERS/', text.length - 140) ? WIRE_CREDIT() : undefined;
    // Note: a caption labelled itself (`FILE PHOTO: …`) may end in Reuters' credit (Investing.com's copies).
    const labelled =
      pattern?.exec(text.length > 1000 ? '' : text) ??
      (pattern === LABELLED_CREDIT ? (gluedImageCredit(text) ?? (text.includes('REUTERS/', text.length - 140) ? WIRE_CREDIT().exec(text.length > 1000 ? '' : text) : null)) : undefined);
    if (labelled) return { caption: labelled[1] as string, credit: labelled[2] as string };
    if (pattern === LABELLED_CREDIT && text.includes('Credit: ')) return creditAfterCaption(text);
    // Note: a dash's or a slash's credit ends in a letter, and most lines (paragraphs) end in punctuation.
    if (!endsInLetter(text)) return undefined;
    if (text.includes(' — ', text.length - 64)) return dashCredit(text);
    // The Gleaner's with a hyphen: `… on Tuesday. - Rudolph Brown/Photographer` (a slash in it, as dashCredit asks).
    if (text.includes('. - ', text.length - 64)) return dashCredit(text, ' - ');
    if (text.includes(' | ', text.length - 64)) return captionAndCredit(BAR_CREDIT.exec(text)) ?? dashCredit(text, ' | ');
    // VnExpress' credit after the caption's last sentence, a photographer's with no label's colon: `… Photo by VnExpress/Giang Huy`.
    if (text.includes(' Photo by ', text.length - 80)) return captionAndCredit(PHOTO_BY_CREDIT.exec(text));
    if (text.includes(' © ', text.length - 64) || text.includes(' - Copyright ', text.length - 80)) return copyrightCredit(text);
    if (text.includes(' / ', text.length - 64)) return slashCredit(text);
    return text.includes('/', text.length - 64) ? gluedSlashCredit(text) : nameAfterCaption(text);
  }
  return lastGroup(text, 0x28, 0x29);
}

/**
 * The Globe and Mail's credit run into its caption after the last sentence's full stop, photographer and agency a
 * slash apart: `… in Ottawa on March 12.Adrian Wyld/The Canadian Press` (or a space between them, Business Insider's). Note: a full stop after a capital is an
 * initial's (`J.D. Smith/AP`), not a sentence's end.
 */
function gluedSlashCredit(text: string): { caption: string; credit: string } | undefined {
  const slash = text.lastIndexOf('/');
  for (let stop = text.indexOf('.', slash - 64); stop !== -1 && stop < slash; stop = text.indexOf('.', stop + 1)) {
    // Note: or a space between (Business Insider's `Tesla CEO Elon Musk. Kevin Dietsch/Getty Images`).
    const start = afterStop(text, stop);
    if (stop < 2 || !isAsciiCapital(text.charCodeAt(start)) || isAsciiCapital(text.charCodeAt(stop - 1))) continue;
    const credit = text.slice(start);
    return SLASH_CREDIT().test(credit) ? { caption: text.slice(0, stop + 1), credit } : undefined;
  }
  return undefined;
}

/** The text before a balanced group that ends it (between the `open` and `close` characters) and the group's text. */
function lastGroup(text: string, open: number, close: number): { caption: string; credit: string } | undefined {
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === close) depth++;
    else if (c === open && --depth === 0) {
      const caption = text.slice(0, i).trim();
      const credit = text.slice(i + 1, -1).trim();
      if (caption.length === 0 || credit.length === 0 || credit.length > 160) return undefined;
      return { caption, credit };
    }
  }
  return undefined;
}

/**
 * A photo's credit on a line of its own, next to its caption, and on which side the caption is:
 * - `Kevin Dietsch/Getty Images`, `Saul Loeb/AFP via Getty Images`: the photographer and agency, under the caption
 *   (CNN and other American sites);
 * - `Getty Images`, `Reuters`, `PA Media`, `EPA-EFE/Shutterstock`: the agency alone, over the caption (the BBC).
 */
const SLASH_CREDIT = lazily(
  () => /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?:\/\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3}){1,3}(?: via Getty Images)?$/u,
);
/**
 * CNBC's credit under its caption, a bar apart: `Michael M. Santiago | Getty Images`, `Jane Doe | Bloomberg | Getty
 * Images`. Note: only a picture library's name last: `Jane Doe | Reuters` is as much a byline.
 */
const BAR_CREDIT_ALONE = lazily(
  () => /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}(?: \| \p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3})? \| (?:Getty Images|Shutterstock|Alamy|Imagn Images)$/u,
);
const EM_DASH_CREDIT = lazily(() => /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}—\p{Lu}[\p{L}&.'’-]*(?: \p{Lu}[\p{L}&.'’-]*){0,3}$/u);
/** A credit that names more than one: a comma or a slash between them. */
const SEVERAL_NAMES = /[,/]/;
const INITIALS = /^[A-Z]{2,6}$/;
const CREDIT_LABEL = /^(?:credit\s*(?:\.{2,}|…|:)|image:|foto:|bild:)\s*(?=\S)/i;
const CREDIT_LABEL_FIRST = codesOf('cifb');
const AGENCY_CREDIT_FIRST = new Set([...'GRAEPSBHF'].map((char) => char.charCodeAt(0)));
const AGENCY_CREDIT =
  /^(?:Getty Images|Reuters|AFP|AP|EPA|EPA-EFE|PA Media|PA|Anadolu|Shutterstock|Alamy|BBC|Bloomberg|Handout|Family handout|Supplied)(?:\/[A-Z][\w&.'’ -]{1,30}){0,2}$/;

export function creditAlone(text: string): { credit: string; caption: 'above' | 'below' } | undefined {
  if (text.length > 100) return undefined;
  // The New York Times' credit under its caption, after a label: `Credit...Kenny Holston/The New York Times`.
  // DW's the same with `Image:` (`Image: Ahmad Gharabli/AFP/Getty Images`), and European papers' with `Foto:` or
  // `Bild:` (Der Spiegel's `Foto: Kay Nietfeld / dpa`), which may label a caption too: only a credit's words make it one.
  const labelled = firstIn(text, CREDIT_LABEL_FIRST) ? CREDIT_LABEL.exec(text) : null;
  if (labelled !== null) {
    const credit = text.slice(labelled[0].length);
    // A labelled caption with its credit after it (SBS News' `Image: … Source: …`) is no credit alone.
    if (credit.includes('. Source: ')) return undefined;
    // Note: or an agency's initials (The Star's `Image: PCS`).
    return (labelled[0].charCodeAt(0) | 0x20) === 0x63 || looksLikeCredit(credit) || INITIALS.test(credit) ? { credit, caption: 'above' } : undefined;
  }
  // France 24's credit under its caption after a copyright sign, `© Atta Kenare, AFP`: a photographer and an agency,
  // a comma or slash apart. Note: an agency alone (`© KYODO`) is the story's copyright (`COPYRIGHT_AGENCY`).
  if (text.charCodeAt(0) === 0xa9) {
    const credit = text.slice(text.charCodeAt(1) === 0x20 ? 2 : 1);
    return SEVERAL_NAMES.test(credit) && COPYRIGHT_CREDIT().test(credit) ? { credit, caption: 'above' } : undefined;
  }
  if (firstIn(text, AGENCY_CREDIT_FIRST) && AGENCY_CREDIT.test(text)) return { credit: text, caption: 'below' };
  // A photographer's credit in parentheses under its caption: `(Photo by Guillem Sartorio/Bloomberg via Getty Images)`.
  if (text.charCodeAt(0) === 0x28) {
    const credit = CREDIT_IN_PARENTHESES.exec(text);
    if (credit !== null) return { credit: (credit[1] ?? credit[2]) as string, caption: 'above' };
  }
  if (text.includes(' | ')) return BAR_CREDIT_ALONE().test(text) ? { credit: text, caption: 'above' } : undefined;
  // Time's and Fortune's credit, photographer and agency an em dash apart with no spaces: `Win McNamee—Getty Images`.
  // Note: an agency's or library's after the dash (`looksLikeCredit`), as a line of body may be names and a dash too.
  if (text.includes('—')) return EM_DASH_CREDIT().test(text) && looksLikeCredit(text.slice(text.indexOf('—') + 1)) ? { credit: text, caption: 'above' } : undefined;
  return text.includes('/') && SLASH_CREDIT().test(text) ? { credit: text, caption: 'above' } : undefined;
}

/** Credits name a photographer, an agency or a kind of picture; ordinary parentheses rarely do. */
const CREDIT_WORDS = new RegExp(
  `(?:\\b(?:photos?|photograph(?:er)?|pictures?|image|file|handout|courtesy|credit|via|AFP|AP|Reuters|EPA|Getty|PA (?:Wire|Media|Images)|Anadolu|SPA|WAM|Xinhua|Yonhap|Kyodo|Bernama|Newsis|Bloomberg|Shutterstock|Alamy|pool|press office|TV|screengrab|video grab|supplied|pic|${EUROPEAN_PHOTO_AGENCIES})\\b|\\bNews: \\S|\\/)`,
  'i',
);

/** `A man walks. (Photo by John Smith / AFP` — a credit that lost its closing parenthesis. */
export function hasUnclosedCredit(text: string): boolean {
  // Note: most paragraphs have no `(`: includes finds that in a fast forward scan, where lastIndexOf walks back char by char.
  if (!text.includes('(')) return false;
  const open = text.lastIndexOf('(');
  return !text.includes(')', open) && looksLikeCredit(text.slice(open + 1));
}

/** True when a parenthesised group reads like a photo credit. */
export function looksLikeCredit(credit: string): boolean {
  if (isArabicLine(credit) || credit.startsWith('«')) return ARABIC_CREDIT().test(credit);
  return CREDIT_WORDS.test(credit) || isOutletName(credit) || (credit.includes(' for ') && FOR_OUTLET().test(credit));
}

/** A photographer working for a paper: `Tom Brenner for The Washington Post`. */
const FOR_OUTLET = lazily(() => /^\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){1,3} for (?:The )?\p{Lu}\S*(?: \p{Lu}\S*){0,4}$/u);

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/**
 * `OSLO, March 3 (Reuters) -`, `LIMA, Peru (AP) —`, `WASHINGTON —`, a news release's
 * `COLUMBUS, Ohio, March 4, 2025 /PRNewswire/ --`: a place in capitals, optional
 * qualifiers after commas, an optional agency, then a dash.
 */
const DATELINE = new RegExp(
  '^(' +
    "\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]*){0,3}" + // the place, in capitals
    `(?:, (?:${MONTH} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${MONTH}(?: \\d{4})?|\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,2}))?` + // a region or a date
    `(?:, (?:${MONTH} \\d{1,2}(?:, \\d{4})?|\\d{1,2} ${MONTH}(?: \\d{4})?))?` + // a date after a region
    '(?: \\((?:\\p{Lu}[\\p{L}\\d&./ -]{0,40})\\)| /\\p{Lu}[\\p{L} -]{1,40}/)?' + // the agency: `(Reuters)`, `(Kurdistan24)`, or a wire's `/PRNewswire/`
    ')\\s*[-–—]+\\s+\\S',
  'u',
);

const CNN_DATELINE = lazily(
  () => /^((?:\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} )?(?:CNN(?=\s*[-–—]+\s+\S)|\(CNN(?: Business| Español)?\)(?=\s*[-–—]*\s*[\p{Lu}"“‘']\S)))/u,
);

function dateDateline(paragraph: string): string | undefined {
  return DAY_OR_MONTH.has(startKey(paragraph).slice(0, 3)) ? DATE_DATELINE().exec(paragraph)?.[1] : undefined;
}

/**
 * CNN's house style, its name after the place in ordinary capitals: `New York CNN —`, `Washington CNN —`; and its
 * older one, the name in parentheses, the text often run on: `Washington (CNN)The …`, `(CNN) — The …`.
 */
function cnnDateline(paragraph: string): string | undefined {
  if (paragraph.lastIndexOf('CNN', 40) === -1) return undefined;
  return CNN_DATELINE().exec(paragraph)?.[1];
}

/**
 * A city in ordinary case before a colon, a dash or a full stop, the story's first sentence after it: `Muscat: Oman and
 * Iran agreed …`, `New Delhi: The government …`, Morocco World News' `Rabat - Morocco will build …`, the Jakarta Globe's
 * `Jakarta. President …`. Only a city of the list
 * (places.ts): the shape is also a headline's (`Storm Bert: …`, `NATO - the alliance …`).
 * Note: the mark is looked for within a city's reach only; a search of the whole paragraph, which most lack, cost ~2%
 * of segmenting.
 */
function cityDateline(paragraph: string): string | undefined {
  const mark = CITY_MARK.exec(paragraph.slice(0, CITY_REACH));
  if (mark === null || mark.index < 3 || mark.index > 24) return undefined;
  const city = paragraph.slice(0, mark.index);
  const after = mark.index + mark[0].length;
  return DATELINE_CITIES.has(city.toLowerCase()) && CITY_THEN_SENTENCE.test(paragraph.slice(after, after + 2)) ? city : undefined;
}
const CITY_MARK = /: | [-–] |\. /;
const CITY_REACH = 28;
/** What follows the colon or dash: a sentence's capital, perhaps after an opening quote. */
const CITY_THEN_SENTENCE = /^["“‘']?\p{Lu}/u;

/**
 * The Indian wires' dateline, the place in ordinary case, no dash after it: IANS' `New Delhi, Nov 27 (IANS) The …`,
 * ANI's `New Delhi [India], November 27 (ANI): Union Minister …`. The agency is in capitals.
 */
const INDIAN_WIRE_DATELINE = lazily(
  () =>
    new RegExp(
      `^(\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}(?: \\[\\p{Lu}[\\p{L} ]{1,30}\\])?, (?:${MONTH} \\d{1,2}|\\d{1,2} ${MONTH})(?:, \\d{4})? \\([A-Z]{2,6}\\)):?\\s+["“‘']?\\p{Lu}`,
      'u',
    ),
);

function indianWireDateline(paragraph: string): string | undefined {
  const close = paragraph.indexOf(')');
  return close > 8 && close < 80 ? INDIAN_WIRE_DATELINE().exec(paragraph.slice(0, 100))?.[1] : undefined;
}

/** A wire story's dateline with no place, its date and agency alone: `Nov 27 (Reuters) -`. */
const DATE_DATELINE = lazily(() => new RegExp(`^(${MONTH} \\d{1,2}(?:, \\d{4})? \\(\\p{Lu}[\\p{L}&./ -]{0,40}\\))\\s*[-–—]+\\s+\\S`, 'u'));

/**
 * The dateline of the Indian, Pakistani and Gulf press, a colon after the place: `NEW DELHI: Parliament …`,
 * `RIYADH: …`. Note: the place alone, one to three words; a label in capitals (`BREAKING:`, `UPDATE:`) is none.
 */
const COLON_DATELINE = lazily(() => /^(\p{Lu}[\p{Lu}.'’-]{2,}(?: \p{Lu}[\p{Lu}.'’-]+){0,2}):\s+["“‘']?\p{Lu}/u);
/**
 * Whether any word of what reads as a place is a label's (`BREAKING`, `FACT-CHECK`): the words split at spaces,
 * hyphens and commas, in any case. Every reader of a place in capitals (datelines, place lines, source lines) asks it.
 */
function hasLabelWord(place: string): boolean {
  return place.split(LABEL_WORD_GAP).some((word) => COLON_LABELS.has(word.toUpperCase()));
}
const LABEL_WORD_GAP = /[ ,-]+/;
const COLON_LABELS = new Set(
  'BREAKING UPDATE UPDATED WATCH READ NOTE WARNING EXCLUSIVE ANALYSIS OPINION LIVE CORRECTION CLARIFICATION PHOTOS PHOTO VIDEO HOST SOURCE SOURCES EDITOR SUMMARY TRANSCRIPT ALSO RELATED MORE TAGS URL TITLE DATE AUTHOR BYLINE DATELINE FACT CHECK ANNOUNCER SPOILER ALERT TL;DR TLDR FAQ SECTION NEWSPAPER WRITER SCOOP VIEW KNOW'.split(' '),
);

/**
 * A place alone on its line, in capitals (`ANKARA`, `NEW DELHI`): one to three words, not a label (`ANALYSIS`).
 * Note: the second character a capital too, or most lines end here.
 */
export function isPlaceLine(text: string): boolean {
  const second = text.charCodeAt(1);
  if (text.length > PLACE_MAX || isAsciiSmall(second) || second === 0x20) return false;
  return PLACE_LINE().test(text) && !hasLabelWord(text);
}
const PLACE_LINE = lazily(() => new RegExp(`^${PLACE_IN_CAPITALS}$`, 'u'));

/** TASS's dateline: the place in capitals, the date, the agency between slashes, a full stop after each: `MOSCOW, November 28. /TASS/. The …`. */
const SLASH_DATELINE = lazily(
  () => new RegExp(`^(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]*){0,3}, (?:${MONTH} \\d{1,2}|\\d{1,2} ${MONTH})\\. /\\p{Lu}[\\p{L} -]{1,40}/)\\.\\s+\\S`, 'u'),
);

function slashDateline(paragraph: string): string | undefined {
  const slash = paragraph.indexOf('. /');
  return slash > 6 && slash < 60 ? SLASH_DATELINE().exec(paragraph.slice(0, 120))?.[1] : undefined;
}

/**
 * Business Wire's dateline, the wire between double hyphens glued to the place and the text: `SAN FRANCISCO--(BUSINESS
 * WIRE)--Acme …`, `CUPERTINO, Calif.--(BUSINESS WIRE)--…`.
 */
const WIRE_HYPHENS_DATELINE = lazily(() => /^(\p{Lu}[\p{Lu}.'’ &-]*(?:, \p{Lu}[\p{L}.' ]{1,30})?--\(BUSINESS WIRE\))--\S/u);

function wireHyphensDateline(paragraph: string): string | undefined {
  const wire = paragraph.indexOf('--(BUSINESS WIRE)--');
  return wire > 1 && wire < 80 ? WIRE_HYPHENS_DATELINE().exec(paragraph.slice(0, 120))?.[1] : undefined;
}

function accesswireDateline(paragraph: string): string | undefined {
  // Note: looked for near the start only; most paragraphs that come here (quotations) are long.
  const accesswire = paragraph.lastIndexOf(' / ACCESSWIRE / ', 60);
  return accesswire > 1 && accesswire < 60 ? ACCESSWIRE_DATELINE().exec(paragraph.slice(0, 140))?.[1] : undefined;
}

/** ACCESSWIRE's dateline, its parts a slash apart: `NEW YORK, NY / ACCESSWIRE / March 4, 2025 / Bright Solar …`. */
const ACCESSWIRE_DATELINE = lazily(() => new RegExp(`^(\\p{Lu}[\\p{Lu}.'’ -]*(?:, \\p{Lu}[\\p{L}.' ]{1,30})? / ACCESSWIRE / ${MONTH} \\d{1,2}, \\d{4}) / \\S`, 'u'));

/** ANSA's English service, the agency first: `(ANSA) - ROME, MARCH 4 - Italy's …`. */
const AGENCY_FIRST_DATELINE = lazily(() => /^(\(ANSA\) - \p{Lu}[\p{Lu}.'’ -]{1,40}?(?:, [A-Z]{3,9} \d{1,2})?) - \S/u);

/** A news database's labelled dateline (Nexis: `Dateline: LONDON`, the older export's `DATELINE: LONDON`); group 1 the place. */
export const DATELINE_LABEL = /^(?:Dateline|DATELINE): (\S.{0,60})$/;

/**
 * A place in ordinary case and its agency, then a dash: IRNA's, after a comma (`Tehran, IRNA – Iran's …`), or AFP's
 * and dpa's, in parentheses (`Gaza City (AFP) - Israeli …`, `Berlin (dpa) - …`), perhaps with a region or a date
 * between (`Kyiv, Ukraine (AP) —`, Jiji's `Tokyo, March 4 (Jiji Press)--Japan's …`, EFE's `Madrid, 4 mar (EFE).- El …`).
 * Only an agency of the list: a company's ticker stands so too (`Apple (AAPL) - …`).
 */
const AGENCY_DATELINE = lazily(() => {
  const words = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}";
  const date = `${MONTH} \\d{1,2}|\\d{1,2} \\p{Ll}{3,10}\\.?`;
  const agency = `, (?:${AGENCY_NAMES})| \\((?:${AGENCY_NAMES})\\)`;
  // Note: a hyphen glued to the text is a compound's (`(AFP)-based`), not a dash: only two of them, or a long dash.
  return new RegExp(`^(${words}(?:, ${words})?(?:, (?:${date}))?(?:${agency}))\\.?\\s*(?:[-–—]+\\s+|--|[–—])\\S`, 'u');
});

function agencyDateline(paragraph: string): string | undefined {
  const agencyAt = (at: number): boolean => at > 1 && at < 30 && isAsciiSmall(paragraph.charCodeAt(at + 2) | 32);
  return agencyAt(paragraph.indexOf(', ')) || agencyAt(paragraph.indexOf(' (')) ? AGENCY_DATELINE().exec(paragraph.slice(0, 100))?.[1] : undefined;
}

function colonDateline(paragraph: string): string | undefined {
  const place = COLON_DATELINE().exec(paragraph.slice(0, 60))?.[1];
  return place === undefined || hasLabelWord(place) ? undefined : place;
}

/** The dateline that opens a paragraph, without its dash; the paragraph itself is left whole. */
export function matchDateline(paragraph: string): string | undefined {
  // Note: a dateline's place is in capitals, its second character a capital or `.'’-`, never a lower-case ASCII
  // letter or a space: most paragraphs (`The …`, `A …`) end here, and the costly pattern is not even compiled for a
  // dump without datelines. Only CNN's house style and a date with no place (`Nov 27 (Reuters) -`) start otherwise.
  const second = paragraph.charCodeAt(1);
  if (isAsciiSmall(second) || second === 0x20) {
    return cnnDateline(paragraph) ?? dateDateline(paragraph) ?? cityDateline(paragraph) ?? indianWireDateline(paragraph) ?? agencyDateline(paragraph);
  }
  if (paragraph.charCodeAt(0) === 0x28) return cnnDateline(paragraph) ?? (paragraph.startsWith('(ANSA) - ') ? AGENCY_FIRST_DATELINE().exec(paragraph.slice(0, 80))?.[1] : undefined);
  // Note: only a bounded prefix is examined, so a pathological paragraph cannot slow the match.
  const m = DATELINE.exec(paragraph.slice(0, 160));
  if (!m) return colonDateline(paragraph) ?? slashDateline(paragraph) ?? wireHyphensDateline(paragraph) ?? accesswireDateline(paragraph);
  const dateline = m[1] as string;
  // A bare capitalised word and a hyphen (`NATO - the alliance…`) is not enough: ask for a qualifier, an agency, a
  // place of more than one word, or a dash, em or en (The Straits Times' `SINGAPORE –`), after a word no label; a
  // hyphen after a city of the list (The Straits Times' `BANGKOK -`).
  if (!/[,(]/.test(dateline) && !/ /.test(dateline)) {
    const dashed = /[—–]/.test(paragraph.slice(dateline.length, dateline.length + 3)) || DATELINE_CITIES.has(dateline.toLowerCase());
    return dashed && !hasLabelWord(dateline) ? dateline : undefined;
  }
  return dateline;
}

/** A headline is short and does not end like a sentence. */
export function isTitleLike(text: string): boolean {
  return text.length <= 200 && !/[.,;:]$/.test(text);
}

/**
 * A page's breadcrumb trail above the headline: `News|Israel-Palestine conflict`, `World › Middle East`,
 * `Business > Markets`, Fortune's `Finance · Banking`. Group 1 is its last crumb, the section the story is in.
 */
const BREADCRUMB = lazily(() => /^\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,3}(?: ?[|›»>·] ?\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,3}){0,2} ?[|›»>·] ?(\p{Lu}[\p{L}&'’-]*(?: [\p{L}&'’-]+){0,3})$/u);
const CRUMB_GLYPH = /[|›»>·]/;

/** The last crumb of a breadcrumb trail (`World › Middle East` → `Middle East`), or undefined for any other line. */
export function breadcrumbSection(text: string): string | undefined {
  return text.length <= 80 && CRUMB_GLYPH.test(text) ? BREADCRUMB().exec(text)?.[1] : undefined;
}

/**
 * A section label in a script without capitals (Arabic's `العالم العربي`, the Arab world): one to three words, short, no
 * punctuation. Note: without capitals to tell it, the segmenter takes it as one only over a headline printed twice.
 */
export function isUncasedLabel(text: string): boolean {
  if (text.length > 30 || text.charCodeAt(0) <= LATIN_END || text.split(' ').length > 3) return false;
  // No letter with a case: neither changes it. Note: not `\p{Lo}`, which takes ~3 ms to compile.
  return text.toUpperCase() === text && text.toLowerCase() === text && !LABEL_PUNCTUATION.test(text);
}
/** The last of the Latin script's letters in Unicode's first blocks (Latin Extended-B): a line starting at or below it is no uncased label. */
const LATIN_END = 0x24f;
/** ASCII's punctuation and symbols, and Arabic's comma, semicolon and question mark, guillemets, quotes, ellipsis. */
const LABEL_PUNCTUATION = /[!-/:-@[-`{-~«»،؛؟…“”‘’]/;

/**
 * A kicker or section label: one or two words (an `&` or `and` between them aside: The Irish Times' `Crime & Law`, UN
 * News' `Peace and Security`), or up to three in capitals; short, no punctuation (`WORLD`, `Sport`, `Middle East`).
 */
export function isKicker(text: string): boolean {
  if (text.length > 30 || !/^\p{Lu}[\p{L}\p{N}&'’-]*(?: [\p{L}\p{N}&'’-]+){0,2}$/u.test(text)) return false;
  return text.split(' ').length - (text.includes(' & ') || text.includes(' and ') ? 1 : 0) <= 2 || text === text.toUpperCase();
}

/**
 * A kicker of three words, each capitalised (the Kyiv Independent's `Ukraine War Latest`, Der Spiegel's `Germany's Debt
 * Brake`). Note: a short headline looks the same; the segmenter takes one only over a headline over its header.
 */
export function isTitleCaseKicker(text: string): boolean {
  return text.length <= 30 && TITLE_CASE_KICKER().test(text);
}
const TITLE_CASE_KICKER = lazily(() => /^\p{Lu}[\p{L}\p{N}'’-]*(?: \p{Lu}[\p{L}\p{N}'’-]*){2}$/u);

/** An explainer's question set as a subheading (`What has changed?`, `Who is eligible?`): a question word first. */
const QUESTION_HEADING = /^(?:what|why|how|who|whose|when|where|which|is|are|was|were|can|could|will|would|does|do|did|should|has|have)\b[^?]*\?$/i;

/**
 * A subheading inside the body: short, capitalised, no sentence punctuation at
 * the end (but an explainer's question), and followed by a paragraph that reads like prose.
 */
export function isSubheading(text: string, next: string | undefined): boolean {
  if (next === undefined || text.length > 80 || text.split(' ').length > 10) return false;
  // A listicle numbers its subheadings (`1. The Grand Mosque`).
  if (!/^(?:\d{1,2}[.)] )?\p{Lu}/u.test(text) || /^["“‘']/.test(text)) return false;
  const question = text.endsWith('?') && QUESTION_HEADING.test(text);
  if (/[.!?,;:"”'’)]$/.test(text) && !question) return false;
  // A credit line ("Reporting by …; Editing by …") is short and unpunctuated too, but a heading has no `;` and names no
  // one after a `by` (`Fuel duty rises by 2p` is one).
  if (/;|\b[Bb]y \p{Lu}/u.test(text)) return false;
  // Note: an explainer's answer may be shorter than its question (`When do the rules take effect?` over `January 1, 2027.`).
  return (question || next.length > text.length) && /[.!?"”’)]$/.test(next);
}
