import { describe, expect, it } from 'vitest';
import { findPoliticalContent } from '../../lib/checks/political';
import { readLabelled, scoreBinary } from './binary-score';

// [text, a term that must be reported]
const POLITICAL: [string, string][] = [
  ['Socialdemokraterna har svikit oss', 'Socialdemokraterna'],
  ['socialdemokratiska kommunalråd är likadana', 'socialdemokratiska'],
  ['Typiskt sossarna', 'sossarna'],
  ['mp-arna vill förbjuda varenda bil', 'mp-arna'],
  ['sd:arnas förslag igen', 'sd:arnas'],
  ['Skolpolitiken i den här staden är ett skämt', 'Skolpolitiken'],
  ['Alliansen klarade inte av att styra', 'Alliansen'],
  ['Skriv under uppropet för biblioteket', 'uppropet'],
  ['Kom på demonstrationen mot nedskärningarna i hemtjänsten', 'demonstrationen mot'],
  ['Mp är skyldiga till köerna', 'Mp'],
  ['Kd vill satsa på äldrevården', 'Kd'],
  ['En sosse sa så på mötet', 'sosse'],
  ['Moderaterna sänker skatten igen', 'Moderaterna'],
  ['moderaternas förslag om hemtjänsten', 'moderaternas'],
  ['Moderatledda kommuner gör så', 'Moderatledda'],
  ['Sverigedemokraterna vill stänga fritidsgården', 'Sverigedemokraterna'],
  ['en sverigedemokrat i nämnden', 'sverigedemokrat'],
  ['Vänsterpartiet reserverade sig', 'Vänsterpartiet'],
  ['Centerpartiets landsbygdspolitik', 'Centerpartiets'],
  ['Liberalerna har bytt fot', 'Liberalerna'],
  ['Kristdemokraterna vill ha fler äldreboenden', 'Kristdemokraterna'],
  ['Miljöpartiet och cykelbanorna', 'Miljöpartiet'],
  ['Ung Vänster delade ut flygblad', 'Ung Vänster'],
  ['Grön Ungdom demonstrerade', 'Grön Ungdom'],
  ['SSU var på torget', 'SSU'],
  ['MUF och CUF debatterade', 'MUF'],
  ['KDU hade bokbord', 'KDU'],
  ['Borgarrådet svarar inte', 'Borgarrådet'],
  ['Fråga kommunalrådet', 'kommunalrådet'],
  ['oppositionsrådet har rätt', 'oppositionsrådet'],
  ['Nämndordföranden måste avgå', 'Nämndordföranden'],
  ['kommunstyrelsens ordförande bör svara', 'kommunstyrelsens ordförande'],
  ['Mejla din riksdagsledamot', 'riksdagsledamot'],
  ['Statsministern kom på besök', 'Statsministern'],
  ['Ministern har inte läst på', 'Ministern'],
  ['Lokalpolitikerna vet inget', 'Lokalpolitikerna'],
  ['Ta upp det i kommunfullmäktige', 'kommunfullmäktige'],
  ['Var ligger vallokalen?', 'vallokalen'],
  ['Jag ska rösta i söndags', 'rösta'],
  ['Inför valet måste ni vara neutrala', 'valet'],
  ['Det är val i september', 'val'],
  ['Förtidsröstningen börjar på onsdag', 'Förtidsröstningen'],
  ['Min valsedel saknades', 'valsedel'],
  ['Valrörelsen är igång', 'Valrörelsen'],
  ['S och M är likadana', 'S och M'],
  ['SD, KD och M styr nu', 'SD, KD och M'],
  ['M-styret har sålt skolan', 'M-styret'],
  ['den S-ledda majoriteten', 'S-ledda'],
  ['KD:s gruppledare sa nej', 'KD:s'],
  ['En MP-politiker lovade cykelbana', 'MP-politiker'],
  ['Förslaget kom från (SD)', '(SD)'],
  ['S-märkt politik från början', 'S-märkt'],
  ['Jag röstade på V förra gången', 'V'],
  ['M vill sälja allmännyttan', 'M'],
  ['SD är största parti här nu', 'SD'],
  ['Who will win the election?', 'election'],
  ['Politicians never listen', 'Politicians'],
  ['Go vote on Sunday', 'vote'],
  ['borgarna har aldrig brytt sig om söderort', 'borgarna'],
  ['Finansministern borde ta tunnelbanan till Hagsätra', 'Finansministern'],
];

