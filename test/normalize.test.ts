import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../src/model.js';
import { normalize, summarize, unwrap } from '../src/normalize/normalize.js';
import { splitCredit } from '../src/segment/patterns.js';
import { segment } from '../src/segment/segment.js';
import { linesOf } from './helpers.js';

function one(text: string): { article: Article; dropped: Record<string, number> } {
  const raws = segment(linesOf(text), 'test.txt');
  expect(raws).toHaveLength(1);
  const result = normalize(raws[0] as (typeof raws)[0]);
  if (!result.article) throw new Error('no article');
  return { article: result.article, dropped: result.dropped };
}

describe('normalize', () => {
  it('splits captions from credits, one image per distinct caption, in order', () => {
    const { article, dropped } = one(
      [
        'Title',
        '',
        'First photo, Munich, February 16, 2024. (Iraqi Prime Minister Media Office/Handout via Reuters)',
        'First photo, Munich, February 16, 2024. (Iraqi Prime Minister Media Office/Handout via Reuters)',
        'Second photo (Photo by Oli SCARFF / AFP)',
        'TT',
        '',
        'Title',
        '',
        'First photo, Munich, February 16, 2024. (Iraqi Prime Minister Media Office/Handout via Reuters)',
        '',
        'Body.',
      ].join('\n'),
    );
    expect(article.images).toEqual([
      { caption: 'First photo, Munich, February 16, 2024.', credit: 'Iraqi Prime Minister Media Office/Handout via Reuters' },
      { caption: 'Second photo', credit: 'Photo by Oli SCARFF / AFP' },
    ]);
    expect(article.title).toBe('Title');
    expect(article.paragraphs).toEqual(['Body.']);
    expect(dropped).toEqual({ 'caption-repeat': 2, logo: 1, 'title-repeat': 1 });
    expect(article).toMatchObject({ published: '2024-02-16', dateSource: 'caption' });
  });

  it('reads bylines and Published lines, and prefers Published over Updated and captions', () => {
    const { article } = one(
      ['Title', 'By Jane Doe', 'Updated March 4, 2024, 10:15 a.m. ET', 'Published: 3 March 2024 09:00 GMT', 'A photo, May 1, 2020. (AP Photo)', 'Body.'].join('\n'),
    );
    expect(article).toMatchObject({ byline: 'Jane Doe', published: '2024-03-03T09:00:00Z', dateSource: 'line' });
    expect(article.paragraphs).toEqual(['Body.']);
  });

  it('keeps the offset a date line gives, and uses an Updated line when there is no Published one', () => {
    expect(one('Title\nUpdated March 4, 2024, 10:15 a.m. ET\nBody.').article.published).toBe('2024-03-04T10:15:00-05:00');
  });

  it('keeps a line that only starts like a date line as a paragraph', () => {
    const { article } = one('Title\nPosted to Iraq in 2003, he served two tours before the war ended for him.\nMore.');
    expect(article.published).toBeUndefined();
    expect(article.paragraphs[0]).toBe('Posted to Iraq in 2003, he served two tours before the war ended for him.');
  });

  it('records datelines and keeps the paragraph whole', () => {
    const reuters = one('Title\nOSLO, March 3 (Reuters) - Norway said on Monday it would act.').article;
    expect(reuters.dateline).toBe('OSLO, March 3 (Reuters)');
    expect(reuters.paragraphs[0]).toBe('OSLO, March 3 (Reuters) - Norway said on Monday it would act.');
    expect(one('Title\nLIMA, Peru (AP) — Protesters marched.').article.dateline).toBe('LIMA, Peru (AP)');
    expect(one('Title\nWASHINGTON — The Senate voted.').article.dateline).toBe('WASHINGTON');
    expect(one('Title\nNATO - the alliance met today.').article.dateline).toBeUndefined();
    // An en dash too (The Straits Times' house style); not after a label.
    expect(one('Title\nSINGAPORE – Employers will contribute more.').article.dateline).toBe('SINGAPORE');
    expect(one('Title\nBREAKING — Fire hits the port.').article.dateline).toBeUndefined();
    // A label's words, whatever joins them, before a colon too.
    expect(one('Title\nFACT-CHECK: Claims about the vote are false.').article.dateline).toBeUndefined();
    // Past the first letter, a capital of any alphabet, an apostrophe or a full stop; never a lower-case letter or a space.
    expect(one('Title\nSÃO PAULO (Reuters) - Brazil said.').article.dateline).toBe('SÃO PAULO (Reuters)');
    expect(one("Title\nO'HARE, Ill. (AP) — Flights resumed.").article.dateline).toBe("O'HARE, Ill. (AP)");
    expect(one('Title\nU.S. (AP) — Officials said.').article.dateline).toBe('U.S. (AP)');
    // Alone on its line, its dash last (a copy of CNN's page breaks it there): it opens the paragraph under it.
    const cnn = one('Title\nBy Jane Smith, CNN\n\nWashington CNN —\nThe Senate voted late Tuesday.\n\nThe vote was 77-19.').article;
    expect(cnn).toMatchObject({ dateline: 'Washington CNN', paragraphs: ['Washington CNN — The Senate voted late Tuesday.', 'The vote was 77-19.'] });
    // Not a line that only ends with a dash.
    expect(one('Title\nBy Jane Smith\n\nWashington was quiet —\nThe Senate voted late Tuesday.').article.paragraphs).toEqual(['Washington was quiet —', 'The Senate voted late Tuesday.']);
    // In ordinary case, a place is a dateline only with an agency of the list after it (AFP's `Paris (AFP) –`, below).
    expect(one('Title\nOslo, March 3 - Norway said.').article.dateline).toBeUndefined();
    expect(one('Title\nOslo, March 3 (Reuters) - Norway said.').article.dateline).toBe('Oslo, March 3 (Reuters)');
  });

  it('never invents a year: a dateline date without one leaves published unset', () => {
    const { article } = one('Title\nOSLO, March 3 (Reuters) - Norway said on Monday it would act.');
    expect(article.published).toBeUndefined();
    expect(article.dateSource).toBeUndefined();
  });

  it('takes a full date from the dateline', () => {
    const { article } = one('Title\nKYIV, March 3, 2024 (Reuters) - Ukraine said.');
    expect(article).toMatchObject({ published: '2024-03-03', dateSource: 'dateline', dateline: 'KYIV, March 3, 2024 (Reuters)' });
  });

  it('cleans whitespace: NBSP, tabs and zero-width spaces; NFC; typographic quotes kept', () => {
    const { article } = one('Title\n\u00a0“Cafe\u0301”\tsaid\u200b  the\u00a0man.  ');
    expect(article.paragraphs).toEqual(['“Café” said the man.']);
  });

  it('counts words, and gives a stable id and a slug', () => {
    const a = one('Ceasefire talks resume in Cairo\nPublished: 2024-02-16\nOne two three.\nFour five.').article;
    const b = one('\n\nCeasefire talks resume in Cairo\nPublished: 2024-02-16\nDifferent body.').article;
    const c = one('Ceasefire talks resume in Cairo\nPublished: 2024-02-17\nOne two three.').article;
    expect(a.wordCount).toBe(5);
    expect(a.slug).toBe('ceasefire-talks-resume-in-cairo');
    expect(a.id).toBe(b.id);
    expect(a.id).not.toBe(c.id);
    expect(a.source).toEqual({ file: 'test.txt', line: 1, endLine: 4 });
    expect(b.source).toEqual({ file: 'test.txt', line: 3, endLine: 5 });
  });

  it('drops consecutive duplicate paragraphs and counts them', () => {
    const { article, dropped } = one('Title\nSame line.\nSame line.\nOther.');
    expect(article.paragraphs).toEqual(['Same line.', 'Other.']);
    expect(dropped).toEqual({ duplicate: 1 });
  });
});

describe('normalize: bylines, captions, pull quotes, ambiguous dates', () => {
  it('reads a byline that carries the date after a bar', () => {
    const { article } = one('Title\nBy Ana Costa | Published 2 June 2025, 18:00 BST\n\nBody.');
    expect(article).toMatchObject({ byline: 'Ana Costa', published: '2025-06-02T18:00:00+01:00', dateSource: 'line' });
  });

  it('drops a "Photo:" label before a caption', () => {
    expect(one('Title\n\nPhoto: Voters queue in Porto. (Reuters)\n\nBody.').article.images).toEqual([{ caption: 'Voters queue in Porto.', credit: 'Reuters' }]);
  });

  it('drops a pull quote that repeats words of a paragraph, and counts it', () => {
    const { article, dropped } = one('Title\n\nFirst paragraph.\n\n"It changes everything for us."\n\nPeople came. "It changes everything for us," said Sarah.');
    expect(article.paragraphs).toEqual(['First paragraph.', 'People came. "It changes everything for us," said Sarah.']);
    expect(dropped).toEqual({ 'pull-quote': 1 });
  });

  it("keeps a standfirst's or bullet points' lines over the byline apart, each opening with a capital, and joins a wrapped one", () => {
    const bullets = one('Mother jailed for killing cyclist\nDriver was scrolling social media when she hit the man on a country lane\nJudge told her she had caused grief\n\nBy SAM JONES\n\nA mother was jailed.');
    expect(bullets.article.paragraphs).toEqual(['Driver was scrolling social media when she hit the man on a country lane', 'Judge told her she had caused grief', 'A mother was jailed.']);
    // A standfirst hard-wrapped over the byline goes on in lower case: one paragraph.
    const wrapped = one('Mother jailed for killing cyclist\nThe driver was scrolling through social media on her phone when she hit\nthe man on a country lane near Harrogate\n\nBy SAM JONES\n\nA mother was jailed.');
    expect(wrapped.article.paragraphs[0]).toBe('The driver was scrolling through social media on her phone when she hit the man on a country lane near Harrogate');
  });

  it('never guesses the order of an ambiguous numeric date', () => {
    const raws = segment(linesOf('Title\nUpdated: 03/06/2025 09:12\nBody.'), 'test.txt');
    const result = normalize(raws[0] as (typeof raws)[0]);
    expect(result.article?.published).toBeUndefined();
    expect(result.article?.paragraphs).toEqual(['Body.']);
    expect(result.dropped).toEqual({ 'ambiguous-date': 1 });
    expect(result.diagnostics[0]).toMatchObject({ line: 2, rule: 'ambiguous-date' });
    // An unambiguous one is read.
    expect(one('Title\nUpdated: 16/02/2025 09:12\nBody.').article.published).toBe('2025-02-16T09:12:00');
  });

  it('leaves out lines recurring across many articles of a dump (through the pipeline)', async () => {
    const { RecurrenceFilter } = await import('../src/segment/recurring.js');
    const text = [1, 2, 3].map((n) => `Story ${n}\n\nBody ${n}.\n\nOur correspondents in the region contributed.`).join('\n\n\n');
    const filter = new RecurrenceFilter();
    const raws = [...segment(linesOf(text)).flatMap((raw) => filter.push(raw)), ...filter.end()];
    const results = raws.map((raw) => normalize(raw));
    expect(results.map((r) => r.article?.paragraphs)).toEqual([['Body 1.'], ['Body 2.'], ['Body 3.']]);
    expect(results.map((r) => r.dropped)).toEqual([{ recurring: 1 }, { recurring: 1 }, { recurring: 1 }]);
  });
});

