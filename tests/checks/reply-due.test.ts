import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../lib/checks/question';
import * as stable from '../../lib/checks/reply-due';
import { DEFAULT_REPLY, postedAtFromLabel, replyDue, type ReplyDueComment } from '../../lib/checks/reply-due';

// The stable API (DESIGN.md): replyDue reads what the text asks and the deadline itself, as the background does for the
// content script's reply check.
type Posted = ReplyDueComment;

describe('the stable API of lib/checks/reply-due.ts', () => {
  it('replyDue(comment, { now, settings }) and isQuestion(text), as tests outside the repo call them', () => {
    expect(stable.isQuestion('När öppnar simhallen efter renoveringen?')).toBe(true);
    expect(stable.isQuestion('Tack för hjälpen!')).toBe(false);
    const comment = { text: 'När öppnar simhallen efter renoveringen?', authorName: 'Robin', isReply: false, postedAt: '2026-03-13T20:00:00+01:00' };
    expect(stable.replyDue(comment, { now: new Date('2026-03-14T10:00:00+01:00'), settings: DEFAULT_REPLY })).toMatchObject({
      needed: true, dueAt: '2026-03-16T20:00:00+01:00', overdue: false,
    });
    expect(stable.replyDue({ ...comment, text: 'Tack för hjälpen!' }, { now: new Date('2026-03-14T10:00:00+01:00'), settings: DEFAULT_REPLY }).needed).toBe(false);
  });
});
import { toStockholmIso } from '../../lib/calendar/stockholm';

describe('isQuestion', () => {
  it.each([
    'När öppnar simhallen efter renoveringen?',
    'när öppnar återvinningscentralen i morgon',
    'Hur gör jag för att ansöka om bygglov',
    'Hej, kan ni skicka länken till blanketten',
    'Hej kommunen! Var kan man parkera vid stadshuset',
    'Vad kostar en plats i förskolan',
    'Varför har ingen plogat Lindvägen',
    'Vem ansvarar för gatubelysningen här',
    'Vilken dag töms soporna i Ekbacken',
    'Vilka tider gäller för biblioteket under sommaren',
    'Finns det lediga platser på fritids',
    'Går det att boka lokalen på helgen',
    'Får man grilla i parken',
    'Måste jag anmäla eldning i trädgården',
    'Ska vi lämna in blanketten själva eller skickar skolan den',
    'Är ni öppna på lördag',
    'Har ni fått min ansökan från förra veckan',
    'Jag undrar om det blir någon busslinje till nya området.',
    'Jag vill veta vem som beslutade om nedläggningen.',
    'Skulle ni kunna laga gungan på lekplatsen vid Ängen.',
    'Vänligen återkoppla om min felanmälan.',
    'Svara mig gärna i ett privat meddelande.',
    'Snälla, kan någon hjälpa mig med e-tjänsten.',
    'Väntar fortfarande på svar från förvaltningen.',
    'Någon som vet om badet har öppet i dag.',
    'Men varför tar det så lång tid',
    'Stämmer det att skolan ska stänga',
    'Is the library open on Sunday',
    'When does the recycling centre close today',
    'How do I apply for a parking permit',
    'Where can I find the school menu',
    'What time does the pool open',
    'Why was the road closed',
    'Could you please send me the form.',
    'Please fix the streetlight on Birch Road.',
    'Can you tell me who to contact.',
    'Do you offer Swedish classes for adults',
    'I wonder if the bus will run during the holidays.',
    'Is there parking near the town hall',
    'Hi, any update on my complaint.',
    'Ok men hur länge ska vi vänta',
  ])('question: %s', (text) => {
    expect(isQuestion(text)).toBe(true);
  });

  it.each([
    'Tack!',
    'Tack för svaret!',
    'Tack för att ni svarade så snabbt.',
    'Bra jobbat',
    'Bra jobbat med nya cykelbanan 👏',
    'Vad fint!',
    'Vad roligt att parken är klar.',
    'Vilken fin bild',
    'Vilket härligt initiativ!',
    'Hur härligt som helst',
    'Var rädda om varandra!',
    'När jag var liten fanns det en kiosk här.',
    'När det gäller parkeringen håller jag med.',
    'Äntligen sommar',
    'Läs mer här: https://kommun.example.se/nyheter?id=42&sida=2',
    'Bilder från invigningen www.example.se/galleri?album=7',
    '❤️❤️❤️',
    '???',
    'Grattis till alla som tog studenten i dag',
    'Det här kan ni vara stolta över.',
    'Här kan ni se bilderna från festen.',
    'Jag håller med Kim.',
    'Thanks!',
    'Great job everyone',
    'What a lovely day.',
    'How nice to see the park open again!',
    'When I was young we swam here every summer.',
    'Have a nice weekend',
    'Love this',
    '',
  ])('not a question: %s', (text) => {
    expect(isQuestion(text)).toBe(false);
  });
});