const NOT_POLITICAL: string[] = [
  'Bytte till mp-arkivet på datorn i går',
  'rösta på vår tomte i julfönstertävlingen!!',

  'Vi röstade i Melodifestivalen hela familjen igår',
  'Rösta på Skarpnäcksskolans pepparkakshus i tävlingen!',

  'Jag röstade på bild nummer två i fototävlingen',
  'Barnen röstade om vilken film de skulle se',
  'När öppnar simhallen?',
  'Mitt Sd-kort är fullt',
  'Vi har köpt en valp',
  'Valpkursen börjar i maj',
  'Valet av färg på bänkarna var fint',
  'Det var ett bra val av entreprenör',
  'Det är ditt val',
  'Jag har valt en ny skola',
  'Jag valde att cykla',
  'Vi såg en val i hamnen',
  'Finns tröjan i storlek S och M?',
  'Finns i S, M och L',
  'Ta vitamin C',
  'C-vitamin hjälper',
  'Min C-uppsats handlar om parken',
  'Stängt v 32',
  'Vecka 32, v. 33 och v 34',
  'Är laddaren S-märkt?',
  'Kolla S-märkningen på lampan',
  'Köp en L-storlek',
  'Det blir en moderat höjning av taxan',
  'Moderatorn tog bort min kommentar',
  'Moderatorerna är snabba',
  'Kameran har 12 MP',
  'Jag satte i ett SD-kort',
  'SD kort finns i butiken',
  'i morgon är det fredag',
  'Han bor i Norrby och jobbar i S:t Eriksgatan',
  'Rösta på din favorit i fototävlingen',
  'Rösta gärna på Vårbergstoppen i tävlingen om Årets utsiktsplats',
  'Styrelsen i vår bostadsrättsförening röstade ja till laddstolpar på stämman',
  'Kören vann Mello-omröstningen på fritidsgården, röstade typ 40 ggr',
  'Rösta fram årets julskyltning',
  'Tack för en fin nationaldag',
  'Gatlyktorna är släckta',
  'Jag fick en röst i kören',
  'Rösten i högtalaren var otydlig',
  'Ett parti varor levererades i går',
  'Hur söker man bygglov?',
  'Vi firar midsommar i parken',
  'Hon har ett bra omdöme',
  '© (C) 2024 Kommunen',
  'Vitamin C:s effekt på förkylning',
  'Kapitel V i historieboken',
  'I like the new park',
  'Vote for your favourite Christmas tree',
  'The swimming pool is closed',
];

describe('findPoliticalContent', () => {
  it.each(POLITICAL)('%s → political (%s)', (text, term) => {
    const result = findPoliticalContent(text);
    expect(result.political).toBe(true);
    expect(result.terms).toContain(term);
  });

  it.each(NOT_POLITICAL)('%s → not political', (text) => {
    expect(findPoliticalContent(text)).toEqual({ political: false, terms: [] });
  });

  it('reports terms in order of appearance, deduplicated case-insensitively', () => {
    const text = 'Valet! Moderaterna och politikerna, moderaterna igen, sedan valet och (SD).';
    expect(findPoliticalContent(text).terms).toEqual(['Valet', 'Moderaterna', 'politikerna', '(SD)']);
  });

  it('prefers the longest term at a position', () => {
    expect(findPoliticalContent('kommunstyrelsens ordförande').terms).toEqual(['kommunstyrelsens ordförande']);
  });

  it('matches decomposed å/ä/ö like composed ones', () => {
    expect(findPoliticalContent('Va\u0308nsterpartiet').political).toBe(true);
  });
});

