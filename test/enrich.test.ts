/** What feedconv adds on request or by default: --tags, --timezone, the detected feed language. */
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import * as fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { detectLanguage, plainlyEnglish } from '../src/language.js';
import { applyTimezone, isTimezone } from '../src/normalize/timezone.js';
import { runMain } from './helpers.js';

describe('--tags', () => {
  it('adds up to 5 people, places and organisations, and every format carries them', async () => {
    const json = JSON.parse((await runMain(['samples/aawsat-2024.txt', '--tags'])).stdout);
    const [first, second] = json.items as { tags: string[] }[];
    expect(first?.tags).toHaveLength(5);
    expect(first?.tags).toEqual(expect.arrayContaining(['Washington', 'Iraq', 'Baghdad']));
    expect(second?.tags).toEqual(expect.arrayContaining(['Lebanon', 'Keir Starmer']));
    for (const tag of [...(first?.tags ?? []), ...(second?.tags ?? [])]) expect(tag).toMatch(/^[\p{L}\p{N}].*[\p{L}\p{N}]$/u);

    const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'category' });
    const rss = parser.parse((await runMain(['samples/aawsat-2024.txt', '-f', 'rss', '--tags'])).stdout);
    expect(rss.rss.channel.item[0].category).toEqual(first?.tags);
    const atom = parser.parse((await runMain(['samples/aawsat-2024.txt', '-f', 'atom', '--tags'])).stdout);
    expect(atom.feed.entry[0].category.map((c: Record<string, string>) => c['@_term'])).toEqual(first?.tags);
    const jsonfeed = JSON.parse((await runMain(['samples/aawsat-2024.txt', '-f', 'jsonfeed', '--tags'])).stdout);
    expect(jsonfeed.items[0].tags).toEqual(first?.tags);

    const dir = mkdtempSync(join(tmpdir(), 'feedconv-tags-'));
    writeFileSync(join(dir, 'dump.txt'), readFileSync('samples/aawsat-2024.txt'));
    await runMain([join(dir, 'dump.txt'), '-f', 'md', '--split', '--out-dir', join(dir, 'out'), '--tags']);
    const [file] = readdirSync(join(dir, 'out', 'dump')).sort().reverse();
    expect(matter(readFileSync(join(dir, 'out', 'dump', file as string), 'utf8')).data.tags).toEqual(first?.tags);
  });

  it('adds no tags unless asked', async () => {
    expect(JSON.parse((await runMain(['samples/aawsat-2024.txt'])).stdout).items[0].tags).toBeUndefined();
  });
});

describe('--timezone', () => {
  it('gives date-line times without an offset the zone, with its daylight saving', () => {
    expect(applyTimezone('2024-02-16T14:30:00', 'Asia/Riyadh')).toBe('2024-02-16T14:30:00+03:00');
    expect(applyTimezone('2024-01-16T09:00:00', 'Europe/London')).toBe('2024-01-16T09:00:00Z');
    expect(applyTimezone('2024-07-16T09:00:00', 'Europe/London')).toBe('2024-07-16T09:00:00+01:00');
    expect(applyTimezone('2024-07-16T09:00:00', '-05:30')).toBe('2024-07-16T09:00:00-05:30');
    // A date alone, or a time that has its offset, is left as written.
    expect(applyTimezone('2024-07-16', 'Asia/Riyadh')).toBe('2024-07-16');
    expect(applyTimezone('2024-07-16T09:00:00Z', 'Asia/Riyadh')).toBe('2024-07-16T09:00:00Z');
    expect(isTimezone('Mars/Olympus')).toBe(false);
  });

  it('applies through the CLI, and an unknown zone is a usage error', async () => {
    const out = await runMain(['-', '-f', 'ndjson', '--timezone', 'America/New_York'], { stdin: 'Title\nPublished: 16 Feb 2024 14:30\n\nBody.' });
    expect(JSON.parse(out.stdout).published).toBe('2024-02-16T14:30:00-05:00');
    expect(await runMain(['samples/wire-2025.txt', '--timezone', 'Mars/Base'])).toMatchObject({ exitCode: 2, stderr: /invalid --timezone: not a time zone/ });
  });

  it('reads an abbreviation several zones share (IST, CST, BST, AST) as the zone given, and as chrono does without one', async () => {
    const haaretz = 'Cabinet approves budget\nJonathan Lis\nNov 28, 2026 4:55 pm IST\nThe cabinet approved the budget.';
    const published = async (args: string[]): Promise<string> => JSON.parse((await runMain(['-', '-f', 'ndjson', ...args], { stdin: haaretz })).stdout).published;
    expect(await published([])).toBe('2026-11-28T16:55:00+05:30');
    expect(await published(['--timezone', 'Asia/Jerusalem'])).toBe('2026-11-28T16:55:00+02:00');
    // An abbreviation only one zone has keeps its offset whatever the zone given.
    const tokyo = 'Economy shrinks\nNovember 28, 2026 14:05 JST\nThe economy contracted.';
    expect(JSON.parse((await runMain(['-', '-f', 'ndjson', '--timezone', 'Asia/Jerusalem'], { stdin: tokyo })).stdout).published).toBe('2026-11-28T14:05:00+09:00');
  });
});

