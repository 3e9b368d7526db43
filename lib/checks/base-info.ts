/**
 * The base information the city's policy asks every account to carry (remissvar on Stockholm's
 * social-media policy): who the sender is (the city), how personal data is handled, the conditions for
 * taking part (rules for comments: what is removed and why), and that posts and comments can become
 * public records. Read from the account's about/intro text or bio and the links it shows. Pure.
 */
export type BaseInfoPiece = 'sender' | 'personal-data' | 'participation' | 'public-record';
export const BASE_INFO_PIECES: readonly BaseInfoPiece[] = ['sender', 'personal-data', 'participation', 'public-record'];

export interface BaseInfoResult {
  found: BaseInfoPiece[];
  missing: BaseInfoPiece[];
}

// Words a piece is recognised by; each is one regex over the lower-cased text.
const TEXT: Record<BaseInfoPiece, RegExp> = {
  sender: /(?:stockholms stad|stadsdelsförvaltning|stadsdelsnämnd|stadsdelsområde|\p{L}+ kommuns?(?![\p{L}])|kommunens|stadens)/u,
  // How the account handles personal data, not a rule against posting others' ("personuppgifter om andra").
  'personal-data': /(?:behandl\p{L}*\s+(?:\p{L}+\s+){0,2}personuppgift|personuppgiftsbehandling|personuppgiftsansvar|dataskydd|gdpr|integritetspolicy|integritetsskydd|hur vi (?:hanterar|behandlar) (?:dina )?uppgifter)/u,
  participation:
    /(?:(?:regler|villkor|riktlinjer|netikett)\P{L}+(?:\p{L}+\P{L}+){0,2}(?:för\s+)?(?:kommentar|inlägg|att delta)|(?:kommentar|inlägg|innehåll)\p{L}*(?:\P{L}+\p{L}+){0,6}\P{L}+(?:tas bort|raderas|döljs|tar vi bort|tar bort|modereras)|(?:tar bort|tar vi bort|döljer|raderar|modererar)(?:\P{L}+\p{L}+){0,4}\P{L}+(?:kommentar|inlägg|innehåll|olagligt))/u,
  'public-record': /(?:allmän(?:na)? handling|offentlighetsprincip|diarieförs|kan lämnas ut)/u,
};
// A link to a page about personal data counts as that piece (the policy allows "a link or text").
const PERSONAL_DATA_LINK = /(?:personuppgift|dataskydd|gdpr|integritet|privacy)/i;

export function checkBaseInfo(text: string, links: readonly string[] = []): BaseInfoResult {
  const lower = text.toLowerCase();
  const has = (piece: BaseInfoPiece) =>
    TEXT[piece].test(lower) || (piece === 'personal-data' && links.some((link) => PERSONAL_DATA_LINK.test(safeDecode(link))));
  const found = BASE_INFO_PIECES.filter(has);
  return { found, missing: BASE_INFO_PIECES.filter((p) => !found.includes(p)) };
}

function safeDecode(link: string): string {
  try {
    return decodeURIComponent(link);
  } catch {
    return link;
  }
}