describe('normalize: the shapes of other sites', () => {
  it('reads a credit after a label, a bare date line, names over a date as a byline, and drops a topic footer', () => {
    const { article, dropped } = one(
      [
        'Heatwave: hottest September day recorded in England',
        'This article is more than 1 year old',
        'Temperatures reached 33.5C at Heathrow, the Met Office said',
        'Jane Smith and Tom Brown',
        'Tue 10 Sep 2024 17.15 BST',
        '',
        'People on the beach in Brighton. Photograph: Andrew Hasson/Getty Images',
        '',
        'England has recorded its hottest September day for more than 100 years.',
        '',
        'Explore more on these topics',
        'Weather',
        'UK news',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      byline: 'Jane Smith and Tom Brown',
      published: '2024-09-10T17:15:00+01:00',
      dateSource: 'line',
      images: [{ caption: 'People on the beach in Brighton.', credit: 'Photograph: Andrew Hasson/Getty Images' }],
      paragraphs: ['Temperatures reached 33.5C at Heathrow, the Met Office said', 'England has recorded its hottest September day for more than 100 years.'],
    });
    expect(dropped).toEqual({ navigation: 4 });
  });

  it('takes a Tags: line as the article\'s tags, and drops a relative date line without inventing a date', () => {
    const { article, dropped } = one('Title\nUpdated 2 hours ago\n\nBody.\n\nTags: budget, economy, tax\n\nMore from Politics');
    expect(article).toMatchObject({ paragraphs: ['Body.'], tags: ['budget', 'economy', 'tax'] });
    expect(article.published).toBeUndefined();
    expect(dropped).toEqual({ 'relative-date': 1, navigation: 1 });
    // A section link, in any letters and any case; a sentence that starts the same way is kept.
    const more = one('Title\nBody.\n\nMORE FROM EUROPE\n\nMore from São Paulo\n\nMore from the minister, who spoke later, was expected.');
    expect(more.dropped).toEqual({ navigation: 2 });
    expect(more.article.paragraphs).toEqual(['Body.', 'More from the minister, who spoke later, was expected.']);
    // A blog's categories are tags too; a time with no day is as relative as "2 hours ago".
    const blog = one('Title\nUpdated 11:42 p.m. ET\n\nBody.\n\nCategories: Community, News\nTags: garden');
    expect(blog.article).toMatchObject({ paragraphs: ['Body.'], tags: ['Community', 'News', 'garden'] });
    expect(blog.article.published).toBeUndefined();
    expect(blog.dropped).toEqual({ 'relative-date': 1 });
    // Arab News' `Topics:` line; a market widget's source and delay note, not a sentence on what data show.
    const sport = one('Title\n\nAl-Hilal won 2-1.\n\nMarket data provided by Refinitiv. Quotes delayed by at least 15 minutes.\n\nTopics: Al-Hilal, Al-Nassr, Saudi Pro League');
    expect(sport.article).toMatchObject({ paragraphs: ['Al-Hilal won 2-1.'], tags: ['Al-Hilal', 'Al-Nassr', 'Saudi Pro League'] });
    expect(sport.dropped).toEqual({ navigation: 1 });
    // The New York Times' `See more on:` line.
    expect(one('Title\n\nThe Senate passed the bill.\n\nSee more on: U.S. Politics, Senate').article).toMatchObject({ paragraphs: ['The Senate passed the bill.'], tags: ['U.S. Politics', 'Senate'] });
    const data = 'Data provided by the ministry show that exports rose.';
    expect(one(`Title\n\n${data}\n\nQuotes delayed by 20 minutes.`).article.paragraphs).toEqual([data]);
  });

  it("drops an inline link to another story, a credit on a line of its own and NYT's ad label; reads CNN's dateline and byline", () => {
    const cnn = one(
      'Stocks slide\n\nBy Jane Smith, CNN\n\nNew York CNN — US stocks fell on Friday.\n\nThe Dow fell.\n\nRelated article\nWhy inflation is proving so sticky\n\nInvestors now expect a cut.',
    );
    expect(cnn.article).toMatchObject({ byline: 'Jane Smith', dateline: 'New York CNN', paragraphs: ['New York CNN — US stocks fell on Friday.', 'The Dow fell.', 'Investors now expect a cut.'] });
    expect(cnn.dropped).toEqual({ 'read-more': 2 });
    // A label with its link on the same line takes nothing below it; nor does a label a blank line away.
    const tail = one('Title\n\nBody.\nRead more: Budget explained\nThe Vote Ahead\n\nRelated article\n\nAfter the Vote\n\nMore text.');
    expect(tail.article.paragraphs).toEqual(['Body.', 'The Vote Ahead', 'After the Vote', 'More text.']);
    const nyt = one('Coral reefs\n\nBy Maria Lopez\n\nPhoto illustration by The New York Times\n\nGetty Images\n\nCredit...Jane Doe for The New York Times\n\nBody.\n\nSKIP ADVERTISEMENT\n\nAFP via Getty Images\n\nShutterstock\n\nMore.');
    expect(nyt.article.paragraphs).toEqual(['Body.', 'More.']);
    expect(nyt.dropped).toEqual({ credit: 5, advertisement: 1 });
    // Writers after a comma stay; so does an agency over a date (a byline), and a labelled caption.
    expect(one('Title\n\nBy Jane Smith, Tom Brown\n\nBody.').article.byline).toBe('Jane Smith, Tom Brown');
    expect(one('Title\n\nBy Jane Smith, Reuters\n\nBody.').article.byline).toBe('Jane Smith');
    // The outlet or the writer's post after the names, however a site prints them.
    const bylines: [string, string][] = [
      ['By JANE SMITH Associated Press', 'JANE SMITH'],
      ['By Jane Smith for Dailymail.com', 'Jane Smith'],
      ['By Jane Smith, Senior Reporter', 'Jane Smith'],
      ['By Jane Smith and John Doe, The New York Times', 'Jane Smith and John Doe'],
      ['By Jane Smith / Staff Writer', 'Jane Smith'],
      ['By Dr. Jane Smith', 'Dr. Jane Smith'],
      ["By Jane Smith-Jones and Mary O'Neil", "Jane Smith-Jones and Mary O'Neil"],
    ];
    for (const [line, byline] of bylines) expect(one(`Title\n\n${line}\n\nBody.`).article.byline).toBe(byline);
    expect(one('Title\n\nJane Smith, Political Correspondent\n16 February 2024\n\nBody.').article.byline).toBe('Jane Smith');
    // AP sets the outlet or the writer's post on the line under the byline: part of it, not a paragraph.
    for (const post of ['Associated Press', 'AP Business Writer', 'Staff Writer']) {
      expect(one(`Quake\n\nBy JANE SMITH\n${post}\n\nLIMA, Peru (AP) — A quake struck.`).article).toMatchObject({ byline: 'JANE SMITH', paragraphs: ['LIMA, Peru (AP) — A quake struck.'] });
    }
    expect(one('Quake\n\nBy JANE SMITH\n\nA quake struck.\n\nStaff Writer').article.paragraphs).toEqual(['A quake struck.', 'Staff Writer']);
    // A date after the names is the article's.
    expect(one('Title\n\nBy Jane Smith Published 16 February 2024\n\nBody.').article).toMatchObject({ byline: 'Jane Smith', published: '2024-02-16' });
    expect(one('Title\nReuters\n16 Feb 2024\n\nBody.').article.byline).toBe('Reuters');
    // A standfirst that asks a question may stand before the dateline.
    expect(one('Coral reefs\n\nScientists breed coral in labs. Will it be enough?\n\nKEY LARGO, Fla. — In a lab, coral grows.').article.dateline).toBe('KEY LARGO, Fla.');
  });

  it("reads a republished story's writer over its date, and drops its note of where it first ran", () => {
    const story = one(
      [
        'Why sleep matters',
        '',
        'Jane Doe, University of Somewhere',
        '',
        'Published: February 16, 2024 10:15am EST',
        '',
        'Most adults need seven to nine hours of sleep.',
        '',
        'This article is republished from The Conversation under a Creative Commons license. Read the original article.',
        '',
        'Read the full article on The Verge',
      ].join('\n'),
    );
    expect(story.article).toMatchObject({ byline: 'Jane Doe', published: '2024-02-16T10:15:00-05:00', paragraphs: ['Most adults need seven to nine hours of sleep.'] });
    expect(story.dropped).toEqual({ navigation: 1, 'read-more': 1 });
    // After a comma, names without an institution are a second writer.
    expect(one('Title\n\nJane Smith, Tom Brown\n\n16 Feb 2024\n\nBody.').article.byline).toBe('Jane Smith, Tom Brown');
    // Sentences about an article stay.
    const kept = ['This article is about the budget.', 'This story was published in a hurry, and it showed.', 'This story was published in April, before the vote.'];
    expect(one(['Title', 'Body.', ...kept].join('\n\n')).article.paragraphs).toEqual(['Body.', ...kept]);
  });

  it("splits Reuters' and Bloomberg's unbracketed credits, and takes no date from a file photo", () => {
    const reuters = one(
      'Oil prices rise\n\nA pump jack in Texas, U.S., March 3, 2024. REUTERS/Eli Hartman/File Photo\n\nA pump jack in Texas, U.S., March 3, 2024. REUTERS/Eli Hartman/File Photo\n\nLONDON, March 4 (Reuters) - Oil rose.',
    );
    expect(reuters.article.images).toEqual([{ caption: 'A pump jack in Texas, U.S., March 3, 2024.', credit: 'REUTERS/Eli Hartman/File Photo' }]);
    expect(reuters.article.published).toBeUndefined();
    const bloomberg = one('Powell says no rush\n\nJerome Powell in Washington on Wednesday. Photographer: Al Drago/Bloomberg\n\nThe Fed chair spoke.');
    expect(bloomberg.article.images).toEqual([{ caption: 'Jerome Powell in Washington on Wednesday.', credit: 'Photographer: Al Drago/Bloomberg' }]);
    const ap = one('Flooding swamps towns\n\nFILE - Residents wade through floodwater, May 6, 2024. (AP Photo/Carlos Macedo)\n\nWater rose again.');
    expect(ap.article.published).toBeUndefined();
    // A caption of the day's photo still dates the story.
    const today = one('Flooding swamps towns\n\nResidents wade through floodwater, May 6, 2024. (AP Photo/Carlos Macedo)\n\nWater rose again.');
    expect(today.article).toMatchObject({ published: '2024-05-06', dateSource: 'caption' });
    // A poll after a sentence is not a credit.
    expect(one('Title\n\nBody.\n\nBiden trails in the polls. Reuters/Ipsos found 40% support.').article.paragraphs).toEqual(['Body.', 'Biden trails in the polls. Reuters/Ipsos found 40% support.']);
  });

  it("reads a Reuters page: its date line, a credit with the page's licensing link, a dateline with no place, and its footer", () => {
    const { article, dropped } = one(
      [
        'Gold steadies near record',
        'By Brijesh Patel',
        'November 27, 20261:10 PM GMTUpdated 4 hours ago',
        '',
        'Gold bars at a refinery in Mendrisio, Switzerland, July 13, 2022. REUTERS/Denis Balibouse Purchase Licensing Rights, opens new tab',
        '',
        'Nov 27 (Reuters) - Gold prices held steady on Friday.',
        'Sign up here.',
        'Spot gold was little changed.',
        'Reporting by Brijesh Patel in Bengaluru; Editing by Mrigank Dhaniwala',
        'Our Standards: The Thomson Reuters Trust Principles., opens new tab',
        'Suggested Topics:',
        'Markets',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      published: '2026-11-27T13:10:00Z',
      dateSource: 'line',
      byline: 'Brijesh Patel',
      dateline: 'Nov 27 (Reuters)',
      images: [{ caption: 'Gold bars at a refinery in Mendrisio, Switzerland, July 13, 2022.', credit: 'REUTERS/Denis Balibouse' }],
      paragraphs: [
        'Nov 27 (Reuters) - Gold prices held steady on Friday.',
        'Spot gold was little changed.',
        'Reporting by Brijesh Patel in Bengaluru; Editing by Mrigank Dhaniwala',
      ],
    });
    expect(dropped).toEqual({ newsletter: 1, navigation: 3 });
  });

  it("reads a blog post's categories-and-tags line as tags, and drops its links to the posts around it", () => {
    const post = one(
      [
        'City council approves new bike lanes',
        'Posted on February 16, 2024 by admin',
        '',
        'The council voted 7-2 to approve the lanes.',
        '',
        'Posted in Local News, Transport | Tagged bikes, city council | Leave a comment',
        '',
        '← Previous Post',
        'Next Post →',
        '« Older Entries',
        'Newer posts',
        'Related posts:',
        'You might also like',
      ].join('\n'),
    );
    expect(post.article).toMatchObject({ published: '2024-02-16', paragraphs: ['The council voted 7-2 to approve the lanes.'], tags: ['Local News', 'Transport', 'bikes', 'city council'] });
    expect(post.dropped).toEqual({ navigation: 4, 'read-more': 2 });
    const entry = one('Title\n\nBody.\n\nThis entry was posted in Local News and tagged bikes, city council. Bookmark the permalink.');
    expect(entry.article).toMatchObject({ paragraphs: ['Body.'], tags: ['Local News', 'bikes', 'city council'] });
    // `Posted in …` with nothing after it could be a sentence, and stays one; so do sentences about the next post.
    const sentences = ['Posted in 2019, the video went viral', 'Posted in March | updated later', 'Next post will explain more.'];
    expect(one(['Title', '', 'Body.', ...sentences].join('\n\n')).article.paragraphs).toEqual(['Body.', ...sentences]);
  });

  it("reads a timestamp, a year-first date and Reuters' older date line as date lines", () => {
    expect(one('Title\n2024-02-16T10:15:00Z\n\nBody.').article).toMatchObject({ published: '2024-02-16T10:15:00Z', paragraphs: ['Body.'] });
    expect(one('Title\n2024-02-16T10:15:00.000+03:00\n\nBody.').article.published).toBe('2024-02-16T10:15:00+03:00');
    expect(one('Title\n2024/02/16\n\nBody.').article).toMatchObject({ published: '2024-02-16', paragraphs: ['Body.'] });
    // The relative part says nothing; the date and time before it count.
    expect(one('Title\nFebruary 16, 2024 / 10:15 AM / Updated 2 hours ago\n\nBody.').article).toMatchObject({ published: '2024-02-16T10:15:00', paragraphs: ['Body.'] });
    expect(one('Title\nPosted: Feb 16, 2024 / 10:15 AM EST\n\nBody.').article.published).toBe('2024-02-16T10:15:00-05:00');
    // Ordinal days, a bullet before the time, a region after it, and the Daily Mail's two dates on one line.
    expect(one('Title\n16th February 2024\n\nBody.').article).toMatchObject({ published: '2024-02-16', paragraphs: ['Body.'] });
    expect(one('Title\nFebruary 16th, 2024\n\nBody.').article.published).toBe('2024-02-16');
    expect(one('Title\n16 February 2024 • 10:15am\n\nBody.').article).toMatchObject({ published: '2024-02-16T10:15:00', paragraphs: ['Body.'] });
    expect(one('Title\nFriday 16 February 2024 10:15, UK\n\nBody.').article.published).toBe('2024-02-16T10:15:00');
    expect(one('Title\nPublished: 10:15 GMT, 16 February 2024 | Updated: 12:30 GMT, 17 February 2024\n\nBody.').article.published).toBe('2024-02-16T10:15:00Z');
    // A sentence that starts with a date is no date line.
    expect(one('Title\n\nBody.\n\n2024/02/16 was the day the vote failed.').article.paragraphs).toEqual(['Body.', '2024/02/16 was the day the vote failed.']);
  });

  it('prefers a Published line to a bare date, and a bare date to an Updated line', () => {
    expect(one('Title\nUpdated: 12 Sep 2024\n10 Sep 2024\nBody.').article.published).toBe('2024-09-10');
    expect(one('Title\n10 Sep 2024\nPublished: 9 Sep 2024\nBody.').article.published).toBe('2024-09-09');
  });

  it('drops the furniture of embeds, reading times and subscription prompts, each under its reason', () => {
    const { article, dropped } = one(
      ['Title', '5 min read', '', 'Skip Twitter post, 1', 'Allow X content?', 'End of Twitter post, 1', '', 'Body.', '', 'Media caption, Watch: the storm', 'Play Video', 'Watch on YouTube', 'Advertisement - Scroll to continue', 'Already a subscriber? Log in'].join('\n'),
    );
    expect(article.paragraphs).toEqual(['Body.']);
    expect(dropped).toEqual({ navigation: 1, embed: 6, advertisement: 1, newsletter: 1 });
  });

  it("reads a blog's header: names over a Follow button as the byline, the glyphs between its parts dropped, the byline's repeat too", () => {
    const { article, dropped } = one(
      ['Why Our Team Switched to Postgres', '', 'Jane Doe', 'Follow', '7 min read', '·', 'Mar 5, 2024', '--', 'Share', '', 'Body.', '', 'Written by Jane Doe'].join('\n'),
    );
    expect(article).toMatchObject({ byline: 'Jane Doe', published: '2024-03-05', paragraphs: ['Body.'] });
    expect(dropped).toEqual({ navigation: 2, separator: 2, share: 1, duplicate: 1 });
  });

  it("reads a newsletter post's page: its paid badge, reaction counts, subscriber count, buttons and footer dropped", () => {
    const { article, dropped } = one(
      [
        'The quiet collapse of local newspapers',
        '',
        'Maria Lopez',
        'Nov 12, 2025',
        '∙ Paid',
        '',
        '42',
        '',
        '1.2K',
        '',
        'Share',
        '',
        'Body.',
        '',
        '3',
        '',
        'Subscribe to The Local Ledger',
        'Thousands of paid subscribers',
        '',
        'Like',
        'Restack',
        '',
        '© 2025 Maria Lopez',
        'Copyright 2025 The Local Ledger. All rights reserved.',
        'Privacy ∙ Terms ∙ Collection notice',
      ].join('\n'),
    );
    // A count over a count or a share button is a reaction count; one over prose (`3`) is kept.
    expect(article).toMatchObject({ byline: 'Maria Lopez', published: '2025-11-12', paragraphs: ['Body.', '3'] });
    expect(dropped).toEqual({ newsletter: 3, share: 5, navigation: 3 });
  });

  it("reads an aggregator's `Story by` line as the byline, and drops its related video", () => {
    const { article, dropped } = one('Bank holds rates\nStory by Hannah Moore • 2h • 3 min read\n\nBody.\n\nRelated video: The Bank explains (Sky News)');
    expect(article).toMatchObject({ byline: 'Hannah Moore', paragraphs: ['Body.'] });
    expect(article.published).toBeUndefined();
    expect(dropped).toEqual({ 'read-more': 1 });
  });

  it("sums a live page up from its first entry's text, not the entry's time or headline", () => {
    const { article } = one('Gaza live: talks resume\n\nKey events\nTalks resume in Cairo\n\n10.45 GMT\nTalks resume in Cairo\nNegotiators returned to Cairo on Tuesday.');
    expect(article).toMatchObject({ paragraphs: ['10.45 GMT', 'Talks resume in Cairo', 'Negotiators returned to Cairo on Tuesday.'], headings: [1], summary: 'Negotiators returned to Cairo on Tuesday.' });
  });

  it("keeps an editor's note above the headline as the story's first paragraph, not its title nor its summary", () => {
    const raws = segment(linesOf("Old story\n\nBody.\n\n\nEditor's note: This story has been updated.\n\nApple unveils new headset\n\nApple unveiled a headset on Monday.\n\nIt costs $3,499."));
    const article = raws.map((raw) => normalize(raw).article).filter((a) => a !== undefined)[1];
    expect(article).toMatchObject({
      title: 'Apple unveils new headset',
      paragraphs: ["Editor's note: This story has been updated.", 'Apple unveiled a headset on Monday.', 'It costs $3,499.'],
      summary: 'Apple unveiled a headset on Monday.',
    });
    // Without a headline under it, such a line is the title as before (with its warning).
    expect(one("Correction: An earlier version misstated the vote.\n\nThe vote was 7-2, not 6-3.").article.title).toBe('Correction: An earlier version misstated the vote.');
    // Over a date line, it is the headline of a correction's notice.
    const notice = one('Correction: Port expansion story\n\nNovember 28, 2026\n\nAn earlier version misstated the cost. It is $2.1 billion.');
    expect(notice.article).toMatchObject({ title: 'Correction: Port expansion story', published: '2026-11-28', paragraphs: ['An earlier version misstated the cost. It is $2.1 billion.'] });
  });

  it("takes a web clipper's address line and a blog's 'Originally published at' line as the article's address", () => {
    const raws = segment(
      linesOf(
        'Clipped from: https://www.example.com/news/budget-vote\n\nParliament passes budget\n\nParliament passed the budget.\n\n\nOriginally published at https://blog.example.net/remote-work on February 16, 2024.\n\nRemote work is here to stay\n\nMost firms chose hybrid work.',
      ),
    );
    const articles = raws.map((raw) => normalize(raw).article).filter((a) => a !== undefined);
    expect(articles.map((a) => [a.title, a.url, a.paragraphs])).toEqual([
      ['Parliament passes budget', 'https://www.example.com/news/budget-vote', ['Parliament passed the budget.']],
      ['Remote work is here to stay', 'https://blog.example.net/remote-work', ['Most firms chose hybrid work.']],
    ]);
  });

  it("takes an address under the headline as the article's, and drops a read-later app's saved line without taking its date", () => {
    const { article, dropped } = one('How cities adapt to heat\nhttps://www.example.com/2025/06/cities-heat\nSaved June 3, 2025 · 8 min read\n\nBody.\n\nhttps://www.example.com/elsewhere');
    expect(article).toMatchObject({ url: 'https://www.example.com/2025/06/cities-heat', paragraphs: ['Body.', 'https://www.example.com/elsewhere'] });
    expect(article.published).toBeUndefined();
    expect(dropped).toEqual({ navigation: 1 });
  });

  it("drops AP's coverage footer, so that the separator above it leaves no empty article", () => {
    const raws = segment(linesOf('Wildfire near Athens\nBy DEREK GATOPOULOS\n\nATHENS (AP) — Fire.\n\n___\n\nFollow AP’s coverage of climate at https://apnews.com/hub/climate\n\n\n\nAnother story\n\nBody.'));
    const articles = raws.map((raw) => normalize(raw).article).filter((a) => a !== undefined);
    expect(articles.map((a) => a.title)).toEqual(['Wildfire near Athens', 'Another story']);
    expect(articles[0]).toMatchObject({ byline: 'DEREK GATOPOULOS', paragraphs: ['ATHENS (AP) — Fire.'] });
  });

  it("reads a news release: the wire's dateline after its standfirst, its contacts and closing lines dropped", () => {
    const { article, dropped } = one(
      [
        'FOR IMMEDIATE RELEASE',
        '',
        'Acme Opens New Factory',
        '',
        'New plant will create 300 jobs',
        '',
        'COLUMBUS, Ohio, March 4, 2025 /PRNewswire/ -- Acme opened a factory.',
        '',
        'Media contact:',
        'John Smith',
        'press@acme.example',
        '',
        'SOURCE Acme Robotics',
      ].join('\n'),
    );
    expect(article).toMatchObject({ dateline: 'COLUMBUS, Ohio, March 4, 2025 /PRNewswire/', published: '2025-03-04', dateSource: 'dateline' });
    expect(article.paragraphs).toEqual(['New plant will create 300 jobs', 'COLUMBUS, Ohio, March 4, 2025 /PRNewswire/ -- Acme opened a factory.']);
    expect(dropped).toEqual({ navigation: 5 });
    // Only a standfirst may stand before the dateline: not a paragraph of the story.
    expect(one('Title\nAcme opened a factory.\n\nCOLUMBUS, Ohio (AP) -- Workers cheered.').article.dateline).toBeUndefined();
  });

  it("drops an email newsletter's furniture and an aggregator's source-and-age lines", () => {
    const email = one(
      ['View in browser', '', 'The Morning Brief', 'Tuesday, April 8, 2025', '', 'Body.', '', 'Forward to a friend', '', 'You are receiving this email because you signed up.', 'Unsubscribe | Update your preferences'].join('\n'),
    );
    expect(email.article).toMatchObject({ title: 'The Morning Brief', published: '2025-04-08', paragraphs: ['Body.'] });
    expect(email.dropped).toEqual({ newsletter: 4 });
    const news = one('Top stories\n\nTalks resume in Cairo\nReuters · 3 hours ago\n\nBody.\n\nFull coverage');
    expect(news.article).toMatchObject({ title: 'Talks resume in Cairo', paragraphs: ['Body.'] });
    expect(news.article.published).toBeUndefined();
    expect(news.dropped).toEqual({ navigation: 2, 'relative-date': 1 });
  });

  it("reads a republished wire story's header: the agency's name over the date as the byline, a date with `at` and an offset", () => {
    const { article, dropped } = one('Economy shrinks\n\nReuters\nSat, March 9, 2024 at 10:15 AM GMT+1\n3 min read\n\nBody.\n\nTerms and Privacy Policy\nPrivacy Dashboard');
    expect(article).toMatchObject({ byline: 'Reuters', published: '2024-03-09T10:15:00+01:00', dateSource: 'line', paragraphs: ['Body.'] });
    expect(dropped).toEqual({ navigation: 3 });
    // Any other single word over a date is no byline.
    expect(one('Economy shrinks\n\nEconomy\nMarch 9, 2024\n\nBody.').article.byline).toBeUndefined();
  });

  it("reads a syndicated story's agency byline and drops its also-read links; drops a live blog's badges and its short relative date", () => {
    const story = one('Monsoon arrives early\n\nPress Trust of India\nUpdated: May 30, 2025 11:20 IST\n\nBody.\n\nAlso Read | Heatwave grips the north\n\nALSO READ: Farmers welcome rain\n\nRead Full Story');
    expect(story.article).toMatchObject({ byline: 'Press Trust of India', published: '2025-05-30T11:20:00+05:30', paragraphs: ['Body.'] });
    expect(story.dropped).toEqual({ 'read-more': 3 });
    const live = one('Election live\n\nLive\nUpdated 9m ago\n\nKey events\nShow key events only\n\nPolls have now closed.');
    expect(live.article.paragraphs).toEqual(['Polls have now closed.']);
    expect(live.article.published).toBeUndefined();
    expect(live.dropped).toEqual({ navigation: 3, 'relative-date': 1 });
  });

  it("reads a business site's header: names over the writer's handle as the byline, its share and video furniture dropped", () => {
    const { article, dropped } = one(
      ['Oil prices jump', '', 'Published Mon, Apr 3 2023 8:35 AM EDT', '', 'Pippa Stevens', '@PIPPASTEVENS', '', 'Share Article via Facebook', 'Share Article via Email', '', 'Body.', '', 'VIDEO 02:15', '', 'More body.', '', 'WATCH NOW'].join('\n'),
    );
    expect(article).toMatchObject({ byline: 'Pippa Stevens', published: '2023-04-03T08:35:00-04:00', paragraphs: ['Body.', 'More body.'] });
    expect(dropped).toEqual({ share: 3, embed: 2 });
  });

  it("reads a paywalled page: its gift and save buttons and paywall dropped, the byline's names without the place it was filed from", () => {
    const { article, dropped } = one(
      ['Gift this article', 'Add to myFT', '', 'Banks brace for rules', '', 'Martin Arnold in Frankfurt', 'Published 12 MINUTES AGO', '', 'Body.', '', 'Subscribe to unlock this article', 'Try unlimited access', 'Only $1 for 4 weeks'].join('\n'),
    );
    expect(article).toMatchObject({ title: 'Banks brace for rules', byline: 'Martin Arnold', paragraphs: ['Body.'] });
    expect(article.published).toBeUndefined();
    expect(dropped).toEqual({ share: 2, newsletter: 3, 'relative-date': 1 });
    // A line of names filed from a place is a byline over a date; a sentence that ends `in Paris` is not.
    expect(one('Talks end without a deal\n\nJon Henley in Paris\n5 March 2024\n\nBody.').article.byline).toBe('Jon Henley');
    // A headline short enough to be a kicker is still the headline over names and a date.
    expect(one('Title\n\nJon Henley in Paris\n5 March 2024\n\nBody.').article).toMatchObject({ title: 'Title', byline: 'Jon Henley' });
    expect(one('Title\n\nThe talks ended in Paris\n5 March 2024\n\nBody.').article.byline).toBeUndefined();
  });

  it("drops a channel post's furniture: where it was forwarded from, its view count and time", () => {
    const { article, dropped } = one('Forwarded from World News Wire\n\nEarthquake strikes off Japan\n\nAn earthquake struck on Thursday.\n\n👁 12.3K · 14:05');
    expect(article).toMatchObject({ title: 'Earthquake strikes off Japan', paragraphs: ['An earthquake struck on Thursday.'] });
    expect(dropped).toEqual({ navigation: 1, share: 1 });
  });

  it('reads a date label on a line of its own as part of the date under it', () => {
    // `Published` above its date is a Published line: it wins over a bare date elsewhere.
    const labelled = one('Title\n\n12 Sep 2024\nPublished\n5 Sep 2024\n\nBody.');
    expect(labelled.article).toMatchObject({ published: '2024-09-05', paragraphs: ['Body.'] });
    expect(labelled.dropped).toEqual({ 'extra-date': 1 });
    // `Updated` above its date is an Updated line: a bare date elsewhere wins over it.
    expect(one('Title\n\nLast updated:\n12 Sep 2024\n10 Sep 2024\n\nBody.').article).toMatchObject({ published: '2024-09-10', paragraphs: ['Body.'] });
    // With no date under it, the word is just a line of the story.
    expect(one('Title\n\nUpdated\n\nBody.').article.paragraphs).toEqual(['Updated', 'Body.']);
  });

  it('pairs `Image source, …` with the `Image caption, …` under it as one photo, and drops page furniture', () => {
    const { article, dropped } = one(
      [
        'Title',
        '',
        'Listen to this article',
        'Image source, Reuters',
        'Image caption, Firefighters at the scene',
        '',
        'Body one.',
        '',
        'Image source, Reuters',
        'Image caption, The refinery at night',
        '',
        'Image source, Getty Images',
        '',
        'Body two.',
        '',
        'Save',
        'Related topics',
        'Energy',
      ].join('\n'),
    );
    // The same agency credits both photos: neither is a repeat. A source with no caption under it is kept, as text.
    expect(article.images).toEqual([
      { caption: 'Firefighters at the scene', credit: 'Reuters' },
      { caption: 'The refinery at night', credit: 'Reuters' },
    ]);
    expect(article.paragraphs).toEqual(['Body one.', 'Image source, Getty Images', 'Body two.']);
    expect(dropped).toEqual({ navigation: 3, share: 1 });
  });

  it("reads a photo's credit on a line of its own: under its caption (CNN's) or over it (the BBC's)", () => {
    const cnn = one(
      [
        'Fed signals another rate cut',
        'By Matt Egan, CNN',
        'Link Copied!',
        'Jerome Powell speaks during a news conference in Washington, DC.',
        'Kevin Dietsch/Getty Images',
        'New York CNN — The Federal Reserve signaled on Wednesday that another cut could come.',
        'Ad Feedback',
        'Stocks rose after the release.',
        'Traders on the floor of the New York Stock Exchange.',
        'Saul Loeb/AFP via Getty Images',
        'The yield on the 10-year Treasury fell.',
      ].join('\n'),
    );
    expect(cnn.article).toMatchObject({
      byline: 'Matt Egan',
      dateline: 'New York CNN',
      images: [
        { caption: 'Jerome Powell speaks during a news conference in Washington, DC.', credit: 'Kevin Dietsch/Getty Images' },
        { caption: 'Traders on the floor of the New York Stock Exchange.', credit: 'Saul Loeb/AFP via Getty Images' },
      ],
      paragraphs: [
        'New York CNN — The Federal Reserve signaled on Wednesday that another cut could come.',
        'Stocks rose after the release.',
        'The yield on the 10-year Treasury fell.',
      ],
    });
    expect(cnn.dropped).toEqual({ share: 1, advertisement: 1 });
    const bbc = one(
      [
        'Storm Bert: flood warnings remain',
        '',
        'Getty Images',
        'Residents cleared debris in Pontypridd on Monday',
        'More than 100 flood warnings remain in place across England and Wales.',
        '',
        'PA Media',
        'A car stranded in floodwater near Shrewsbury',
        '',
        'The River Taff reached its highest level since 2020.',
      ].join('\n'),
    );
    expect(bbc.article.images).toEqual([
      { caption: 'Residents cleared debris in Pontypridd on Monday', credit: 'Getty Images' },
      { caption: 'A car stranded in floodwater near Shrewsbury', credit: 'PA Media' },
    ]);
    expect(bbc.article.paragraphs).toEqual(['More than 100 flood warnings remain in place across England and Wales.', 'The River Taff reached its highest level since 2020.']);
    expect(bbc.dropped).toEqual({});
    // With no caption beside it, a credit alone is dropped as before (`Getty Images`), or kept as text; nor is a
    // paragraph longer than a caption can be, or one a blank line away, taken for one.
    const alone = one(
      [
        'Title',
        '',
        'Body one.',
        '',
        'Getty Images',
        '',
        'Body two.',
        '',
        'Kevin Dietsch/Getty Images',
        '',
        `${'A long paragraph that goes on. '.repeat(12)}`,
        'Evan Vucci/AP',
      ].join('\n'),
    );
    expect(alone.article.images).toEqual([]);
    expect(alone.article.paragraphs).toEqual(['Body one.', 'Body two.', 'Kevin Dietsch/Getty Images', 'A long paragraph that goes on. '.repeat(12).trim(), 'Evan Vucci/AP']);
    expect(alone.dropped).toEqual({ credit: 1 });
  });

  it("reads Al Jazeera's credit in brackets and its breadcrumb, not an editor's [sic]", () => {
    const { article, dropped } = one(
      [
        'News|Israel-Palestine conflict',
        'Israeli strikes kill dozens across Gaza',
        'Palestinians inspect the damage in Gaza City [Mahmoud Issa/Reuters]',
        'By Al Jazeera Staff',
        'Published On 27 Nov 2026',
        'Save articles to read later and create your own reading list.',
        'Israeli strikes killed at least 40 people, medics said.',
        '',
        'He said "the people [of Gaza] are tired [sic]"',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      section: 'Israel-Palestine conflict',
      title: 'Israeli strikes kill dozens across Gaza',
      byline: 'Al Jazeera Staff',
      published: '2026-11-27',
      images: [{ caption: 'Palestinians inspect the damage in Gaza City', credit: 'Mahmoud Issa/Reuters' }],
      paragraphs: ['Israeli strikes killed at least 40 people, medics said.', 'He said "the people [of Gaza] are tired [sic]"'],
    });
    expect(dropped).toEqual({ share: 1 });
    expect(one('World › Middle East\nTalks resume in Cairo on Tuesday\nBody.').article.section).toBe('Middle East');
  });

  it("reads a BBC page: its menu, a relative date, names over the writer's outlet or post, and the follow link", () => {
    const { article, dropped } = one(
      [
        'Skip to content',
        'BBC News',
        'Home',
        'News',
        'Sport',
        'Business',
        '',
        'Storm Bert: flood warnings remain as clean-up begins',
        '2 hours ago',
        'Share',
        'Save',
        'Jane Smith',
        'BBC News, Cardiff',
        '',
        'More than 100 flood warnings remain in place.',
        '',
        'Follow BBC Wales News on X',
      ].join('\n'),
    );
    expect(article).toMatchObject({ title: 'Storm Bert: flood warnings remain as clean-up begins', byline: 'Jane Smith', paragraphs: ['More than 100 flood warnings remain in place.'] });
    expect(article.published).toBeUndefined();
    // The site's name over its menu is its masthead, a logo.
    expect(dropped).toEqual({ logo: 1, navigation: 6, 'relative-date': 1, share: 2 });
    const post = one('Ukraine war: front line extremely difficult\nBy Paul Adams\nDiplomatic correspondent\nPublished\n27 November 2026\nZelensky said so.');
    expect(post.article).toMatchObject({ byline: 'Paul Adams', published: '2026-11-27', paragraphs: ['Zelensky said so.'] });
    // A relative date above the headline, and in another language, is dropped too; one in the body stays.
    const above = one('yesterday\nCouncil approves budget\nil y a 2 heures\n\nThe council voted.\n\nYesterday\n\nMore.');
    expect(above.article).toMatchObject({ title: 'Council approves budget', paragraphs: ['The council voted.', 'Yesterday', 'More.'] });
    expect(above.dropped).toEqual({ 'relative-date': 2 });
  });

  it("reads The New York Times' and The Washington Post's pages: credit under the caption, the writer's place, buttons and counts", () => {
    const nyt = one(
      [
        'Senate Passes Spending Bill',
        'The measure now goes to the House.',
        'Share full article',
        'Senator Chuck Schumer spoke to reporters on Friday.',
        'Credit...Kenny Holston/The New York Times',
        'By Carl Hulse',
        'Reporting from Washington',
        'Nov. 27, 2026',
        'The Senate on Friday passed a stopgap spending bill.',
      ].join('\n'),
    );
    expect(nyt.article).toMatchObject({
      byline: 'Carl Hulse',
      published: '2026-11-27',
      images: [{ caption: 'Senator Chuck Schumer spoke to reporters on Friday.', credit: 'Kenny Holston/The New York Times' }],
      paragraphs: ['The measure now goes to the House.', 'The Senate on Friday passed a stopgap spending bill.'],
    });
    const post = one(
      [
        'Politics',
        'House GOP unveils plan to overhaul federal workforce',
        'The proposal would make it easier to fire civil servants.',
        '7 min',
        'Gift Article',
        'Comment',
        '1,234',
        'Mike Johnson speaks at the Capitol on Tuesday. (Tom Brenner for The Washington Post)',
        'By Jacob Bogage',
        'November 27, 2026 at 5:00 a.m. EST',
        'House Republicans on Wednesday unveiled a plan (for the second time).',
      ].join('\n'),
    );
    expect(post.article).toMatchObject({
      section: 'Politics',
      byline: 'Jacob Bogage',
      images: [{ caption: 'Mike Johnson speaks at the Capitol on Tuesday.', credit: 'Tom Brenner for The Washington Post' }],
      paragraphs: ['The proposal would make it easier to fire civil servants.', 'House Republicans on Wednesday unveiled a plan (for the second time).'],
    });
    expect(post.dropped).toEqual({ navigation: 1, share: 3 });
  });

  it('reads The Times of India\'s and Arab News\' pages: stacked section labels, names before the date, the text size control, a dateline with a colon', () => {
    const { article, dropped } = one(
      [
        'News',
        'India News',
        'Parliament passes data protection amendment',
        'TOI News Desk / TIMESOFINDIA.COM / Updated: Nov 27, 2026, 18:45 IST',
        'Share',
        'AA',
        'Text Size',
        'Small',
        'Medium',
        'Large',
        'NEW DELHI: Parliament on Thursday passed an amendment to the data protection law.',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      section: 'India News',
      title: 'Parliament passes data protection amendment',
      byline: 'TOI News Desk',
      published: '2026-11-27T18:45:00+05:30',
      dateline: 'NEW DELHI',
      paragraphs: ['NEW DELHI: Parliament on Thursday passed an amendment to the data protection law.'],
    });
    expect(dropped).toEqual({ share: 1, logo: 1, navigation: 4 });
    expect(one('Visa rules eased\nArab News\nNovember 27, 2026 21:30\nRIYADH: Saudi Arabia launched a visa.').article).toMatchObject({
      byline: 'Arab News',
      dateline: 'RIYADH',
      published: '2026-11-27T21:30:00',
    });
    // Names and a date on one line, without `By`; a label in capitals before a colon is no dateline.
    expect(one('Title\nJane Smith | Published 2 June 2025\n\nBody.').article).toMatchObject({ byline: 'Jane Smith', published: '2025-06-02' });
    expect(one('Title\n\nBREAKING: The Fed cut rates.').article.dateline).toBeUndefined();
    expect(one('Title\n\nThe Fed cut rates.\nSmall\nLarge').article.paragraphs).toEqual(['The Fed cut rates.', 'Small', 'Large']);
  });

  it("reads Sky News' and the South China Morning Post's pages: menus, mastheads, posts, labelled photos, trust and read-more links", () => {
    const sky = one(
      [
        'Sky News',
        'Home',
        'UK',
        'World',
        'Science & Tech',
        '',
        'Chancellor confirms fuel duty freeze',
        'The freeze would save drivers £50 a year.',
        'Sam Coates',
        'Deputy political editor @SamCoatesSky',
        'Wednesday 26 November 2026 13:15, UK',
        'Image:',
        'Rachel Reeves delivers her budget. Pic: PA',
        'Why you can trust Sky News',
        'The chancellor has confirmed the freeze.',
        'Read more from Sky News:',
        'Budget 2026: What it means for you',
        'Markets react to budget',
        'She told MPs it would help families.',
      ].join('\n'),
    );
    expect(sky.article).toMatchObject({
      title: 'Chancellor confirms fuel duty freeze',
      byline: 'Sam Coates',
      published: '2026-11-26T13:15:00',
      images: [{ caption: 'Rachel Reeves delivers her budget.', credit: 'Pic: PA' }],
      paragraphs: ['The freeze would save drivers £50 a year.', 'The chancellor has confirmed the freeze.', 'She told MPs it would help families.'],
    });
    expect(sky.dropped).toEqual({ logo: 1, navigation: 6, 'read-more': 3 });
    // The New Arab's `Tags` over its tags, a line each, its `Copied` note; Middle East Monitor's `Read: …` link.
    const newArab = one(
      ['Lebanon elects new speaker', 'Short Url', 'Copied', 'Parliament elected a speaker on Thursday.', 'Read: Egypt raises fuel prices', 'Read: the statement in full is below.', 'Tags', 'Lebanon', 'Parliament', 'Beirut', '', 'The vote ended a deadlock.'].join('\n'),
    );
    // A sentence after `Read:` is text; after the blank line, so is the story.
    expect(newArab.article).toMatchObject({ paragraphs: ['Parliament elected a speaker on Thursday.', 'Read: the statement in full is below.', 'The vote ended a deadlock.'], tags: ['Lebanon', 'Parliament', 'Beirut'] });
    expect(newArab.dropped).toEqual({ navigation: 1, share: 1, 'read-more': 1 });
    // Bloomberg's `Most Read from Bloomberg` over its links, a blank line before the story goes on.
    const bloomberg = one(
      ['Aramco weighs bond sale', '', 'Saudi Aramco is considering selling bonds.', '', 'Most Read from Bloomberg', 'Trump Says Tariffs on Chips Coming Soon', "Billionaire's Firm Bets Big on Gulf Property", '', 'The oil giant is working with banks.'].join('\n'),
    );
    expect(bloomberg.article.paragraphs).toEqual(['Saudi Aramco is considering selling bonds.', 'The oil giant is working with banks.']);
    expect(bloomberg.dropped).toEqual({ 'read-more': 3 });
    const scmp = one(
      [
        'South China Morning Post',
        'China',
        'Politics',
        "China's exports rise for third month as new markets offset US tariffs",
        'Reading Time:3 minutes',
        'Josephine Ma',
        'Published: 6:00pm, 27 Nov 2026',
        'Exports rose 6.2 per cent from a year earlier.',
        // Its link to another story under the text.
        'More Articles',
        "Hong Kong budget: what the city's finance chief has in store",
      ].join('\n'),
    );
    expect(scmp.article).toMatchObject({ section: 'Politics', byline: 'Josephine Ma', published: '2026-11-27T18:00:00', paragraphs: ['Exports rose 6.2 per cent from a year earlier.'] });
    expect(scmp.dropped).toEqual({ logo: 1, navigation: 1, 'read-more': 2 });
  });

  it("reads a news release's date line over it (GlobeNewswire's), and drops ACCESSWIRE's closing source line", () => {
    const release = one(
      [
        'Acme Corp Reports Fourth Quarter Results',
        'March 04, 2025 07:00 ET | Source: Acme Corp',
        'SAN JOSE, Calif., March 04, 2025 (GLOBE NEWSWIRE) -- Acme Corp today announced results.',
        'Revenue rose 18%.',
        'SOURCE: Acme Corp',
      ].join('\n'),
    );
    expect(release.article).toMatchObject({ published: '2025-03-04T07:00:00-05:00', dateline: 'SAN JOSE, Calif., March 04, 2025 (GLOBE NEWSWIRE)' });
    expect(release.article.paragraphs).toHaveLength(2);
    expect(release.dropped).toEqual({ navigation: 1 });
  });

  it("drops a writer's box under the story: their name over a line about them", () => {
    // CBS': one of the byline's names, over a sentence about them.
    const cbs = one(
      'Trump addresses Congress\nBy Kathryn Watson, Melissa Quinn\nThe president spoke for an hour.\nDemocrats held signs.\n\nKathryn Watson\nKathryn Watson is a politics reporter for CBS News Digital.',
    );
    expect(cbs.article.paragraphs).toEqual(['The president spoke for an hour.', 'Democrats held signs.']);
    expect(cbs.dropped).toEqual({ 'author-bio': 2 });
    // Deutsche Welle's: no byline, the post after the name and no full stop.
    const dw = one('Scholz and Merz clash\nThe two men debated.\nPolls put the CDU ahead.\nJane Doe\nJane Doe Reporter covering German politics');
    expect(dw.article.paragraphs).toEqual(['The two men debated.', 'Polls put the CDU ahead.']);
    // The Atlantic's: under its heading, the line about the byline's writer.
    const atlantic = one('The loneliness of the American worker\nBy Derek Thompson\nMarch 4, 2025, 7 AM ET\nOffices were where Americans made friends.\nAbout the Author\nDerek Thompson is a staff writer at The Atlantic.');
    expect(atlantic.article).toMatchObject({ published: '2025-03-04T07:00:00-05:00', paragraphs: ['Offices were where Americans made friends.'] });
    expect(atlantic.dropped).toEqual({ 'author-bio': 2 });
    // A profile's name over its first sentence is text, where the name is no byline's.
    const profile = one('The candidates\nThree people are running.\nJane Doe\nJane Doe is a former teacher from Leeds.');
    expect(profile.article.paragraphs).toContain('Jane Doe is a former teacher from Leeds.');
  });

  it("drops The Conversation's boxes over its story: the writer's, their disclosure and the funders'", () => {
    const { article, dropped } = one(
      [
        'Why do cats purr? Scientists are still not entirely sure',
        'Published: March 4, 2025 2:15pm GMT',
        'Jane Roe, University of Leeds',
        '',
        'Author',
        'Jane Roe',
        'Lecturer in Animal Behaviour, University of Leeds',
        '',
        'Disclosure statement',
        'Jane Roe does not work for, consult, own shares in or receive funding from any company that would benefit from this article.',
        '',
        'Partners',
        'University of Leeds provides funding as a member of The Conversation UK.',
        'View all partners',
        '',
        'Most cat owners know the sound of a purr.',
        '',
        'But how cats make the sound, and why, is still debated.',
      ].join('\n'),
    );
    expect(article).toMatchObject({ byline: 'Jane Roe', paragraphs: ['Most cat owners know the sound of a purr.', 'But how cats make the sound, and why, is still debated.'] });
    expect(dropped).toEqual({ 'author-bio': 5, credit: 3 });
    // A story's own `Partners` and `Author` over its prose, with no disclosure and no names under them, stay.
    const story = one('Title\nBy Jane Roe\nThe firm grew.\n\nPartners\nThree banks backed the deal.\n\nAuthor\nThe book was her first.');
    expect(story.article.paragraphs).toEqual(['The firm grew.', 'Partners', 'Three banks backed the deal.', 'Author', 'The book was her first.']);
  });

  it("drops Le Monde's link to its French page and its subscribers' mark, and Japan Today's copyright with no year", () => {
    const lemonde = one(
      'France extends state of emergency\nBy Le Monde with AFP\nPublished on March 5, 2025, at 10:12 am\nThe measure will remain in force until June.\nLire en français\nSubscribers only\nThe Senate voted on Tuesday.',
    );
    expect(lemonde.article.paragraphs).toEqual(['The measure will remain in force until June.', 'The Senate voted on Tuesday.']);
    expect(lemonde.dropped).toEqual({ navigation: 1, newsletter: 1 });
    const japan = one('Tokyo sees first cherry blossoms\nThe agency spotted the first blossoms on Friday.\nThey opened two days early.\n© KYODO');
    expect(japan.article.paragraphs).toEqual(['The agency spotted the first blossoms on Friday.', 'They opened two days early.']);
    expect(japan.dropped).toEqual({ navigation: 1 });
  });

  it("reads a city in parentheses after a date line's time as its zone (Le Monde's `(Paris)`), with its summer time", () => {
    expect(one('Senate votes\nPublished on March 5, 2025, at 10:12 am (Paris)\nText.').article.published).toBe('2025-03-05T10:12:00+01:00');
    expect(one('Senate votes\nPublished on July 5, 2025, at 10:12 am (Paris)\nText.').article.published).toBe('2025-07-05T10:12:00+02:00');
    expect(one('Élections\nPublié le 05 mars 2025 à 10h12 (Paris)\nLe texte.').article.published).toBe('2025-03-05T10:12:00+01:00');
    expect(one('Markets\nPublished March 5, 2025 9:30 am (New York)\nText.').article.published).toBe('2025-03-05T09:30:00-05:00');
    // A place no zone is named for leaves the time as it was.
    expect(one('Senate votes\nPublished on March 5, 2025, at 10:12 am (Atlantis)\nText.').article.published).toBe('2025-03-05T10:12:00');
  });

  it("drops a day with no year under the headline as a relative date (Japan Today's), the place over it the dateline", () => {
    const { article, dropped } = one('Tokyo sees first cherry blossoms\nTOKYO\nMar. 21 05:12 pm JST\nThe agency spotted the first blossoms on Friday.\nMar. 22 09:00 am JST\nThey opened two days early.');
    expect(article).toMatchObject({ dateline: 'TOKYO', paragraphs: ['The agency spotted the first blossoms on Friday.', 'Mar. 22 09:00 am JST', 'They opened two days early.'] });
    expect(article.published).toBeUndefined();
    expect(dropped).toEqual({ 'relative-date': 1 });
  });

  it("takes a photographer's credit after a copyright sign, alone under its caption, as the photo's", () => {
    const { article, dropped } = one('Iran talks stall\nBy Jane Doe\nMarch 4, 2025\n\nAraghchi speaks to the media in Tehran\n© Atta Kenare, AFP\n\nThe talks stalled on Tuesday over sanctions relief.');
    expect(article.images).toEqual([{ caption: 'Araghchi speaks to the media in Tehran', credit: 'Atta Kenare, AFP' }]);
    expect(article.paragraphs).toEqual(['The talks stalled on Tuesday over sanctions relief.']);
    expect(dropped).toEqual({});
  });

  it("reads Ars Technica's page: its byline with the date and a count of comments, its settings panel, its writer's box", () => {
    const page = [
      'SCIENCE',
      "Water ice may be more widespread near the Moon's south pole than thought",
      "New readings from India's lander suggest patches of ice just under the surface.",
      'Jennifer Ouellette – Mar 4, 2025 3:12 PM | 47',
      'A view of the lunar south pole from orbit. Credit: NASA/GSFC/Arizona State University',
      'Text settings',
      'Story text',
      'Size',
      'Small',
      'Standard',
      'Large',
      'Width *',
      'Standard',
      'Wide',
      'Links',
      'Standard',
      'Orange',
      '* Subscribers only',
      'Learn more',
      'Minimize to nav',
      'Temperatures measured by the lander varied by as much as 60 degrees Celsius over a few meters.',
      '',
      'That suggests ice could survive in small shaded patches.',
      'Jennifer Ouellette',
      'Senior Writer',
      'Jennifer is a senior writer at Ars Technica with a particular focus on where science meets culture.',
      '47 Comments',
    ];
    const { article, dropped } = one(page.join('\n'));
    expect(article).toMatchObject({
      byline: 'Jennifer Ouellette',
      published: '2025-03-04T15:12:00',
      paragraphs: [
        "New readings from India's lander suggest patches of ice just under the surface.",
        'Temperatures measured by the lander varied by as much as 60 degrees Celsius over a few meters.',
        'That suggests ice could survive in small shaded patches.',
      ],
    });
    expect(dropped).toEqual({ navigation: 15, 'author-bio': 3, share: 1 });
    // A heading of those words over prose is no panel; a name over a post over a line about someone else is text.
    const plain = one('Title\nBy Jane Roe\nThe app changed.\nText settings\nThe new menu lets readers pick a size.\nJohn Smith\nChief Executive\nJohn said the change was overdue.');
    expect(plain.article.paragraphs).toEqual(['The app changed.', 'Text settings', 'The new menu lets readers pick a size.', 'John Smith', 'Chief Executive', 'John said the change was overdue.']);
  });

  it("reads The Verge's breadcrumb trail, a glyph on a line between its crumbs, and drops its affiliate disclosure", () => {
    const { article, dropped } = one(
      [
        'Tech',
        '/',
        'Apple',
        '/',
        'Laptops',
        "Apple's new MacBook Air has the M4 chip and a lower price",
        "The 13-inch model now starts at $999, and there's a new sky blue color.",
        'by Jay Peters',
        'Mar 5, 2025, 2:16 PM UTC',
        'If you buy something from a Verge link, Vox Media may earn a commission. See our ethics statement.',
        'Apple has announced a new MacBook Air with its M4 chip.',
      ].join('\n'),
    );
    expect(article).toMatchObject({ title: "Apple's new MacBook Air has the M4 chip and a lower price", section: 'Laptops', byline: 'Jay Peters' });
    expect(article.paragraphs).toEqual(["The 13-inch model now starts at $999, and there's a new sky blue color.", 'Apple has announced a new MacBook Air with its M4 chip.']);
    expect(dropped).toEqual({ separator: 2, advertisement: 1 });
  });

  it("reads bylines with the writer's post in lower case (ESPN's, Nikkei's) and drops ESPN's writer's box under its Close button", () => {
    const espn = one(
      'Messi scores twice as Inter Miami beat Orlando City\nJeff Carlisle, U.S. soccer correspondent\nMar 2, 2025, 10:12 PM ET\nClose\nJeff Carlisle covers U.S. soccer and MLS for ESPN.\nLionel Messi scored twice in the second half.',
    );
    expect(espn.article).toMatchObject({ byline: 'Jeff Carlisle', published: '2025-03-02T22:12:00-05:00', paragraphs: ['Lionel Messi scored twice in the second half.'] });
    expect(espn.dropped).toEqual({ embed: 1, 'author-bio': 1 });
    const nikkei = one("Japan's exports rise for fifth straight month\nKAZUHIRO KIDA, Nikkei staff writer\nMarch 19, 2025 11:05 JST\nTOKYO -- Japan's exports rose 11.4% in February.");
    expect(nikkei.article).toMatchObject({ byline: 'KAZUHIRO KIDA', dateline: 'TOKYO', published: '2025-03-19T11:05:00+09:00' });
  });

  it("reads The Irish Times' section with an ampersand, and The Kathmandu Post's city under its date lines as the dateline", () => {
    const irish = one(
      'Crime & Law\nMan charged over assault in Dublin city centre\nAccused (34) appeared before Dublin District Court on Tuesday\nTue Mar 04 2025 - 14:32\nConor Gallagher\nCrime Correspondent\nA man has been charged over an assault.',
    );
    expect(irish.article).toMatchObject({ section: 'Crime & Law', title: 'Man charged over assault in Dublin city centre', byline: 'Conor Gallagher', published: '2025-03-04T14:32:00' });
    const kathmandu = one(
      'Tourism sector hopes for record arrivals\nHotels in Pokhara report full bookings.\nSangam Prasain\nPublished at : March 5, 2025\nKathmandu\nNepal expects record foreign arrivals this spring.',
    );
    expect(kathmandu.article).toMatchObject({ byline: 'Sangam Prasain', dateline: 'Kathmandu', published: '2025-03-05' });
    expect(kathmandu.article.paragraphs).toEqual(['Hotels in Pokhara report full bookings.', 'Nepal expects record foreign arrivals this spring.']);
  });

  it("splits The Globe and Mail's credit run into its caption after the full stop, and reads a credit alone in parentheses", () => {
    const globe = one(
      'Bank of Canada cuts rate\nMark Rendell\nPublished March 12, 2025\nOpen this photo in gallery:\nBank of Canada Governor Tiff Macklem speaks in Ottawa on March 12.Adrian Wyld/The Canadian Press\nThe bank cut its rate on Wednesday.',
    );
    expect(globe.article.images).toEqual([{ caption: 'Bank of Canada Governor Tiff Macklem speaks in Ottawa on March 12.', credit: 'Adrian Wyld/The Canadian Press' }]);
    expect(globe.dropped).toEqual({ navigation: 1 });
    // An initial's full stop is no sentence's end.
    expect(splitCredit('Protesters gather outside the court.J.D. Smith/AP')).toEqual({ caption: 'Protesters gather outside the court.', credit: 'J.D. Smith/AP' });
    // The Mail & Guardian's, with no caption: dropped as a credit; under a caption, that photo's.
    const mg = one('Eskom announces stage 4 load-shedding\nLunga Mzangwe\n4 Mar 2025\n(Photo by Guillem Sartorio/Bloomberg via Getty Images)\nEskom has announced stage 4 load-shedding.');
    expect(mg.article.paragraphs).toEqual(['Eskom has announced stage 4 load-shedding.']);
    expect(mg.dropped).toEqual({ credit: 1 });
    const captioned = one('Power cuts return\nBy Jane Doe\nMarch 4, 2025\n\nA man walks past a shop in Soweto\n(Photo by Guillem Sartorio/Bloomberg via Getty Images)\n\nEskom has announced stage 4 load-shedding.');
    expect(captioned.article.images).toEqual([{ caption: 'A man walks past a shop in Soweto', credit: 'Photo by Guillem Sartorio/Bloomberg via Getty Images' }]);
  });

  it("reads PBS NewsHour's section before its date over the headline, its byline's label alone over the names, its link", () => {
    const { article, dropped } = one(
      [
        'Politics Mar 4, 2025 3:12 PM EST',
        'Senate confirms new labor secretary',
        'By —',
        'Lisa Desjardins',
        'Lisa Desjardins',
        'Leave your feedback',
        'Share',
        'Copy URL',
        'https://www.pbs.org/newshour/politics/senate-confirms-new-labor-secretary',
        'Email',
        'Tumblr',
        'WASHINGTON (AP) — The Senate on Tuesday confirmed the pick for labor secretary.',
        'Several Democrats joined Republicans in support.',
        'Support Provided By: Learn more',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      section: 'Politics',
      title: 'Senate confirms new labor secretary',
      byline: 'Lisa Desjardins',
      published: '2025-03-04T15:12:00-05:00',
      url: 'https://www.pbs.org/newshour/politics/senate-confirms-new-labor-secretary',
      paragraphs: ['WASHINGTON (AP) — The Senate on Tuesday confirmed the pick for labor secretary.', 'Several Democrats joined Republicans in support.'],
    });
    expect(dropped).toEqual({ duplicate: 1, navigation: 2, share: 3, advertisement: 1 });
  });

  it("reads GOV.UK's publisher under its `From:` label as the byline, and drops its footer", () => {
    const { article, dropped } = one(
      [
        'Press release',
        'New funding to cut hospital waiting lists',
        '£200 million will fund 30 new surgical hubs across England.',
        'From:',
        'Department of Health and Social Care and The Rt Hon Wes Streeting MP',
        'Published',
        '4 March 2025',
        'The government has announced £200 million to open 30 new surgical hubs.',
        'Share this page',
        'The following links open in a new tab',
        'Share on Facebook (opens in new tab)',
        'Updates to this page',
        'Published 4 March 2025',
        'Contents',
      ].join('\n'),
    );
    expect(article).toMatchObject({ section: 'Press release', byline: 'Department of Health and Social Care and The Rt Hon Wes Streeting MP', published: '2025-03-04' });
    expect(article.paragraphs).toEqual(['£200 million will fund 30 new surgical hubs across England.', 'The government has announced £200 million to open 30 new surgical hubs.']);
    expect(dropped).toEqual({ share: 2, navigation: 3, 'extra-date': 1 });
  });

  it("reads US pages' headers: USA Today's name over its outlet, Patch's staff and badge, the Los Angeles Times' initials, UN News' section", () => {
    const usa = one('Powerball jackpot climbs to $500 million\nJane Doe\nUSA TODAY\nPublished 3:12 p.m. ET March 4, 2025\nNo one matched all six numbers.');
    expect(usa.article).toMatchObject({ byline: 'Jane Doe', published: '2025-03-04T15:12:00-05:00', paragraphs: ['No one matched all six numbers.'] });
    const patch = one('Route 9 Lane Closures Begin Monday\nBy Jane Doe, Patch Staff\nVerified Patch Staff Badge\nMar 4, 2025 3:12 pm ET\nLane closures will begin Monday.');
    expect(patch.article).toMatchObject({ byline: 'Jane Doe', paragraphs: ['Lane closures will begin Monday.'] });
    expect(patch.dropped).toEqual({ navigation: 1 });
    // An initial's full stop (`L.A.`) is no sentence's end: the line under the section is the headline.
    const latimes = one('California\nL.A. County approves $4 billion for fire recovery\nBy Jane Doe\nMarch 4, 2025 3 PM PT\nThe board approved the money.\nMore to Read\nWildfire survivors face insurance battles');
    expect(latimes.article).toMatchObject({ section: 'California', title: 'L.A. County approves $4 billion for fire recovery', paragraphs: ['The board approved the money.'] });
    const un = one('4 March 2025\nPeace and Security\nSecurity Council extends UN mission in South Sudan\nThe Security Council on Tuesday extended the mandate.\nFull article');
    expect(un.article).toMatchObject({ section: 'Peace and Security', title: 'Security Council extends UN mission in South Sudan', published: '2025-03-04' });
    expect(un.article.paragraphs).toEqual(['The Security Council on Tuesday extended the mandate.']);
  });

  it("reads Nature's kicker over its date over the headline, and its `doi:` under the story as the article's link", () => {
    const { article } = one(
      'NEWS\n04 March 2025\nGiant telescope finds new asteroids\nThe observatory found 2,000 asteroids.\nBy Jane Doe\nTwitter\nThe first images reveal thousands of asteroids.\ndoi: https://doi.org/10.1038/d41586-025-00712-3',
    );
    expect(article).toMatchObject({ section: 'NEWS', title: 'Giant telescope finds new asteroids', published: '2025-03-04', url: 'https://doi.org/10.1038/d41586-025-00712-3' });
    expect(article.paragraphs).toEqual(['The observatory found 2,000 asteroids.', 'The first images reveal thousands of asteroids.']);
  });

  it("reads CNA's date with its update in parentheses, its dateline under a standfirst over the byline, and drops its buttons", () => {
    const { article, dropped } = one(
      'Man charged with cheating\nThe 28-year-old allegedly sold tickets online.\nJane Doe\n04 Mar 2025 03:12PM (Updated: 04 Mar 2025 05:00PM)\nBookmark\nBookmark\nShare\nSINGAPORE: A man was charged in court on Tuesday.\nSource: CNA/jd',
    );
    expect(article).toMatchObject({ byline: 'Jane Doe', dateline: 'SINGAPORE', published: '2025-03-04T15:12:00' });
    expect(article.paragraphs).toEqual(['The 28-year-old allegedly sold tickets online.', 'SINGAPORE: A man was charged in court on Tuesday.', 'Source: CNA/jd']);
    expect(dropped).toEqual({ share: 3 });
    // MarketWatch's buttons too.
    expect(one('Dow falls 600 points\nBy Jane Doe\nPublished: March 4, 2025 at 3:12 p.m. ET\nResize\nReprints\nThe Dow fell.').dropped).toEqual({ share: 2 });
  });

  it("splits Investing.com's copy of a Reuters caption, `© Reuters.` before it and the credit after it", () => {
    const { article } = one('Oil prices rise\n© Reuters. FILE PHOTO: An oil pump jack in Midland, Texas, U.S. REUTERS/Nick Oxford/File Photo\nBy John Smith\n(Reuters) - Oil prices rose on Tuesday.');
    expect(article.images).toEqual([{ caption: 'FILE PHOTO: An oil pump jack in Midland, Texas, U.S.', credit: 'REUTERS/Nick Oxford/File Photo' }]);
    expect(article.paragraphs).toEqual(['(Reuters) - Oil prices rose on Tuesday.']);
  });

  it("drops The Athletic's line about its writer under the story, HKFP's row of footer links, Rappler's and Sky's notes", () => {
    const athletic = one("Arsenal held at Forest\nJane Doe\nMar 4, 2025\nArsenal were held to a goalless draw.\n\nArteta's side are 13 points behind.\n\nJane Doe is a football writer for The Athletic based in London.");
    expect(athletic.article.paragraphs).toEqual(['Arsenal were held to a goalless draw.', "Arteta's side are 13 points behind."]);
    expect(athletic.dropped).toEqual({ 'author-bio': 1 });
    // A sentence about the writer that names no post, or with more of the story under it, is the story's.
    expect(one('Title\nBy Jane Doe\nThe race began.\n\nJane Doe is running too.\n\nShe finished third.').article.paragraphs).toContain('Jane Doe is running too.');
    const hkfp = one('Hong Kong to cut civil service\nHong Kong Free Press\n4 March 2025 · 15:12 HKT\nHong Kong will cut 10,000 posts.\nSupport HKFP | Policies & Ethics | Error/typo? | Contact Us | Newsletter | Apps');
    expect(hkfp.article).toMatchObject({ byline: 'Hong Kong Free Press', published: '2025-03-04T15:12:00+08:00', paragraphs: ['Hong Kong will cut 10,000 posts.'] });
    expect(hkfp.dropped).toEqual({ navigation: 1 });
    const rappler = one('Marcos signs rice law\nJane Doe\nPublished 3:12 PM, March 04, 2025\nThis is AI generated summarization, which may have errors. For context, always refer to the full article.\nMarcos signed a law.');
    expect(rappler.article.paragraphs).toEqual(['Marcos signed a law.']);
    const sky = one("Hamilton says Ferrari move 'feels right'\nBy Jane Doe\nTuesday 4 March 2025 15:12, UK\nPlease use Chrome browser for a more accessible video player\nLewis Hamilton says he is ready for the new season\nHamilton said he had settled in quickly.");
    expect(sky.article.paragraphs).toEqual(['Hamilton said he had settled in quickly.']);
    expect(sky.dropped).toEqual({ embed: 2 });
  });

  it("reads Asian and Pacific pages' bylines: Focus Taiwan's in parentheses under the story, The Korea Times' with an address, VnExpress' with its date", () => {
    const focus = one(
      "POLITICS\nTaiwan's defense ministry reports Chinese warships\nMarch 5, 2025 03:12 PM\nTaipei, March 5 (CNA) The ministry tracked eight warships.\n(By Jane Doe and John Smith)\nEnditem/AW",
    );
    expect(focus.article).toMatchObject({ byline: 'Jane Doe and John Smith', images: [], paragraphs: ['Taipei, March 5 (CNA) The ministry tracked eight warships.'] });
    expect(focus.dropped).toEqual({ navigation: 1 });
    const korea = one("Yoon's trial enters final stage\nPosted : 2025-03-04 15:12\nJane Doe\nThe court held its final hearing.\nJane Doe jane@koreatimes.co.kr");
    expect(korea.article).toMatchObject({ byline: 'Jane Doe', paragraphs: ['The court held its final hearing.'] });
    expect(korea.dropped).toEqual({ duplicate: 1 });
    const vn = one("News\nEconomy\nVietnam's exports rise 8%\nBy Jane Doe   March 5, 2025 | 03:12 pm PT\nExports rose 8%.\nContainers at a port in Hai Phong. Photo by VnExpress/Giang Huy");
    expect(vn.article).toMatchObject({ section: 'Economy', byline: 'Jane Doe', published: '2025-03-05T15:12:00-08:00', paragraphs: ['Exports rose 8%.'] });
    expect(vn.article.images).toEqual([{ caption: 'Containers at a port in Hai Phong.', credit: 'Photo by VnExpress/Giang Huy' }]);
    // The Toronto Star's bureau after the writer's names is left off; The Hindu's own is the byline.
    expect(one('Ontario to remove bike lanes\nBy Jane Doe Queen\'s Park Bureau\nMar. 4, 2025\nArticle was updated 2 hrs ago\nThe lanes go.').article).toMatchObject({ byline: 'Jane Doe', paragraphs: ['The lanes go.'] });
    expect(one('Delhi air turns severe\nThe Hindu Bureau\nNovember 27, 2026\nThe AQI rose.').article.byline).toBe('The Hindu Bureau');
  });

  it("reads SBS News' source under its byline and its labelled caption with the credit after `Source:`; The East African's bar credit", () => {
    const sbs = one(
      "Rate cut 'a relief' for mortgage holders\nPublished 4 March 2025 3:12pm\nBy Jane Doe\nSource: SBS News\nImage: The RBA has cut the cash rate to 4.1 per cent. Source: AAP / Bianca De Marchi\nShare this with family and friends\nThe bank cut rates for the first time since 2020.\nThis story has been viewed 3,521 times.",
    );
    expect(sbs.article).toMatchObject({ byline: 'Jane Doe', paragraphs: ['The bank cut rates for the first time since 2020.'] });
    expect(sbs.article.images).toEqual([{ caption: 'The RBA has cut the cash rate to 4.1 per cent.', credit: 'Source: AAP / Bianca De Marchi' }]);
    expect(sbs.dropped).toEqual({ share: 1, navigation: 1 });
    const ea = one('Kenya, Uganda sign pipeline deal\nTuesday March 04 2025\nMinisters at the signing ceremony in Nairobi. PHOTO | FILE\nBy Jane Doe\nKenya and Uganda signed a deal.');
    expect(ea.article.images).toEqual([{ caption: 'Ministers at the signing ceremony in Nairobi.', credit: 'PHOTO | FILE' }]);
  });

  it("reads European pages: RFE/RL's headline in title case over its date (no byline), Balkan Insight's stacked header, Swissinfo's label", () => {
    const rferl = one(
      "Ukraine\nKyiv Says Russian Drone Attack Hits Energy Facilities\nMarch 04, 2025 15:12 GMT\nBy RFE/RL's Ukrainian Service\nA drone attack damaged energy facilities.\nCopyright (c) 2025. RFE/RL, Inc. Used with the permission of Radio Free Europe/Radio Liberty, 1201 Connecticut Ave NW, Ste 400, Washington DC 20036.",
    );
    expect(rferl.article).toMatchObject({ section: 'Ukraine', title: 'Kyiv Says Russian Drone Attack Hits Energy Facilities', byline: "RFE/RL's Ukrainian Service", paragraphs: ['A drone attack damaged energy facilities.'] });
    expect(rferl.dropped).toEqual({ navigation: 1 });
    const birn = one('News\nSerbian Students Block Roads\nStudents blocked major roads across Serbia.\nJane Doe\nBelgrade\nBIRN\nMarch 4, 2025\n16:12\nStudents blocked roads in Belgrade on Tuesday.');
    expect(birn.article).toMatchObject({ byline: 'Jane Doe', dateline: 'Belgrade', published: '2025-03-04T16:12:00' });
    expect(birn.article.paragraphs).toEqual(['Students blocked major roads across Serbia.', 'Students blocked roads in Belgrade on Tuesday.']);
    const swiss = one('Swiss voters reject motorway expansion\nSwiss voters have rejected a plan.\nThis content was published on\nMarch 4, 2025 - 15:12\n3 minutes\nKeystone-SDA\nSwiss voters on Sunday rejected the plan.\nArticles in this story');
    expect(swiss.article).toMatchObject({ byline: 'Keystone-SDA', published: '2025-03-04T15:12:00', paragraphs: ['Swiss voters have rejected a plan.', 'Swiss voters on Sunday rejected the plan.'] });
  });

  it("reads Morocco World News' date after a dash and its city before a hyphen, Africanews' agency under the byline, and drops The Local's prompt", () => {
    const mwn = one('Morocco to build new rail line\nBy Jane Doe\n- Mar 4, 2025\nRabat - Morocco will build a new high-speed rail line.');
    expect(mwn.article).toMatchObject({ byline: 'Jane Doe', dateline: 'Rabat', published: '2025-03-04' });
    // A city not of the list, or a word that is no city, before a hyphen is text.
    expect(one('Title\nBy Jane Doe\nMarch 4, 2025\nNATO - the alliance met.').article.dateline).toBeUndefined();
    const africa = one("Ghana's president announces cabinet cuts\nBy Jane Doe\nwith AFP\nMarch 4, 2025\nGhana will cut its ministries.");
    expect(africa.article).toMatchObject({ byline: 'Jane Doe', paragraphs: ['Ghana will cut its ministries.'] });
    // Its date line gives a day and month in digits and no year: a relative date, dropped, no date taken.
    const yearless = one("Ghana's president announces cabinet cuts\nBy Jane Doe\nLast updated: 04/03 - 15:12\nGhana will cut its ministries.");
    expect(yearless.article.published).toBeUndefined();
    expect(yearless.article.paragraphs).toEqual(['Ghana will cut its ministries.']);
    expect(yearless.dropped).toEqual({ 'relative-date': 1 });
    const local = one('Sweden to tighten citizenship rules\nBy Jane Doe\nPublished: 4 March 2025 15:12 CET\nThe government wants eight years.\nJoin the conversation in our comments section below. Share your own thoughts and experience or ask a question to other readers.');
    expect(local.article.paragraphs).toEqual(['The government wants eight years.']);
  });

  it("reads US and UK business pages: the Mirror's byline run into its label, Forbes' split byline and its writer's line, Business Insider's credit", () => {
    const mirror = one('Storm Eowyn: red warning issued\nByJane Doe\nSenior Reporter\n15:12, 04 Mar 2025\nUpdated17:00, 04 Mar 2025\nA rare red warning has been issued.');
    expect(mirror.article).toMatchObject({ byline: 'Jane Doe', published: '2025-03-04T15:12:00', paragraphs: ['A rare red warning has been issued.'] });
    // `By` before a word run into it is no label: ByteDance, BYD.
    expect(one('ByteDance plans listing\nThe company filed on Tuesday.').article.byline).toBeUndefined();
    const forbes = one(
      'Nvidia Stock Falls 8%\nBy Jane Doe,\nForbes Staff.\nJane Doe covers markets and technology for Forbes.\nFollow Author\nMar 04, 2025, 03:12pm EST\nShare to Facebook\nShares of Nvidia fell 8% on Tuesday.',
    );
    expect(forbes.article).toMatchObject({ byline: 'Jane Doe', published: '2025-03-04T15:12:00-05:00', paragraphs: ['Shares of Nvidia fell 8% on Tuesday.'] });
    expect(forbes.dropped).toEqual({ 'author-bio': 1, navigation: 1, share: 1 });
    const bi = one("Tesla's sales in Europe fell 45%\nJane Doe\nMar 4, 2025, 3:12 PM GMT\nTesla CEO Elon Musk. Kevin Dietsch/Getty Images\nTesla's sales fell 45% in Europe.");
    expect(bi.article.images).toEqual([{ caption: 'Tesla CEO Elon Musk.', credit: 'Kevin Dietsch/Getty Images' }]);
  });

  it("drops HuffPost's related link, ProPublica's notes and The Daily Beast's tip prompt", () => {
    const huff = one("Senate Passes Stopgap Bill\nBy Jane Doe\nMar 4, 2025, 03:12 PM EST\nThe Senate passed the bill.\nRELATED...\nHere's What A Government Shutdown Would Mean");
    expect(huff.article.paragraphs).toEqual(['The Senate passed the bill.']);
    const pro = one(
      "How a Texas Town's Water Went Bad\nby Jane Doe\nMarch 4, 2025, 6 a.m. EST\nProPublica is a nonprofit newsroom that investigates abuses of power. Sign up to receive our biggest stories as soon as they're published.\nResidents complained for years.\nWe're trying something new. Was it helpful?",
    );
    expect(pro.article.paragraphs).toEqual(['Residents complained for years.']);
    expect(one('Trump floats third term\nJane Doe\nPublished Mar. 04 2025 3:12PM EST\nTrump spoke.\nGot a tip? Send it to The Daily Beast here.').article.paragraphs).toEqual(['Trump spoke.']);
  });

  it("reads Deutsche Welle's page: its short link, a photo's alt text over a caption its credit runs into, its writer's box", () => {
    const page = [
      'Germany: Scholz and Merz clash over migration',
      'Chancellor Olaf Scholz and Friedrich Merz sparred in their last debate.',
      'https://p.dw.com/p/4qXyz',
      'Friedrich Merz and Olaf Scholz in a TV studio',
      'Friedrich Merz (left) and Olaf Scholz faced off before the voteImage: Michael Kappeler/dpa/picture alliance',
      'Advertisement',
      'Merz repeated his call for tighter borders.',
      'Scholz said it would break European law.',
      'Edited by: Wesley Dockery',
      'Jane Doe',
      'Jane Doe Reporter covering German politics',
    ];
    const { article, dropped } = one(page.join('\n'));
    // The writer's name in the box under the story is its byline; the editor's credit is dropped.
    expect(article).toMatchObject({
      url: 'https://p.dw.com/p/4qXyz',
      byline: 'Jane Doe',
      images: [{ caption: 'Friedrich Merz (left) and Olaf Scholz faced off before the vote', credit: 'Image: Michael Kappeler/dpa/picture alliance' }],
      paragraphs: ['Chancellor Olaf Scholz and Friedrich Merz sparred in their last debate.', 'Merz repeated his call for tighter borders.', 'Scholz said it would break European law.'],
    });
    expect(dropped).toEqual({ 'caption-repeat': 1, advertisement: 1, credit: 1, 'author-bio': 1 });
    // The next story starts at its headline over its standfirst and short link, under the sign-off.
    const two = segment(linesOf(`${page.join('\n')}\n\nKenya: Floods kill dozens in Nairobi\nHeavy rains caused flash floods.\nhttps://p.dw.com/p/4qAbc\nAt least 32 people died.`), 't.txt');
    expect(two).toHaveLength(2);
    // An address under a line that introduces it is the story's link, not the next story's.
    expect(segment(linesOf('Title\nOne.\nTwo.\n\nRead the report\nThe report is here:\nhttps://example.com/report\nMore text.'), 't.txt')).toHaveLength(1);
  });

  it("reads a byline over the page's age (the Financial Times' writers and their places, Kurdistan24's name), and drops their furniture", () => {
    const ft = one(
      'Global stocks fall as tariff fears grip investors\nS&P 500 heads for worst week\n\nIan Smith in London and Kate Duguid in New York\nPublished 7 hours ago\n\nA sell-off deepened on Friday.\n\nCopyright The Financial Times Limited 2025. All rights reserved.',
    );
    expect(ft.article).toMatchObject({ byline: 'Ian Smith and Kate Duguid', paragraphs: ['S&P 500 heads for worst week', 'A sell-off deepened on Friday.'] });
    expect(ft.dropped).toEqual({ 'relative-date': 1, navigation: 1 });
    const k24 = one('KRG, Baghdad agree on oil exports\nKurdistan24\n3 hours ago\nERBIL (Kurdistan24) - The KRG and Baghdad agreed to restart exports.\nThe pipeline has been closed.');
    expect(k24.article).toMatchObject({ byline: 'Kurdistan24', dateline: 'ERBIL (Kurdistan24)' });
    expect(k24.article.paragraphs).toHaveLength(2);
    // Substack's count of likes under the post.
    expect(one('The week in AI\nJane Example\nMar 7, 2025\nIt was a busy week.\n12 Likes\n3 Comments').dropped).toEqual({ share: 2 });
  });

  it("reads NDTV's section under the byline and its dateline alone on its line, and drops Bloomberg's and Semafor's furniture", () => {
    const ndtv = one(
      [
        'India News',
        'Heavy Rain Lashes Mumbai, Local Trains Delayed',
        'Heavy rain lashed Mumbai on Tuesday morning.',
        '',
        'Edited by: Anjali Thakur',
        'India News',
        'Updated: March 04, 2025 10:12 am IST',
        '',
        'Mumbai:',
        'Heavy rain lashed Mumbai and its suburbs on Tuesday morning.',
        '',
        'Track Latest News Live on NDTV.com and get news updates from India and around the world',
      ].join('\n'),
    );
    expect(ndtv.article).toMatchObject({
      section: 'India News',
      byline: 'Anjali Thakur',
      dateline: 'Mumbai',
      paragraphs: ['Heavy rain lashed Mumbai on Tuesday morning.', 'Mumbai: Heavy rain lashed Mumbai and its suburbs on Tuesday morning.'],
    });
    expect(ndtv.dropped).toEqual({ duplicate: 1, navigation: 1 });
    // Without a kicker over the headline, the section alone under the byline, over the date line; `Reported by:`.
    const pti = one('Delhi records warmest March day\nReported by: Press Trust of India\nIndia News\nUpdated: March 05, 2025 7:40 pm IST\nNew Delhi:\nDelhi recorded its warmest day.');
    expect(pti.article).toMatchObject({ section: 'India News', byline: 'Press Trust of India', dateline: 'New Delhi' });
    const bloomberg = one(
      'Oil jumps as OPEC+ signals a pause\nBy Grant Smith\nMarch 4, 2025 at 9:12 AM GMT\nSave\nTranslate\nListen\n3:15\nOil rose on Tuesday.\nBefore it\'s here, it\'s on the Bloomberg Terminal\nLEARN MORE\nThe group meets on Thursday.',
    );
    expect(bloomberg.article.paragraphs).toEqual(['Oil rose on Tuesday.', 'The group meets on Thursday.']);
    expect(bloomberg.dropped).toEqual({ share: 2, navigation: 2, advertisement: 2 });
    // Semafor's section headings in capitals are no dateline; its logo and the logo's alt text under the story.
    const semafor = one('Senate Republicans split over tariffs\nUpdated Mar 4, 2025, 6:12pm EST\nJoseph Zeballos-Roig\nTHE SCOOP\nSeveral senators are weighing a vote.\nSemafor\nTitle icon');
    expect(semafor.article.dateline).toBeUndefined();
    expect(semafor.dropped).toEqual({ logo: 1, navigation: 1 });
  });

  it("reads Politico's caption, its credit after a bar, and The Straits Times' writer over a date's label", () => {
    const politico = one('House passes stopgap bill\nThe measure heads to the Senate.\nSpeaker Mike Johnson speaks to reporters. | Francis Chung/POLITICO\nBy Jennifer Scholtes\nThe House passed the bill.');
    expect(politico.article.images).toEqual([{ caption: 'Speaker Mike Johnson speaks to reporters.', credit: 'Francis Chung/POLITICO' }]);
    const straits = one('Road closures for Chingay parade\nThe parade will be held at the F1 Pit Building. PHOTO: ST FILE\nLydia Lam\nUpdated\nFeb 10, 2025, 05:48 PM\nPublished\nFeb 10, 2025, 04:02 PM\nSINGAPORE – Several roads will be closed.');
    expect(straits.article).toMatchObject({ byline: 'Lydia Lam', published: '2025-02-10T16:02:00', dateline: 'SINGAPORE' });
  });

  it("reads TASS's and IRNA's datelines, an agency under a headline printed twice, and drops their codes and notes", () => {
    const tass = one(['Russia and China to hold naval drills', 'MOSCOW, November 28. /TASS/. The navies will hold exercises.', 'More ships will take part.'].join('\n'));
    expect(tass.article).toMatchObject({ dateline: 'MOSCOW, November 28. /TASS/', paragraphs: ['MOSCOW, November 28. /TASS/. The navies will hold exercises.', 'More ships will take part.'] });
    const irna = one(
      ['Iran says IAEA talks to resume', 'Iran says IAEA talks to resume', 'IRNA', "Tehran, IRNA – Iran's spokesman said talks would resume.", 'News Code 85123456', 'Follow us on Twitter @IrnaEnglish'].join('\n'),
    );
    expect(irna.article).toMatchObject({ byline: 'IRNA', dateline: 'Tehran, IRNA', paragraphs: ["Tehran, IRNA – Iran's spokesman said talks would resume."] });
    expect(irna.dropped).toEqual({ 'title-repeat': 1, navigation: 2 });
    // AFP's, the place in ordinary case and the agency in parentheses; not a company's ticker so.
    const afp = (paragraph: string) => one(['French PM survives no-confidence vote', paragraph, 'The motion fell short.'].join('\n')).article.dateline;
    expect(afp("Paris (AFP) – France's prime minister survived a vote on Tuesday.")).toBe('Paris (AFP)');
    expect(afp('Gaza City (AFP) - Strikes killed 12 people, which medics confirmed.')).toBe('Gaza City (AFP)');
    expect(afp('Apple (AAPL) - Shares rose 3% on Tuesday.')).toBeUndefined();
    // dpa's in lower case; a region or a date between; Jiji's dashes glued to the text, EFE's after a full stop.
    expect(afp("Berlin (dpa) - Germany's economy shrank.")).toBe('Berlin (dpa)');
    expect(afp('Kyiv, Ukraine (AP) — Russia launched drones.')).toBe('Kyiv, Ukraine (AP)');
    expect(afp("Tokyo, March 4 (Jiji Press)--Japan's cabinet approved the plan.")).toBe('Tokyo, March 4 (Jiji Press)');
    expect(afp('Madrid, 4 mar (EFE).- El Gobierno aprobó el plan.')).toBe('Madrid, 4 mar (EFE)');
    // A hyphen glued to the text makes a compound, not a dash.
    expect(afp('Paris (AFP)-based reporters said so.')).toBeUndefined();
    // Business Wire's, glued between double hyphens; ANSA's English service's, the agency first.
    expect(afp('SAN FRANCISCO--(BUSINESS WIRE)--Acme Corp. today announced results.')).toBe('SAN FRANCISCO--(BUSINESS WIRE)');
    expect(afp('CUPERTINO, Calif.--(BUSINESS WIRE)--Acme Corp. today announced results.')).toBe('CUPERTINO, Calif.--(BUSINESS WIRE)');
    expect(afp("(ANSA) - ROME, MARCH 4 - Italy's premier met the unions.")).toBe('(ANSA) - ROME, MARCH 4');
    // ACCESSWIRE's, its parts a slash apart; a city of the list before a hyphen (The Straits Times' `BANGKOK -`), not
    // any capitalised word (`NATO - the alliance`).
    expect(afp('NEW YORK, NY / ACCESSWIRE / March 4, 2025 / Bright Solar Inc. today announced its expansion.')).toBe('NEW YORK, NY / ACCESSWIRE / March 4, 2025');
    expect(afp("BANGKOK - Thailand's prime minister survived the vote.")).toBe('BANGKOK');
    expect(afp('NATO - the alliance - met in Brussels.')).toBeUndefined();
    // Hindustan Times' note under every story; Haaretz's alert prompt, and its topics under their label as tags.
    const ht = one(
      [
        'Delhi air quality turns severe again',
        'Written by HT News Desk | Edited by Priya Sharma',
        'Updated on Nov 28, 2026 11:42 AM IST',
        "Delhi's air quality slipped into the severe category.",
        'Catch your daily dose of Fashion, Taylor Swift, Health, Festivals, Travel, Relationship, Recipe and all the other Latest Lifestyle News on Hindustan Times Website and APPs.',
      ].join('\n'),
    );
    expect(ht.article).toMatchObject({ byline: 'HT News Desk', published: '2026-11-28T11:42:00+05:30', paragraphs: ["Delhi's air quality slipped into the severe category."] });
    expect(ht.dropped).toEqual({ navigation: 1 });
    const haaretz = one(
      [
        'Cabinet approves budget',
        'Jonathan Lis',
        'Nov 28, 2026 4:55 pm',
        'Get email notification for articles from Jonathan Lis',
        'Follow',
        'The cabinet approved the budget early Saturday.',
        'Click the alert icon to follow topics:',
        'Israeli Budget',
        'Knesset',
      ].join('\n'),
    );
    expect(haaretz.article).toMatchObject({ byline: 'Jonathan Lis', paragraphs: ['The cabinet approved the budget early Saturday.'], tags: ['Israeli Budget', 'Knesset'] });
    expect(haaretz.dropped).toEqual({ newsletter: 1, navigation: 1 });
    // Under the story, the outlet's name alone (NHK's sign-off) and with the agencies it drew on (Daily Sabah's).
    const nhk = one(["Japan's economy shrinks", 'November 28, 2026 14:05 JST', 'The economy contracted.', 'NHK WORLD-JAPAN'].join('\n'));
    expect(nhk.article).toMatchObject({ published: '2026-11-28T14:05:00+09:00', paragraphs: ['The economy contracted.'] });
    expect(nhk.dropped).toEqual({ logo: 1 });
    const sabah = one(['Central bank holds rates', 'The bank kept its rate at 38%.', 'Daily Sabah with AA', 'Reuters said the bank would wait.'].join('\n'));
    expect(sabah.article.paragraphs).toEqual(['The bank kept its rate at 38%.', 'Reuters said the bank would wait.']);
    expect(sabah.dropped).toEqual({ credit: 1 });
  });

  it("reads the byline's outlet and date a slash apart under it, a time before the date, and no date label for a name", () => {
    const inquirer = one(
      [
        'Marcos orders review of flood control projects',
        'By: Jane Dela Cruz - Reporter / @JaneINQ',
        'Philippine Daily Inquirer / 05:05 AM November 28, 2026',
        'MANILA, Philippines — President Marcos ordered a review.',
        'Read Next',
        'Disclaimer: Comments do not represent the views of INQUIRER.net.',
      ].join('\n'),
    );
    expect(inquirer.article).toMatchObject({ byline: 'Jane Dela Cruz', published: '2026-11-28T05:05:00', dateline: 'MANILA, Philippines', paragraphs: ['MANILA, Philippines — President Marcos ordered a review.'] });
    expect(inquirer.dropped).toEqual({ 'read-more': 1, navigation: 1 });
    // RTÉ's date line, its label a slash before the date: no byline `Updated`.
    const rte = one(['Storm warning issued', 'Updated / Saturday, 28 Nov 2026 10:33', 'Met Éireann has issued a warning.', 'Share this article'].join('\n'));
    expect(rte.article.byline).toBeUndefined();
    expect(rte.article).toMatchObject({ published: '2026-11-28T10:33:00', paragraphs: ['Met Éireann has issued a warning.'] });
  });

  it("drops the buttons, marks and prompts of CBC's, Patch's, Yonhap's, The Straits Times', News24's and Nation's pages", () => {
    const cbc = one(
      [
        "Canada's inflation rate eases",
        'Social Sharing',
        'The Canadian Press',
        'Posted: Nov 28, 2026 8:30 AM EST | Last Updated: 2 hours ago',
        "Canada's annual inflation rate eased to 1.9 per cent.",
        'Corrections and clarifications|Submit a news tip|',
      ].join('\n'),
    );
    expect(cbc.article).toMatchObject({ byline: 'The Canadian Press', published: '2026-11-28T08:30:00-05:00', paragraphs: ["Canada's annual inflation rate eased to 1.9 per cent."] });
    expect(cbc.dropped).toEqual({ share: 1, navigation: 1 });
    const patch = one(['Council approves bike lanes', 'Patch Staff', 'Posted Sat, Nov 28, 2026 at 10:12 am ET', 'Reply', 'The council voted 5-2.', 'Thank', 'Reply', 'Share'].join('\n'));
    expect(patch.article).toMatchObject({ byline: 'Patch Staff', paragraphs: ['The council voted 5-2.'] });
    expect(patch.dropped).toEqual({ share: 4 });
    const yonhap = one(["S. Korea's exports rise", 'By Yonhap', 'SEOUL, Nov. 28 (Yonhap) -- Exports rose.', '(END)'].join('\n'));
    expect(yonhap.article.paragraphs).toEqual(['SEOUL, Nov. 28 (Yonhap) -- Exports rose.']);
    expect(yonhap.dropped).toEqual({ navigation: 1 });
    const st = one(['Singapore raises CPF rates', 'Published Nov 28, 2026, 04:00 PM', 'SINGAPORE – Employers will contribute more.', "Join ST's WhatsApp Channel and get the latest news and must-reads."].join('\n'));
    expect(st.article.paragraphs).toEqual(['SINGAPORE – Employers will contribute more.']);
    expect(st.dropped).toEqual({ navigation: 1 });
    // News24's name between the headline and the byline (names over the date line) is its masthead.
    const news24 = one(['Eskom says no load shedding', 'News24', 'Jane Mokoena', 'Published 28 November 2026', 'Eskom says it does not expect load shedding.', 'Get the biggest daily stories by email', 'Subscribe to News24'].join('\n'));
    expect(news24.article).toMatchObject({ byline: 'Jane Mokoena', published: '2026-11-28', paragraphs: ['Eskom says it does not expect load shedding.'] });
    expect(news24.dropped).toEqual({ logo: 1, newsletter: 2 });
    const nation = one(["Kenya's parliament passes finance bill", 'By NATION REPORTER', 'More by this Author', 'Parliament passed the bill.'].join('\n'));
    expect(nation.article.paragraphs).toEqual(['Parliament passed the bill.']);
    expect(nation.dropped).toEqual({ navigation: 1 });
  });

  it("reads a news database's export (Nexis): its stories apart at `End of Document`, its fields read or dropped", () => {
    const text = [
      'Oil prices rise on supply worries',
      'Reuters News',
      'November 27, 2026 Friday 3:42 PM GMT',
      'Copyright 2026 Thomson Reuters All Rights Reserved',
      'Section: MARKETS; Version: 1',
      'Length: 215 words',
      'Byline: Alex Lawler',
      'Dateline: LONDON',
      'Body',
      'Oil prices rose on Friday on supply concerns.',
      'Brent crude was up 1.2%.',
      'Graphic',
      ' ',
      'A tanker off Fujairah. Reuters',
      'Classification',
      'Language: ENGLISH',
      'Subject: OIL PRICES (92%); ENERGY MARKETS (88%)',
      'Load-Date: November 28, 2026',
      'End of Document',
      '',
      'Gulf states agree on rail project',
      'The National (Abu Dhabi)',
      'November 26, 2026 Thursday',
      'Length: 180 words',
      'Body',
      'Gulf states agreed to build a rail link.',
      'Load-Date: November 27, 2026',
      'End of Document',
    ].join('\n');
    const results = segment(linesOf(text), 'test.txt').map((raw) => normalize(raw));
    const articles = results.map((result) => result.article).filter((article) => article !== undefined);
    expect(articles).toHaveLength(2);
    expect(articles[0]).toMatchObject({
      title: 'Oil prices rise on supply worries',
      byline: 'Alex Lawler',
      dateline: 'LONDON',
      published: '2026-11-27T15:42:00Z',
      images: [{ caption: 'A tanker off Fujairah.', credit: 'Reuters' }],
      paragraphs: ['Oil prices rose on Friday on supply concerns.', 'Brent crude was up 1.2%.'],
    });
    expect(results[0]?.dropped).toEqual({ logo: 1, navigation: 9 });
    // The publication under the headline is no byline; with none labelled, the story has none.
    expect(articles[1]?.byline).toBeUndefined();
    expect(articles[1]).toMatchObject({ published: '2026-11-26', paragraphs: ['Gulf states agreed to build a rail link.'] });
  });

  it("reads the older LexisNexis export: `N of M DOCUMENTS` apart, the publication and date over the headline, labels in capitals", () => {
    const text = [
      '                              1 of 2 DOCUMENTS',
      '',
      '                              The National (Abu Dhabi)',
      '',
      '                           November 26, 2026 Thursday',
      '',
      'Gulf states agree on joint rail project',
      '',
      'BYLINE: Jane Doe',
      '',
      'SECTION: NEWS',
      '',
      'LENGTH: 180 words',
      '',
      'DATELINE: ABU DHABI',
      '',
      'Gulf states agreed to build a rail link.',
      '',
      'LOAD-DATE: November 27, 2026',
      '',
      'LANGUAGE: ENGLISH',
      '',
      '                   Copyright 2026 The National',
      '                              All Rights Reserved',
      '',
      '',
      '                              2 of 2 DOCUMENTS',
      '',
      '                                 Arab News',
      '',
      '                           November 28, 2026 Saturday',
      '',
      'Saudi Arabia announces tourism fund',
      '',
      'LENGTH: 312 words',
      '',
      'Saudi Arabia announced a new fund.',
    ].join('\n');
    const results = segment(linesOf(text), 'test.txt').map((raw) => normalize(raw));
    const articles = results.map((result) => result.article).filter((article) => article !== undefined);
    expect(articles.map((article) => article.title)).toEqual(['Gulf states agree on joint rail project', 'Saudi Arabia announces tourism fund']);
    expect(articles[0]).toMatchObject({ byline: 'Jane Doe', dateline: 'ABU DHABI', published: '2026-11-26', paragraphs: ['Gulf states agreed to build a rail link.'] });
    expect(results[0]?.dropped).toEqual({ logo: 1, navigation: 6, separator: 1 });
    expect(articles[1]?.byline).toBeUndefined();
    expect(articles[1]).toMatchObject({ published: '2026-11-28', paragraphs: ['Saudi Arabia announced a new fund.'] });
  });

  it("reads Factiva's export: names over the word count, the time under the day, the source's fields dropped", () => {
    const factiva = one(
      [
        'Oil prices rise on supply worries',
        '',
        'Alex Lawler',
        '215 words',
        '27 November 2026',
        '15:42 GMT',
        'Reuters News',
        'LBA',
        'English',
        '(c) 2026 Reuters Limited',
        '',
        'Oil prices rose on Friday on supply concerns.',
        '',
        'Document LBA0000020261127ek1r00abc',
      ].join('\n'),
    );
    expect(factiva.article).toMatchObject({ byline: 'Alex Lawler', published: '2026-11-27T15:42:00Z', paragraphs: ['Oil prices rose on Friday on supply concerns.'] });
    expect(factiva.dropped).toEqual({ logo: 1, navigation: 5 });
    // Outside an export, a code in capitals under the headline is no field.
    expect(one(['Title', '', 'NATO', 'Body of the story.'].join('\n')).article.paragraphs).toEqual(['NATO', 'Body of the story.']);
  });

  it("reads Rudaw's, The Jordan Times', Hürriyet's and Sudan Tribune's headers, dates and tags", () => {
    // Rudaw: its name under the headline printed twice, over a day-month-year date; its sign-off over its newsletter prompt.
    const rudaw = one(
      ['KRG and Baghdad reach deal', 'KRG and Baghdad reach deal', 'Rudaw', '28-11-2026', 'ERBIL, Kurdistan Region - The KRG and Baghdad reached a deal.', 'Rudaw English', 'Subscribe to our newsletter'].join('\n'),
    );
    expect(rudaw.article).toMatchObject({ byline: 'Rudaw', dateline: 'ERBIL, Kurdistan Region', published: '2026-11-28', paragraphs: ['ERBIL, Kurdistan Region - The KRG and Baghdad reached a deal.'] });
    expect(rudaw.dropped).toEqual({ 'title-repeat': 1, logo: 1, newsletter: 1 });
    // The Jordan Times: no space after the comma before the year, its last update after a hyphen.
    expect(one(['Jordan, Egypt discuss developments', 'By JT', 'Nov 28,2026 - Last updated at Nov 28,2026', 'AMMAN — The ministers spoke.'].join('\n')).article).toMatchObject({
      byline: 'JT',
      published: '2026-11-28',
      paragraphs: ['AMMAN — The ministers spoke.'],
    });
    // Hürriyet: the place over the outlet over the date, its time with seconds; `Keywords:` over its tags, commas apart.
    const hurriyet = one(['Parliament approves defense budget', 'ANKARA', 'Hürriyet Daily News', 'November 28 2026 11:37:00', 'Parliament approved the budget.', 'Keywords:', 'defense, budget, parliament'].join('\n'));
    expect(hurriyet.article).toMatchObject({ byline: 'Hürriyet Daily News', dateline: 'ANKARA', published: '2026-11-28T11:37:00', tags: ['defense', 'budget', 'parliament'] });
    // Sudan Tribune: its name over the first paragraph's dateline; its `Short link:` the article's address.
    const tribune = one(["Sudan's army retakes town", 'Sudan Tribune', 'November 28, 2026 (KHARTOUM) – The army retook Bara.', 'Short link: https://sudantribune.com/?p=123456'].join('\n'));
    expect(tribune.article).toMatchObject({ byline: 'Sudan Tribune', url: 'https://sudantribune.com/?p=123456', paragraphs: ['November 28, 2026 (KHARTOUM) – The army retook Bara.'] });
    // Tehran Times' caption under the story, after its label and with no credit; a label over a credit alone is no caption.
    const tehran = one(['Iran, Oman sign agreement', 'TEHRAN – Iran and Oman signed a memorandum.', 'Photo: Iranian and Omani officials at the signing ceremony in Muscat.'].join('\n'));
    expect(tehran.article).toMatchObject({ images: [{ caption: 'Iranian and Omani officials at the signing ceremony in Muscat.' }], paragraphs: ['TEHRAN – Iran and Oman signed a memorandum.'] });
    expect(one(['Title', 'Body text here.', 'Photo: Reuters', 'More text.'].join('\n')).article.images).toEqual([]);
  });

  it("reads a Substack post and a Medium story whole: counts printed twice, thanks, footers, the writer's names again", () => {
    // The counts of likes and comments, over the share button under the header and again at the end: no headline's repeat.
    const substack = one(
      [
        'The quiet collapse of local news',
        'The quiet collapse of local news',
        'What happens to a town when nobody is writing down what happens there',
        'Jane Doe',
        'Nov 28, 2026',
        '142',
        '18',
        'Share',
        'When the Ledger closed, nobody noticed for a week.',
        'The paper had been shrinking for years.',
        'Thanks for reading The Local Desk! Subscribe for free to receive new posts and support my work.',
        'Subscribe',
        '142',
        '18',
        'Share',
        'Discover more from The Local Desk',
        'Notes on local news, civic life and the places in between.',
        'Over 12,000 subscribers',
        'Continue reading',
      ].join('\n'),
    );
    expect(substack.article).toMatchObject({
      byline: 'Jane Doe',
      published: '2026-11-28',
      paragraphs: ['What happens to a town when nobody is writing down what happens there', 'When the Ledger closed, nobody noticed for a week.', 'The paper had been shrinking for years.'],
    });
    expect(substack.dropped).toEqual({ advertisement: 1, 'title-repeat': 1, navigation: 2, newsletter: 3, share: 6 });
    // Medium's clap bar (`--`) over the count of responses; the writer's names alone, and their followers, under the story.
    const medium = one(
      [
        'Why I stopped using my smartphone',
        'Alex Kim',
        'Follow',
        '6 min read',
        '·',
        'Nov 27, 2026',
        '--',
        '12',
        'Listen',
        'Share',
        "I didn't plan to give up my phone.",
        'By the second week, I was reading again.',
        '--',
        '12',
        'Alex Kim',
        'Written by Alex Kim',
        '1.2K followers',
        'Writer on technology and attention.',
      ].join('\n'),
    );
    expect(medium.article).toMatchObject({ byline: 'Alex Kim', published: '2026-11-27', paragraphs: ["I didn't plan to give up my phone.", 'By the second week, I was reading again.'] });
    expect(medium.dropped).toEqual({ duplicate: 2, navigation: 4, separator: 3, share: 4 });
  });

  it("reads Dawn's and the ABC's pages: outlets a bar apart, credits after a dash or an outlet's name, a post before the names", () => {
    const dawn = one(
      [
        'Pakistan',
        'Govt raises petrol price by Rs5 per litre',
        'Dawn.com | Reuters',
        'Published November 27, 2026',
        'A man refuels his motorcycle in Karachi. — Reuters/File',
        'The government on Thursday raised the price of petrol, the ministry said. — Reuters',
        'Header image: A petrol station in Lahore. — AFP',
      ].join('\n'),
    );
    expect(dawn.article).toMatchObject({
      section: 'Pakistan',
      byline: 'Dawn.com | Reuters',
      published: '2026-11-27',
      images: [
        { caption: 'A man refuels his motorcycle in Karachi.', credit: 'Reuters/File' },
        { caption: 'A petrol station in Lahore.', credit: 'AFP' },
      ],
      // A wire story's paragraph that ends with its agency after a dash stays a paragraph.
      paragraphs: ['The government on Thursday raised the price of petrol, the ministry said. — Reuters'],
    });
    const abc = one(
      [
        'Australia votes to ban social media for under-16s',
        'By political reporter Jane Doe',
        'ABC News',
        'Posted Thu 27 Nov 2026 at 5:30pm, updated Thu 27 Nov 2026 at 7:45pm',
        'The Senate has passed laws banning children from social media.',
        'Anthony Albanese says the law will protect children. (ABC News: Matt Roberts)',
        'Platforms will face fines.',
      ].join('\n'),
    );
    expect(abc.article).toMatchObject({
      byline: 'Jane Doe',
      published: '2026-11-27T17:30:00',
      images: [{ caption: 'Anthony Albanese says the law will protect children.', credit: 'ABC News: Matt Roberts' }],
      paragraphs: ['The Senate has passed laws banning children from social media.', 'Platforms will face fines.'],
    });
  });

  it("reads The National's and Gulf News' pages: a credit a slash apart after the caption, names with their post, an image's credit alone", () => {
    const national = one(
      [
        'UAE announces new golden visa categories for teachers',
        'Eligible educators can apply from December 1',
        'Sarah Ahmed',
        'Nov 27, 2026',
        'Teachers at a school in Abu Dhabi. Victor Besa / The National',
        'The UAE has expanded its golden visa scheme to include teachers.',
        'The fee, the ministry said, is AED 1,000 / year',
      ].join('\n'),
    );
    expect(national.article).toMatchObject({
      byline: 'Sarah Ahmed',
      images: [{ caption: 'Teachers at a school in Abu Dhabi.', credit: 'Victor Besa / The National' }],
      paragraphs: ['Eligible educators can apply from December 1', 'The UAE has expanded its golden visa scheme to include teachers.', 'The fee, the ministry said, is AED 1,000 / year'],
    });
    const gulf = one(
      [
        'Dubai Metro to run 24 hours on New Year\'s Eve',
        'Published: November 26, 2026 18:30',
        'Sajila Saseendran, Senior Reporter',
        'Image Credit: Gulf News Archives',
        "Dubai's Roads and Transport Authority said the metro would run non-stop.",
      ].join('\n'),
    );
    expect(gulf.article).toMatchObject({ byline: 'Sajila Saseendran', published: '2026-11-26T18:30:00', paragraphs: ["Dubai's Roads and Transport Authority said the metro would run non-stop."] });
    expect(gulf.dropped).toEqual({ credit: 1 });
  });

  it("reads a live blog as one story: its entries' times are extra dates, a page's JavaScript notice is furniture", () => {
    const { article, dropped } = one(
      [
        'Live',
        'Israel-Gaza war live: ceasefire talks resume in Cairo',
        'Key events',
        'Please turn on JavaScript to use this feature',
        'Updated at 14.32 GMT',
        'Bethan McKernan in Jerusalem',
        'Thu 27 Nov 2026 14.32 GMT',
        'Negotiators resumed talks in Cairo on Thursday.',
        'Share',
        'Thu 27 Nov 2026 13.10 GMT',
        'Aid agencies say deliveries have almost stopped.',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      byline: 'Bethan McKernan',
      published: '2026-11-27T14:32:00Z',
      paragraphs: ['Negotiators resumed talks in Cairo on Thursday.', 'Aid agencies say deliveries have almost stopped.'],
    });
    expect(dropped).toEqual({ navigation: 3, 'relative-date': 1, share: 1, 'extra-date': 1 });
  });

  it("reads Al Arabiya's date line with its comma before the year, and its list of links under `Read more:`", () => {
    const { article, dropped } = one(
      [
        'Middle East',
        "Lebanon's parliament sets date for presidential vote",
        'Al Arabiya English',
        'Published: 27 November ,2026: 10:15 AM GST',
        'Updated: 27 November ,2026: 11:40 AM GST',
        '',
        "Lebanon's parliament will convene on December 9 to elect a president.",
        '',
        'Read more:',
        '',
        "Lebanon's central bank holds rates steady",
        '',
        'Israel, Hezbollah trade fire along border',
        '',
        'The vote is expected to be close.',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      byline: 'Al Arabiya English',
      published: '2026-11-27T10:15:00+04:00',
      paragraphs: ["Lebanon's parliament will convene on December 9 to elect a president.", 'The vote is expected to be close.'],
    });
    expect(dropped).toEqual({ 'read-more': 3, 'extra-date': 1 });
  });

  it("reads Middle East Eye's page: a newsroom's `staff` byline, `Published date:` with its relative update, the standing note", () => {
    const { article, dropped } = one(
      [
        'Gaza aid convoys held at crossing as winter sets in',
        'Aid agencies say fewer than 100 trucks a day are reaching the enclave',
        'MEE staff',
        'Published date: 26 November 2026 14:20 GMT | Last update: 1 day 3 hours ago',
        '',
        'Aid convoys were held at the Kerem Shalom crossing for a third day.',
        '',
        'Embassy staff',
        '',
        'Middle East Eye delivers independent and unrivalled coverage and analysis of the Middle East, North Africa and beyond. To learn more about republishing this content and the associated fees, please fill out this form.',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      byline: 'MEE staff',
      published: '2026-11-26T14:20:00Z',
      // A `… staff` line in the body is text.
      paragraphs: ['Aid agencies say fewer than 100 trucks a day are reaching the enclave', 'Aid convoys were held at the Kerem Shalom crossing for a third day.', 'Embassy staff'],
    });
    expect(dropped).toEqual({ navigation: 1 });
    expect(one('Storm hits coast\nGuardian staff and agencies\nThe storm hit the coast overnight.').article.byline).toBe('Guardian staff and agencies');
  });

  it("drops an opinion page's disclaimer and Arab News' short-link label (the link is the article's), not a report of what was said", () => {
    const { article, dropped } = one(
      [
        'OPINION',
        'The quiet diplomacy that kept the truce alive',
        'Faisal Al-Harbi',
        'November 27, 2026 21:12',
        'Shortened URL',
        'https://arab.news/p8k2x',
        '',
        'When the ceasefire was announced last week, few observers expected it to last.',
        '',
        'Faisal Al-Harbi is a Riyadh-based political analyst. X: @FAlHarbi',
        '',
        "Disclaimer: Views expressed by writers in this section are their own and do not necessarily reflect Arab News' point of view",
      ].join('\n'),
    );
    expect(article).toMatchObject({
      section: 'OPINION',
      byline: 'Faisal Al-Harbi',
      url: 'https://arab.news/p8k2x',
      paragraphs: ['When the ceasefire was announced last week, few observers expected it to last.', 'Faisal Al-Harbi is a Riyadh-based political analyst. X: @FAlHarbi'],
    });
    expect(dropped).toEqual({ navigation: 2 });
    const aljazeera = "The views expressed in this article are the author's own and do not necessarily reflect Al Jazeera's editorial stance.";
    expect(one(`Title\n\nFirst paragraph of the column.\n\n${aljazeera}`).article.paragraphs).toEqual(['First paragraph of the column.']);
    const reported = 'The views expressed by the envoy are his own and do not necessarily reflect policy, the ministry said.';
    expect(one(`Title\n\nFirst paragraph of the story.\n\n${reported}`).article.paragraphs).toEqual(['First paragraph of the story.', reported]);
  });

  it("drops a closed live page's note, Gulf News' and Khaleej Times' prompts, The National's writer's photo and a gallery's counter; `Today, 3:42 pm` dates nothing", () => {
    const live = one(
      [
        'Israel-Gaza live: Aid convoys enter northern Gaza as talks resume',
        'By Al Jazeera Staff',
        'Published On 27 Nov 2026',
        'This live page is now closed. You can find our latest coverage here.',
        '',
        'The UN said 40 trucks crossed into the north on Thursday morning.',
        '',
        "Don't miss it. For the latest headlines, follow our Google News channel online or via the app.",
        'Follow Khaleej Times on WhatsApp Channels.',
        'Stay up to date with the latest news. Follow KT on WhatsApp Channels.',
      ].join('\n'),
    );
    expect(live.article.paragraphs).toEqual(['The UN said 40 trucks crossed into the north on Thursday morning.']);
    expect(live.dropped).toEqual({ navigation: 4 });
    const national = one('Dubai Metro Blue Line opening date confirmed\nKelly Clarke author image\nKelly Clarke\nNovember 27, 2026\nThe first stations will open in September.');
    expect(national.article).toMatchObject({ byline: 'Kelly Clarke', published: '2026-11-27', paragraphs: ['The first stations will open in September.'] });
    expect(national.dropped).toEqual({ navigation: 1 });
    const toi = one(
      [
        "Jordan's king meets Iraqi prime minister in Amman",
        'Today, 3:42 pm',
        'By TOI Staff',
        'King Abdullah II received the Iraqi prime minister in Amman on Thursday, the royal court said.',
        '1 / 5',
        'They agreed to speed up work on the oil pipeline, the statement said.',
      ].join('\n'),
    );
    expect(toi.article).toMatchObject({ byline: 'TOI Staff', paragraphs: ['King Abdullah II received the Iraqi prime minister in Amman on Thursday, the royal court said.', 'They agreed to speed up work on the oil pipeline, the statement said.'] });
    expect(toi.article.published).toBeUndefined();
    expect(toi.dropped).toEqual({ 'relative-date': 1, navigation: 1 });
    // A score or a ratio in a sentence is text.
    expect(one('Title\n\nThe vote was 1 of 5 in favour.').article.paragraphs).toEqual(['The vote was 1 of 5 in favour.']);
  });

  it("reads Daily Sabah's place before its date, Ahram Online's byline and date a spaced comma apart, and The Times of Israel's share by email", () => {
    const sabah = one(
      [
        'Türkiye ready to host Black Sea grain talks, Erdoğan says',
        'by DAILY SABAH',
        'ISTANBUL Nov 26, 2026 - 4:15 pm GMT+3',
        'Share by email',
        'Türkiye is ready to host a new round of talks, President Recep Tayyip Erdoğan said Wednesday.',
      ].join('\n'),
    );
    expect(sabah.article).toMatchObject({ byline: 'DAILY SABAH', dateline: 'ISTANBUL', published: '2026-11-26T16:15:00+03:00' });
    expect(sabah.dropped).toEqual({ share: 1 });
    const ahram = one('Egypt, Jordan discuss Gaza reconstruction conference\nAhram Online , Thursday 27 Nov 2026\n\nThe two ministers met in Cairo on Thursday.');
    expect(ahram.article).toMatchObject({ byline: 'Ahram Online', published: '2026-11-27', paragraphs: ['The two ministers met in Cairo on Thursday.'] });
    // Without the space before the comma, a name and a date could as well be a place and its date.
    expect(one('Ministers meet in Cairo\nWashington, March 3, 2025\n\nThe two ministers met.').article.byline).toBeUndefined();
  });

  it("reads France 24's `Issued on:` and `Modified:` lines and its credit after ©, and DW's date written twice and `Image:` credit", () => {
    const france24 = one(
      [
        'Iran says it will resume talks with IAEA next month',
        'Tehran says inspectors will be allowed back to two sites',
        'Issued on: 27/11/2026 - 18:42',
        'Modified: 27/11/2026 - 19:05',
        '3 min',
        '',
        'Iranian Foreign Minister Abbas Araghchi speaks to the media in Tehran. © Atta Kenare, AFP',
        '',
        'Issued by the ministry on 3 March 2025, the decree takes effect at once.',
      ].join('\n'),
    );
    // `Issued on` is the date published; `Modified` the later one, counted as an extra date.
    expect(france24.article).toMatchObject({
      published: '2026-11-27T18:42:00',
      images: [{ caption: 'Iranian Foreign Minister Abbas Araghchi speaks to the media in Tehran.', credit: 'Atta Kenare, AFP' }],
      paragraphs: ['Tehran says inspectors will be allowed back to two sites', 'Issued by the ministry on 3 March 2025, the decree takes effect at once.'],
    });
    expect(france24.dropped).toEqual({ 'extra-date': 1, navigation: 1 });
    const dw = one(
      [
        'Sudan: Fighting displaces thousands more in Darfur',
        'Ahmed Mahmoud',
        '11/26/2026 November 26, 2026',
        '',
        'Displaced Sudanese families at a camp near Tawila in North Darfur',
        'Image: AFP/Getty Images',
        '',
        'Renewed fighting has forced tens of thousands more people from their homes.',
        '',
        'Image: a camp near Tawila',
      ].join('\n'),
    );
    expect(dw.article).toMatchObject({
      byline: 'Ahmed Mahmoud',
      published: '2026-11-26',
      images: [{ caption: 'Displaced Sudanese families at a camp near Tawila in North Darfur', credit: 'AFP/Getty Images' }],
      // `Image:` before a caption's words labels the caption; it is no credit.
      paragraphs: ['Renewed fighting has forced tens of thousands more people from their homes.', 'Image: a camp near Tawila'],
    });
  });

  it("reads The Hindu's place after its date, its bureau's byline and its credit after a bar, and NDTV's writer and editor", () => {
    const hindu = one(
      [
        "Delhi air quality turns 'severe' again as stubble burning rises",
        'The AQI at 4 p.m. stood at 418, the board said',
        'Updated - November 27, 2026 09:15 pm IST - NEW DELHI',
        'The Hindu Bureau',
        '',
        'Commuters make their way through smog in New Delhi on November 27, 2026. | Photo Credit: SHIV KUMAR PUSHPAKAR',
        '',
        'Smog over the Yamuna on Thursday | Photo Credit: PTI',
        '',
        "Delhi's air quality slipped into the 'severe' category on Thursday.",
      ].join('\n'),
    );
    expect(hindu.article).toMatchObject({
      byline: 'The Hindu Bureau',
      dateline: 'NEW DELHI',
      published: '2026-11-27T21:15:00+05:30',
      images: [
        { caption: 'Commuters make their way through smog in New Delhi on November 27, 2026.', credit: 'Photo Credit: SHIV KUMAR PUSHPAKAR' },
        { caption: 'Smog over the Yamuna on Thursday', credit: 'Photo Credit: PTI' },
      ],
      paragraphs: ['The AQI at 4 p.m. stood at 418, the board said', "Delhi's air quality slipped into the 'severe' category on Thursday."],
    });
    // Without a place after it, the date line gives no dateline.
    expect(one('Smog returns\nUpdated - November 27, 2026 09:15 pm IST\n\nThe smog returned.').article.dateline).toBeUndefined();
    const ndtv = one(
      [
        "Parliament's winter session to begin on December 1",
        'Reported by Ravi Sharma, Edited by Anjali Das',
        'Updated: November 27, 2026 10:42 pm IST',
        'Read Time: 2 mins',
        '',
        'The winter session of Parliament will begin on December 1.',
      ].join('\n'),
    );
    expect(ndtv.article).toMatchObject({ byline: 'Ravi Sharma', published: '2026-11-27T22:42:00+05:30' });
    expect(ndtv.dropped).toEqual({ navigation: 1 });
  });

  it("reads The Japan Times' agencies over the date, NPR's and Fox News' page furniture, Politico's numeric date and The Independent's PA credit", () => {
    const japan = one('Japan to raise defense spending\nKYODO, JIJI\nNov 27, 2026\n\nThe government will raise defense spending.');
    expect(japan.article).toMatchObject({ byline: 'KYODO, JIJI', published: '2026-11-27' });
    // NPR's writer under the date line, before the body.
    const npr = one('Why egg prices are falling again\nNovember 27, 2026 5:00 AM ET\nHeard on Morning Edition\n\nJane Arnold\n\nEgg prices have fallen for a third month.');
    expect(npr.article).toMatchObject({ byline: 'Jane Arnold', published: '2026-11-27T05:00:00-05:00', paragraphs: ['Egg prices have fallen for a third month.'] });
    expect(npr.dropped).toEqual({ navigation: 1 });
    // Once the body has begun, names under a date are text.
    const storm = one('Storm hits\nNovember 27, 2026\n\nThe storm hit overnight.\n\nJane Arnold\n\nMore rain is due.').article;
    expect(storm.byline).toBeUndefined();
    expect(storm.paragraphs).toEqual(['The storm hit overnight.', 'Jane Arnold', 'More rain is due.']);
    const fox = one(
      [
        'Senate passes stopgap bill to avert shutdown',
        'By Chad Pergram Fox News',
        'Published November 27, 2026 3:45pm EST',
        'close',
        'Video',
        '',
        'The Senate passed a stopgap spending bill on Thursday.',
      ].join('\n'),
    );
    expect(fox.article).toMatchObject({ byline: 'Chad Pergram', published: '2026-11-27T15:45:00-05:00', paragraphs: ['The Senate passed a stopgap spending bill on Thursday.'] });
    expect(fox.dropped).toEqual({ embed: 2 });
    const politico = one('White House weighs new tariffs\nBy Daniel Lippman\n11/27/2026 05:00 AM EST\nUpdated: 11/27/2026 07:12 AM EST\n\nThe White House is weighing new tariffs.');
    expect(politico.article).toMatchObject({ byline: 'Daniel Lippman', published: '2026-11-27T05:00:00-05:00', paragraphs: ['The White House is weighing new tariffs.'] });
    // A numeric date whose day and month could be either way round gives no date, with a warning.
    const raws = segment(linesOf('White House weighs new tariffs\nBy Daniel Lippman\n11/05/2026 05:00 AM EST\n\nThe White House is weighing new tariffs.'), 'test.txt');
    const ambiguous = normalize(raws[0] as (typeof raws)[0]);
    expect(ambiguous.article?.published).toBeUndefined();
    expect(ambiguous.diagnostics.map((d) => d.rule)).toContain('ambiguous-date');
    const independent = one('Storm Bert hits Wales\nResidents have been warned to stay away\nHolly Evans\nThursday 27 November 2026 14:20 GMT\n\nFlooding in Pontypridd on Thursday morning (PA Wire)\n\nThousands of homes are without power.');
    expect(independent.article.images).toEqual([{ caption: 'Flooding in Pontypridd on Thursday morning', credit: 'PA Wire' }]);
  });

  it("reads Euronews' bullet before its update and its credit after `- Copyright`, and The Telegraph's topics over the story and credit after the caption", () => {
    const euronews = one(
      [
        'EU leaders agree to extend sanctions on Russia',
        'By Maria Psara',
        'Published on 27/11/2026 - 14:20 GMT+1',
        '•Updated 15:05',
        '',
        'European Council President António Costa speaks to the media in Brussels - Copyright Virginia Mayo/AP',
        '',
        'EU leaders agreed on Thursday to extend economic sanctions on Russia.',
        '',
        'The rules on music piracy changed in 2024 - Copyright law changed',
      ].join('\n'),
    );
    expect(euronews.article).toMatchObject({
      published: '2026-11-27T14:20:00+01:00',
      images: [{ caption: 'European Council President António Costa speaks to the media in Brussels', credit: 'Virginia Mayo/AP' }],
      // After `- Copyright`, words that name no one are text.
      paragraphs: ['EU leaders agreed on Thursday to extend economic sanctions on Russia.', 'The rules on music piracy changed in 2024 - Copyright law changed'],
    });
    expect(euronews.dropped).toEqual({ 'relative-date': 1 });
    const telegraph = one(
      [
        'Starmer to set out plan for NHS waiting lists',
        'Ben Riley-Smith, Political Editor',
        '27 November 2026 • 6:00am',
        'Related Topics',
        'Keir Starmer, NHS, Labour Party',
        '',
        'Sir Keir Starmer will visit a hospital in Kent on Thursday Credit: Jeff Overs/BBC/PA',
        '',
        'Sir Keir Starmer will set out a plan on Thursday to cut NHS waiting lists, his office said.',
        '',
        'The plan in full',
        '',
        'The team gave itself little Credit: not much had changed.',
      ].join('\n'),
    );
    expect(telegraph.article).toMatchObject({
      byline: 'Ben Riley-Smith',
      images: [{ caption: 'Sir Keir Starmer will visit a hospital in Kent on Thursday', credit: 'Credit: Jeff Overs/BBC/PA' }],
      // Past the story's first paragraph, a short line is the story's again, not a topic link.
      paragraphs: [
        'Sir Keir Starmer will set out a plan on Thursday to cut NHS waiting lists, his office said.',
        'The plan in full',
        'The team gave itself little Credit: not much had changed.',
      ],
    });
  });

  it("reads Axios' section after the date and credit alone, the Kyiv Independent's reading time after the date, and Anadolu's byline, numeric date and place", () => {
    const axios = one('Fed officials split over December rate cut\nCourtenay Brown\nNov 27, 2026 - Economy\n\nPhoto: Kevin Dietsch/Getty Images\n\nFed officials are divided, minutes show.\n\nMarch 3, 2025 - the day the war began');
    expect(axios.article).toMatchObject({
      byline: 'Courtenay Brown',
      published: '2026-11-27',
      // A date before words in lower case is text.
      paragraphs: ['Fed officials are divided, minutes show.', 'March 3, 2025 - the day the war began'],
    });
    expect(axios.dropped).toEqual({ credit: 1 });
    const kyiv = one('Ukraine says it downed 50 drones overnight\nby Martin Fornusek\nNovember 27, 2026 3:42 PM 2 min read\n\nUkraine said it had shot down 50 drones.');
    expect(kyiv.article).toMatchObject({ byline: 'Martin Fornusek', published: '2026-11-27T15:42:00' });
    const anadolu = one('Türkiye, Egypt sign trade deals\nMuhammet Ikbal Arslan |27.11.2026 - Update : 27.11.2026\nANKARA\n\nTürkiye and Egypt signed trade agreements on Thursday.');
    expect(anadolu.article).toMatchObject({
      byline: 'Muhammet Ikbal Arslan',
      published: '2026-11-27',
      dateline: 'ANKARA',
      paragraphs: ['Türkiye and Egypt signed trade agreements on Thursday.'],
    });
    // A label in capitals under the byline is no place.
    const analysis = one('Türkiye, Egypt sign trade deals\nBy Jane Doe\nNovember 27, 2026\nANALYSIS\n\nTürkiye and Egypt signed trade agreements on Thursday.');
    expect(analysis.article.dateline).toBeUndefined();
    expect(analysis.article.paragraphs).toContain('ANALYSIS');
  });

  it('reads a source line, the place filed from and who wrote it, and an agency under the date; `TT` above the headline is a logo', () => {
    const aawsat = one(
      [
        'TT',
        'Saudi Arabia, UAE sign deal to link power grids',
        'Saudi Arabia, UAE sign deal to link power grids',
        'Riyadh - Asharq Al-Awsat',
        'Published: 27 November 2026 AD, 08:12 AM',
        '',
        'The energy ministers sign the agreement in Riyadh. (SPA)',
        'The energy ministers sign the agreement in Riyadh. (SPA)',
        '',
        'Saudi Arabia and the United Arab Emirates signed an agreement on Wednesday to link their grids.',
      ].join('\n'),
    );
    expect(aawsat.article).toMatchObject({
      byline: 'Asharq Al-Awsat',
      dateline: 'Riyadh',
      published: '2026-11-27T08:12:00',
      images: [{ caption: 'The energy ministers sign the agreement in Riyadh.', credit: 'SPA' }],
      paragraphs: ['Saudi Arabia and the United Arab Emirates signed an agreement on Wednesday to link their grids.'],
    });
    expect(aawsat.article.section).toBeUndefined();
    expect(aawsat.dropped).toEqual({ logo: 1, 'title-repeat': 1, 'caption-repeat': 1 });
    expect(one('Kuwait approves residency law\nKuwait City: KUNA\nNovember 26, 2026\n\nThe National Assembly approved a law.').article).toMatchObject({ byline: 'KUNA', dateline: 'Kuwait City' });
    expect(one('Qatar to host donors\nDoha, Qatar (QNA)\nThursday, 27 November 2026 12:30 PM\n\nQatar will host a conference.').article).toMatchObject({
      byline: 'QNA',
      dateline: 'Doha, Qatar',
      images: [],
    });
    expect(one('King Abdullah meets Sisi\nLast Updated: Nov 27, 2026 - 2:05 pm\nPetra\n\nThe two leaders met in Cairo.').article).toMatchObject({ byline: 'Petra', paragraphs: ['The two leaders met in Cairo.'] });
    // A label is no place, and words that name no one are no byline.
    const analysis = one('Markets fall\nAnalysis: Why Markets Fell\nNovember 26, 2026\n\nMarkets fell on Wednesday.');
    expect(analysis.article.byline).toBeUndefined();
    expect(one('Markets fall\nLondon - where markets fell\nNovember 26, 2026\n\nMarkets fell on Wednesday.').article.byline).toBeUndefined();
  });

  it("drops Yahoo's stock quotes under `In this article:`, a line each, to the blank line", () => {
    const { article, dropped } = one(
      [
        'Iraq signs deal with TotalEnergies for southern gas project',
        'Reuters',
        'Thu, November 27, 2026 at 10:15 AM GMT+4',
        '2 min read',
        'In this article:',
        'TTE',
        'TotalEnergies SE',
        '-1.2%',
        '',
        'BAGHDAD (Reuters) - Iraq signed a $10 billion deal with TotalEnergies on Thursday.',
        '',
        'Shares fell',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      byline: 'Reuters',
      dateline: 'BAGHDAD (Reuters)',
      published: '2026-11-27T10:15:00+04:00',
      // After the blank line, a short line is the story's again.
      paragraphs: ['BAGHDAD (Reuters) - Iraq signed a $10 billion deal with TotalEnergies on Thursday.', 'Shares fell'],
    });
    // `2 min read`, the label, the company and the change; the ticker is a logo's capitals.
    expect(dropped).toEqual({ navigation: 4, logo: 1 });
  });

  it('reads a city in ordinary case before a colon as the dateline, as the Gulf and South Asia print it, and only a city', () => {
    const dateline = (opening: string) => one(`Oman, Iran agree to expand trade ties\n\n${opening}\n\nMore follows.`).article.dateline;
    expect(dateline('Muscat: Oman and Iran agreed on Wednesday to expand trade.')).toBe('Muscat');
    expect(dateline('New Delhi: The government said on Thursday it would act.')).toBe('New Delhi');
    expect(dateline('Abu Dhabi: "We are ready," the minister said.')).toBe('Abu Dhabi');
    // The same shape opens a story with no place: a storm's name, a label, a city before a lower-case word.
    expect(dateline('Storm Bert: More than 100 flood warnings remain in place.')).toBeUndefined();
    expect(dateline('Background: The two countries have long been rivals.')).toBeUndefined();
    expect(dateline('Dubai: and the rest of the emirates followed.')).toBeUndefined();
  });

  it("reads the Gulf papers' bylines: `Saudi Gazette report`, Gulf Times' `QNA/Doha`, an agency's capitals under the headline", () => {
    expect(one('Saudi Arabia launches new visa\nSaudi Gazette report\nRIYADH — Saudi Arabia on Thursday launched a visa.').article).toMatchObject({
      byline: 'Saudi Gazette report',
      dateline: 'RIYADH',
    });
    expect(one('Qatar, Turkey sign agreements\nQNA/Doha\n\nThe two leaders witnessed the signing.').article).toMatchObject({ byline: 'QNA', dateline: 'Doha' });
    const qna = one('Egypt holds rates steady\nQNA\nDoha: Egypt left interest rates unchanged on Thursday.');
    expect(qna.article).toMatchObject({ byline: 'QNA', dateline: 'Doha' });
    expect(qna.dropped).toEqual({});
    // Other capitals under the headline are still a logo; an agency's are one too once the story has begun.
    expect(one('Egypt holds rates steady\nTT\n\nEgypt left interest rates unchanged.').dropped).toEqual({ logo: 1 });
    // Where no byline stands (under a caption), an agency's capitals are a logo as before.
    const underCaption = one('Egypt holds rates steady\nSmoke rises over Cairo on Thursday. (Reuters)\nAFP\n\nEgypt left interest rates unchanged.');
    expect(underCaption.article.byline).toBeUndefined();
    expect(underCaption.dropped).toEqual({ logo: 1 });
    const late = one('Egypt holds rates steady\n\nEgypt left interest rates unchanged.\n\nAFP\n\nThe bank meets again in December.');
    expect(late.article.byline).toBeUndefined();
    expect(late.dropped).toEqual({ logo: 1 });
    // A slash between words that are no agency and a place is text.
    expect(one('Qatar, Turkey sign agreements\nTrade/Investment\n\nThe two leaders witnessed the signing.').article.byline).toBeUndefined();
  });

  it("reads the Indian wires' datelines, the place in ordinary case and no dash, and drops Xinhua's editor line", () => {
    const dateline = (opening: string) => one(`Congress demands debate\n\n${opening}\n\nMore follows.`).article.dateline;
    expect(dateline('New Delhi, Nov 27 (IANS) The Congress on Thursday demanded a discussion.')).toBe('New Delhi, Nov 27 (IANS)');
    expect(dateline('New Delhi [India], November 27 (ANI): Union Minister Nitin Gadkari inaugurated a highway.')).toBe('New Delhi [India], November 27 (ANI)');
    // Without a date, or with a lower-case word after, it is text.
    expect(dateline('New Delhi, the capital (IANS) The Congress demanded a discussion.')).toBeUndefined();
    expect(dateline('New Delhi, Nov 27 (IANS) said the party.')).toBeUndefined();
    const xinhua = one('China, Saudi Arabia pledge closer ties\n\nBEIJING, Nov. 27 (Xinhua) -- China and Saudi Arabia pledged closer ties.\n\nEditor: Huaxia');
    expect(xinhua.article.paragraphs).toEqual(['BEIJING, Nov. 27 (Xinhua) -- China and Saudi Arabia pledged closer ties.']);
    expect(xinhua.dropped).toEqual({ navigation: 1 });
  });

  it("reads CNN's older dateline, its name in parentheses and the text run on", () => {
    expect(one('Fed signals cut\n\nWashington (CNN)The Federal Reserve signaled a cut.').article.dateline).toBe('Washington (CNN)');
    expect(one('Fed signals cut\n\n(CNN) — The Federal Reserve signaled a cut.').article.dateline).toBe('(CNN)');
    expect(one('Fed signals cut\n\n(CNN) is a network.').article.dateline).toBeUndefined();
  });
});

