import { finding, type PersonalDataFinding } from './types.ts';

// Separators seen in the wild: space, dash, slash, " - ", and "(0)" after the country code. Each repetition eats a digit, so
// the pattern is linear; the digit count is judged afterwards, not by the regex. The "not after a
// letter, digit or +" lookbehind sits after the first "+" or "0": at the very start it stopped V8 from
// skipping ahead to those chars and doubled the scan time.
const PHONE_RE =
  /(?:\+(?<![\d\p{L}+]\+)46[ -]?(?:\(0\)[ -]?)?|0(?<![\d\p{L}+]0)(?:046[ -]?(?:\(0\)[ -]?)?)?)\d(?:(?:[ \u00a0]?[-/][ \u00a0]?|[ \u00a0])?\d){5,11}(?![\d\p{L}])/gu;
const IDENTITY_SHAPE = /^\d{6}(?:\d{2})?[-+]\d{4}$/;
const DATE_SHAPE = /^(?:\d{4}[-/]\d{2}[-/]\d{2}|\d{2}[-/]\d{2}[-/]\d{2,4})$/;
// "at 14:00" is a time, "call me at 070-…" is not.
const CLOCK_BEFORE = /(?:kl|klockan|(?<!(?:me|us|him|her|reach|call|text)\s)at)\.?\s*$/i;
// An organisation's switchboard or customer service is not a person's number.
// (Within one sentence: "Ingen svarar i er växel. Ring mig på 070-…" gives the writer's own number.)
const ORGANISATION_BEFORE = /(?:kundtjänst(?:en)?|kundservice(?:n)?|växeln|växel|kontaktcenter|servicecenter|receptionen|supporten|customer service|switchboard)[^\p{L}.!?]{0,4}(?:\p{L}+[^\p{L}.!?]{1,3}){0,5}$/iu;
// "ring Stockholm Vatten och Avfall på 08-…", "Försäkringskassan, 0771-…": a public body or company named right
// before a landline number (a mobile number after an employer's name is still a person's).
export const ORGANISATION_NAMED = /(?:\p{L}*(?:verket|kassan|kontoret|förvaltningen|bolaget|bostäder|nämnden|myndigheten|kommun|kommunen|antagningen|mottagning|mottagningen|expeditionen|kansliet|kansli|felanmälan|felanmälningen|föreningen|vägledning|vägledningen|jour|jouren|service|servicen|bokning|bokningen|bokningar|växel|växeln)(?:\s+(?:nås|svarar|har\s+(?:nummer|numret|telefonnummer|tel\.?)|nummer|numret))?|(?:^|[^\p{L}])(?:info|information|kontakt|frågor)\s*:|(?:call|ring|nå|kontakta|reach) (?:us|oss)|stockholm vatten(?: och avfall)?|stockholms stad|stockholm exergi|vattenfall|ellevio|polisen|vårdcentralen|1177)\P{L}{0,3}(?:på|on|at|:)?\s*$/iu;
const REFERENCE_BEFORE = /(?:nummer|nr|order|ref|referens|id|ocr|dnr|faktura|#)\.?\s*:?\s*$/i;
// "heter Kevin, nummer 070-174 06 73": a mobile number after a bare "nummer" is a phone number, not a reference.
const BARE_NUMBER_WORD = /(?:^|[^\p{L}])(?:nummer|nr)\.?\s*:?\s*$/iu;
const MOBILE = /^(?:\+?46|0046|0)?[ -]?(?:\(0\)[ -]?)?7/;
// "Felanmälan av gator och belysning kan göras dygnet runt på 08-…": a service named earlier in the same
// sentence, before a landline number.
const SERVICE_IN_SENTENCE = /(?:felanmälan|felanmälningen|kundtjänst|kundservice|växeln|kontaktcenter|servicecenter|kansliet|expeditionen|receptionen|jouren)(?![\p{L}])[^.!?\n]*$/iu;
// "… sitter i receptionen, hennes privata mobil är 070-…" (from test78): a person's own number, labelled as hers, after an
// organisation's word.
const PERSONS_NUMBER_BEFORE = /(?:^|[^\p{L}])(?:hennes|hans|hens|min|mitt|privat|privata|egen|eget|egna)\s+(?:privata\s+|egna\s+)?(?:mobil|mobilnummer|mobilnr|nummer|telefonnummer|telefon|tel|nr)\s*(?:är|:)?\s*$/iu;
// "08-508 00 000 (växel)", "… till kundtjänst": the label written after the number.
const ORGANISATION_AFTER = /^\s*[,(-]?\s*(?:växel|växeln|kundtjänst|kundservice|switchboard)(?!\p{L})/iu;

// "Frågor: torghandel@example.org eller 08-465 004 31": a notice's contact line, an address and then a landline.
const hasAddressBefore = (text: string, start: number) => text.lastIndexOf('@', start) > start - 80;
const QUESTIONS_TO = /(?:^|[^\p{L}])(?:info|information|kontakt|frågor|questions)\s*:\s*\S+@\S+\s+(?:eller|or|och|and)\s*$/iu;

/** Swedish national significant number (no leading 0) → plausible length for its prefix. */
function plausibleNational(national: string): boolean {
  const first = national.charCodeAt(0) - 48;
  if (first < 1 || first > 9) return false;
  if (first === 7) return national.length === 9;
  if (first === 8) return national.length >= 6 && national.length <= 9;
  return national.length >= 7 && national.length <= 9;
}

function nationalDigits(raw: string): string {
  const digits = raw.replace(/\D+/g, '');
  if (raw.startsWith('+')) return digits.slice(2).replace(/^0/, '');
  if (digits.startsWith('0046')) return digits.slice(4).replace(/^0/, '');
  return digits.slice(1);
}

function acceptPhone(text: string, start: number, raw: string): boolean {
  if (IDENTITY_SHAPE.test(raw) || DATE_SHAPE.test(raw)) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  const mobile = MOBILE.test(raw);
  if (CLOCK_BEFORE.test(before)) return false;
  if (REFERENCE_BEFORE.test(before) && !/telefon|mobil|(?:har|mitt|min|hennes|hans|ditt|vårt|deras)\s+\p{L}*nummer/iu.test(text.slice(Math.max(0, start - 20), start)) && !(mobile && BARE_NUMBER_WORD.test(before))) return false;
  if (ORGANISATION_BEFORE.test(text.slice(Math.max(0, start - 48), start)) && !PERSONS_NUMBER_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return false;
  if (!mobile && (ORGANISATION_NAMED.test(text.slice(Math.max(0, start - 40), start)) || hasAddressBefore(text, start) && QUESTIONS_TO.test(text.slice(Math.max(0, start - 80), start)) || SERVICE_IN_SENTENCE.test(text.slice(Math.max(0, start - 120), start)))) return false;
  return plausibleNational(nationalDigits(raw));
}

export function findPhones(text: string, out: PersonalDataFinding[]): void {
  PHONE_RE.lastIndex = 0;
  for (let m = PHONE_RE.exec(text); m; m = PHONE_RE.exec(text)) {
    let raw = m[0];
    const start = m.index;
    if (ORGANISATION_AFTER.test(text.slice(start + raw.length, start + raw.length + 16))) continue;
    // Greedy digit groups may swallow a following number ("070-174 06 05 12 st"); drop trailing groups.
    while (raw.length > 0 && !acceptPhone(text, start, raw)) {
      const cut = raw.search(/[ \u00a0-][^ \u00a0-]*$/);
      if (cut <= 0) {
        raw = '';
        break;
      }
      raw = raw.slice(0, cut).replace(/[ \u00a0/-]+$/, '');
    }
    if (raw.length === 0) continue;
    out.push(finding('phone', text, start, start + raw.length));
  }
}

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_CHAR = /[\p{L}\p{N}.-]/u;
const DOMAIN_OK = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}$/u;

// An address spelled out to dodge filters: "sara punkt lind at example punkt org", "per (at) example (dot) org",
// "jonny.k(at)example.org".
const SPELLED_AT = String.raw`(?:\s+(?:at|snabel-?a)\s+|\s*[([](?:at|snabel-?a)[)\]]\s*)`;
const SPELLED_DOT = String.raw`(?:\s+(?:punkt|dot)\s+|\s*[([](?:punkt|dot)[)\]]\s*)`;
// Only the "at" spelled and a real dot in the domain ("jonny.k(at)example.org"): a common ending is required, so
// that "meet at school.Then" is not an address.
const COMMON_TLD = '(?:se|nu|org|com|net|info|eu|io|fi|no|dk|de|uk)';
const SPELLED_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:(?:${SPELLED_DOT}|[._-])[\p{L}\p{N}]+)*${SPELLED_AT}[\p{L}\p{N}-]+(?:(?:${SPELLED_DOT}|\.)[\p{L}\p{N}-]+)*(?:${SPELLED_DOT}\p{L}{2,}|\.${COMMON_TLD})(?![\p{L}\p{N}])`,
  'giu',
);
// The "at" of a spelled address as a word of its own: the only places the full pattern is tried.
const SPELLED_AT_ONLY = /(?:\s(?:at|snabel-?a)\s|[([](?:at|snabel-?a)[)\]])/giu;

/**
 * Spelled-out addresses, tried only in a window around each "at" standing alone (a regex with a
 * lookbehind at every position of a long text cost more than every other finder together).
 */
export function findSpelledEmails(text: string, out: PersonalDataFinding[]): void {
  let covered = 0;
  SPELLED_AT_ONLY.lastIndex = 0;
  for (let at = SPELLED_AT_ONLY.exec(text); at; at = SPELLED_AT_ONLY.exec(text)) {
    let from = Math.max(covered, at.index - 80);
    while (from > covered && /[\p{L}\p{N}]/u.test(text.charAt(from - 1))) from--;
    let to = Math.min(text.length, at.index + 80);
    while (to < text.length && /[\p{L}\p{N}]/u.test(text.charAt(to))) to++;
    const window = text.slice(from, to);
    SPELLED_EMAIL.lastIndex = 0;
    for (let m = SPELLED_EMAIL.exec(window); m; m = SPELLED_EMAIL.exec(window)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (start <= at.index && at.index < end) {
        out.push(finding('email', text, start, end));
        covered = end;
      }
    }
  }
}

// "mejla oss på …", "email us at …": the office's or an organisation's own address.
const US_BEFORE = /(?:(?:mejla|maila|mail|skriv till|kontakta|email|e-mail|write to|contact) (?:oss|us|\p{L}*föreningen|klubben|styrelsen|kansliet|expeditionen)\P{L}{0,3}(?:på|at|via|:)?|frågor\?\s*(?:mejla|maila|skriv till|e-post:?))\s*$/iu;

// A role's mailbox ("feriejobb@", "info@", "bokning@"), not a person's: the local part is a function word.
const ROLE_MAILBOX =
  /^(?:info|information|kontakt|kontakta|contact|hello|hej|support|service|order|orders|lager|kundtjanst|kundtjänst|kundservice|registrator|registratorn|reception|receptionen|expedition|expeditionen|kansli|kansliet|felanmalan|felanmälan|bokning|bokningar|booking|press|media|jobb|feriejobb|sommarjobb|ansokan|ansökan|fritid|fritidsgard|fritidsgården|bibliotek|biblioteket|styrelsen|styrelse|board|admin|office|post|noreply|no-reply|webmaster|tips|medlem|medlemmar|kassor|kassör|ordforande|ordförande|valnamnd|valnämnd|kommunikation|synpunkter|forskola|förskola|skola|skolan|kultur|kulturskolan|stadsdel|stadsdelen|stadsdelsforvaltning|stadsdelsförvaltning)$/iu;

// "torghandel.granbacka@", "kiosk.klubben@", "forskoleexpeditionen@": an activity or an office's desk named
// first, before the place or club, is a function's mailbox too; a person's address starts with a name.
const ROLE_FIRST =
  /^(?:kiosk|kiosken|nattvandring|nattvandrarna|torghandel|torghandeln|handel|uthyrning|lokalbokning|lokaler|evenemang|event|marknad|julmarknad|julmarknaden|loppis|cafe|kafe|kafeet|kansli|ekonomi|faktura|fakturor|medlemsservice|kontaktcenter|anmalan|anmälan|tavling|tävling|volontar|volontär|volontarer|volontärer|ungdom|ungdomar|senior|seniorer|pensionarer|pensionärer)$|(?:expeditionen|expedition|kansliet|mottagningen|receptionen|centret|center|service|tjanst|tjänst|bokningen|jobb|festival|festivalen|kollo)$/iu;

// "Anmäl intresse till sprakvan@…": a notice's sign-up box named as one word (a project, a service), not a
// person's "förnamn.efternamn@".
const SIGNUP_BEFORE = /(?:anmäl (?:intresse|dig|er)|intresseanmälan|anmälan|sign up)\s*(?:till|på|via|at|to)?:?\s*$/iu;

export const isRoleMailbox = (local: string): boolean => {
  if (ROLE_MAILBOX.test(local)) return true;
  const [first = '', ...rest] = local.split(/[._-]/u);
  // "kollo.anmalan@": a sign-up box named after the place, the function second.
  return ROLE_MAILBOX.test(first) || ROLE_FIRST.test(first) || rest.some((part) => /^(?:anmalan|anmälan|bokning|info|kansli|expedition)$/iu.test(part));
};

/** Scans outward from each "@" instead of a full-text regex, which would rescan long words for an "@". */
export function findEmails(text: string, out: PersonalDataFinding[]): void {
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let s = at;
    while (s > 0 && LOCAL_CHAR.test(text[s - 1] ?? '')) s--;
    while (s < at && text[s] === '.') s++;
    let e = at + 1;
    while (e < text.length && DOMAIN_CHAR.test(text[e] ?? '')) e++;
    while (e > at + 1 && (text[e - 1] === '.' || text[e - 1] === '-')) e--;
    if (s === at || s > 0 && (text[s - 1] === '/' || text[s - 1] === '@')) continue;
    if (!DOMAIN_OK.test(text.slice(at + 1, e))) continue;
    const before = text.slice(Math.max(0, s - 28), s);
    const local = text.slice(s, at);
    if (US_BEFORE.test(before) || isRoleMailbox(local) || (SIGNUP_BEFORE.test(before) && !/[._-]/u.test(local))) continue;
    out.push(finding('email', text, s, e));
  }
}
