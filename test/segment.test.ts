import { describe, expect, it } from 'vitest';
import { type RawArticle, segment } from '../src/segment/segment.js';
import { linesOf } from './helpers.js';

const seg = (text: string): RawArticle[] => segment(linesOf(text), 'test.txt');
/** Each article as its content lines `role: text`, blank and separator lines left out. */
const roles = (text: string) =>
  seg(text).map((a) => a.lines.filter((l) => l.role !== 'blank' && l.role !== 'separator').map((l) => `${l.role}: ${l.text}`));
const titles = (text: string) => roles(text).map((a) => a[0]);

describe('segment: boundaries', () => {
  it('splits at two and at three blank lines, not at one', () => {
    const text = 'First\n\nbody one.\n\nbody two.\n\n\nSecond\n\nbody.\n\n\n\nThird\nbody.';
    expect(titles(text)).toEqual(['title: First', 'title: Second', 'title: Third']);
    expect(roles(text)[0]).toEqual(['title: First', 'body: body one.', 'body: body two.']);
  });

  it("splits a scraper's labelled records at each Title: line, or the field run that holds one, after a blank line", () => {
    const text = [
      'Title: First story',
      'URL: https://example.com/first',
      'Author: Jane Smith',
      '',
      'Body of the first story.',
      '',
      'Title: Second story',
      'Date: 2024-03-06',
      '',
      'Body of the second story.',
      'Title: not a record, for no blank line stands before it',
      '',
      'URL: https://example.com/third',
      'Title: Third story',
      '',
      'Body of the third story.',
    ].join('\n');
    expect(roles(text)).toEqual([
      ['title: Title: First story', 'url: URL: https://example.com/first', 'byline: Author: Jane Smith', 'body: Body of the first story.'],
      ['title: Title: Second story', 'date: Date: 2024-03-06', 'body: Body of the second story.', 'body: Title: not a record, for no blank line stands before it'],
      ['url: URL: https://example.com/third', 'title: Title: Third story', 'body: Body of the third story.'],
    ]);
  });

  it("takes a page's own title (`Headline - Site`) over the headline alone as a repeat, and as the start of the next page", () => {
    const text = [
      'Council approves new cycle lanes - Example News',
      'Council approves new cycle lanes',
      '',
      'Body one.',
      '',
      'Heavy rain expected in the north | Example News',
      'Heavy rain expected in the north',
      '',
      'Body two.',
      '',
      // The headline first, the page's title after it, is the same repeat.
      '',
      '',
      'Bakery chain opens ten new shops',
      'Bakery chain opens ten new shops — Example News',
      '',
      'Body three.',
      '',
      '',
      // A word or two is no headline: this is a title and a line of its body.
      'Iraq - Baghdad talks resume',
      'Iraq',
      '',
      'Body four.',
    ].join('\n');
    expect(roles(text)).toEqual([
      ['title-repeat: Council approves new cycle lanes - Example News', 'title: Council approves new cycle lanes', 'body: Body one.'],
      ['title-repeat: Heavy rain expected in the north | Example News', 'title: Heavy rain expected in the north', 'body: Body two.'],
      ['title: Bakery chain opens ten new shops', 'title-repeat: Bakery chain opens ten new shops — Example News', 'body: Body three.'],
      ['title: Iraq - Baghdad talks resume', 'body: Iraq', 'body: Body four.'],
    ]);
  });

  it('splits at an address alone set over a headline after a blank line, and takes it as the url line', () => {
    const text = 'https://example.com/a\nFirst story\n\nBody one.\n\nhttps://example.com/b\nSecond story\n\nBody two.\n\nhttps://example.com/c\n\nBody three.';
    expect(roles(text)).toEqual([
      ['url: https://example.com/a', 'title: First story', 'body: Body one.'],
      // An address with no headline under it stays in its article, as text.
      ['url: https://example.com/b', 'title: Second story', 'body: Body two.', 'body: https://example.com/c', 'body: Body three.'],
    ]);
  });

  it('splits at a headline set directly over its byline or date line after a blank line, once the story has a body', () => {
    // A wire service's pages copied one after another, one blank line between them.
    const text = [
      'First story',
      'By Jane Roe',
      '',
      'Body one.',
      'Body two.',
      '',
      'Second story',
      'By John Doe',
      '',
      'Body three.',
      'Body four.',
      '',
      'Third story',
      'March 4, 2025 10:15 AM GMT',
      '',
      'Body five.',
    ].join('\n');
    expect(titles(text)).toEqual(['title: First story', 'title: Second story', 'title: Third story']);
    expect(roles(text)[1]).toEqual(['title: Second story', 'byline: By John Doe', 'body: Body three.', 'body: Body four.']);
    // Names over a date line, under a standfirst, are the story's byline (without its `By`), not a new headline.
    const substack = 'The quiet collapse of local papers\n\nWhat happens next\n\nMaria Lopez\nNov 12, 2025\n\nBody.';
    expect(roles(substack)).toEqual([['title: The quiet collapse of local papers', 'body: What happens next', 'byline: Maria Lopez', 'date: Nov 12, 2025', 'body: Body.']]);
    // A republished story's agency (Dawn's `Reuters`) or outlet (`DAILY SABAH`, its place under it) over the date line.
    const republished = [
      'Hong Kong extends cash handouts',
      'Natalie Wong',
      'Published: 8:00pm, 28 Nov 2026',
      'Hong Kong will extend the scheme.',
      'It began in 2023.',
      '',
      'Pakistan reopens Torkham crossing',
      'Reuters',
      'Published November 28, 2026',
      'The crossing will reopen on Monday.',
      'Trucks are stranded.',
      '',
      'Turkish central bank holds rates',
      'DAILY SABAH',
      'ISTANBUL',
      'Nov 28, 2026 - 3:12 pm GMT+3',
      'The bank kept its rate at 38%.',
    ].join('\n');
    expect(roles(republished).slice(1)).toEqual([
      ['title: Pakistan reopens Torkham crossing', 'byline: Reuters', 'date: Published November 28, 2026', 'body: The crossing will reopen on Monday.', 'body: Trucks are stranded.'],
      ['title: Turkish central bank holds rates', 'byline: DAILY SABAH', 'dateline: ISTANBUL', 'date: Nov 28, 2026 - 3:12 pm GMT+3', 'body: The bank kept its rate at 38%.'],
    ]);
    // An outlet's name under a headline but over no date line is no byline, and starts no article.
    expect(titles('First story\nBody one.\nBody two.\n\nA short line\nGulf News\nBody three.')).toEqual(['title: First story']);
    // Past a standfirst, names over a date line still do not start an article.
    const names = 'The quiet collapse of local papers\n\nBody one.\nBody two.\n\nMaria Lopez\nNov 12, 2025\n\nBody three.';
    expect(titles(names)).toEqual(['title: The quiet collapse of local papers']);
  });

  it("splits a wire's stories copied with a blank line between every two lines, at a headline over an agency's dateline", () => {
    const story = (title: string, ...between: string[]) => [title, ...between, 'CAIRO, March 4 (Reuters) - Talks resumed on Tuesday.', 'Egypt is mediating.'];
    const dump = (...stories: string[][]) => stories.flat().join('\n\n');
    expect(titles(dump(story('Gaza strikes kill 12'), story('Talks resume in Cairo')))).toEqual(['title: Gaza strikes kill 12', 'title: Talks resume in Cairo']);
    // A standfirst or a byline (two lines at most) between the headline and the dateline; the credits that end a story.
    const wire = dump([...story('Gaza strikes kill 12'), 'Reporting by Nidal al-Mughrabi; Editing by Andrew Heavens'], story('Talks resume in Cairo', 'Egypt and Qatar lead the effort', 'By Jane Doe'));
    expect(roles(wire)[1]).toEqual(['title: Talks resume in Cairo', 'body: Egypt and Qatar lead the effort', 'byline: By Jane Doe', 'body: CAIRO, March 4 (Reuters) - Talks resumed on Tuesday.', 'body: Egypt is mediating.']);
    expect(titles(dump(story('Russia downs drones'), ['Oil prices edge higher', 'MOSCOW, March 4. /TASS/. Oil rose.']))).toEqual(['title: Russia downs drones', 'title: Oil prices edge higher']);
    // Not under a line that ends no sentence (a headline of its own, over its standfirst), nor at the credits.
    expect(titles(dump(['Gaza strikes kill 12', 'Body one.', 'Body two without an end'], story('Talks resume')))).toEqual(['title: Gaza strikes kill 12']);
    // Nor over a dateline that names no agency, as a subheading may stand over a paragraph opening `WASHINGTON —`.
    expect(titles(dump(['Gaza strikes kill 12', 'Body one.', 'Body two.', 'What comes next', 'WASHINGTON — Officials met on Tuesday.']))).toEqual(['title: Gaza strikes kill 12']);
  });

  it("reads a live page: its key events are an index, each entry's time is text, its headline a subheading, its age dropped", () => {
    const live = [
      'Gaza live: talks resume',
      '',
      'Key events',
      '2h ago',
      'Talks resume in Cairo',
      'Strikes kill 12 overnight',
      '',
      '10.45 GMT',
      'Talks resume in Cairo',
      'Negotiators returned to Cairo on Tuesday for more talks.',
      '',
      '4h ago',
      '08.40 GMT',
      'Strikes kill 12 overnight',
      'Strikes killed 12 people overnight, officials said.',
    ].join('\n');
    expect(roles(live)).toEqual([
      [
        'title: Gaza live: talks resume',
        'boilerplate: Key events',
        'boilerplate: 2h ago',
        'boilerplate: Talks resume in Cairo',
        'boilerplate: Strikes kill 12 overnight',
        'body: 10.45 GMT',
        'heading: Talks resume in Cairo',
        'body: Negotiators returned to Cairo on Tuesday for more talks.',
        'boilerplate: 4h ago',
        'body: 08.40 GMT',
        'heading: Strikes kill 12 overnight',
        'body: Strikes killed 12 people overnight, officials said.',
      ],
    ]);
    // The BBC's: `Live Reporting`, its editor the byline, its note on times; the first entry's headline a subheading.
    const bbc = 'Budget live\n\nLive Reporting\n\nEdited by Jane Smith\n\nAll times stated are UK\n\nFuel duty to rise by 2p\n\nThe chancellor said duty would rise.';
    expect(roles(bbc)[0]).toEqual([
      'title: Budget live',
      'boilerplate: Live Reporting',
      'byline: Edited by Jane Smith',
      'boilerplate: All times stated are UK',
      'heading: Fuel duty to rise by 2p',
      'body: The chancellor said duty would rise.',
    ]);
    // Al Jazeera's: a `LIVE` label over the headline; each entry's age dropped.
    const aljazeera = 'LIVE\nGaza live: talks resume\n\nBy Al Jazeera Staff\n\n10 minutes ago\nTalks resume in Cairo\nNegotiators returned to Cairo on Tuesday.';
    expect(roles(aljazeera)[0]?.slice(3)).toEqual(['boilerplate: 10 minutes ago', 'heading: Talks resume in Cairo', 'body: Negotiators returned to Cairo on Tuesday.']);
    // With no key events, a time under a date line is the date's, and an age in the body is text.
    expect(roles('Talks resume\nUpdated 2 hours ago\n10.45 GMT\nNegotiators met.\n4h ago\nMore text.')[0]).toEqual([
      'title: Talks resume',
      'date: Updated 2 hours ago',
      'date: 10.45 GMT',
      'body: Negotiators met.',
      'body: 4h ago',
      'body: More text.',
    ]);
  });

  it("reads Reuters' live page, told by its headline: each entry's headline over its date is a subheading, its date text", () => {
    const page = (title: string) =>
      `${title}\nMarch 11, 2025 11:02 AM GMT\n\nUS and Ukrainian officials met in Jeddah.\n\nThe talks lasted eight hours.\n\nUkraine ready to accept ceasefire\nMarch 11, 2025 5:40 PM GMT\n\nUkraine said it was ready.\n\nThe US will resume aid.\n\nRubio says ball in Russia's court\nMarch 11, 2025 4:15 PM GMT\n\nRubio spoke to reporters.`;
    expect(roles(page('Live: Ukraine-Russia talks in Riyadh'))).toEqual([
      [
        'title: Live: Ukraine-Russia talks in Riyadh',
        'date: March 11, 2025 11:02 AM GMT',
        'body: US and Ukrainian officials met in Jeddah.',
        'body: The talks lasted eight hours.',
        'heading: Ukraine ready to accept ceasefire',
        'body: March 11, 2025 5:40 PM GMT',
        'body: Ukraine said it was ready.',
        'body: The US will resume aid.',
        "heading: Rubio says ball in Russia's court",
        'body: March 11, 2025 4:15 PM GMT',
        'body: Rubio spoke to reporters.',
      ],
    ]);
    // The next live page starts at its own headline; without the live mark, each entry is a story.
    expect(titles(`${page('Live: Ukraine-Russia talks in Riyadh')}\n\n${page('Ukraine talks - live updates')}`)).toEqual([
      'title: Live: Ukraine-Russia talks in Riyadh',
      'title: Ukraine talks - live updates',
    ]);
    expect(titles(page('Ukraine-Russia talks in Riyadh'))).toHaveLength(3);
  });

  it('splits at a headline a blank line over its header, under a story that ended (Yahoo\'s copies)', () => {
    const first = 'Oil edges higher\n\nLONDON (Reuters) - Oil rose on Tuesday.\n\nBrent was up 42 cents.\n\n(Reporting by Alex Lawler; Editing by David Goodman)';
    const header = (...lines: string[]) => roles(`${first}\n\nStocks slip\n\n${lines.join('\n')}\n\nStocks slipped on Tuesday.\n\nView comments`)[1];
    expect(header('Jane Smith', 'Tue, March 4, 2025 at 2:30 PM GMT·3 min read')).toEqual([
      'title: Stocks slip',
      'byline: Jane Smith',
      'date: Tue, March 4, 2025 at 2:30 PM GMT·3 min read',
      'body: Stocks slipped on Tuesday.',
      'boilerplate: View comments',
    ]);
    expect(header('By Tom Ellis')?.slice(0, 2)).toEqual(['title: Stocks slip', 'byline: By Tom Ellis']);
    expect(header('March 4, 2025')?.slice(0, 2)).toEqual(['title: Stocks slip', 'date: March 4, 2025']);
    // MSN's: the outlet over its `Story by …` (dropped as its logo), the age and reading time under it.
    expect(header('Sky News\nStory by Tom Ellis\n • 5h • 1 min read')).toEqual([
      'title: Stocks slip',
      'boilerplate: Sky News',
      'byline: Story by Tom Ellis',
      'boilerplate: • 5h • 1 min read',
      'body: Stocks slipped on Tuesday.',
      'boilerplate: View comments',
    ]);
    // Not under a story that ended mid-sentence: a list's item over a date, say.
    expect(titles('Oil edges higher\n\nBody one.\n\nBody two without an end\n\nStocks slip\n\nMarch 4, 2025\n\nMore text.')).toEqual(['title: Oil edges higher']);
  });

  it('splits at a headline a few short lines over its header (kicker, standfirst, caption, bullets), under a story that ended', () => {
    const first = 'Oil edges higher\nBy Jane Smith\n\nOil rose on Tuesday.\n\nBrent was up 42 cents.';
    // Politico's: a kicker over the headline, a standfirst, the byline.
    expect(titles(`${first}\n\nWhite House\nTrump signs hiring order\nThe order extends the freeze.\nBy Daniel Lippman\nThe president signed it.`)).toEqual([
      'title: Oil edges higher',
      'section: White House',
    ]);
    // The Straits Times': a caption with its credit, then a date's label over the date.
    const straits = roles(`${first}\n\nThai PM survives no-confidence vote\nThe prime minister in Parliament. PHOTO: REUTERS\nUpdated\nMar 26, 2025, 10:12 PM\nThe prime minister won the vote.`);
    expect(straits.map((a) => a[0])).toEqual(['title: Oil edges higher', 'title: Thai PM survives no-confidence vote']);
    // The Daily Mail's bullet points, The Times of Israel's standfirst: a blank line between them and the byline.
    const bullets = `${first}\n\nMother jailed for killing cyclist\nDriver was scrolling social media\nJudge cited unimaginable grief\n\nBy SAM JONES\n\nA mother was jailed.`;
    expect(titles(bullets)).toEqual(['title: Oil edges higher', 'title: Mother jailed for killing cyclist']);
    // Axios': the writer's name over the date and section, directly under the headline.
    expect(titles(`${first}\n\nFed's Powell signals no rush\nCourtenay Brown\nMar 4, 2025 - Economy\n\nPowell spoke.`)).toHaveLength(2);
    // A story's sources in parentheses end it (`(FRANCE 24 with AFP)`), as its tags under it do not stop it ending.
    expect(titles(`${first}\n(FRANCE 24 with AFP)\n\nPope stable, Vatican says\nThe pope is resting.\nIssued on: 6 March 2025 - 09:05\nText.`)).toHaveLength(2);
    expect(titles(`${first}\nFiled under: Oil, Markets\n\nPope stable, Vatican says\nThe pope is resting.\nBy Ana Lopez\nText.`)).toHaveLength(2);
    // The Verge's breadcrumb trail over the headline, a glyph on a line between the crumbs, counts to no reach.
    const verge = `${first}\n\nTech\n/\nApple\n/\nLaptops\nApple's new MacBook Air has the M4 chip\nThe 13-inch model starts at $999.\nby Jay Peters\nMar 5, 2025, 2:16 PM UTC\nApple has announced it.`;
    expect(titles(verge)).toEqual(['title: Oil edges higher', 'section: Tech']);
    // A date line over the headline: PBS NewsHour's (its section before the date) over its byline's label alone, UN
    // News' over its section over the headline and prose.
    const pbs = `${first}\n\nPolitics Mar 4, 2025 3:12 PM EST\nSenate confirms new labor secretary\nBy —\nLisa Desjardins\nThe Senate voted.`;
    expect(titles(pbs)).toEqual(['title: Oil edges higher', 'date: Politics Mar 4, 2025 3:12 PM EST']);
    const un = `${first}\n\n4 March 2025\nPeace and Security\nSecurity Council extends UN mission in South Sudan\nThe Security Council on Tuesday extended the mandate.`;
    expect(titles(un)).toEqual(['title: Oil edges higher', 'date: 4 March 2025']);
    // A labelled link (Nature's `doi: …`) or a source (CNA's `Source: CNA/jd`) under a story ends it; a byline the next
    // story prints too is no headline printed again.
    const nature = 'Telescope finds asteroids\nThe observatory found 2,000 of them.\nBy Jane Doe\nThe images reveal asteroids.\n\nAstronomers are pleased.\ndoi: https://doi.org/10.1038/x';
    expect(titles(`${nature}\n\nSpace\nAsteroid will miss Earth\nThe chance has fallen.\nBy Jane Doe\n4 March 2025\nText.`)).toEqual(['title: Telescope finds asteroids', 'section: Space']);
    const cna = 'Man charged with cheating\nJane Doe\n04 Mar 2025 03:12PM\nSINGAPORE: A man was charged.\n\nHe faces jail.\nSource: CNA/jd';
    expect(titles(`${cna}\n\nHong Kong to cut civil service\nHong Kong Free Press\n4 March 2025 · 15:12 HKT\nText.`)).toHaveLength(2);
    // A writer's names set as a byline (over the place filed from) that the next story prints too are no headline
    // printed again.
    const birn = 'Students block roads\nStudents blocked roads.\nJane Doe\nBelgrade\nMarch 4, 2025\nText one.\n\nText two.';
    expect(titles(`${birn}\n\n\nAnother story here\nJane Doe\nMarch 5, 2025\nText three.`)).toEqual(['title: Students block roads', 'title: Another story here']);
    // The Moscow Times' appeal under its story, to its `Continue`, is furniture: the story ended above it.
    const appeal = 'Russia raises rate forecast\nMarch 4, 2025\nThe bank raised its forecast.\n\nAnalysts had expected a hold.\nA Message from The Moscow Times:\nDear readers,\nWe are facing unprecedented challenges.\nContinue';
    const split = roles(`${appeal}\n\nMorocco to build new rail line\nBy Jane Doe\n- Mar 4, 2025\nRabat - Morocco will build a line.`);
    expect(split.map((a) => a[0])).toEqual(['title: Russia raises rate forecast', 'title: Morocco to build new rail line']);
    expect(split[0]).toContain('boilerplate: We are facing unprecedented challenges.');
    // With no closing control in reach, the box stays text.
    expect(roles('Title\nBy Jane Doe\nText one.\nA Message from The Moscow Times:\nDear readers,\nWe need your help.')[0]).toContain('body: We need your help.');
    // But a timeline's entry, its date over the event and its account, is the story's.
    expect(titles(`${first}\n\n4 March 2025\nCeasefire takes effect in Gaza\nThe truce began at 8:30 am local time.`)).toHaveLength(1);
    // Not under a story that ended mid-sentence, nor across a blank line inside the headline's lines, nor a separator.
    expect(titles(`${first}\nAnd a list item\n\nWhite House\nTrump signs hiring order\nBy Daniel Lippman\nText.`)).toHaveLength(1);
    expect(titles(`${first}\n\nTags: oil, markets\n\nMore from Politics\n\nStorm warning issued\nPosted on 4 February 2025\n\nText.`)).toEqual([
      'title: Oil edges higher',
      'title: Storm warning issued',
    ]);
    expect(titles(`${first}\n\nQ: Is the bank independent?\n\nA: It is, by law.\n\nPublished on 4 February 2025\n\nText.`)).toHaveLength(1);
    // Nor at a line of names over a date line: the byline of the story it is in.
    expect(titles(`${first}\n\nMaria Lopez\nNov 12, 2025\nBody three.`)).toHaveLength(1);
    // Kurdistan24's: its name over the page's age, then the dateline; its name, printed over every story, is no
    // headline printed again.
    const k24 = (headline: string, age: string) => `${headline}\nKurdistan24\n${age}\nERBIL (Kurdistan24) - The two agreed.\n\nThe pipeline is closed.`;
    expect(titles(`${first}\n\n${k24('KRG, Baghdad agree on oil exports', '3 hours ago')}\n\n${k24('Parliament approves budget', 'March 2, 2025')}`)).toEqual([
      'title: Oil edges higher',
      'title: KRG, Baghdad agree on oil exports',
      'title: Parliament approves budget',
    ]);
  });

  it("keeps a story's header whole across a wide gap (the Daily Mail's), and furniture in the gap starts nothing", () => {
    const text = 'Hundreds evacuated as fire rips through warehouse\nResidents told to shut windows\n\nBy JOHN SMITH\n\nPublished: 10:32 GMT, 4 March 2025\n\n\nView comments\n\n\nHundreds of people have been evacuated.';
    expect(titles(text)).toEqual(['title: Hundreds evacuated as fire rips through warehouse']);
    // A headline across the gap still starts the next story.
    expect(titles('First story\nBy Jane Smith\n\n\nSecond story\nText.')).toEqual(['title: First story', 'title: Second story']);
  });

  it("takes a caption printed twice without its credit, inside a story with a header, for its photo (the Daily Mail's)", () => {
    const story = 'Fire rips through warehouse\nBy JOHN SMITH\nPublished: 10:32 GMT, 4 March 2025\n\nHundreds were evacuated.\n\nSmoke could be seen for miles.\n\n';
    const caption = 'Firefighters tackle the blaze in Hunslet on Tuesday morning';
    expect(roles(`${story}${caption}\n${caption}\n\nThe fire service was called at 6am.\n\nNo one was hurt.`)).toEqual([
      [
        'title: Fire rips through warehouse',
        'byline: By JOHN SMITH',
        'date: Published: 10:32 GMT, 4 March 2025',
        'body: Hundreds were evacuated.',
        'body: Smoke could be seen for miles.',
        `caption: ${caption}`,
        `caption-repeat: ${caption}`,
        'body: The fire service was called at 6am.',
        'body: No one was hurt.',
      ],
    ]);
    // A headline printed twice with a header under it starts the next story from the same site.
    expect(titles(`${story}Mother jailed over crash\nMother jailed over crash\nBy SAM JONES\n\nA mother was jailed.`)).toEqual([
      'title: Fire rips through warehouse',
      'title: Mother jailed over crash',
    ]);
    // So does one under a story without a header: there is nothing to tell a caption by.
    expect(titles(`Fire rips through warehouse\n\nHundreds were evacuated.\n\nSmoke rose.\n\n${caption}\n${caption}\n\nText.`)).toHaveLength(2);
  });

  it("takes no story for readers' comments: a count of comments over the story's own prose (Japan Today's)", () => {
    const text = 'Tokyo sees first cherry blossoms\nTOKYO\nMar. 21 05:12 pm JST\n3 Comments\n\nThe Japan Meteorological Agency said Friday it had spotted the first cherry blossoms in Tokyo.\n\nThe flowers opened early.\n\nJoin the discussion\nLogin';
    const lines = roles(text)[0] ?? [];
    expect(lines).toContain('body: The flowers opened early.');
    expect(lines.filter((line) => line.startsWith('boilerplate: ')).length).toBeLessThanOrEqual(3);
  });

  it('does not split at furniture printed again a few lines on, as at a headline printed again', () => {
    const text = 'Fed signals a cut\nBy Jane Doe\nBody one.\nAd Feedback\nBody two.\nBody three.\nAd Feedback\nBody four.';
    expect(titles(text)).toEqual(['title: Fed signals a cut']);
  });

  it('splits at separator lines: * * *, ***, ---, ===', () => {
    for (const sep of ['* * *', '***', '---', '===', '___']) {
      expect(titles(`One\nbody.\n${sep}\nTwo\nbody.`), sep).toEqual(['title: One', 'title: Two']);
    }
  });

  it('splits at a form feed, on its own line or before text', () => {
    expect(titles('One\nbody.\n\f\nTwo\nbody.')).toEqual(['title: One', 'title: Two']);
    expect(titles('One\nbody.\n\fTwo\nbody.')).toEqual(['title: One', 'title: Two']);
  });

  it('splits at the scraped-page signature even with a single blank line', () => {
    const text = [
      'First story',
      '',
      'body of the first story.',
      '',
      'Second story',
      '',
      'A caption. (Photo: AFP)',
      'A caption. (Photo: AFP)',
      'TT',
      '',
      'Second story',
      '',
      'body of the second.',
    ].join('\n');
    expect(roles(text)).toEqual([
      ['title: First story', 'body: body of the first story.'],
      [
        'title: Second story',
        'caption: A caption. (Photo: AFP)',
        'caption-repeat: A caption. (Photo: AFP)',
        'boilerplate: TT',
        'title-repeat: Second story',
        'body: body of the second.',
      ],
    ]);
  });

  it('takes a caption printed again without its credit for a repeat, not a paragraph', () => {
    const text = ['Market stalls reopen', 'Traders set up at dawn. (Photo: Jan Novak/AFP)', 'Traders set up at dawn.', 'By Jan Novak', '', 'Stalls opened again.'].join('\n');
    expect(roles(text)).toEqual([
      [
        'title: Market stalls reopen',
        'caption: Traders set up at dawn. (Photo: Jan Novak/AFP)',
        'caption-repeat: Traders set up at dawn.',
        'byline: By Jan Novak',
        'body: Stalls opened again.',
      ],
    ]);
  });

  it('reads single-newline paragraphs as one paragraph per line', () => {
    expect(roles('Title\nOne.\nTwo.\nThree.')).toEqual([['title: Title', 'body: One.', 'body: Two.', 'body: Three.']]);
  });

  it('keeps a one-article dump with no final newline whole', () => {
    const articles = seg('Only story\n\nIts body.');
    expect(articles).toHaveLength(1);
    expect(articles[0]?.lines.at(-1)).toMatchObject({ text: 'Its body.', line: 3, role: 'body' });
  });

  it('does not split a lone headline from its body across a wide gap', () => {
    expect(titles('Headline\n\n\nThe body starts here.')).toEqual(['title: Headline']);
  });

  it('puts every input line in exactly one raw article, in order', () => {
    const text = '\n\nOne\nbody.\n\n* * *\n\nTwo\nbody.\n\n\n';
    const lines = seg(text).flatMap((a) => a.lines.map((l) => l.line));
    expect(lines).toEqual(linesOf(text).map((l) => l.line));
  });
});