describe('postedAtFromLabel', () => {
  const now = new Date('2026-05-20T12:00:00+02:00'); // a Wednesday
  const at = (label: string) => {
    const date = postedAtFromLabel(label, now);
    return date && toStockholmIso(date);
  };

  it.each([
    ['Just now', '2026-05-20T12:00:00+02:00'],
    ['Nyss', '2026-05-20T12:00:00+02:00'],
    ['3 min', '2026-05-20T11:57:00+02:00'],
    ['5m', '2026-05-20T11:55:00+02:00'],
    ['5 tim', '2026-05-20T07:00:00+02:00'],
    ['2 h', '2026-05-20T10:00:00+02:00'],
    ['2 hrs', '2026-05-20T10:00:00+02:00'],
    ['an hour ago', '2026-05-20T11:00:00+02:00'],
    ['2 d', '2026-05-18T12:00:00+02:00'],
    ['3d', '2026-05-17T12:00:00+02:00'],
    ['2 dagar sedan', '2026-05-18T12:00:00+02:00'],
    ['för 3 dagar sedan', '2026-05-17T12:00:00+02:00'],
    ['2 days ago', '2026-05-18T12:00:00+02:00'],
    ['1 v', '2026-05-13T12:00:00+02:00'],
    ['3 v', '2026-04-29T12:00:00+02:00'],
    ['1w', '2026-05-13T12:00:00+02:00'],
    ['a week ago', '2026-05-13T12:00:00+02:00'],
    ['en vecka sedan', '2026-05-13T12:00:00+02:00'],
    ['igår', '2026-05-19T00:00:00+02:00'],
    ['i går', '2026-05-19T00:00:00+02:00'],
    ['Yesterday', '2026-05-19T00:00:00+02:00'],
    ['igår kl. 14:03', '2026-05-19T14:03:00+02:00'],
    ['Yesterday at 2:03 PM', '2026-05-19T14:03:00+02:00'],
    ['12 maj', '2026-05-12T00:00:00+02:00'],
    ['12 May', '2026-05-12T00:00:00+02:00'],
    ['May 12', '2026-05-12T00:00:00+02:00'],
    ['20 maj', '2026-05-20T00:00:00+02:00'],
    ['21 maj', '2025-05-21T00:00:00+02:00'], // tomorrow's date means last year's
    ['3 december', '2025-12-03T00:00:00+01:00'],
    ['12 maj 2025', '2025-05-12T00:00:00+02:00'],
    ['May 12, 2025', '2025-05-12T00:00:00+02:00'],
    ['12 maj kl. 09:15', '2026-05-12T09:15:00+02:00'],
    ['12 May at 09:15', '2026-05-12T09:15:00+02:00'],
    ['29 feb', '2024-02-29T00:00:00+01:00'],
    ['2026-05-02', '2026-05-02T00:00:00+02:00'],
  ])('%s → %s', (label, expected) => {
    expect(at(label)).toBe(expected);
  });

  it.each(['', 'Gilla', 'Svara', '31 feb', '12 smörgås', 'igår kl. 25:00', 'måndag'])('%s → undefined', (label) => {
    expect(postedAtFromLabel(label, now)).toBeUndefined();
  });
});