describe('summarize', () => {
  it('keeps a short first paragraph whole', () => {
    expect(summarize('Short.')).toBe('Short.');
  });

  it('cuts at the last sentence end within 300 characters', () => {
    const first = `${'a'.repeat(200)}.`;
    const second = ` ${'B'.repeat(150)}.`;
    expect(summarize(first + second + ' More.')).toBe(first);
  });

  it('cuts at a word with an ellipsis when no sentence ends near', () => {
    const summary = summarize('word '.repeat(200));
    expect(summary.length).toBeLessThanOrEqual(301);
    expect(summary.endsWith('word…')).toBe(true);
  });
});

describe('unwrap', () => {
  it('re-joins a paragraph hard-wrapped at 72 columns', () => {
    const wrapped = [
      'The city council voted 7-2 on Tuesday to approve a network of protected',
      'bike lanes across the downtown core, ending months of debate over parking',
      'and traffic.',
    ];
    expect(unwrap(wrapped)).toEqual([wrapped.join(' ')]);
  });

  it('joins a word broken at a hyphen without a space, its hyphen kept', () => {
    const wrapped = [
      "Sweden's central bank held its policy rate unchanged on",
      'Thursday, saying the international outlook remained uncer-',
      'tain and that it was too early to declare victory over',
      'inflation, a long-term stance of the bank and its well-',
      'known governor. Rates stay at 4 per cent for now, it said -',
      'Analysts expected as much.',
    ];
    expect(unwrap(wrapped)).toEqual([
      "Sweden's central bank held its policy rate unchanged on Thursday, saying the international outlook remained uncer-tain and that it was too early to declare victory over inflation, a long-term stance of the bank and its well-known governor. Rates stay at 4 per cent for now, it said - Analysts expected as much.",
    ]);
  });

  it('keeps one paragraph per line when the next word would have fitted', () => {
    const lines = [
      "Stocks were little changed on Thursday as investors waited for the central bank's decision on interest rates.",
      'Analysts polled last week expect rates to stay on hold until the summer.',
      'Bond yields edged lower.',
    ];
    expect(unwrap(lines)).toEqual(lines);
  });

  it('keeps short lines and lines of complete sentences apart', () => {
    expect(unwrap(['Stocks fell.', 'Bonds rose.'])).toEqual(['Stocks fell.', 'Bonds rose.']);
    const sentences = ['The first sentence ends exactly at the wrap width here.', 'Second one.'];
    expect(unwrap(sentences)).toEqual(sentences);
  });

  it('joins wrapped lines through the whole article, keeping blank-line paragraphs apart', () => {
    const { article } = one(
      [
        'Title',
        '',
        'Supporters said the lanes would make cycling safer. Opponents said the',
        'businesses along the route would suffer.',
        '',
        'Construction is expected to begin in the autumn.',
      ].join('\n'),
    );
    expect(article.paragraphs).toEqual([
      'Supporters said the lanes would make cycling safer. Opponents said the businesses along the route would suffer.',
      'Construction is expected to begin in the autumn.',
    ]);
  });
});