describe('segment: roles', () => {
  it('marks bylines, date lines and boilerplate', () => {
    const text = [
      'Quake hits coast',
      'By Jane Doe and John Smith',
      'Published: 16 Feb 2024 14:30 GMT',
      'Advertisement',
      'The quake struck at dawn.',
      'Share this article',
      'Read more: Earlier quakes',
    ].join('\n');
    expect(roles(text)[0]).toEqual([
      'title: Quake hits coast',
      'byline: By Jane Doe and John Smith',
      'date: Published: 16 Feb 2024 14:30 GMT',
      'boilerplate: Advertisement',
      'body: The quake struck at dawn.',
      'boilerplate: Share this article',
      'boilerplate: Read more: Earlier quakes',
    ]);
  });

  it("drops more sites' furniture: share buttons, newsletter boxes, links under the story, reading times", () => {
    const text = [
      'Police arrest three over smuggling',
      'Text by: FRANCE 24',
      '3 min Reading time',
      'Send via WhatsApp',
      'Police arrested three men.',
      "Get The Times of Israel's Daily Edition by email and never miss our top stories",
      'Newsletter email address',
      'GET IT',
      'By signing up, you agree to the terms',
      'The weapons were seized.',
      "Go deeper: Trump's tariff threats, explained",
      'Share or comment on this article:',
      'Police arrest three over smuggling',
      'e-mail',
      'Add comment',
      'Request Reprint & Licensing',
      'Submit Correction',
      'View Editorial & Ethics Guidelines',
      'Read more about: Smuggling, Police',
    ].join('\n');
    expect(roles(text)[0]).toEqual([
      'title: Police arrest three over smuggling',
      'byline: Text by: FRANCE 24',
      'boilerplate: 3 min Reading time',
      'boilerplate: Send via WhatsApp',
      'body: Police arrested three men.',
      "boilerplate: Get The Times of Israel's Daily Edition by email and never miss our top stories",
      'boilerplate: Newsletter email address',
      'boilerplate: GET IT',
      'boilerplate: By signing up, you agree to the terms',
      'body: The weapons were seized.',
      "boilerplate: Go deeper: Trump's tariff threats, explained",
      'boilerplate: Share or comment on this article:',
      'boilerplate: Police arrest three over smuggling',
      'boilerplate: e-mail',
      'boilerplate: Add comment',
      'boilerplate: Request Reprint & Licensing',
      'boilerplate: Submit Correction',
      'boilerplate: View Editorial & Ethics Guidelines',
      'tags: Read more about: Smuggling, Police',
    ]);
    // `Get it` in a sentence's case is a reviewer's verdict, not a newsletter's button.
    expect(roles('Title\nText.\nGet it\nThe phone is good.')[0]?.[2]).toBe('heading: Get it');
  });

  it("keeps a story's sources in parentheses as its last paragraph, not a photo's caption", () => {
    expect(roles('Floods kill dozens in Nairobi\nAt least 32 people died.\nmk/sms (AFP, Reuters)')[0]?.[2]).toBe('body: mk/sms (AFP, Reuters)');
    expect(roles('Floods kill dozens in Nairobi\nAt least 32 people died.\n(FRANCE 24 with AFP)')[0]?.[2]).toBe('body: (FRANCE 24 with AFP)');
    // A caption with its credit printed twice under the byline and date line is the story's photo, not the next story.
    const photo = 'Police arrest three\nSuspects smuggled rifles.\nBy Charlie Summers\n4 March 2025, 2:05 pm\n\nWeapons seized by police. (Israel Police)\nWeapons seized by police. (Israel Police)\n\nPolice said Tuesday.';
    expect(roles(photo)[0]?.slice(4, 6)).toEqual(['caption: Weapons seized by police. (Israel Police)', 'caption-repeat: Weapons seized by police. (Israel Police)']);
  });

  it('does not take a sentence starting with "By" for a byline', () => {
    expect(roles('Title\nBy the time help came, the fire was out.')[0]?.[1]).toBe('body: By the time help came, the fire was out.');
  });

  it('sees repeats through NBSP, tabs and zero-width spaces', () => {
    expect(roles('Big\u00a0news  today\nbody.\nBig news\u200b today\tagain')[0]).toEqual([
      'title: Big news today',
      'body: body.',
      'body: Big news today again',
    ]);
    expect(roles('Big\u00a0news today\n\nBig news\u200b today\n\nbody.')[0]).toEqual([
      'title: Big news today',
      'title-repeat: Big news today',
      'body: body.',
    ]);
  });

  it('leaves a parenthesis at the end of a body sentence alone', () => {
    expect(roles('Title\nFirst paragraph.\nRevenue rose to $5bn (£4bn)')[0]?.[2]).toBe('body: Revenue rose to $5bn (£4bn)');
  });
});