describe('--date-order', () => {
  const france24 = 'Bayrou survives vote\nIssued on: 05/02/2025 - 18:24 Modified: 05/02/2025 - 20:10\n\nThe government survived.';
  const run = async (args: string[], stdin = france24) => runMain(['-', '-f', 'ndjson', ...args], { stdin });

  it('reads a numeric date that reads either way in the order given, and without one gives no date and says which option', async () => {
    expect(JSON.parse((await run(['--date-order', 'dmy'])).stdout).published).toBe('2025-02-05T18:24:00');
    expect(JSON.parse((await run(['--date-order', 'mdy'])).stdout).published).toBe('2025-05-02T18:24:00');
    const none = await run([]);
    expect(JSON.parse(none.stdout).published).toBeUndefined();
    expect(none.stderr).toMatch(/-:2: warning: "05\/02\/2025 18:24" could be day\/month or month\/day; .*--date-order dmy or mdy/);
    // Politico's, in a zone of the United States, month first.
    const politico = 'Stopgap bill passes\nBy Jennifer Scholtes\n03/11/2025 05:12 PM EDT\nThe House passed the bill.';
    expect(JSON.parse((await run(['--date-order', 'mdy'], politico)).stdout).published).toBe('2025-03-11T17:12:00-04:00');
  });

  it('leaves a date that reads one way alone, and reads France 24\'s two dates run together on one line', async () => {
    const unambiguous = 'Title\nIssued on: 27/11/2026 - 18:42 Modified: 27/11/2026 - 19:05\n\nText.';
    expect(JSON.parse((await run(['--date-order', 'mdy'], unambiguous)).stdout).published).toBe('2026-11-27T18:42:00');
    expect(JSON.parse((await run([], unambiguous)).stdout).published).toBe('2026-11-27T18:42:00');
  });

  it('is a usage error for any other order, and a config key', async () => {
    expect(await run(['--date-order', 'ymd'])).toMatchObject({ exitCode: 2, stderr: /invalid --date-order: .*expected dmy, day first, or mdy, month first/ });
    const { Config } = await import('../src/model.js');
    expect(Config.safeParse({ dateOrder: 'dmy' }).success).toBe(true);
    expect(Config.safeParse({ dateOrder: 'ydm' }).success).toBe(false);
  });
});