describe('uuidV5', () => {
  it('is uuid v5, byte for byte, for any name, with either SHA-1', async () => {
    const { v5 } = await import('uuid');
    const fc = await import('fast-check');
    // A fresh module: its first NATIVE_AFTER ids are hashed by @noble/hashes, the rest by node:crypto.
    vi.resetModules();
    const { NATIVE_AFTER, URL_NAMESPACE, sha1Backend, uuidBytes, uuidV5 } = await import('../src/uuid.js');
    expect(sha1Backend()).toBe('noble');
    const { articleId } = await import('../src/normalize/ids.js');
    const { NAMESPACE } = await import('../src/normalize/ids.js');
    const { FEED_NAMESPACE } = await import('../src/emit/atom.js');
    // The namespaces written out in the source are the v5 UUIDs of their names.
    expect(uuidV5('https://www.npmjs.com/package/feedconv', URL_NAMESPACE)).toBe(v5('https://www.npmjs.com/package/feedconv', v5.URL));
    expect(Buffer.from(NAMESPACE)).toEqual(Buffer.from(uuidBytes(v5('https://www.npmjs.com/package/feedconv', v5.URL))));
    expect(Buffer.from(FEED_NAMESPACE)).toEqual(Buffer.from(uuidBytes(v5('https://www.npmjs.com/package/feedconv#feed', v5.URL))));
    const namespace = v5('https://www.npmjs.com/package/feedconv', v5.URL);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 40 }), (name, title) => {
        expect(uuidV5(name, uuidBytes(namespace))).toBe(v5(name, namespace));
        expect(articleId(title, '2024-02-16')).toBe(v5(`${title.toLowerCase()}\n2024-02-16`, namespace));
      }),
      { numRuns: NATIVE_AFTER * 1.5 },
    );
    expect(sha1Backend()).toBe('node:crypto');
  });
});