describe('segment: evidence beyond blank lines', () => {
  it('keeps a credited caption printed twice inside its story, and takes one printed twice over a headline printed twice as that story\'s photo', () => {
    const story = ['Saudi Arabia launches a new programme', 'Saudi Arabia launches a new programme', 'The ministry launched a programme on Thursday.', 'The minister said it targets small factories.'];
    const caption = 'The minister at the launch in Riyadh (SPA)';
    expect(roles([...story, caption, caption, 'The programme is part of Vision 2030.'].join('\n'))).toEqual([
      [
        'title: Saudi Arabia launches a new programme',
        'title-repeat: Saudi Arabia launches a new programme',
        'body: The ministry launched a programme on Thursday.',
        'body: The minister said it targets small factories.',
        `caption: ${caption}`,
        `caption-repeat: ${caption}`,
        'body: The programme is part of Vision 2030.',
      ],
    ]);
    // Over the next story's headline, printed twice, the photo is that story's.
    expect(roles([...story, caption, caption, 'Second story headline', 'Second story headline', 'Its body.'].join('\n'))[1]).toEqual([
      `caption: ${caption}`,
      `caption-repeat: ${caption}`,
      'title: Second story headline',
      'title-repeat: Second story headline',
      'body: Its body.',
    ]);
    // The same in Arabic, its credit an agency's Arabic name (`واس`, SPA).
    const arabic = 'وزير الصناعة خلال إطلاق البرنامج في الرياض (واس)';
    expect(titles(['السعودية تطلق برنامجاً جديداً', 'السعودية تطلق برنامجاً جديداً', 'أطلقت الوزارة برنامجاً جديداً.', 'وقال الوزير إن البرنامج يستهدف المصانع.', arabic, arabic, 'ويأتي البرنامج ضمن رؤية 2030.'].join('\n'))).toHaveLength(1);
    // Parentheses that credit no one: a headline printed again, which starts a story.
    expect(titles([...story, 'Markets rally (update 2)', 'Markets rally (update 2)', 'Stocks rose on Thursday.'].join('\n'))).toHaveLength(2);
  });

  it('takes a short line in a script without capitals as the section only over a headline printed twice', () => {
    expect(roles('العالم العربي\nالسعودية تطلق برنامجاً جديداً\nالسعودية تطلق برنامجاً جديداً\nأطلقت الوزارة برنامجاً جديداً.')[0]?.slice(0, 2)).toEqual([
      'section: العالم العربي',
      'title: السعودية تطلق برنامجاً جديداً',
    ]);
    expect(titles('قطر تستضيف المحادثات\nالدوحة تستضيف الأسبوع المقبل جولة جديدة.\nوقال المتحدث إن الجولة ستركز على الملفات الإنسانية.')).toEqual(['title: قطر تستضيف المحادثات']);
  });

  it("drops a site's menu above the headline, four items or more, not a short headline over its byline", () => {
    expect(roles('Skip to content\nBBC News\nHome\nNews\nSport\n\nStorm Bert: warnings remain\nBody.')).toEqual([
      [
        'boilerplate: Skip to content',
        'boilerplate: BBC News',
        'boilerplate: Home',
        'boilerplate: News',
        'boilerplate: Sport',
        'title: Storm Bert: warnings remain',
        'body: Body.',
      ],
    ]);
    // A site's name alone over the headline is its masthead; a short label is the section.
    expect(roles('Gulf News\nDubai Metro to run 24 hours on New Year\'s Eve\nThe metro will run non-stop.')).toEqual([
      ['boilerplate: Gulf News', "title: Dubai Metro to run 24 hours on New Year's Eve", 'body: The metro will run non-stop.'],
    ]);
    expect(roles('Business News\nDubai Metro to run 24 hours on New Year\'s Eve\nThe metro will run non-stop.')[0]?.[0]).toBe('section: Business News');
    // Three short lines, and a date line's label, are no menu.
    expect(roles('Brexit\nJane Smith\nPolitical editor\nPublished\n27 November 2026\nBody.')).toEqual([
      ['title: Brexit', 'byline: Jane Smith', 'byline: Political editor', 'date: Published', 'date: 27 November 2026', 'body: Body.'],
    ]);
    // Labels stacked over a headline are the section; over a line of a word or two they are no trail.
    expect(roles('News\nIndia News\nParliament passes data bill\nBody.')).toEqual([
      ['section: News', 'section: India News', 'title: Parliament passes data bill', 'body: Body.'],
    ]);
    expect(titles('Obituary\nJane Smith\nNovelist\n1950-2026\nJane Smith, who wrote twelve novels, has died.')).toEqual(['title: Obituary']);
    // Under the headline, a list of short lines is the story's.
    expect(roles('Winners\n\nThe winners were:\nAnna Berg\nTom Brown\nAli Khan\nLi Wei')[0]?.filter((line) => line.startsWith('boilerplate'))).toEqual([]);
  });

  it('takes a kicker above the headline as its section', () => {
    expect(roles('WORLD\n\nJAPAN ELECTS A NEW GOVERNOR\n\nThe parliament voted on Friday.')[0]).toEqual([
      'section: WORLD',
      'title: JAPAN ELECTS A NEW GOVERNOR',
      'body: The parliament voted on Friday.',
    ]);
    // A short headline over a byline or a caption is a headline, not a kicker.
    expect(roles('Quake hits coast\nBy Jane Doe\nBody.')[0]?.[0]).toBe('title: Quake hits coast');
    expect(roles('Second story\n\nA caption. (Photo: AFP)\n\nBody.')[0]?.[0]).toBe('title: Second story');
  });

  it('does not take a credit line for a subheading', () => {
    expect(roles('Title\n\nFirst paragraph of the story.\n\nReporting by Ana Lopez; Editing by John Stonestreet\n\nOur Standards: The Thomson Reuters Trust Principles.')[0]).toEqual([
      'title: Title',
      'body: First paragraph of the story.',
      'body: Reporting by Ana Lopez; Editing by John Stonestreet',
      'boilerplate: Our Standards: The Thomson Reuters Trust Principles.',
    ]);
    // Without its `;`: a name after `by`. But a heading may say `by` of anything else (`rises by 2p`).
    const by = (line: string) => roles(`Title\n\nFirst paragraph of the story.\n\n${line}\n\nThe duty will rise from April, the chancellor said.`)[0]?.[2];
    expect(by('Interviews by Ana Lopez')).toBe('body: Interviews by Ana Lopez');
    expect(by('Fuel duty rises by 2p')).toBe('heading: Fuel duty rises by 2p');
  });

  it('keeps subheadings inside the body as headings', () => {
    expect(roles('Title\n\nFirst paragraph of the story.\n\nWhat it cost\n\nThe bridge cost a lot of money in the end.')[0]).toEqual([
      'title: Title',
      'body: First paragraph of the story.',
      'heading: What it cost',
      'body: The bridge cost a lot of money in the end.',
    ]);
    // An explainer's questions, each set directly over its answer; a question that is not one stays text.
    expect(roles('Title\n\nFirst paragraph of the story.\n\nThe second.\n\nWho is eligible?\nResidents with a valid ID can apply.\n\nReally?\nThe fees are not yet known.')[0]).toEqual([
      'title: Title',
      'body: First paragraph of the story.',
      'body: The second.',
      'heading: Who is eligible?',
      'body: Residents with a valid ID can apply.',
      'body: Really?',
      'body: The fees are not yet known.',
    ]);
    // An explainer's question over an answer shorter than itself.
    expect(roles('Title\n\nFirst paragraph of the story.\n\nWhen do the rules take effect?\n\nJanuary 1, 2027.')[0]).toContain('heading: When do the rules take effect?');
    // A listicle numbers its subheadings; a list's last item, over prose, is no heading (a live page's time line is one line, not a list).
    expect(roles('Five places to visit\n\nWinter is the best time to go.\n\n1. The Grand Mosque\n\nBuilt in the 12th century, it is the oldest.')[0]).toContain('heading: 1. The Grand Mosque');
    expect(roles('Title\n\nFirst paragraph of the story.\n\nKey points:\n\nThe hospital treated 140 patients\n\nStaff worked long shifts\n\nThe ministry promised more funding\n\nThe director said the night had exposed years of underinvestment.')[0]).toEqual([
      'title: Title',
      'body: First paragraph of the story.',
      'body: Key points:',
      'body: The hospital treated 140 patients',
      'body: Staff worked long shifts',
      'body: The ministry promised more funding',
      'body: The director said the night had exposed years of underinvestment.',
    ]);
    expect(roles('Title\n\nFirst paragraph of the story.\n\n10:45 GMT\nTalks resume in Cairo\nMediators hosted both sides for a second day, a source said.')[0]).toContain('heading: Talks resume in Cairo');
  });

  it('splits at a single blank line when paragraphs are single lines and a headline sits on its first paragraph', () => {
    const text = 'Storm cuts power\nStrong winds brought down lines overnight.\nEngineers expect repairs by Tuesday.\n\nTeachers accept pay deal\nMembers voted by a wide margin to accept the offer.';
    expect(titles(text)).toEqual(['title: Storm cuts power', 'title: Teachers accept pay deal']);
    // With blank-line paragraphs, a single blank line is not a boundary.
    expect(titles('Title\n\nOne paragraph here.\n\nAnother paragraph here.\n\nA short line\nThen prose that follows it.')).toEqual(['title: Title']);
    // Under a byline or date line, a page copied whole: its subheadings sit over prose a blank line apart.
    const explainer = [
      'What is the new UAE visa rule? All you need to know',
      'Residents can now sponsor parents and siblings under a single application',
      'Published: November 27, 2026 14:20',
      'Dubai: The UAE has introduced a new family visa rule, the authority said on Thursday.',
      '',
      'What has changed?',
      'Under the new rules, a resident can apply for several relatives at once.',
    ].join('\n');
    expect(titles(explainer)).toEqual(['title: What is the new UAE visa rule? All you need to know']);
    expect(titles(explainer.replace('Published: November 27, 2026 14:20', 'By Sajila Saseendran'))).toHaveLength(1);
    expect(titles(explainer.replace('Published: November 27, 2026 14:20\n', ''))).toEqual(['title: What is the new UAE visa rule? All you need to know', 'title: What has changed?']);
  });
});