describe('replyDue', () => {
  const question = (over: Partial<Posted> = {}): Posted => ({
    text: 'När öppnar återvinningscentralen?',
    authorName: 'Robin Exempelsson',
    isReply: false,
    ...over,
  });
  const ctx = (now: string, extra: object = {}) => ({ now: new Date(now), settings: DEFAULT_REPLY, ...extra });

  it('defaults to 24 working hours', () => {
    expect(DEFAULT_REPLY).toEqual({ replyWithinWorkingHours: 24 });
  });

  it('Friday evening question is due Monday evening', () => {
    const result = replyDue(question({ postedAt: '2026-03-13T20:00:00+01:00' }), ctx('2026-03-14T10:00:00+01:00'));
    expect(result).toMatchObject({ needed: true, dueAt: '2026-03-16T20:00:00+01:00', overdue: false });
  });

  it('Saturday question is due at the end of Monday', () => {
    const result = replyDue(question({ postedAt: '2026-03-14T11:00:00+01:00' }), ctx('2026-03-16T23:00:00+01:00'));
    expect(result).toMatchObject({ needed: true, dueAt: '2026-03-17T00:00:00+01:00', overdue: false });
  });

  it('a question the day before midsommar waits until Monday', () => {
    const result = replyDue(question({ postedAt: '2026-06-18T16:00:00+02:00' }), ctx('2026-06-20T10:00:00+02:00'));
    expect(result).toMatchObject({ needed: true, dueAt: '2026-06-22T16:00:00+02:00', overdue: false });
  });

  it('is overdue one second after the deadline, not at it', () => {
    const comment = question({ postedAt: '2026-03-10T09:00:00+01:00' });
    expect(replyDue(comment, ctx('2026-03-11T09:00:00+01:00')).overdue).toBe(false);
    expect(replyDue(comment, ctx('2026-03-11T09:00:01+01:00'))).toMatchObject({ needed: true, overdue: true });
  });

  it('uses the configured working hours', () => {
    const result = replyDue(question({ postedAt: '2026-03-10T09:00:00+01:00' }), {
      now: new Date('2026-03-10T12:00:00+01:00'),
      settings: { replyWithinWorkingHours: 2 },
    });
    expect(result).toMatchObject({ dueAt: '2026-03-10T11:00:00+01:00', overdue: true });
  });

  it('reads the time from the label when there is no postedAt', () => {
    const result = replyDue(question({ postedLabel: '2 d' }), ctx('2026-03-12T10:00:00+01:00'));
    expect(result).toMatchObject({ needed: true, dueAt: '2026-03-11T10:00:00+01:00', overdue: true });
  });

  it('prefers postedAt over the label', () => {
    const result = replyDue(question({ postedAt: '2026-03-12T09:00:00+01:00', postedLabel: '3 v' }), ctx('2026-03-12T10:00:00+01:00'));
    expect(result.dueAt).toBe('2026-03-13T09:00:00+01:00');
  });

  it('is needed without a deadline when the time is unknown', () => {
    expect(replyDue(question({ postedLabel: 'Gilla' }), ctx('2026-03-12T10:00:00+01:00'))).toEqual({
      needed: true, overdue: false, reason: 'question-time-unknown',
    });
    expect(replyDue(question(), ctx('2026-03-12T10:00:00+01:00')).dueAt).toBeUndefined();
  });

  it('is not needed once answered', () => {
    const result = replyDue(question({ postedAt: '2026-03-01T09:00:00+01:00' }), ctx('2026-03-12T10:00:00+01:00', { answered: true }));
    expect(result).toEqual({ needed: false, overdue: false, reason: 'answered' });
  });

  it("is not needed for the office's own comment, whatever the case or spacing", () => {
    const result = replyDue(question({ authorName: 'Exempelby kommun ', postedAt: '2026-03-01T09:00:00+01:00' }),
      ctx('2026-03-12T10:00:00+01:00', { officeNames: ['exempelby kommun'] }));
    expect(result).toEqual({ needed: false, overdue: false, reason: 'office-author' });
  });

  it('is not needed for thanks and praise', () => {
    const result = replyDue(question({ text: 'Tack för hjälpen!', postedAt: '2026-03-01T09:00:00+01:00' }), ctx('2026-03-12T10:00:00+01:00'));
    expect(result).toEqual({ needed: false, overdue: false, reason: 'not-a-question' });
  });
});