describe('feed language', () => {
  it('is detected from the first articles when not given, and --language wins', async () => {
    expect(JSON.parse((await runMain(['samples/aawsat-2024.txt'])).stdout).language).toBe('en');
    expect(JSON.parse((await runMain(['samples/aawsat-2024.txt', '--language', 'en-GB'])).stdout).language).toBe('en-GB');
    const french = 'Sécheresse dans le sud\n\n' + 'Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs touchés par la sécheresse, qui dure depuis le printemps dans tout le sud du pays. '.repeat(3);
    expect(JSON.parse((await runMain(['-'], { stdin: french })).stdout).language).toBe('fr');
  });

  // The English and French openings are the same news, sentence for sentence.
  const english = 'The government announced on Tuesday a new series of measures to support farmers hit by the drought, which has lasted since spring across the south of the country. ';
  const french = 'Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs touchés par la sécheresse, qui dure depuis le printemps dans tout le sud du pays. ';
  const languageOf = async (paragraphs: string[]): Promise<unknown> =>
    JSON.parse((await runMain(['-'], { stdin: `Drought in the south\n\n${paragraphs.join('\n\n')}\n` })).stdout).language;

  it('is told from the opening text when that is clear, whatever follows', async () => {
    // Read whole, this text is mostly French: the opening thousand characters are English.
    expect(await languageOf([english.repeat(7), french.repeat(20)])).toBe('en');
  });

  it('reads on past an unclear opening', async () => {
    // The opening alternates English and French sentences; the four thousand characters from the start are clearly French.
    expect(await languageOf([(english + french).repeat(3).slice(0, 1000), french.repeat(20)])).toBe('fr');
  });

  it('is left out when there is too little text, or no clear winner', async () => {
    expect(JSON.parse((await runMain(['-'], { stdin: 'Short\n\nToo little text to tell.' })).stdout).language).toBeUndefined();
    expect(JSON.parse((await runMain(['samples/nasty.txt', '--quiet'])).stdout).language).toBeUndefined();
  });
});