describe('SlugRegistry and hash53', () => {
  it('hands out unique slugs by suffix, remembering hashes only', async () => {
    const { SlugRegistry, hash53 } = await import('../src/normalize/ids.js');
    const slugs = new SlugRegistry();
    expect(['a', 'a', 'a-2', 'b', 'a'].map((s) => slugs.unique(s))).toEqual(['a', 'a-2', 'a-2-2', 'b', 'a-3']);
    // 53 bits, spread: no two of 200,000 distinct slugs share one.
    const seen = new Set<number>();
    for (let i = 0; i < 200_000; i++) seen.add(hash53(`article-${i}-${i % 7}`));
    expect(seen.size).toBe(200_000);
    expect(Math.max(...[...seen].slice(0, 1000))).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
  });
});

describe('slugOf', () => {
  it('writes exactly what slugify writes, for any text', async () => {
    const fc = await import('fast-check');
    const { default: slugify } = await import('slugify');
    const { slugOf } = await import('../src/normalize/ids.js');
    const options = { lower: true, strict: true, locale: 'en' } as const;
    const tricky = fc.constantFrom('$', '%', '&', '<', '>', '|', '-', ' ', '\t', '\u00A0', 'é', 'e\u0301', 'ß', 'Ä', 'ø', '’', '“', 'Ω', '中', '😀', '\uD83D', '\u2028', '_', '.', "'", 'İ', 'ǅ');
    // Most headlines: words of letters and digits with a little punctuation, whose runs are copied whole.
    const word = fc.stringMatching(/^[A-Za-z0-9]{1,8}$/);
    const headline = fc
      .array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: tricky }, { weight: 1, arbitrary: fc.constantFrom(' ', '  ', ',', ':', '?', '!', '(', ')', '"', '#', '@', '*') }), { maxLength: 20 })
      .map((parts) => parts.join(' '));
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: 'grapheme', maxLength: 40 }),
      fc.array(fc.oneof(tricky, fc.string({ maxLength: 4 })), { maxLength: 30 }).map((parts) => parts.join('')),
      headline,
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(slugOf(t)).toBe(slugify(t, options));
      }),
      { numRuns: 5000 },
    );
    expect(slugOf('Iraq’s PM: $5bn & <more> — 100% sure')).toBe(slugify('Iraq’s PM: $5bn & <more> — 100% sure', options));
  });
});