describe('requests without "?" and residents talking to each other (issue 13)', () => {
  it.each([
    'Snälla töm kärlen på Bondegatan, det luktar fruktansvärt',
    'Skicka beslutet till mig igen',
    'Ring mig så pratar vi om staketet',
    'Kontakta oss snarast om bygglovet',
    'Om ni inte svarar innan fredag går jag till tidningen',
    'Jag kommer anmäla er till JO om ingen svarar på mitt mejl den här veckan',
    'Ni kommer att höra från min advokat om inte bygglovet är klart före jul',
    'Jag sökte bostadsanpassning i februari men har inte hört nåt.',
    'Bokningsnummer 4471, vi vill avboka lokalen.',
    'Dnr 2026-1187. Begär ut hela akten.',
    'bokningsnummer 4471, vill avboka simhallen på lördag',
    'Fakturan för förskoleavgiften är fel, vi har redan betalat oktober',
    'Hemtjänsten kom inte i morse. Ni når mig på 070-174 06 29.',
    'Jag är med i facket och vill ha svar på varför vi inte bjöds in',
    'My wife is pregnant and we need to know if the clinic is still open',
    'I will report this to the Ombudsman if nobody answers my complaint by Friday.',
    'anmälde min dotter till sommarkollo. gick anmälan igenom',
    'Nu fick vi erbjudande i Älvsjö, tappar vi köplatsen om vi tackar nej',
    'Hon har fortfarande ingen plats. Någon måste höra av sig, jag orkar inte mer',
    'Anmälan till seniorernas julbord: Gunnel Eriksson, plus en gäst',
    'Adressändring för hemtjänsten: ny adress Ekbacksvägen 15. Ändra i era register, tack.',
    'Jag vill vara med i en referensgrupp. Nås på 070-174 06 66',
    'Jag begär ett skriftligt svar om vilka rutiner ni har.',
    'Återbetala mellanskillnaden till mitt konto.',
    'Publicera hela beslutsunderlaget, annars tror jag inte på er',
    'Någon kommer att skada sig om ni inte sätter upp skyltar',
    'Ni får gärna vara lite mer generösa med sanden 😅',
    'Kom och hämta, det står vid soprummet!',
    'Väntar fortfarande på ersättningen för cykeln. Mitt konto: 8327-9, 914 552 870-3.',
    'Ni drog dubbelt. Betala tillbaka till mitt konto.',
    'Jag anmäler er till JO om jag inte får svar innan fredag',
    'Det vore bra att få veta om stationen ska flyttas',
    'Be handläggaren ringa upp mig',
    'Ni kan nå mig på 070-174 06 88 efter fyra',
    'Min e-post är kent@example.org, hör gärna av er när det finns plats',
    'ring när ni har tid',
    'Mejla protokollet till mig, tack.',
    'Om inte bygglovet är klart före jul anmäler jag er till JO',
    'skräpet har legat kvar en vecka 🤮 skicka nån som hämtar!!',
    'Skulle uppskatta om nån hörde av sig om lovaktiviteterna',
    'Nej, inget samtal än. Ring 070-174 06 77',
    'Papperskorgen är sönder, kan nån byta ut den',
    'Fixa det innan någon halkar!',
    'asså e isbanan öppen idag eller ❓',
    'snälla gör nåt åt bullret, vi har en bebis',
    'Någon har lagt upp en bild på mig här, snälla radera den.',
    'Ring tillbaka, jag har väntat två dagar',
    'Ta bort cyklarna som stått övergivna i ett år!',
    'Informera gärna om varför vattnet var avstängt',
    'Har simhallen öppet på juldagen',
    'Spolar ni isbanan i helgen',
    'Jag vill ha ett skriftligt svar på mitt klagomål',
    'Vore snällt om någon kunde titta på lyktstolpen',
    'Ni måste ringa tillbaka, jag har väntat i en vecka',
  ])('%s → asks the office', (text) => {
    expect(isQuestion(text)).toBe(true);
  });

  it.each([
    'Sen undrar folk varför ingen vill bo här',
    'Säljer barnvagn i bra skick, 500 kr. Ring 0701740648.',
    'Till er som frågat om loppisen: swisha inte, sätt in på mitt konto så blir det rätt.',
    'radera hur mycket ni vill, jag står fast vid varje ord',
    'Kom igen nu, vilken match!',
    'Har någon sett en vit katt med svart svans? Hon heter Molly.',
    'Om nån hittat en plånbok vid Hötorget, hör av er 🙏',
    'Jag dör av skratt, vem har ställt en skylt mitt i cykelbanan 😂',
    'Och så undrar ni varför kidsen hänger i tunnelbanan',
    'Kan den som hittade en blå mössa vid Kyrksjön höra av sig?',
    'Höll på att skratta ihjäl mig, vem satte tomtemössa på statyn 😂',
    'Jag höll på att dö när jag läste ert svar. Vilket skämt.',
    'Om jag kunde skulle jag skjuta upp skulpturen till månen.',
    'Stänger 17 på fredagar, vem hinner dit då',
    'Min sambo blev nekad lokalen för att han är svart, hävdar vi.',
    'Vi i pensionärsföreningen bjuder in till höstfest, anmälan till kansliet.',
    'Kontaktperson för föreningen, nås på 08-465 004 21',
    'Fredlig manifestation utanför Tornet på lördag kl 14! Ta med plakat och grannar',
    'Alla som känner någon på förvaltningen: ta reda på vem som beslutade.',
    'Som mamma i Rågsved tycker jag att beslutet är fel.',
    'Vem bryr sig ens längre',
    'Se så fint det blev!',
    'Tack för en fin nationaldag',
    'Ni borde skämmas',
    'Ring skadedjursfirman om ni ser fler råttor',
    'Fick äntligen tid hos syv, jättebra hjälp',
    'Ta vänster vid kiosken och håll er på trottoaren',
    'Hur svårt kan det vara att skotta en trappa? Seriöst.',
    'Sen undrar ni varför ingen sorterar',
    'Har ni ens varit där själva?',
    'Vilken tur att vi har biblioteket kvar',
    'Vilken sjuk bild haha',
    'Vad håller ni på med egentligen?? Tror ni att folk är dumma?',
    'Does the mayor even know where Farsta is?',
    'Vilken skandal att biblioteket stänger',
    'Jag anmäler er till JO, så är det bara.',
    'Lägg pengarna på fritidsledare i stället',
    'De skär ner och sen undrar de varför ungdomarna hänger i tunnelbanan.',
    'Vem fan ritar de här cykelbanorna?',
    'Centerpartiet samlar namn mot höghusen. Skriv på!',
    'Kontakta Lisa på föreningen, hon har nycklarna',
    'Skriv under namninsamlingen för fritidsgården!',
  ])('%s → asks nobody', (text) => {
    expect(isQuestion(text)).toBe(false);
  });

  const now = new Date('2026-03-10T10:00:00+01:00');
  const at = (text: string, isReply: boolean, parentByOffice?: boolean) =>
    replyDue({ text, isReply, authorName: 'Invånare', postedAt: '2026-03-10T09:00:00+01:00' }, { now, settings: DEFAULT_REPLY, parentByOffice });

  it('a question to another resident (@mention, a name, or a reply under a resident) needs no reply from the office', () => {
    expect(at('@Maria Holm har du provat att ringa växeln?', false).needed).toBe(false);
    expect(at('Jonas Berg kan du skicka numret till snickaren?', false).needed).toBe(false);
    expect(at('Vilken lekplats menar du?', true, false).needed).toBe(false);
    expect(at('Vilken lekplats menar du?', true, undefined).needed).toBe(true);
  });

  it('a reply under the office, or one that turns to the office, still needs one', () => {
    expect(at('Tack, men när exakt kommer besiktningen?', true, true).needed).toBe(true);
    expect(at('Vet kommunen när plaskdammen öppnar?', true, false).needed).toBe(true);
  });
});

describe('a handle naming the office is not a resident', () => {
  it('answers "@norrmalmsstadsdel när …" as a question to the office, "@Lisa när …" as one to a resident', () => {
    expect(replyDue({ text: '@norrmalmsstadsdel när kommer granen upp?', isReply: false, authorName: 'A' }, { now: new Date(), settings: DEFAULT_REPLY }).reason).not.toBe('between-residents');
    expect(replyDue({ text: '@Lisa när kommer du hem?', isReply: false, authorName: 'A' }, { now: new Date(), settings: DEFAULT_REPLY }).reason).toBe('between-residents');
  });
});