describe('plainly English text (read without loading tinyld)', () => {
  // The same two sentences in each other language the word lists name, written without a letter outside ASCII,
  // so that only the words can tell them from English.
  const OTHER: Record<string, string> = {
    fr: 'Le gouvernement a presente un plan pour les agriculteurs et les familles qui vivent dans le sud du pays. Les ministres se sont reunis avec les syndicats pour discuter de la situation dans les usines.',
    de: 'Die Regierung hat am Dienstag einen neuen Plan fur die Bauern und die Familien im Suden des Landes vorgestellt. Der Minister sagte, dass die Lage in den Fabriken nicht einfach ist und auch die Gewerkschaften mit am Tisch sitzen.',
    es: 'El gobierno presento el martes un nuevo plan para los agricultores y las familias que viven en el sur del pais. Los ministros se reunieron con los sindicatos para hablar de la situacion en las fabricas.',
    it: 'Il governo ha presentato un nuovo piano per gli agricoltori e le famiglie che vivono nel sud del paese. I ministri si sono riuniti con i sindacati per discutere della situazione nelle fabbriche.',
    nl: 'De regering heeft dinsdag een nieuw plan voor de boeren en de gezinnen in het zuiden van het land gepresenteerd. De ministers hebben met de vakbonden gesproken over de situatie in de fabrieken, en dat was niet eenvoudig.',
    pt: 'O governo apresentou na terca-feira um novo plano para os agricultores e as familias que vivem no sul do pais. Os ministros reuniram-se com os sindicatos para falar da situacao nas fabricas.',
    sv: 'Regeringen presenterade pa tisdagen en ny plan for bonderna och familjerna som bor i den sodra delen av landet. Ministrarna traffade facken for att diskutera situationen i fabrikerna, och det var inte enkelt.',
    da: 'Regeringen fremlagde tirsdag en ny plan for landmaendene og familierne i den sydlige del af landet. Ministrene modtes med fagforeningerne, og det er ikke let at finde en losning.',
    fi: 'Hallitus esitteli tiistaina uuden suunnitelman maanviljelijoille ja perheille, jotka asuvat maan etelaosassa. Ministerit tapasivat ammattiliitot ja se oli vaikea kokous.',
    pl: 'Rzad przedstawil we wtorek nowy plan dla rolnikow i rodzin, ktore mieszkaja na poludniu kraju. Ministrowie spotkali sie ze zwiazkami, ale nie jest jasne, jak dlugo potrwaja rozmowy.',
    cs: 'Vlada v utery predstavila novy plan pro zemedelce a rodiny, ktere zijou na jihu zeme. Ministri se setkali s odbory a jednani jsou slozita.',
    tr: 'Hukumet sali gunu ciftciler ve ulkenin guneyinde yasayan aileler icin yeni bir plan acikladi. Bakanlar sendikalarla bir araya geldi ve bu gorusme uzun surdu.',
    id: 'Pemerintah mengumumkan rencana baru pada hari Selasa untuk para petani dan keluarga yang tinggal di selatan negara itu. Para menteri bertemu dengan serikat pekerja untuk membahas situasi di pabrik dan ini tidak mudah.',
    tl: 'Inanunsyo ng gobyerno noong Martes ang bagong plano para sa mga magsasaka at mga pamilya sa timog ng bansa. Nakipagpulong ang mga ministro sa mga unyon upang pag-usapan ang sitwasyon sa mga pabrika.',
    ro: 'Guvernul a prezentat marti un nou plan pentru agricultori si familiile care traiesc in sudul tarii. Ministrii s-au intalnit cu sindicatele, dar situatia nu este simpla pe termen scurt.',
    hu: 'A kormany kedden uj tervet mutatott be a gazdak es a csaladok szamara az orszag deli reszen. A miniszterek egy hosszu ulesen talalkoztak, de nem biztos, hogy megallapodnak.',
    la: 'Senatus populusque consilium novum agricolis et familiis in parte meridiana patriae proposuit. Ministri cum sodalitatibus convenerunt sed res non est facilis, quod tempus breve est.',
    af: "Die regering het Dinsdag 'n nuwe plan vir die boere en die gesinne in die suide van die land aangekondig. Die ministers het met die vakbonde vergader, maar dit is nie maklik om 'n oplossing te vind nie.",
    eo: 'La registaro prezentis novan planon por la farmistoj kaj la familioj en la sudo de la lando. La ministroj renkontis la sindikatojn kaj la situacio estas malfacila.',
  };
  const sentencesOf = (text: string): string[] => text.match(/[^.!?]+[.!?]+/g)?.map((s) => s.trim()) ?? [];

  /** The samples' paragraphs: real English news (not nasty's noise, nor the French, Spanish, German and Italian of european-press). */
  const englishParagraphs = async (): Promise<string[]> => {
    const paragraphs: string[] = [];
    // Note: not the samples whose text is not English: nasty.txt's mixed scripts, and the pages in European languages.
    const notEnglish = new Set(['nasty.txt', 'european-press.txt', 'europe-web.txt']);
    for (const file of readdirSync('samples').filter((name) => name.endsWith('.txt') && !notEnglish.has(name))) {
      const out = await runMain([join('samples', file), '-f', 'ndjson', '--quiet', '--language', 'en']);
      for (const line of out.stdout.split('\n').filter(Boolean)) paragraphs.push(...(JSON.parse(line) as { paragraphs: string[] }).paragraphs);
    }
    return paragraphs;
  };

  it('is read off the opening of plain English news, and the feed says English without tinyld', async () => {
    const paragraphs = await englishParagraphs();
    expect(plainlyEnglish(paragraphs.slice(0, 8).join('\n').slice(0, 1000))).toBe(true);
    expect(JSON.parse((await runMain(['samples/aawsat-2024.txt'])).stdout).language).toBe('en');
  });

  it('is not read off another language, nor off English with a letter outside ASCII or too few words', () => {
    for (const [language, text] of Object.entries(OTHER)) expect([language, plainlyEnglish(`${text} ${text}`)]).toEqual([language, false]);
    const english = 'The government announced on Tuesday a new series of measures to support farmers hit by the drought, which has lasted since spring across the south of the country. ';
    expect(plainlyEnglish(english.repeat(3))).toBe(true);
    expect(plainlyEnglish(english.repeat(3).replace('farmers', 'farmers in Malmö'))).toBe(false);
    expect(plainlyEnglish(english)).toBe(false);
    // Another language's sentence among English ones: told by its words (`niet`, `dat`), or when it has none of the
    // listed words, by having not one English word.
    expect(plainlyEnglish(`${english.repeat(3)} ${sentencesOf(OTHER.nl as string)[1]}`)).toBe(false);
    expect(plainlyEnglish(`${english.repeat(3)} ${sentencesOf(OTHER.ro as string)[0]}`)).toBe(false);
    // Words strung together with too few of the English ones among them (a headline list, the benchmark's word salad).
    const salad = 'Security strike investors on profit prime exports refugees company prime harbour agreement the workers visit ministry border schools. ';
    expect(plainlyEnglish(salad.repeat(4))).toBe(false);
  });

  it("names the other languages as tinyld does, but not English that tinyld's light model takes for another", async () => {
    const { detectAll } = (await import('tinyld/light')) as { detectAll: (text: string) => { lang: string; accuracy: number }[] };
    // tinyld's clear winner (five times the next), as detectLanguage asks of it.
    const clearWinner = (text: string): string | undefined => {
      const [first, second] = detectAll(text);
      return first !== undefined && (second === undefined || first.accuracy >= 5 * second.accuracy) ? first.lang : undefined;
    };
    // Each language's text, long enough to be read: tinyld's clear answer stands (its words bear it out); about half
    // have one (9 of 19), the rest no clear winner, with or without the check.
    let named = 0;
    for (const [language, text] of Object.entries(OTHER)) {
      const answer = await detectLanguage(`${text} ${text}`);
      expect([language, answer]).toEqual([language, clearWinner(`${text} ${text}`)]);
      if (answer === language) named++;
    }
    expect(named).toBeGreaterThanOrEqual(9);
    // English that the light model calls Dutch with a clear win (a letter outside ASCII keeps the shortcut out of it).
    const english = 'The Senate passed a stopgap spending bill in Malmö that would keep the government open through January. ';
    expect(clearWinner(english.repeat(4))).toBe('nl');
    expect(plainlyEnglish(english.repeat(4))).toBe(false);
    expect(await detectLanguage(english.repeat(4))).toBeUndefined();
  });

  it('says English only of text that is mostly English, and never where tinyld would name another language', async () => {
    const paragraphs = await englishParagraphs();
    const english = paragraphs.flatMap(sentencesOf);
    const others = Object.values(OTHER).map(sentencesOf);
    const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
    let said = 0;
    let declined = 0;
    const mixture = fc.record({
      english: fc.array(fc.constantFrom(...english), { minLength: 1, maxLength: 12 }),
      other: fc.constantFrom(...others).chain((sentences) => fc.array(fc.constantFrom(...sentences), { maxLength: 3 })),
      order: fc.array(fc.nat(), { minLength: 15, maxLength: 15 }),
    });
    await fc.assert(
      fc.asyncProperty(mixture, async ({ english: ours, other, order }) => {
        const sentences = [...ours, ...other].map((s, i) => ({ s, theirs: i >= ours.length, key: order[i % order.length] as number }));
        sentences.sort((a, b) => a.key - b.key);
        // The window feedconv reads, and the part of it in the other language.
        const text = sentences.map(({ s }) => s).join(' ').slice(0, 1000);
        let at = 0;
        let theirWords = 0;
        for (const { s, theirs } of sentences) {
          if (theirs) theirWords += words(text.slice(at, at + s.length));
          at += s.length + 1;
        }
        if (!plainlyEnglish(text)) {
          declined++;
          return;
        }
        said++;
        // Note: tinyld may rank another language first on such a mixture (it ranks Polish above three English sentences
        // and one Polish one), but it does not name one with the clear win that feedconv asks of it.
        expect([text, await detectLanguage(text)]).toSatisfy(([, language]) => language === 'en' || language === undefined);
        expect(theirWords).toBeLessThanOrEqual(0.2 * words(text));
      }),
      { numRuns: 1500, seed: 7 },
    );
    // Both ways are taken often, or the property proves nothing.
    expect(said).toBeGreaterThan(150);
    expect(declined).toBeGreaterThan(300);
    for (const paragraph of paragraphs.filter((p) => plainlyEnglish(p))) expect([paragraph, await detectLanguage(paragraph)]).not.toMatchObject([paragraph, expect.stringMatching(/^(?!en$)/)]);
  });
});