type FastPath = (text: string) => import('../src/normalize/dates.js').FoundDate | symbol;

/** The fast path answers for each of `answers` as chrono does, and leaves each of `unsure` to chrono. */
async function expectFastPath(fastPath: FastPath, answers: readonly string[], unsure: readonly string[]): Promise<void> {
  const { UNSURE, chronoFullDate } = await import('../src/normalize/dates.js');
  for (const text of answers) {
    const quick = fastPath(text);
    expect(quick).not.toBe(UNSURE);
    expect(quick).toEqual(chronoFullDate(text));
  }
  for (const text of unsure) expect(fastPath(text)).toBe(UNSURE);
}

/** Whenever the fast path answers for a generated text, chrono gives the same answer; returns how many times it answered. */
async function agreementWithChrono(fastPath: FastPath, texts: import('fast-check').Arbitrary<string>): Promise<number> {
  const fc = await import('fast-check');
  const { UNSURE, chronoFullDate } = await import('../src/normalize/dates.js');
  let answered = 0;
  fc.assert(
    fc.property(texts, (t) => {
      const quick = fastPath(t);
      if (quick === UNSURE) return;
      answered++;
      expect(quick).toEqual(chronoFullDate(t));
    }),
    { numRuns: 4000 },
  );
  return answered;
}

/** Dates as captions and date lines write them: `5 May 2024`, `May 5, 2024`, `May 5 2024`, `05 May 2024`. */
function writtenDates(
  fc: typeof import('fast-check'),
  day: import('fast-check').Arbitrary<number>,
  month: import('fast-check').Arbitrary<string>,
  year: import('fast-check').Arbitrary<string>,
): import('fast-check').Arbitrary<string> {
  return fc.oneof(
    fc.tuple(day, month, year).map(([d, m, y]) => `${d} ${m} ${y}`),
    fc.tuple(month, day, year).map(([m, d, y]) => `${m} ${d}, ${y}`),
    fc.tuple(month, day, year).map(([m, d, y]) => `${m} ${d} ${y}`),
    fc.tuple(day, month, year).map(([d, m, y]) => `0${d % 10} ${m} ${y}`),
  );
}

describe('plainDate, the fast path in front of chrono', () => {
  it('counts month words and finds weekday words as the patterns of chrono\'s dictionaries would', async () => {
    const fc = await import('fast-check');
    const { monthAndWeekdayWords } = await import('../src/normalize/dates.js');
    // The patterns the word sets replaced, kept here as the reference.
    const MONTH_WORD =
      /(?<!\w)(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?!\w)/gi;
    const WEEKDAY_WORD = /(?<!\w)(?:on)?(?:this|last|past|next)?(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|sun|mon|tues?|wed|thu|thur|thurs|fri|sat)(?!\w)/i;
    const word = fc.constantFrom('May', 'mar', 'March', 'Sept', 'sep', 'dec.', 'Onsat', 'lastFri', 'thurs', 'Tues', 'Mondays', 'month', 'on', 'this', 'next', 'x', '2024', '_mon', 'mon_', 'é', 'Septembre');
    const text = fc.array(fc.tuple(word, fc.constantFrom(' ', '', ',', '-', '.', '_', '1')), { maxLength: 8 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, (line) => {
        expect(monthAndWeekdayWords(line)).toEqual({ months: line.match(MONTH_WORD)?.length ?? 0, weekday: WEEKDAY_WORD.test(line) });
      }),
      { numRuns: 3000 },
    );
  });

  it('answers for the plain dates of captions and bylines, as chrono does', async () => {
    const { plainDate } = await import('../src/normalize/dates.js');
    const captions = [
      'Iraqi Prime Minister Mohammed Shia al-Sudani meets with US Vice President Kamala Harris, in Munich, Germany, February 16, 2024. (Iraqi Prime Minister Media Office/Handout via Reuters)',
      "Britain's Prime Minister Keir Starmer smiles on stage on the second day of the annual Labor Party conference in Liverpool, north-west England, on September 23, 2024. (Photo by Oli SCARFF / AFP)",
      'A ferry leaves the harbour at Stavanger, 12 January 2025. (Photo: Coast Agency)',
      'Posted on 4 February 2025',
    ];
    // Anything else chrono might read leaves the answer to chrono.
    // (`Onsat`: chrono reads a weekday glued to `on`, found by the property below.)
    const unsure = ['Published: 3 March 2025 09:15 GMT', 'Tue 10 Sep 2024', 'March 5, 2025 EST', 'from 3 to 16 May 2024', 'February 30, 2024', 'in May, on 16 June 2024', 'Onsat 1 January 2024', 'lastfri 1 January 2024'];
    await expectFastPath(plainDate, captions, unsure);
    expect(plainDate('Posted on 4 February 2025')).toEqual({ iso: '2025-02-04', index: 7, text: 'on 4 February 2025' });
  });

  it('agrees with chrono whenever it answers, for any mix of words, numbers and dates', async () => {
    const fc = await import('fast-check');
    const { plainDate } = await import('../src/normalize/dates.js');
    const month = fc.constantFrom('January', 'February', 'March', 'May', 'June', 'September', 'December');
    const day = fc.integer({ min: 0, max: 32 });
    const year = fc.constantFrom('0999', '1899', '1900', '1999', '2023', '2024', '2099', '2100', '9999');
    const date = writtenDates(fc, day, month, year);
    const word = fc.constantFrom(
      'in', 'Munich', 'Germany', 'the', 'said', 'Photo', 'north-west', 'on', 'On', 'of', 'to', 'until', 'through', 'at', 'first', 'second', 'fourth', 'twenty-first',
      'noon', 'today', 'ago', 'GMT', 'EST', 'ET', 'AFP', '(AFP)', '(Reuters)', 'AD', 'bc', 'May', 'may', 'march', 'Mar.', 'Sept', 'dec', 'Sun', 'Monday', 'sat',
      '16', '2024', '10:30', '5pm', '3', '12/03/2024', '2024-02-16', '-', '–', '/', ',', '.', '(', ')', 'é',
    );
    const separator = fc.constantFrom(' ', ' ', ' ', ', ', '. ', '  ', '', '\u00A0');
    const text = fc
      .array(fc.tuple(fc.oneof({ weight: 5, arbitrary: word }, { weight: 2, arbitrary: date }), separator), { maxLength: 8 })
      .map((parts) => parts.map(([token, sep]) => token + sep).join(''));
    // The property would hold vacuously if the fast path never answered.
    // (about 5% of these texts: most hold something that sends them to chrono)
    expect(await agreementWithChrono(plainDate, text)).toBeGreaterThan(100);
  });
});

describe('plainDateTime, the fast path for a date line with a time', () => {
  it('answers for a date, a time and GMT or UTC, as chrono does, and leaves anything else to chrono', async () => {
    const { plainDateTime } = await import('../src/normalize/dates.js');
    const answers = ['3 March 2025 09:15 GMT', 'March 3, 2025, 9:15 UTC', '29 February 2024 23:59 GMT', '1 January 2000 00:00 UTC'];
    // chrono reads these otherwise: no date, the date alone, another zone, no zone.
    const unsure = ['19 August 2024 24:00 GMT', '19 August 2024 12:60 GMT', '29 February 2023 09:15 GMT', '19 August 2024 09:15 BST', '19 August 2024 09:15 Z', 'Published: 3 March 2025 09:15 GMT'];
    await expectFastPath(plainDateTime, answers, unsure);
    expect(plainDateTime('3 March 2025 09:15 GMT')).toEqual({ iso: '2025-03-03T09:15:00Z', index: 0, text: '3 March 2025 09:15 GMT' });
  });

  it('agrees with chrono whenever it answers, for any date, time and zone', async () => {
    const fc = await import('fast-check');
    const { plainDateTime } = await import('../src/normalize/dates.js');
    // Each part is mostly what the fast path takes, sometimes something near it, so both sides of every check are tried.
    const mostly = <T,>(usual: import('fast-check').Arbitrary<T>, odd: import('fast-check').Arbitrary<T>) =>
      fc.oneof({ weight: 4, arbitrary: usual }, { weight: 1, arbitrary: odd });
    const month = mostly(fc.constantFrom('January', 'February', 'March', 'May', 'June', 'September', 'December'), fc.constantFrom('Aug', 'march', 'Sept'));
    const day = mostly(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 32 }));
    const year = mostly(fc.constantFrom('1900', '1999', '2023', '2024', '2099'), fc.constantFrom('0999', '1899', '2100', '24'));
    const date = writtenDates(fc, day, month, year);
    const hour = mostly(
      fc.oneof(fc.integer({ min: 0, max: 23 }).map(String), fc.integer({ min: 0, max: 23 }).map((h) => String(h).padStart(2, '0'))),
      fc.constantFrom('24', '25', '009', '99'),
    );
    const minute = mostly(fc.integer({ min: 0, max: 59 }).map((m) => String(m).padStart(2, '0')), fc.constantFrom('5', '60', '61', '99'));
    const time = fc
      .tuple(hour, mostly(fc.constant(':'), fc.constant('.')), minute, mostly(fc.constant(''), fc.constantFrom(':30', ' pm', 'am')))
      .map((parts) => parts.join(''));
    const zone = mostly(fc.constantFrom('GMT', 'UTC'), fc.constantFrom('gmt', 'BST', 'EST', 'Z', 'UTC+1', 'GMT+3', '(GMT)', ''));
    const gap = mostly(fc.constant(' '), fc.constantFrom(', ', '  ', ' at ', '', '\u00A0'));
    const edge = mostly(fc.constant(''), fc.constantFrom('on ', 'Mon ', ' (AFP)', '.', ' 2024', ' '));
    const text = fc.tuple(edge, date, gap, time, gap, zone, edge).map(([a, d, g1, t, g2, z, b]) => `${a}${d}${g1}${t}${g2}${z}${b}`);
    // The property would hold vacuously if the fast path never answered (it answers for about a sixteenth of these).
    expect(await agreementWithChrono(plainDateTime, text)).toBeGreaterThan(150);
  });
});


describe('dates and slugs of text in Chinese, Japanese and Korean', () => {
  it('reads a CJK-written date line, with its time when it has one', () => {
    const ja = one('日本銀行、マイナス金利政策を解除\n\n2024年3月19日 10:15\n\n日本銀行は19日、マイナス金利政策の解除を決めた。');
    expect(ja.article).toMatchObject({ published: '2024-03-19T10:15:00', paragraphs: ['日本銀行は19日、マイナス金利政策の解除を決めた。'] });
    expect(one('中国经济第一季度增长5.3%\n\n2024年4月16日\n\n国家统计局周二公布的数据显示。').article.published).toBe('2024-04-16');
    expect(one('한국은행 기준금리 동결\n\n2024년 2월 22일\n\n한국은행이 기준금리를 동결했다.').article.published).toBe('2024-02-22');
    // No such day, no date.
    expect(one('标题\n\n2024年2月30日\n\n正文。').article.published).toBeUndefined();
  });

  it('gives a title with no Latin letters a slug from its id, not from its digits', () => {
    const { article } = one('中国经济第一季度增长5.3%\n\n国家统计局周二公布的数据显示。');
    expect(article.slug).toBe(`article-${article.id.slice(0, 8)}`);
    expect(one('COVID-19 疫情\n\n正文。').article.slug).toBe('covid-19');
  });
});

describe('dates, bylines and page furniture in French, Spanish, German, Italian, Portuguese and Dutch', () => {
  it("reads a date written with another language's month name by that language's chrono parser", async () => {
    const { findFullDate, intlFullDate } = await import('../src/normalize/dates.js');
    expect(findFullDate('12 février 2025 à 14h30')?.iso).toBe('2025-02-12T14:30:00');
    expect(findFullDate('lunes, 3 de marzo de 2025')?.iso).toBe('2025-03-03');
    expect(findFullDate('Mittwoch, 12. Februar 2025, 14:30 Uhr')?.iso).toBe('2025-02-12T14:30:00');
    expect(findFullDate('3 de março de 2025')?.iso).toBe('2025-03-03');
    expect(findFullDate('3 maart 2025 om 14:30')?.iso).toBe('2025-03-03T14:30:00');
    // `marzo` is Spanish and Italian: the reading that takes in the most text, the Italian one with its time, wins.
    expect(findFullDate('3 marzo 2025 alle 14:30')?.iso).toBe('2025-03-03T14:30:00');
    // No month name of theirs, no parse: an English planet is no French March without a day.
    expect(intlFullDate('A view of Mars in 2024')).toBeUndefined();
    expect(intlFullDate('The 2024 budget')).toBeUndefined();
  });

  it('finds the languages by their month names, a shared name naming each', async () => {
    const { intlLocalesOf } = await import('../src/months.js');
    expect(intlLocalesOf('3 de marzo de 2025')).toEqual(['es', 'it']);
    expect(intlLocalesOf('12. MÄRZ 2025')).toEqual(['de']);
    expect(intlLocalesOf('juillet')).toEqual(['fr']);
    expect(intlLocalesOf('Marzipan in summer')).toEqual([]);
  });

  it('reads their date lines, labelled or bare (after the place filed from), and their bylines', async () => {
    const { matchByline, matchDateLine } = await import('../src/segment/patterns.js');
    expect(matchDateLine('Publié le 12 février 2025 à 14h30')).toEqual({ kind: 'published', value: '12 février 2025 à 14h30', locale: 'fr' });
    expect(matchDateLine('Mis à jour le 13 février 2025')).toEqual({ kind: 'updated', value: '13 février 2025', locale: 'fr' });
    expect(matchDateLine('Actualizado el 4 de marzo de 2025')).toEqual({ kind: 'updated', value: '4 de marzo de 2025', locale: 'es' });
    expect(matchDateLine('Veröffentlicht am 12. Februar 2025')).toEqual({ kind: 'published', value: '12. Februar 2025', locale: 'de' });
    expect(matchDateLine('Mittwoch, 12. Februar 2025, 14:30 Uhr')).toEqual({ kind: 'bare', value: 'Mittwoch, 12. Februar 2025, 14:30 Uhr' });
    expect(matchDateLine('1er mars 2025')).toEqual({ kind: 'bare', value: '1er mars 2025' });
    expect(matchDateLine('Madrid, 3 de marzo de 2025')).toEqual({ kind: 'bare', value: '3 de marzo de 2025' });
    // A sentence with a date in it is no date line.
    expect(matchDateLine('12 personas murieron el 3 de marzo de 2025.')).toBeUndefined();
    expect(matchDateLine('Madrid, la capital, creció un 3 de marzo de 2025 y más')).toBeUndefined();
    expect(['Par Jean Dupont', 'Por María García', 'Von Anna Schmidt', 'di Mario Rossi', 'Door Jan de Vries'].map(matchByline)).toEqual([
      'Jean Dupont',
      'María García',
      'Anna Schmidt',
      'Mario Rossi',
      'Jan de Vries',
    ]);
    // A name or a phrase that only starts with the word is no byline.
    expect(['Von der Leyen', 'Par for the course', 'Di Maio said so.'].map(matchByline)).toEqual([undefined, undefined, undefined]);
  });

  it("reads a numeric date day first under those languages' labels, where an English one stays ambiguous", () => {
    const dated = (line: string) => one(`Bahnstreik legt Fernverkehr lahm\n${line}\n\nDie Bahn bot einen Notfahrplan an.`);
    expect(dated('Veröffentlicht am 02.12.2025, 14:30 Uhr').article.published).toBe('2025-12-02T14:30:00');
    expect(dated('Publié le 05/03/2025 à 14h30').article.published).toBe('2025-03-05T14:30:00');
    expect(dated('Bijgewerkt op 05-03-2025').article.published).toBe('2025-03-05');
    // A bare numeric date with its time in `Uhr` is German, and so day first too.
    expect(dated('02.12.2025, 14.30 Uhr').article).toMatchObject({ published: '2025-12-02T14:30:00', dateSource: 'line' });
    expect(dated('Dienstag, 02.12.2025, 14:30 Uhr').article.published).toBe('2025-12-02T14:30:00');
    // Without it, the date is Anadolu's (`27.11.2026`), whose order an English reader cannot tell when both are 12 or
    // less: no date, with a warning.
    const dotted = dated('02.12.2025');
    expect(dotted.article.published).toBeUndefined();
    expect(dotted.dropped).toEqual({ 'ambiguous-date': 1 });
    expect(dated('27.11.2026').article.published).toBe('2026-11-27');
    const english = dated('Published 05/03/2025');
    expect(english.article.published).toBeUndefined();
    expect(english.dropped).toEqual({ 'ambiguous-date': 1 });
  });

  it("reads German's `Stand:` as the last change, and drops their relative date lines, which give no date", () => {
    const dated = (...lines: string[]) => one(['Bahnstreik legt Fernverkehr lahm', ...lines, '', 'Die Bahn bot einen Notfahrplan an.'].join('\n'));
    expect(dated('Stand: 12.02.2025 14:30 Uhr').article).toMatchObject({ published: '2025-02-12T14:30:00', dateSource: 'line' });
    // `Stand` without its colon is a word of the text.
    expect(dated('Stand der Dinge').article.paragraphs[0]).toBe('Stand der Dinge');
    for (const line of ['Mis à jour il y a 2 heures', "Publié aujourd'hui à 14h30", 'Actualizado hace 3 horas', 'Aktualisiert vor 2 Stunden', 'Aggiornato 2 ore fa', 'Bijgewerkt 2 uur geleden', 'Atualizado há 5 minutos', 'Veröffentlicht gestern, 18:05 Uhr']) {
      const { article, dropped } = dated(line);
      expect([line, article.published, dropped]).toEqual([line, undefined, { 'relative-date': 1 }]);
    }
  });

  it('drops their advertisement, share and read-also lines, and counts them', () => {
    const { article, dropped } = one(
      [
        'Le Parlement adopte la réforme',
        'Par Jean Dupont',
        'Publié le 12 février 2025',
        '',
        'Les députés ont adopté le texte.',
        '',
        'Partager sur Facebook',
        'Publicité',
        'Lire aussi : Retraites, ce que change la réforme',
        'Compartir en Twitter',
        'Anzeige',
        'Mehr zum Thema: Was Fahrgäste wissen müssen',
        'Pubblicità',
        'Leggi anche: Cosa cambia',
        '',
        'Le Sénat doit encore voter.',
      ].join('\n'),
    );
    expect(article).toMatchObject({ byline: 'Jean Dupont', published: '2025-02-12', paragraphs: ['Les députés ont adopté le texte.', 'Le Sénat doit encore voter.'] });
    expect(dropped).toEqual({ share: 2, advertisement: 3, 'read-more': 3 });
  });
});

describe('pages in French', () => {
  it("reads a French page's byline with its date after a comma, and drops its reading time and newsletter prompt", () => {
    const { article, dropped } = one(
      [
        'Le Parlement élit un nouveau président après des mois de blocage',
        'Par Jeanine JALKH, le 27 novembre 2026 à 18h30',
        'Lecture : 3 min.',
        'Le Parlement libanais a élu jeudi un nouveau président.',
        'Abonnez-vous à notre newsletter',
        'Les principaux blocs avaient négocié pendant des semaines.',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      byline: 'Jeanine JALKH',
      published: '2026-11-27T18:30:00',
      paragraphs: ['Le Parlement libanais a élu jeudi un nouveau président.', 'Les principaux blocs avaient négocié pendant des semaines.'],
    });
    expect(dropped).toEqual({ navigation: 1, newsletter: 1 });
  });
});