/** A pattern's source without `\b` and lookaheads, which fast-check cannot write strings for. */
function withoutAssertions(source: string): string {
  let out = source.replaceAll('\\b', '');
  const lookahead = (): number => {
    const negative = out.indexOf('(?!');
    const positive = out.indexOf('(?=');
    return negative === -1 ? positive : positive === -1 ? negative : Math.min(negative, positive);
  };
  for (let at = lookahead(); at !== -1; at = lookahead()) {
    let depth = 0;
    let end = at;
    for (; end < out.length; end++) {
      if (out[end] === '\\') end++;
      else if (out[end] === '(') depth++;
      else if (out[end] === ')' && --depth === 0) break;
    }
    out = out.slice(0, at) + out.slice(end + 1);
  }
  return out;
}

/**
 * Lines written from a pattern: fast-check writes strings for a pattern without `i`, `\b`, `(?!…)` or `(?=…)`; any mix of
 * cases of them matches with `i`, and most of them with the assertions (the tests count the lines that match).
 */
function linesMatching(fc: typeof import('fast-check'), pattern: RegExp): import('fast-check').Arbitrary<string> {
  const lower = fc.stringMatching(new RegExp(withoutAssertions(pattern.source), pattern.flags.replace('i', '')));
  if (!pattern.ignoreCase) return lower;
  return lower.chain((text) =>
    fc.array(fc.boolean(), { minLength: text.length, maxLength: text.length }).map((upper) => [...text].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('')),
  );
}