describe('findPoliticalContent with extra word lists', () => {
  it('adds user terms as whole words with Swedish inflections', () => {
    const extra = { add: ['Bygdepartiet', 'Lokallistan'] };
    expect(findPoliticalContent('Lokallistans företrädare', extra).terms).toEqual(['Lokallistans']);
    expect(findPoliticalContent('Lokallistanrörelse', extra).political).toBe(false);
  });

  it('treats regex metacharacters in user terms literally', () => {
    const extra = { add: ['C++', '(test)', 'a.b', '[x]', '*'] };
    expect(findPoliticalContent('Jag gillar C++ mycket', extra).terms).toEqual(['C++']);
    expect(findPoliticalContent('Ca+ och C', extra).political).toBe(false);
    expect(findPoliticalContent('se (test) här', extra).terms).toEqual(['(test)']);
    expect(findPoliticalContent('axb', extra).political).toBe(false);
    expect(findPoliticalContent('a.b', extra).terms).toEqual(['a.b']);
    expect(() => findPoliticalContent('vad som helst', { add: ['(', '\\', '[a-'] })).not.toThrow();
  });

  it('removes built-in terms by word or by pattern stem', () => {
    expect(findPoliticalContent('Inför valet', { remove: ['valet'] }).political).toBe(false);
    expect(findPoliticalContent('Politikerna lyssnar inte', { remove: ['politiker'] }).political).toBe(false);
    expect(findPoliticalContent('Förslag från (SD)', { remove: ['SD'] }).political).toBe(false);
    expect(findPoliticalContent('Inför valet och politikerna', { remove: ['valet'] }).terms).toEqual(['politikerna']);
  });

  it('never removes the user\'s own added terms', () => {
    expect(findPoliticalContent('Bygdepartiet', { add: ['Bygdepartiet'], remove: ['partiet'] }).political).toBe(true);
  });

  it('uses the same compiled list for the same settings object', () => {
    const extra = { add: ['Lokallistan'] };
    for (let i = 0; i < 3; i++) expect(findPoliticalContent('Lokallistan', extra).political).toBe(true);
  });
});

describe('political labelled set', () => {
  const items = readLabelled('political');

  it('has at least 60 invented items', () => {
    expect(items.length).toBeGreaterThanOrEqual(60);
  });

  it('reaches precision ≥ 0.9 and recall ≥ 0.9', () => {
    const score = scoreBinary(items, (text) => findPoliticalContent(text).political);
    const why = `false positives ${score.falsePositives.join(', ')}; false negatives ${score.falseNegatives.join(', ')}`;
    expect(score.precision, why).toBeGreaterThanOrEqual(0.9);
    expect(score.recall, why).toBeGreaterThanOrEqual(0.9);
  });
});

describe("the office's politicians' names", () => {
  it('are found written as a handle too', async () => {
    const { withPoliticians } = await import('../../lib/checks/political');
    const lists = withPoliticians(undefined, ['Marika Sjövind']);
    expect(findPoliticalContent('@marikasjovind kom hit och se', lists).political).toBe(true);
    expect(findPoliticalContent('Tack marika.sjovind för svaret', lists).political).toBe(true);
    expect(findPoliticalContent('Marika Sjövind lovade mer', lists).political).toBe(true);
    expect(findPoliticalContent('Marika kom hit', lists).political).toBe(false);
  });
  it('are found by the surname alone, unless it is one of the commonest', async () => {
    const { withPoliticians } = await import('../../lib/checks/political');
    const lists = withPoliticians(undefined, ['Jonas Tallqvist', 'Anna Andersson']);
    expect(findPoliticalContent('Skamligt att Tallqvist och hans gäng drog ner', lists).political).toBe(true);
    expect(findPoliticalContent('Andersson i trappan klagar på bullret', lists).political).toBe(false);
  });
});