describe('pages in German, Italian, Portuguese and Dutch', () => {
  it("gives Der Spiegel's caption its labelled credit on the line under it, and drops the reading time and share button", () => {
    const { article, dropped } = one(
      [
        'Bundestag beschließt Rentenpaket',
        'Von Lena Hartmann',
        '28.11.2026, 10.32 Uhr',
        '• 3 Min. Lesezeit',
        '',
        'Bundestag in Berlin: Die Abstimmung fiel knapp aus',
        'Foto: Kay Nietfeld / dpa',
        '',
        'Der Bundestag hat am Freitag das Rentenpaket beschlossen.',
        '',
        'Artikel teilen',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      byline: 'Lena Hartmann',
      published: '2026-11-28T10:32:00',
      images: [{ caption: 'Bundestag in Berlin: Die Abstimmung fiel knapp aus', credit: 'Kay Nietfeld / dpa' }],
      paragraphs: ['Der Bundestag hat am Freitag das Rentenpaket beschlossen.'],
    });
    expect(dropped).toEqual({ navigation: 1, share: 1 });
    // The label over a credit alone, its caption set apart: dropped as a credit; over a sentence, text.
    expect(one('Titel der Meldung\n\nDer Text.\n\nFoto: EFE\n\nMehr Text.').dropped).toEqual({ credit: 1 });
    expect(one('Titel der Meldung\n\nDer Text.\n\nFoto: Die Abstimmung\n\nMehr Text.').article.paragraphs).toContain('Foto: Die Abstimmung');
  });

  it('drops the reading time in each language, its label before or after it', () => {
    const times = ['Lesedauer: 3 Min.', 'Tempo di lettura: 3 minuti', '3 min di lettura', 'Lectura: 3 min', '3 min de lectura', 'Tempo de leitura: 4 min', 'Leestijd 3 minuten'];
    for (const time of times) expect(one(`Title of the story\n${time}\n\nThe story.`).dropped, time).toEqual({ navigation: 1 });
  });

  it("reads Corriere della Sera's date line with its last change in parentheses, and drops its rights line", () => {
    const { article, dropped } = one(
      [
        'Maltempo, allerta rossa in Liguria: scuole chiuse a Genova',
        'di Marco Rossi',
        '28 novembre 2026 (modifica il 28 novembre 2026 | 11:05)',
        '',
        'Allerta rossa per piogge e temporali in Liguria da sabato mattina.',
        '',
        '© RIPRODUZIONE RISERVATA',
      ].join('\n'),
    );
    expect(article).toMatchObject({ byline: 'Marco Rossi', published: '2026-11-28', images: [], paragraphs: ['Allerta rossa per piogge e temporali in Liguria da sabato mattina.'] });
    expect(dropped).toEqual({ navigation: 1 });
    expect(one('Titre\n\nLe texte.\n\nTous droits réservés.').dropped).toEqual({ navigation: 1 });
  });

  it("takes Lusa's name over the date line for the byline, and drops Portugal's share button", () => {
    const { article, dropped } = one(
      ['Governo anuncia novo pacote para a habitação', '', 'Lusa', '28 nov 2026, 12:14', '', 'O Governo anunciou esta sexta-feira um pacote.', '', 'Partilhar'].join('\n'),
    );
    expect(article).toMatchObject({ byline: 'Lusa', published: '2026-11-28T12:14:00', paragraphs: ['O Governo anunciou esta sexta-feira um pacote.'] });
    expect(dropped).toEqual({ share: 1 });
  });

  it("reads El País' place, date and zone, Le Figaro's date before its last change, and drops their furniture", () => {
    const elPais = one(
      ['El Gobierno aprueba la reforma del subsidio', '', 'Ana López', 'Madrid - 28 nov 2026 - 10:32 CET', '', 'El Consejo de Ministros ha aprobado la reforma.', '', 'Te puede interesar'].join('\n'),
    );
    expect(elPais.article).toMatchObject({ byline: 'Ana López', published: '2026-11-28T10:32:00+01:00', paragraphs: ['El Consejo de Ministros ha aprobado la reforma.'] });
    expect(elPais.dropped).toEqual({ 'read-more': 1 });
    // Spanish months El País abbreviates as English does not.
    expect(one('Titular\nMadrid - 28 ago 2026 - 10:32 CEST\n\nEl texto.').article.published).toBe('2026-08-28T10:32:00+02:00');
    const figaro = one(
      [
        'La France durcit les règles du chômage',
        'Par Claire Martin',
        'Publié le 28/11/2026 à 10:32, mis à jour le 28/11/2026 à 11:05',
        '',
        'Le gouvernement a présenté vendredi un décret.',
        '',
        'Article réservé aux abonnés',
      ].join('\n'),
    );
    expect(figaro.article).toMatchObject({ byline: 'Claire Martin', published: '2026-11-28T10:32:00', paragraphs: ['Le gouvernement a présenté vendredi un décret.'] });
    expect(figaro.dropped).toEqual({ newsletter: 1 });
  });

  it("drops NOS' outlet and time of day and its `Aangepast` line, which give no date", () => {
    const { article, dropped } = one(
      ['Kabinet presenteert plan tegen woningnood', '', 'NOS Nieuws • vandaag, 12:40', 'Aangepast vandaag, 13:05', '', 'Minister Keijzer presenteerde het plan vrijdag.'].join('\n'),
    );
    expect(article.published).toBeUndefined();
    expect(article.paragraphs).toEqual(['Minister Keijzer presenteerde het plan vrijdag.']);
    expect(dropped).toEqual({ 'relative-date': 2 });
  });
});

describe('pages of The Economist, the Daily Mail, ABC, NZ Herald and the Bangkok Post', () => {
  it("reads The Economist's date and place a bar apart, and drops its audio player's lines and its print note", () => {
    const { article, dropped } = one(
      [
        "Britain's economy shrinks unexpectedly in October",
        '',
        'Nov 28th 2026|LONDON',
        'Listen to this story.',
        'Enjoy more audio and podcasts on iOS or Android.',
        '',
        'Your browser does not support the <audio> element.',
        '',
        "BRITAIN'S ECONOMY shrank in October.",
        '',
        'This article appeared in the Britain section of the print edition under the headline "Stalling"',
      ].join('\n'),
    );
    expect(article).toMatchObject({ dateline: 'LONDON', published: '2026-11-28', paragraphs: ["BRITAIN'S ECONOMY shrank in October."] });
    expect(dropped).toEqual({ navigation: 4 });
    // A label after the bar is no place.
    expect(one('Title of the story\nNov 28th 2026|BREAKING\n\nBody.').article.dateline).toBeUndefined();
  });

  it("cuts the Daily Mail's outlet and post off its bylines in capitals, and drops its share prompt", () => {
    const mail = one(['Mother of three dies after being hit by bus', 'By JANE SMITH FOR MAILONLINE', '', 'A woman has died.', '', 'Share or comment on this article:'].join('\n'));
    expect(mail.article.byline).toBe('JANE SMITH');
    expect(mail.dropped).toEqual({ share: 1 });
    expect(one('Title of the story\nBy JANE SMITH, CHIEF POLITICAL CORRESPONDENT\n\nBody.').article.byline).toBe('JANE SMITH');
  });

  it("drops ABC's alert and app prompts, NZ Herald's reading time and advertising line", () => {
    const abc = one(['Bushfire threatens homes', 'By Tom Ellis', '', 'Residents have been told to leave.', '', 'Get our breaking news alert', '', 'Download the ABC News app for the latest news.'].join('\n'));
    expect(abc.article.paragraphs).toEqual(['Residents have been told to leave.']);
    expect(abc.dropped).toEqual({ newsletter: 1, navigation: 1 });
    const herald = one(['Auckland ferry services cancelled', '3 mins to read', '', 'Ferry services have been cancelled.', '', 'Advertise with NZME.'].join('\n'));
    expect(herald.article.paragraphs).toEqual(['Ferry services have been cancelled.']);
    expect(herald.dropped).toEqual({ navigation: 1, advertisement: 1 });
  });

  it("takes the Bangkok Post's labelled section and writer under the headline", () => {
    const { article } = one(['Thai baht hits three-month low', 'PUBLISHED : 28 Nov 2026 at 10:42', 'NEWSPAPER SECTION: Business', 'WRITER: Somchai Wong', '', 'The baht fell on Friday.'].join('\n'));
    expect(article).toMatchObject({ section: 'Business', byline: 'Somchai Wong', published: '2026-11-28T10:42:00', paragraphs: ['The baht fell on Friday.'] });
    expect(article.dateline).toBeUndefined();
  });
});

describe("readers' comments and a story's pages", () => {
  const story = (...tail: string[]): string =>
    ['City council approves new cycle lanes', 'By Mark Davies', 'November 28, 2026', '', 'The council approved the plan on Thursday.', '', ...tail].join('\n');

  it('drops the comments under a story, from their heading to the next story, and counts them', () => {
    const { article, dropped } = one(
      story('Page 1 of 2', '', 'Opponents said the lanes would worsen congestion.', '', 'Previous page', 'Next page', '', 'Comments (2)', 'Sort by: Newest', 'JohnR', '2 hours ago', 'About time! The roads are a nightmare.', 'Reply', 'CarDriver99', '3 hours ago', 'More congestion is the last thing we need.', 'Load more comments'),
    );
    expect(article.paragraphs).toEqual(['The council approved the plan on Thursday.', 'Opponents said the lanes would worsen congestion.']);
    expect(dropped).toEqual({ navigation: 3, comments: 10 });
  });

  it("drops Disqus' comments, its count, login and sort order first", () => {
    const { article, dropped } = one(story('12 Comments', 'Login', 'Join the discussion…', 'Best', 'Mary K', 'Great news for students.', 'Upvote'));
    expect(article.paragraphs).toEqual(['The council approved the plan on Thursday.']);
    expect(dropped).toEqual({ comments: 7 });
  });

  it('takes a heading for comments only under the body and over their furniture or a time', () => {
    // Over prose, `Comments` is the story's own subheading.
    expect(one(story('Comments', 'Residents sent more than 300 comments to the council before the vote.')).article.paragraphs).toContain(
      'Residents sent more than 300 comments to the council before the vote.',
    );
    // In the header, a page's comment count link (The Independent's `Comments` under the date line).
    expect(one(['Storm Bert hits Wales', 'Holly Evans', 'Thursday 27 November 2026 14:20 GMT', 'Comments', '', 'Thousands are without power.', '', 'Reply'].join('\n')).article.paragraphs).toEqual([
      'Thousands are without power.',
    ]);
  });

  it('starts the next story after the comments', () => {
    const raws = segment(linesOf(story('Comments', 'JohnR', '2 hours ago', 'About time!', '', '', 'Storm Darragh brings snow to Scotland', 'By Fiona Grant', 'November 28, 2026', '', 'Heavy snow fell.')), 'x.txt');
    expect(raws.map((raw) => normalize(raw).article?.title)).toEqual(['City council approves new cycle lanes', 'Storm Darragh brings snow to Scotland']);
    expect(raws.map((raw) => normalize(raw).article?.paragraphs)).toEqual([['The council approved the plan on Thursday.'], ['Heavy snow fell.']]);
  });
});

describe('pages of Asian English-language papers and agencies', () => {
  it("takes Xinhua's `Source:` agency for the byline, and drops a sign-off of an outlet, Cloudflare's hidden address and `SHARE/SAVE`", () => {
    const xinhua = one(['China unveils measures to boost consumption', 'Source: Xinhua', 'Editor: Wang Lei', '', 'China on Friday unveiled measures.', '', 'Global Times', 'Related Articles'].join('\n'));
    expect(xinhua.article).toMatchObject({ byline: 'Xinhua', paragraphs: ['China on Friday unveiled measures.'] });
    // A source that is no agency: text.
    expect(one('Title of the story\nSource: my neighbour\n\nBody.').article.byline).toBeUndefined();
    const herald = one(['Seoul stocks close higher', 'By Yonhap', '', 'Stocks closed higher.', '', '[email protected]', '', 'SHARE/SAVE'].join('\n'));
    expect(herald.article.paragraphs).toEqual(['Stocks closed higher.']);
    expect(herald.dropped).toEqual({ navigation: 1, share: 1 });
  });

  it("reads The Jakarta Post's place, date and time between bars", () => {
    const { article } = one(['Indonesia raises minimum wage', 'Jakarta | Fri, November 28, 2026 | 03:42 pm', '', 'The government has raised the wage.'].join('\n'));
    expect(article).toMatchObject({ dateline: 'Jakarta', published: '2026-11-28T15:42:00', paragraphs: ['The government has raised the wage.'] });
    // A label or a writer's name before the bar is no place.
    expect(one('Title of the story\nBreaking | Fri, November 28, 2026 | 03:42 pm\n\nBody.').article.dateline).toBeUndefined();
    expect(one('Title of the story\nJohn Okafor | 22 July 2024\n\nBody.').article).toMatchObject({ byline: 'John Okafor', published: '2024-07-22' });
    expect(one('Title of the story\nJohn Okafor | 22 July 2024\n\nBody.').article.dateline).toBeUndefined();
  });
});

describe('pages of tech and business sites', () => {
  it("reads TechCrunch's time before its date, and drops its credit alone and its newsletter prompt", () => {
    const { article, dropped } = one(
      ['Apple to open its first store in Saudi Arabia', 'Jane Park', '3:42 PM PST · November 28, 2026', '', 'Image Credits: Justin Sullivan / Getty Images', '', 'Apple will open a store in Riyadh.', '', "Subscribe for the industry's biggest tech news"].join('\n'),
    );
    expect(article).toMatchObject({ byline: 'Jane Park', published: '2026-11-28T15:42:00-08:00', paragraphs: ['Apple will open a store in Riyadh.'] });
    expect(dropped).toEqual({ credit: 1, newsletter: 1 });
  });

  it("drops CNBC's video link, Wired's save button and its credit alone", () => {
    const cnbc = one(['Nvidia shares slip', 'By Kif Leswing', '', 'Shares of Nvidia slipped on Friday.', 'VIDEO 02:34', "Nvidia's growth outlook", '', 'Analysts expect more volatility.', '', "WATCH: Why Nvidia's rally may not be over"].join('\n'));
    expect(cnbc.article.paragraphs).toEqual(['Shares of Nvidia slipped on Friday.', 'Analysts expect more volatility.']);
    expect(cnbc.dropped).toEqual({ embed: 3 });
    const wired = one(['A new battery chemistry', 'By Ben Carter', 'Save this story', '', 'Photograph: Getty Images', '', 'A startup says its battery halves the cost.'].join('\n'));
    expect(wired.article.paragraphs).toEqual(['A startup says its battery halves the cost.']);
    expect(wired.dropped).toEqual({ share: 1, credit: 1 });
    // Ars Technica's caption after its button to enlarge the photo.
    expect(one('Title of the story\n\nEnlarge / A battery storage facility in California.\n\nBody.').article.images).toEqual([{ caption: 'A battery storage facility in California.' }]);
    // After `Photograph:`, a sentence is a caption's text, not a credit.
    expect(one('Title of the story\n\nPhotograph: the harbour at dawn, before the storm.\n\nBody.').dropped).toEqual({});
  });
});

describe('pages of African papers', () => {
  it("drops Premium Times' appeal for support with the line under it, and a classified's text ad", () => {
    const { article, dropped } = one(
      [
        'Nigeria raises fuel price',
        'By Ade Bello',
        '',
        'The oil company raised the price on Friday.',
        '',
        "Support PREMIUM TIMES' journalism of integrity and credibility",
        'At Premium Times, we firmly believe in the importance of high-quality journalism.',
        '',
        'TEXT AD: Call Willie - +2348098788999',
      ].join('\n'),
    );
    expect(article.paragraphs).toEqual(['The oil company raised the price on Friday.']);
    expect(dropped).toEqual({ newsletter: 1, navigation: 1, advertisement: 1 });
  });

  it("reads The Standard's place in capitals and date a bar apart under the byline as the dateline", () => {
    const { article } = one(['Kenya passes finance bill', 'BY JOHN MUTUA', 'NAIROBI, KENYA | 28 November 2026', '', 'Parliament passed the bill.'].join('\n'));
    expect(article).toMatchObject({ byline: 'JOHN MUTUA', dateline: 'NAIROBI, KENYA', published: '2026-11-28', paragraphs: ['Parliament passed the bill.'] });
    // A label in capitals before the bar is no place.
    expect(one('Title of the story\nBREAKING, NEWS | 28 November 2026\n\nBody.').article.dateline).toBeUndefined();
  });

  it("drops Daily Maverick's appeal, and its comments heading over the note on who may comment", () => {
    const { article, dropped } = one(
      [
        "South Africa's rand firms",
        'Reuters',
        '28 Nov 2026',
        '',
        'The rand firmed on Friday.',
        '',
        'Please support our journalism. Become a Maverick Insider.',
        '',
        'Comments',
        'Please note you must be a Maverick Insider to comment. Sign up here or sign in if you are already an Insider.',
      ].join('\n'),
    );
    expect(article.paragraphs).toEqual(['The rand firmed on Friday.']);
    expect(dropped).toEqual({ newsletter: 1, comments: 2 });
  });
});

describe('dates, source lines and datelines of Arabic pages', () => {
  it("reads an agency's Arabic source line (`الكويت - كونا`) as byline and dateline, and drops the text size control", () => {
    const kuwait = one(['الكويت ترفع الحد الأدنى للأجور', 'آخر تحديث: الخميس 27 نوفمبر 2026 - 14:20', 'الكويت - كونا', 'حجم الخط', 'قررت الهيئة رفع الحد الأدنى للأجور.'].join('\n'));
    expect(kuwait.article).toMatchObject({ byline: 'كونا', dateline: 'الكويت', published: '2026-11-27T14:20:00', paragraphs: ['قررت الهيئة رفع الحد الأدنى للأجور.'] });
    expect(kuwait.dropped).toEqual({ navigation: 1 });
    expect(one(['قطر تستضيف جولة جديدة', 'الدوحة: قنا', 'تستضيف الدوحة جولة جديدة من المحادثات.'].join('\n')).article).toMatchObject({ byline: 'قنا', dateline: 'الدوحة' });
    // A place and a word that is no agency: text.
    expect(one(['عنوان الخبر', '', 'الكويت - اليوم', '', 'نص الخبر هنا.'].join('\n')).article.byline).toBeUndefined();
  });

  it("drops an Arabic page's advertisement, share buttons and read-also links, and counts them", () => {
    const { article, dropped } = one(
      [
        'السعودية والإمارات توقعان اتفاقية لربط شبكتي الكهرباء',
        'الرياض: «الشرق الأوسط»',
        '',
        'وقّعت السعودية والإمارات، الأربعاء، اتفاقية لربط شبكتي الكهرباء.',
        '',
        'اقرأ أيضاً',
        '',
        'السعودية: ارتفاع الصادرات غير النفطية',
        '',
        'ومن المتوقع أن يكتمل المشروع بحلول عام 2029.',
        '',
        'شارك',
        'فيسبوك',
        'واتساب',
        '',
        'إعلان',
        '',
        'شارك رئيس الوزراء في القمة.',
      ].join('\n'),
    );
    expect(article.paragraphs).toEqual([
      'وقّعت السعودية والإمارات، الأربعاء، اتفاقية لربط شبكتي الكهرباء.',
      'ومن المتوقع أن يكتمل المشروع بحلول عام 2029.',
      // A sentence that starts with the word is text.
      'شارك رئيس الوزراء في القمة.',
    ]);
    expect(dropped).toEqual({ 'read-more': 2, share: 3, advertisement: 1 });
  });

  it('reads an Arabic date, its time before or after it, in either digits and either names of the months', async () => {
    const { arabicDate, UNSURE } = await import('../src/normalize/dates.js');
    expect(arabicDate('10:15-27 نوفمبر 2026 م')).toMatchObject({ iso: '2026-11-27T10:15:00' });
    expect(arabicDate('الأربعاء 27 نوفمبر 2026 10:15')).toMatchObject({ iso: '2026-11-27T10:15:00' });
    expect(arabicDate('١٤:٣٠-٢٥ تشرين الثاني ٢٠٢٦ م')).toMatchObject({ iso: '2026-11-25T14:30:00' });
    expect(arabicDate('3 كانون الأول 2025')).toMatchObject({ iso: '2025-12-03' });
    expect(arabicDate('5 إبريل 2024')).toMatchObject({ iso: '2024-04-05' });
    // No such day, no month name, or no Arabic at all: the other readers are asked.
    expect(arabicDate('31 نوفمبر 2026')).toBe(UNSURE);
    expect(arabicDate('في عام 2026')).toBe(UNSURE);
    expect(arabicDate('27 November 2026')).toBe(UNSURE);
  });

  it("reads an Arabic page's date lines, labelled or bare, and its source line as byline and dateline", () => {
    const { article, dropped } = one(
      [
        'السعودية تطلق تأشيرة سياحية جديدة',
        'السعودية تطلق تأشيرة سياحية جديدة',
        'زوار في الرياض (واس)',
        'TT',
        'الرياض: «الشرق الأوسط»',
        'نشر: 10:15-27 نوفمبر 2026 م ـ 26 جمادى الأولى 1448 هـ',
        'أطلقت المملكة العربية السعودية تأشيرة سياحية جديدة.',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      title: 'السعودية تطلق تأشيرة سياحية جديدة',
      byline: 'الشرق الأوسط',
      dateline: 'الرياض',
      published: '2026-11-27T10:15:00',
      dateSource: 'line',
      images: [{ caption: 'زوار في الرياض', credit: 'واس' }],
      paragraphs: ['أطلقت المملكة العربية السعودية تأشيرة سياحية جديدة.'],
    });
    expect(dropped).toEqual({ 'title-repeat': 1, logo: 1 });
    const bare = one('مصر: ارتفاع التضخم\nالأربعاء 26 نوفمبر 2026\nارتفع معدل التضخم السنوي في مصر.');
    expect(bare.article).toMatchObject({ published: '2026-11-26', paragraphs: ['ارتفع معدل التضخم السنوي في مصر.'] });
    expect(bare.article.dateline).toBeUndefined();
    const updated = one('لبنان: الحكومة تقر خطة\nآخر تحديث: ١٤:٣٠-٢٥ تشرين الثاني ٢٠٢٦ م\nأقرت الحكومة خطة جديدة.');
    expect(updated.article).toMatchObject({ published: '2026-11-25T14:30:00', paragraphs: ['أقرت الحكومة خطة جديدة.'] });
    // Bylines: `بقلم` (by) and `إعداد` (prepared by), with or without a colon; `كتب` (wrote, or books) only with one.
    expect(one('الحكومة تقر خطة الكهرباء\nبقلم: محمد أحمد\nأقرت الحكومة خطة جديدة.').article.byline).toBe('محمد أحمد');
    expect(one('الحكومة تقر خطة الكهرباء\nكتب - سارة علي\nأقرت الحكومة خطة جديدة.').article.byline).toBe('سارة علي');
    const books = one('معرض الرياض للكتاب يفتح أبوابه\nكتب جديدة في معرض الكتاب\nافتتح المعرض أبوابه للزوار.');
    expect(books.article.byline).toBeUndefined();
    expect(books.article.paragraphs[0]).toBe('كتب جديدة في معرض الكتاب');
    // A sentence that mentions a date is no date line.
    const prose = one('عنوان الخبر\nقالت الوزارة إن الخطة ستبدأ في 27 نوفمبر 2026 بعد موافقة الحكومة عليها.');
    expect(prose.article.paragraphs).toHaveLength(1);
  });
});

describe('pages of NPR, CBC, CNBC, The Jerusalem Post, the Sydney Morning Herald, the Bangkok Post, the Kyiv Independent, Der Spiegel and TechCrunch', () => {
  it('reads a kicker of three capitalised words over a headline over its header, and keeps a short headline in title case', () => {
    const kyiv = one('Ukraine War Latest\nRussian drone strike kills 3 in Odesa\nby Jane Doe\nMarch 4, 2025 3:12 PM\n2 min read\nA Russian drone attack on Odesa killed three people.');
    expect(kyiv.article).toMatchObject({ section: 'Ukraine War Latest', title: 'Russian drone strike kills 3 in Odesa', byline: 'Jane Doe', paragraphs: ['A Russian drone attack on Odesa killed three people.'] });
    const spiegel = one(
      "Germany's Debt Brake\nMerz Agrees to Massive Spending Package\nGermany's likely next chancellor has agreed to loosen the debt brake.\nBy Jane Doe\n04.03.2025, 15.12 Uhr\nFriedrich Merz agreed on Tuesday to exempt defense spending.",
    );
    expect(spiegel.article).toMatchObject({ section: "Germany's Debt Brake", title: 'Merz Agrees to Massive Spending Package', published: '2025-03-04T15:12:00' });
    // Over a headline-like line with no header under it, the short line is the headline (a newsletter's title).
    const brief = one('The Morning Brief\nMarkets in Asia opened lower on Tuesday\nStocks fell across the region as investors weighed new tariffs.');
    expect(brief.article.title).toBe('The Morning Brief');
    expect(brief.article.section).toBeUndefined();
  });

  it("drops NPR's audio player and photo viewer controls, and its credit printed again, in one story", () => {
    const { article, dropped } = one(
      [
        'Senate passes stopgap bill to avert government shutdown',
        'March 14, 2025 5:12 PM ET',
        'Heard on All Things Considered',
        'Deirdre Walsh',
        'Senate passes stopgap bill to avert government shutdown',
        'Listen · 3:45',
        '3:45',
        'Toggle more options',
        'Download',
        'Embed',
        'Transcript',
        'Senate Majority Leader John Thune speaks to reporters at the U.S. Capitol on March 14, 2025.',
        'Kevin Dietsch/Getty Images',
        'hide caption',
        'toggle caption',
        'Kevin Dietsch/Getty Images',
        'The Senate on Friday passed a six-month spending bill.',
        '',
        'The vote was 54-46.',
        'Sponsor Message',
      ].join('\n'),
    );
    expect(article).toMatchObject({
      byline: 'Deirdre Walsh',
      published: '2025-03-14T17:12:00-04:00',
      images: [{ caption: 'Senate Majority Leader John Thune speaks to reporters at the U.S. Capitol on March 14, 2025.', credit: 'Kevin Dietsch/Getty Images' }],
      paragraphs: ['The Senate on Friday passed a six-month spending bill.', 'The vote was 54-46.'],
    });
    expect(dropped).toEqual({ navigation: 9, 'title-repeat': 1, 'caption-repeat': 1, advertisement: 1 });
  });

  it("reads CBC's byline with its outlet a middle dot apart, on its own line or with the date, and drops its writer's box", () => {
    const header = 'Carney sworn in as prime minister\nMark Carney was sworn in on Friday.';
    const box = 'He named a cabinet of 24 ministers.\nABOUT THE AUTHOR\nJane Doe\nSenior reporter\nJane Doe covers federal politics for CBC News in Ottawa.';
    const date = 'Posted: Mar 14, 2025 11:12 AM EDT | Last Updated: March 14';
    for (const byline of ['Jane Doe · CBC News ·\n' + date, 'Jane Doe · CBC News · ' + date]) {
      const { article, dropped } = one(`${header}\n${byline}\n${box}`);
      expect(article).toMatchObject({ byline: 'Jane Doe', published: '2025-03-14T11:12:00-04:00', paragraphs: ['Mark Carney was sworn in on Friday.', 'He named a cabinet of 24 ministers.'] });
      expect(dropped).toEqual({ 'author-bio': 4 });
    }
    // The box's name is no headline printed again, though the next story is the same writer's.
    const two = segment(linesOf(`${header}\nJane Doe · CBC News ·\n${date}\n${box}\n\n\nNext story for the same writer\nJane Doe\n${date}\nA paragraph.`), 'test.txt');
    expect(two.map((raw) => raw.lines.find((line) => line.role === 'title')?.text)).toEqual(['Carney sworn in as prime minister', 'Next story for the same writer']);
  });

  it("reads CNBC's credit a bar apart, The Jerusalem Post's in parentheses after its label, and the Sydney Morning Herald's run into the caption", () => {
    const cnbc = one(
      'Dow drops 600 points as tariff fears mount\nPublished Tue, Mar 4 2025 3:12 PM EST\nJane Doe\n@JaneDoeCNBC\nStocks fell sharply on Tuesday.\nTraders work on the floor of the New York Stock Exchange on March 4, 2025.\nMichael M. Santiago | Getty Images\nThe S&P 500 fell 1.2%.',
    );
    expect(cnbc.article.images).toEqual([{ caption: 'Traders work on the floor of the New York Stock Exchange on March 4, 2025.', credit: 'Michael M. Santiago | Getty Images' }]);
    expect(cnbc.article.paragraphs).toEqual(['Stocks fell sharply on Tuesday.', 'The S&P 500 fell 1.2%.']);
    // A writer's byline with an agency a bar apart is no credit (only a picture library's name makes one).
    const agency = one('Oil falls\nPrices fell on Tuesday as supply rose.\nJane Doe | Reuters\nOil prices fell on Tuesday.');
    expect(agency.article.images).toEqual([]);
    const jpost = one(
      'Israeli strikes hit Hezbollah targets in southern Lebanon - IDF\nBy JERUSALEM POST STAFF\nMARCH 4, 2025 15:12\nAn IDF tank near the Lebanese border, February 2025.\n(photo credit: AYAL MARGOLIN/FLASH90)\nThe IDF struck Hezbollah targets on Tuesday.',
    );
    expect(jpost.article.images).toEqual([{ caption: 'An IDF tank near the Lebanese border, February 2025.', credit: 'AYAL MARGOLIN/FLASH90' }]);
    expect(jpost.article.paragraphs).toEqual(['The IDF struck Hezbollah targets on Tuesday.']);
    const smh = one(
      [
        'Albanese promises $8.5 billion for Medicare ahead of election',
        'By Jane Doe',
        'March 4, 2025 — 3.12pm',
        'Save',
        'Log in, register or subscribe to save articles for later.',
        'Share',
        'Normal text size',
        'Larger text size',
        'Very large text size',
        'Prime Minister Anthony Albanese has promised $8.5 billion.',
        '',
        'Anthony Albanese at a press conference in Tasmania on Tuesday.Credit: Alex Ellinghausen',
        '',
        'The money would fund incentives for GPs.',
        'License this article',
      ].join('\n'),
    );
    expect(smh.article).toMatchObject({
      published: '2025-03-04T15:12:00',
      images: [{ caption: 'Anthony Albanese at a press conference in Tasmania on Tuesday.', credit: 'Credit: Alex Ellinghausen' }],
      paragraphs: ['Prime Minister Anthony Albanese has promised $8.5 billion.', 'The money would fund incentives for GPs.'],
    });
    expect(smh.dropped).toEqual({ share: 2, navigation: 5 });
    // An initial's full stop is no caption's end.
    expect(one('Title\nA paragraph.\nShe thanked J.Credit: unions for the deal.').article.images).toEqual([]);
  });

  it("keeps a kicker over the Bangkok Post's print section, and the print section out of the story", () => {
    const { article } = one(
      'Thailand\nGeneral\nCabinet approves B150bn stimulus package\nPUBLISHED : 4 Mar 2025 at 15:12\nNEWSPAPER SECTION: NEWS\nWRITER: Aekarach Sattaburuth\nThe cabinet on Tuesday approved a stimulus package.',
    );
    expect(article).toMatchObject({ section: 'General', byline: 'Aekarach Sattaburuth', published: '2025-03-04T15:12:00', paragraphs: ['The cabinet on Tuesday approved a stimulus package.'] });
    expect(one('Thai baht hits three-month low\nPUBLISHED : 28 Nov 2026 at 10:42\nNEWSPAPER SECTION: Business\nThe baht fell.').article.section).toBe('Business');
  });

  it("starts a story at TechCrunch's kicker in capitals, a logo's shape, a blank line under the story before", () => {
    const raws = segment(
      linesOf(
        'Merz Agrees to Massive Spending Package\nBy Jane Doe\n04.03.2025, 15.12 Uhr\nFriedrich Merz agreed on Tuesday.\n\nThe parties also agreed on a fund.\n\nAI\nOpenAI launches new tools for building agents\nJane Doe\n3:12 PM PST · March 11, 2025\nOpenAI is releasing new tools.',
      ),
      'test.txt',
    );
    expect(raws).toHaveLength(2);
    const second = normalize(raws[1] as (typeof raws)[1]).article;
    expect(second).toMatchObject({ section: 'AI', title: 'OpenAI launches new tools for building agents', byline: 'Jane Doe', published: '2025-03-11T15:12:00-08:00' });
  });
});