describe('segment: a credit alone on its line', () => {
  it('knows each agency credited over a caption, whatever letter it starts with, and a credit under one', async () => {
    const { creditAlone } = await import('../src/segment/patterns.js');
    const agencies = ['Getty Images', 'Reuters', 'AFP', 'AP', 'EPA', 'EPA-EFE', 'PA Media', 'PA', 'Anadolu', 'Shutterstock', 'Alamy', 'BBC', 'Bloomberg', 'Handout', 'Family handout', 'Supplied', 'EPA-EFE/Shutterstock'];
    for (const agency of agencies) expect(creditAlone(agency), agency).toEqual({ credit: agency, caption: 'below' });
    expect(creditAlone('Kevin Dietsch/Getty Images')).toEqual({ credit: 'Kevin Dietsch/Getty Images', caption: 'above' });
    expect(creditAlone('credit: Jane Doe/AP')).toEqual({ credit: 'Jane Doe/AP', caption: 'above' });
    expect(creditAlone('Gettysburg')).toBeUndefined();
  });
});

describe('segment: boilerplate rules, tried by how a line starts', () => {
  it('keys a line by its leading letters in lower case, else its first character', async () => {
    const { startKey } = await import('../src/segment/patterns.js');
    expect(['Advertisement', 'Credit...Jane Doe', "You're receiving this", '@feedconv', '© 2024 Site', '👁 12K', '3 min read', ''].map(startKey)).toEqual([
      'advertisement',
      'credit',
      'you',
      '@',
      '©',
      '👁',
      '3',
      '',
    ]);
  });

  it('gives any line a rule matches the reason that trying every rule in order gives', async () => {
    const fc = await import('fast-check');
    const { BOILERPLATE, BOILERPLATE_MAX, LONG_NOTE_MAX, boilerplateReason, ruleMatches } = await import('../src/segment/patterns.js');
    // Short lines try every rule; longer ones (to LONG_NOTE_MAX) the rules for standing notes alone.
    const tries = (rule: (typeof BOILERPLATE)[number], text: string): boolean =>
      text.length <= BOILERPLATE_MAX || (rule.long === true && text.length <= LONG_NOTE_MAX);
    const inOrder = (text: string): string | undefined => BOILERPLATE.find((rule) => tries(rule, text) && ruleMatches(rule, text))?.reason;
    for (const rule of BOILERPLATE) {
      const lines = linesMatching(fc, rule.pattern);
      let matched = 0;
      fc.assert(
        fc.property(lines, (line) => {
          if (tries(rule, line) && ruleMatches(rule, line)) matched++;
          expect([rule.starts, line, boilerplateReason(line)]).toEqual([rule.starts, line, inOrder(line)]);
        }),
        { numRuns: 400 },
      );
      // The lines must be ones the rule matches, or this would check nothing.
      expect([rule.pattern.source.slice(0, 40), matched]).toEqual([rule.pattern.source.slice(0, 40), expect.any(Number)]);
      expect(matched, rule.pattern.source.slice(0, 60)).toBeGreaterThan(40);
    }
  });

  it("tries the logo's pattern only where a plain check cannot answer, and answers as the pattern does", async () => {
    const fc = await import('fast-check');
    const { BOILERPLATE } = await import('../src/segment/patterns.js');
    const logo = BOILERPLATE.find((rule) => rule.reason === 'logo') as (typeof BOILERPLATE)[number];
    const test = logo.test as (text: string) => boolean;
    const capitals = fc.stringMatching(/^[A-ZÀ-ÖΑ-Ω]{0,4}$/u);
    const any = fc.oneof(capitals, fc.string({ maxLength: 7 }), fc.string({ unit: 'grapheme', maxLength: 4 }));
    fc.assert(
      fc.property(any, (text) => {
        expect([text, test(text)]).toEqual([text, text.length <= 6 && logo.pattern.test(text)]);
      }),
      { numRuns: 2000 },
    );
    expect(['TT', 'ÉÉ', 'AB1', 'tt', '', 'ABCD', '𝐀𝐁'].map(test)).toEqual([true, true, false, false, false, false, true]);
  });

  it('reads a date line whose label runs into its date, as the pattern always did', async () => {
    const { matchDateLine } = await import('../src/segment/patterns.js');
    // A page's label and date in two elements, copied with no space between them.
    expect(matchDateLine('PublishedMarch 5, 2024')).toEqual({ kind: 'published', value: 'March 5, 2024' });
    expect(matchDateLine('Updated10:15 GMT')).toEqual({ kind: 'updated', value: '10:15 GMT' });
  });

  it("reads Reuters' newer date line, whole or with its parts run together, without its relative Updated part", async () => {
    const { matchDateLine } = await import('../src/segment/patterns.js');
    const value = 'November 27, 2026 3:42 PM GMT';
    expect(matchDateLine('November 27, 2026 3:42 PM GMT Updated 2 hours ago')).toEqual({ kind: 'bare', value });
    expect(matchDateLine('November 27, 20263:42 PM GMTUpdated 2 hours ago')).toEqual({ kind: 'bare', value });
    expect(matchDateLine('November 27, 20263:42 PM GMT')).toEqual({ kind: 'bare', value });
    // Digits run into a year with no time after them are no date line.
    expect(matchDateLine('November 27, 20263 people')).toBeUndefined();
  });

  it('takes a place before a date and a bar from the list of cities, never a name', async () => {
    const { matchDateLine } = await import('../src/segment/patterns.js');
    expect(matchDateLine('Jakarta | Fri, November 28, 2026 | 03:42 pm')).toEqual({ kind: 'bare', value: 'Fri, November 28, 2026 03:42 pm', place: 'Jakarta' });
    expect(matchDateLine('John Okafor | 22 July 2024')).toBeUndefined();
    expect(matchDateLine('Reuters | 22 July 2024')).toBeUndefined();
  });

  it('tries each pattern kept for lines of some starts exactly where the pattern itself matches', async () => {
    const fc = await import('fast-check');
    const { BY_START_PATTERNS } = await import('../src/segment/patterns.js');
    // The normalizer's pattern registers on import, as the segmenter's do.
    await import('../src/normalize/normalize.js');
    expect(BY_START_PATTERNS.length).toBeGreaterThan(12);
    for (const gated of BY_START_PATTERNS) {
      const { pattern } = gated;
      const lines = linesMatching(fc, pattern);
      let matched = 0;
      fc.assert(
        fc.property(lines, (line) => {
          if (pattern.test(line)) matched++;
          expect([pattern.source, line, gated.test(line), gated.exec(line)?.[0]]).toEqual([pattern.source, line, pattern.test(line), pattern.exec(line)?.[0]]);
        }),
        { numRuns: 300 },
      );
      expect(matched, pattern.source.slice(0, 60)).toBeGreaterThan(100);
    }
  });
});