describe('pages of Wired, NBC News, The Boston Globe, the Texas Tribune, El País, The Asahi Shimbun, Punch, the Buenos Aires Times and Euractiv', () => {
  it("reads Wired's byline, section and date over its headline, and drops its credit alone", () => {
    const { article, dropped } = one(
      "Will Knight\nBusiness\nMar 11, 2025 3:12 PM\nOpenAI's New Agent Tools Let Businesses Build Their Own Operators\nThe company is releasing an API for agents.\nPhoto-Illustration: WIRED Staff; Getty Images\nSave this story\nSave\nOpenAI is releasing new tools.",
    );
    expect(article).toMatchObject({ title: "OpenAI's New Agent Tools Let Businesses Build Their Own Operators", section: 'Business', byline: 'Will Knight', published: '2025-03-11T15:12:00' });
    expect(article.paragraphs).toEqual(['The company is releasing an API for agents.', 'OpenAI is releasing new tools.']);
    expect(dropped).toEqual({ credit: 1, share: 2 });
    // A short headline in title case over its date and a first paragraph is the headline, not names.
    const headline = one('Markets Rally\nMarch 4, 2025\nStocks rose on Tuesday.');
    expect(headline.article).toMatchObject({ title: 'Markets Rally', paragraphs: ['Stocks rose on Tuesday.'] });
    expect(headline.article.byline).toBeUndefined();
  });

  it("reads The Boston Globe's byline run into its date, and The Asahi Shimbun's with its post after a slash and its caption's label", () => {
    const globe = one(
      "Healey files bill to overhaul state's shelter system\nBy Jane Doe Globe Staff,Updated March 4, 2025, 3:12 p.m.\nGovernor Maura Healey at the State House in February.Suzanne Kreiter/Globe Staff\nGovernor Maura Healey on Tuesday filed legislation.",
    );
    expect(globe.article).toMatchObject({ byline: 'Jane Doe', published: '2025-03-04T15:12:00', images: [{ caption: 'Governor Maura Healey at the State House in February.', credit: 'Suzanne Kreiter/Globe Staff' }] });
    const asahi = one(
      "Ishiba apologizes for gift vouchers\nBy JANE DOE/ Staff Writer\nMarch 14, 2025 at 17:12 JST\nPhoto/Illutration Prime Minister Shigeru Ishiba speaks to reporters in Tokyo on March 14. (Koichi Ueda)\nPrime Minister Shigeru Ishiba apologized on March 14.",
    );
    expect(asahi.article).toMatchObject({
      byline: 'JANE DOE',
      published: '2025-03-14T17:12:00+09:00',
      images: [{ caption: 'Prime Minister Shigeru Ishiba speaks to reporters in Tokyo on March 14.', credit: 'Koichi Ueda' }],
    });
  });

  it("reads NBC News' credit run into its caption, the Buenos Aires Times' after a bar, and the Texas Tribune's zone in words", () => {
    const nbc = one(
      'Trump signs executive order on federal elections\nThe order requires proof of citizenship.\nPresident Donald Trump in the Oval Office on Tuesday.Andrew Harnik / Getty Images\nMarch 25, 2025, 5:12 PM EDT\nBy Jane Doe and John Roe\nPresident Donald Trump signed an executive order Tuesday.',
    );
    expect(nbc.article).toMatchObject({ byline: 'Jane Doe and John Roe', images: [{ caption: 'President Donald Trump in the Oval Office on Tuesday.', credit: 'Andrew Harnik / Getty Images' }] });
    expect(nbc.article.paragraphs).toEqual(['The order requires proof of citizenship.', 'President Donald Trump signed an executive order Tuesday.']);
    const ba = one('Milei government secures IMF deal\nby Jane Doe\nThe deal was agreed.\nEconomy Minister Luis Caputo at a press conference in Buenos Aires. | Télam / Juan Pérez\nCaputo said on Tuesday that Argentina had a deal.');
    expect(ba.article.images).toEqual([{ caption: 'Economy Minister Luis Caputo at a press conference in Buenos Aires.', credit: 'Télam / Juan Pérez' }]);
    const tribune = (date: string) => one(`Texas House passes school voucher bill\nBY Jane Doe\n${date}\nThe Texas House on Tuesday passed a bill.`).article.published;
    expect(tribune('MARCH 4, 2025 3:12 PM CENTRAL')).toBe('2025-03-04T15:12:00-06:00');
    expect(tribune('JULY 4, 2025 3:12 PM CENTRAL')).toBe('2025-07-04T15:12:00-05:00');
    expect(tribune('JULY 4, 2025 3:12 PM PACIFIC')).toBe('2025-07-04T15:12:00-07:00');
  });

  it("reads El País' date after its city and a dash, and drops Euractiv's reading time and story type and Punch's writer's box", () => {
    const elpais = one(
      'Sánchez announces €2bn defense boost\nThe Spanish prime minister said the increase would come without cutting social spending\nJane Doe\nMadrid - MAR 04, 2025 - 15:12 CET\nSpanish Prime Minister Pedro Sánchez announced an increase.',
    );
    expect(elpais.article).toMatchObject({ byline: 'Jane Doe', published: '2025-03-04T15:12:00+01:00' });
    expect(elpais.article.paragraphs).toHaveLength(2);
    // Its photographer run into the caption's full stop, under the date line; in the body, a name so is text.
    const photo = one(
      'Sánchez announces €2bn defense boost\nThe prime minister said the increase would come without cuts\nJane Doe\nMadrid - MAR 04, 2025 - 15:12 CET\nPedro Sánchez at the Congress of Deputies in Madrid on Tuesday.Claudio Álvarez\nSánchez announced an increase.\nThe minister spoke on Tuesday.Juan Pérez',
    );
    expect(photo.article.images).toEqual([{ caption: 'Pedro Sánchez at the Congress of Deputies in Madrid on Tuesday.', credit: 'Claudio Álvarez' }]);
    expect(photo.article.paragraphs).toEqual(['The prime minister said the increase would come without cuts', 'Sánchez announced an increase.', 'The minister spoke on Tuesday.Juan Pérez']);
    const euractiv = one('EU leaders back €800 billion defence plan\nBy Jane Doe | Euractiv\nMar 6, 2025 15:12\nEst. 3min\nContent-Type: News\nEU leaders on Thursday backed a plan.');
    expect(euractiv.article).toMatchObject({ byline: 'Jane Doe', published: '2025-03-06T15:12:00', paragraphs: ['EU leaders on Thursday backed a plan.'] });
    expect(euractiv.dropped).toEqual({ navigation: 2 });
    const punch = one(
      'Tinubu signs 2025 budget into law\n4th March 2025\nBy  Jane Doe\nPresident Bola Tinubu on Tuesday signed the bill.\nJane Doe\nThe PUNCH Journalist, Jane has four years experience covering politics.\nDownload e-Copy',
    );
    expect(punch.article).toMatchObject({ byline: 'Jane Doe', published: '2025-03-04', paragraphs: ['President Bola Tinubu on Tuesday signed the bill.'] });
    expect(punch.dropped).toEqual({ 'author-bio': 2, navigation: 1 });
    // A paragraph that names its subject after a comma is no writer's box.
    const story = one('Council votes\nBy Jane Doe\nThe council met on Tuesday.\nJane Doe\nThe mayor of the city, Jane said, would resign.');
    expect(story.article.paragraphs).toEqual(['The council met on Tuesday.', 'The mayor of the city, Jane said, would resign.']);
  });
});

describe('pages of the Dhaka Tribune, Kathimerini, Korea JoongAng Daily, Malay Mail, the New York Post and Yle', () => {
  it("reads the Dhaka Tribune's desk, its `Publish :` and `Update :` labels and the outlet after its caption, and Kathimerini's desk and owner", () => {
    const dhaka = one(
      'Govt raises fuel prices by Tk2 per litre\nTribune Desk\nPublish : 04 Mar 2025, 03:12 PM\nUpdate : 04 Mar 2025, 05:00 PM\nFile photo of a filling station in Dhaka. Dhaka Tribune\nThe government has raised the prices of diesel and petrol.',
    );
    expect(dhaka.article).toMatchObject({
      byline: 'Tribune Desk',
      published: '2025-03-04T15:12:00',
      images: [{ caption: 'File photo of a filling station in Dhaka.', credit: 'Dhaka Tribune' }],
      paragraphs: ['The government has raised the prices of diesel and petrol.'],
    });
    expect(dhaka.dropped).toEqual({ 'extra-date': 1 });
    // An editor's `Update:` note (no space before its colon) is no date line.
    const note = one('Fire at factory\nBy Jane Doe\nA fire broke out on Tuesday.\nUpdate: 3 people were taken to hospital.');
    expect(note.article.paragraphs).toEqual(['A fire broke out on Tuesday.', 'Update: 3 people were taken to hospital.']);
    const kathimerini = one('Mitsotakis reshuffles cabinet\nWeb desk\n04.03.2025 • 15:12\n© Intime News\nPrime Minister Kyriakos Mitsotakis announced a reshuffle.');
    expect(kathimerini.article).toMatchObject({ byline: 'Web desk', paragraphs: ['Prime Minister Kyriakos Mitsotakis announced a reshuffle.'] });
    expect(kathimerini.dropped).toMatchObject({ credit: 1 });
  });

  it("reads Korea JoongAng Daily's byline with its address and its agency's credit in brackets, and Malay Mail's `— Bernama pic`", () => {
    const joongang = one(
      "Yoon's trial to resume next week\nPublished: 04 Mar. 2025, 15:12\nBy Jane Doe [doe.jane@joongang.co.kr]\nPresident Yoon Suk Yeol arrives at the court on Tuesday. [YONHAP]\nThe criminal trial will resume next week.\n\nYoon denies the charges.",
    );
    expect(joongang.article).toMatchObject({ byline: 'Jane Doe', images: [{ caption: 'President Yoon Suk Yeol arrives at the court on Tuesday.', credit: 'YONHAP' }] });
    expect(joongang.article.paragraphs).toEqual(['The criminal trial will resume next week.', 'Yoon denies the charges.']);
    const malay = one(
      'Anwar: Malaysia to raise minimum wage\nTuesday, 04 Mar 2025 3:12 PM MYT\nBY JANE DOE\nPrime Minister Anwar Ibrahim speaks in Putrajaya, March 4, 2025. — Bernama pic\nKUALA LUMPUR, March 4 — The minimum wage will rise.',
    );
    expect(malay.article).toMatchObject({ published: '2025-03-04T15:12:00+08:00', images: [{ caption: 'Prime Minister Anwar Ibrahim speaks in Putrajaya, March 4, 2025.', credit: 'Bernama pic' }] });
  });

  it("reads the New York Post's photographer after its caption and its tags, drops its date under them, and ends the story there", () => {
    const post =
      'Manhattan landlord charged in $10M rent scheme\nBy Jane Doe\nPublished March 4, 2025, 3:12 p.m. ET\nJohn Roe leaving court on Tuesday. Stephen Yang\nA landlord was charged Tuesday.\n\nHe pleaded not guilty.\nFiled under\nmanhattan\nrent\n3/4/25';
    const { article, dropped } = one(post);
    expect(article).toMatchObject({ tags: ['manhattan', 'rent'], images: [{ caption: 'John Roe leaving court on Tuesday.', credit: 'Stephen Yang' }], paragraphs: ['A landlord was charged Tuesday.', 'He pleaded not guilty.'] });
    expect(dropped).toEqual({ duplicate: 1 });
    const raws = segment(linesOf(`${post}\n\nPolitics\nGovernment to scrap Fair Pay Agreements\nJane Doe\n14:12, Mar 04 2025\nUnions said they would fight it.`), 'test.txt');
    expect(raws).toHaveLength(2);
  });

  it("drops Yle's day with no year, reads its outlet under it as the byline, and starts its story there a blank line under another", () => {
    const yle = 'Finland to tighten citizenship rules\nThe government wants applicants to have lived in Finland for eight years.\nImage: Jane Doe / Yle\n4.3. 15:12•Updated 4.3. 17:30\nYle News\nThe government proposed a change.';
    const { article, dropped } = one(yle);
    expect(article.byline).toBe('Yle News');
    expect(article.published).toBeUndefined();
    expect(dropped).toMatchObject({ 'relative-date': 1 });
    const raws = segment(linesOf(`Government to scrap Fair Pay Agreements\nJane Doe\n14:12, Mar 04 2025\nThe minister announced the change.\nUnions said they would fight the repeal.\n\n${yle}`), 'test.txt');
    expect(raws).toHaveLength(2);
  });
});

describe('pages of The Indian Express, Scroll, L’Orient Today, Notes from Poland, DutchNews, GhanaWeb and The Mainichi', () => {
  it("reads The Indian Express' place and labelled date after a bar, and L'Orient Today's names and date a comma apart", () => {
    const express = one(
      'Delhi govt to roll out monthly aid for women\nWritten by Jane Doe\nNew Delhi | Updated: March 4, 2025 15:12 IST\n3 min read\nThe Delhi government will begin paying Rs 2,500 a month.',
    );
    expect(express.article).toMatchObject({ byline: 'Jane Doe', dateline: 'New Delhi', published: '2025-03-04T15:12:00+05:30', paragraphs: ['The Delhi government will begin paying Rs 2,500 a month.'] });
    const lorient = one('Salam government wins confidence vote\nJane Doe, 04 March 2025 15:12\nLebanon’s Parliament gave its confidence to the government.');
    expect(lorient.article).toMatchObject({ byline: 'Jane Doe', published: '2025-03-04T15:12:00', paragraphs: ['Lebanon’s Parliament gave its confidence to the government.'] });
    // A city's date line, or a date line whose label and weekday look like names, is no byline.
    const beirut = one('Salam government wins confidence vote\nBeirut, 04 March 2025\nParliament gave its confidence.');
    expect(beirut.article.byline).toBeUndefined();
    expect(one('Gobierno aprueba reforma\nActualizado Sábado, 28 noviembre 2026 - 10:32\nEl Consejo de Ministros aprobó la reforma.').article.byline).toBeUndefined();
  });

  it("drops DutchNews' appeal box and one-word credit, Notes from Poland's image credit and The Mainichi's link, and reads GhanaWeb's section and date", () => {
    const dutch = one(
      'Cabinet agrees €1bn package for defence\nMarch 4, 2025\nThe cabinet has agreed to spend an extra €1 billion on defence.\nPhoto: Depositphotos\nThe money will go on ammunition.\nThank you for donating to DutchNews.nl.\nWe could not provide the Dutch News service without the generous support of our readers.\nMake a donation',
    );
    expect(dutch.article.paragraphs).toEqual(['The cabinet has agreed to spend an extra €1 billion on defence.', 'The money will go on ammunition.']);
    expect(dutch.dropped).toEqual({ credit: 1, navigation: 3 });
    const poland = one('Polish government approves nuclear plant\nMarch 4, 2025\nJane Doe\nPoland approved a plan.\nMain image credit: KPRM (under CC BY-NC-ND 3.0 PL)');
    expect(poland.dropped).toEqual({ credit: 1 });
    const mainichi = one('Tokyo court orders Unification Church dissolution\nMarch 25, 2025 (Mainichi Japan)\nJapanese version\nThe court ordered the dissolution.');
    expect(mainichi.article).toMatchObject({ published: '2025-03-25', dateSource: 'line', images: [], paragraphs: ['The court ordered the dissolution.'] });
    const ghana = one('General News of Tuesday, 4 March 2025\nSource: www.ghanaweb.com\nMahama names 10 more ministers\nPresident John Dramani Mahama has named 10 more ministers.');
    expect(ghana.article).toMatchObject({ title: 'Mahama names 10 more ministers', section: 'General News', published: '2025-03-04' });
  });

  it('starts a story a blank line under another at names and the date on one line, at names over the date over a headline, and at a section and date over furniture', () => {
    const count = (text: string) => segment(linesOf(text), 'test.txt').length;
    const before = 'Delhi govt to roll out aid\nWritten by Jane Doe\nThe government will pay women.\n\nRegistration opens next week.';
    expect(count(`${before}\n\nLebanon\nSalam government wins confidence vote\nJane Doe, 04 March 2025 15:12\nParliament gave its confidence.`)).toBe(2);
    // Scroll's header under a story by the same writer, whose next story is theirs too.
    const poland = 'Polish government approves plan\nMarch 4, 2025\nJane Doe\nPoland approved a plan.\n\nThe plant is due in 2036.';
    const scroll = "Jane Doe\nMar 04, 2025 · 03:12 pm\nMaharashtra minister resigns after aide's arrest\nThe minister stepped down.\n\nThe resignation was accepted.";
    expect(count(`${poland}\n\n${scroll}\n\nGovernment announces road repairs\nJane Doe\nMar 4, 2025 | 3:12 pm\nThe minister announced repairs.`)).toBe(3);
    const dutch = 'Cabinet agrees package for defence\nMarch 4, 2025\nThe cabinet agreed to spend more.\n\nThe money will go on ammunition.';
    expect(count(`${dutch}\n\nGeneral News of Tuesday, 4 March 2025\nSource: www.ghanaweb.com\nMahama names 10 more ministers\nPresident John Dramani Mahama\nMahama has named 10 more ministers.`)).toBe(2);
  });
});

describe('pages of Time, Fortune, The Seattle Times, the Deccan Herald and news.com.au', () => {
  it("reads Time's and Fortune's credits an em dash apart, Fortune's crumbs a middle dot apart and its writer's names and post under the byline", () => {
    const time = one(
      'Trump Signs Order to Dismantle Education Department\n3 minute read\nPresident Donald Trump signs an executive order on March 20, 2025.\nWin McNamee—Getty Images\nBy Jane Doe\nMarch 20, 2025 5:12 PM EDT\nPresident Donald Trump on Thursday signed an executive order.',
    );
    expect(time.article).toMatchObject({ byline: 'Jane Doe', images: [{ caption: 'President Donald Trump signs an executive order on March 20, 2025.', credit: 'Win McNamee—Getty Images' }] });
    expect(time.article.paragraphs).toEqual(['President Donald Trump on Thursday signed an executive order.']);
    const fortune = one(
      "Finance · Banking\nJPMorgan CEO Jamie Dimon says economy faces 'turbulence'\nBy Jane Doe\nJane Doe\nFinance reporter\nMarch 4, 2025 at 3:12 PM EST\nJPMorgan Chase CEO Jamie Dimon.\nMichael M. Santiago—Getty Images\nJamie Dimon said Tuesday the economy faces turbulence.",
    );
    expect(fortune.article).toMatchObject({
      section: 'Banking',
      title: "JPMorgan CEO Jamie Dimon says economy faces 'turbulence'",
      byline: 'Jane Doe',
      published: '2025-03-04T15:12:00-05:00',
      images: [{ caption: 'JPMorgan Chase CEO Jamie Dimon.', credit: 'Michael M. Santiago—Getty Images' }],
      paragraphs: ['Jamie Dimon said Tuesday the economy faces turbulence.'],
    });
    // A sentence with an em dash is no credit.
    expect(one('Title\nThe minister spoke on Tuesday.\nJane Doe—The Minister\nThe talks went on.').article.images).toEqual([]);
  });

  it("reads The Seattle Times' post, the Deccan Herald's news service and news.com.au's names over a reading time over the date", () => {
    const seattle = one('Seattle council approves levy\nMarch 4, 2025 at 3:12 pm\nBy Jane Doe\nSeattle Times staff reporter\nThe council approved a levy.');
    expect(seattle.article).toMatchObject({ byline: 'Jane Doe', paragraphs: ['The council approved a levy.'] });
    const deccan = one('Karnataka budget announced\nDHNS\nLast Updated : 07 March 2025, 15:12 IST\nBengaluru: Chief Minister Siddaramaiah presented a budget.');
    expect(deccan.article).toMatchObject({ byline: 'DHNS', dateline: 'Bengaluru', published: '2025-03-07T15:12:00+05:30' });
    const news = one('Sydney weather: Storm warning\nJane Doe\n3 min read\nMarch 4, 2025 - 3:12PM\nSydney has been hit by heavy rain.');
    expect(news.article).toMatchObject({ byline: 'Jane Doe', published: '2025-03-04T15:12:00', paragraphs: ['Sydney has been hit by heavy rain.'] });
  });
});

describe('pages of Kyodo News, the Jakarta Globe and TRT World', () => {
  it("reads Kyodo News' outlet, date and sections over its headline, the Jakarta Globe's city and full stop, and TRT World's credit after a slash", () => {
    const kyodo = one("KYODO NEWS - Mar 4, 2025 - 15:12 | Japan, All\nJapan's lower house passes record budget\nThe lower house on Tuesday passed a record budget.");
    expect(kyodo.article).toMatchObject({ title: "Japan's lower house passes record budget", published: '2025-03-04T15:12:00', paragraphs: ['The lower house on Tuesday passed a record budget.'] });
    const globe = one('Prabowo launches free meals program\nJane Doe\nMarch 4, 2025 | 3:12 pm\nJakarta. President Prabowo Subianto on Tuesday launched a program.');
    expect(globe.article.dateline).toBe('Jakarta');
    const trt = one('Türkiye, Syria sign energy deal\nTRT World\n4 Mar 2025\nThe minister in Ankara on Tuesday. / Photo: AA\nTürkiye and Syria signed an energy agreement.');
    expect(trt.article).toMatchObject({ byline: 'TRT World', images: [{ caption: 'The minister in Ankara on Tuesday.', credit: 'Photo: AA' }], paragraphs: ['Türkiye and Syria signed an energy agreement.'] });
  });

  it("starts a story at Kyodo News' date line a blank line under another, though prose is under its headline", () => {
    const raws = segment(
      linesOf(
        "Prabowo launches free meals program\nJane Doe\nMarch 4, 2025 | 3:12 pm\nThe program launched.\n\nIt will reach 3 million children.\n\nKYODO NEWS - Mar 4, 2025 - 15:12 | Japan, All\nJapan's lower house passes record budget\nJapan's lower house on Tuesday passed a record budget.",
      ),
      'test.txt',
    );
    expect(raws).toHaveLength(2);
    // A timeline's date over an event and its account, no outlet named, starts none.
    const timeline = segment(linesOf('Timeline of the crisis\nBy Jane Doe\nThe crisis began in 2024.\n\nIt went on.\n\nMarch 4, 2025\nTroops cross the border at dawn\nSoldiers crossed the border before dawn, officials said.'), 'test.txt');
    expect(timeline).toHaveLength(1);
  });
});

describe('pages of African papers: The Herald, The Guardian Nigeria, Business Day, The New Times, The Star and Addis Standard', () => {
  it("reads The Herald's date with its views and its writer's post with no comma, and The Guardian Nigeria's writer's city", () => {
    const herald = one('Govt unveils new mining policy\n4 Mar, 2025 - 15:03 0 Views\nJane Doe Senior Reporter\nThe Government has unveiled a new mining policy.');
    expect(herald.article).toMatchObject({ byline: 'Jane Doe', published: '2025-03-04T15:03:00', paragraphs: ['The Government has unveiled a new mining policy.'] });
    const guardian = one("Senate confirms Tinubu's nominees\nBy Jane Doe, Abuja\n4 March 2025 | 3:12 pm\nThe Senate on Tuesday confirmed 20 nominees.");
    expect(guardian.article.byline).toBe('Jane Doe');
    // A second writer after the comma stays.
    expect(one('Senate confirms nominees\nBy Jane Doe, Tom Brown\nThe Senate confirmed 20 nominees.').article.byline).toBe('Jane Doe, Tom Brown');
  });

  it("reads Business Day's agency alone, The New Times' `Courtesy` and The Star's initials as credits, and Addis Standard's city", () => {
    const business = one('Eskom tariffs to rise 12.7%\nJANE DOE\n04 March 2025 - 15:12\nPicture: REUTERS\nEskom’s tariffs will rise 12.7% from April.');
    expect(business.article.paragraphs).toEqual(['Eskom’s tariffs will rise 12.7% from April.']);
    expect(business.dropped).toEqual({ credit: 1 });
    const times = one('Rwanda, DR Congo agree to talks\nJane Doe\nTuesday, March 04, 2025\nForeign affairs minister Olivier Nduhungirehe. Courtesy\nRwanda and DR Congo have agreed to talks.');
    expect(times.article.images).toEqual([{ caption: 'Foreign affairs minister Olivier Nduhungirehe.', credit: 'Courtesy' }]);
    const star = one('Ruto signs housing bill\nby JANE DOE\n04 March 2025 - 15:12\nPresident William Ruto at State House, Nairobi on March 4, 2025\nImage: PCS\nPresident William Ruto on Tuesday signed the bill.');
    expect(star.article.images).toEqual([{ caption: 'President William Ruto at State House, Nairobi on March 4, 2025', credit: 'PCS' }]);
    expect(one('Ethiopia, IMF reach agreement\nAddis Abeba – Ethiopia and the IMF have reached an agreement.').article.dateline).toBe('Addis Abeba');
  });
});

describe('pages of The Gleaner and The Royal Gazette', () => {
  it("reads The Gleaner's post after a slash and its credit after a hyphen, and The Royal Gazette's `Created:`", () => {
    const gleaner = one(
      'Holness announces road programme\nPublished: Tuesday | March 4, 2025 | 3:12 PM\nJane Doe/Senior Staff Reporter\nAndrew Holness speaking in Kingston on Tuesday. - Rudolph Brown/Photographer\nAndrew Holness on Tuesday announced a road programme.',
    );
    expect(gleaner.article).toMatchObject({
      byline: 'Jane Doe',
      published: '2025-03-04T15:12:00',
      images: [{ caption: 'Andrew Holness speaking in Kingston on Tuesday.', credit: 'Rudolph Brown/Photographer' }],
      paragraphs: ['Andrew Holness on Tuesday announced a road programme.'],
    });
    const gazette = one('Government tables budget\nBy Jane Doe\nCreated: Mar 04, 2025 03:12 PM\nThe Government tabled a budget.');
    expect(gazette.article).toMatchObject({ published: '2025-03-04T15:12:00', paragraphs: ['The Government tabled a budget.'] });
    // A wire's paragraph that ends with its agency after a hyphen, no slash, stays a paragraph.
    expect(one('Title\nBy Jane Doe\nThe ministry said the talks would go on. - Reuters\nMore talks are planned.').article.images).toEqual([]);
  });
});
