/**
 * Children identifiable by school class, several ages, a baby's months or a name with an age: shapes the
 * word-routed patterns in minors.ts do not start with ("går i 4:an", "klass 2B", "mina barn 3 och 7 år",
 * "vår bebis är 8 månader", "Alva 10 år", "13-åringen"). A few global regexes, one scan each.
 */
import { finding, type PersonalDataFinding } from './types.ts';

const CLASS = String.raw`(?:[1-9]:an|[1-9][a-fA-F](?![\p{L}\d])|(?:klass|årskurs|åk)\s?[1-9][a-fA-F]?|ettan|tvåan|trean|fyran|femman|sexan|sjuan|åttan|nian|förskoleklass(?:en)?)`;
const NUMBER_WORDS = 'ett|två|tre|fyr|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton';
const CHILD = String.raw`(?:(?:bror|syster|bonus|foster|barn)?(?:son|dotter)(?:en|n)?|bonusbarn(?:et)?|fosterbarn(?:et)?|son(?:en)?|dotter|dottern|barn(?:et|barnet)?|pojke(?:n)?|flicka(?:n)?|tjej(?:en)?|kille(?:n)?|bebis(?:en)?|bäbis(?:en)?|baby(?:n)?)`;

const PATTERNS: { re: RegExp; ageGroups?: number[] }[] = [
  // "går i 4:an", "börjar i klass 2B", "Lisa i 9B", "Linnea i förskoleklassen"
  { re: new RegExp(String.raw`(?<![\p{L}])(?:(?:går|börjar|började|börja)\s+(?:i|på)|\p{Lu}\p{Ll}+\s+i)\s+${CLASS}(?![\p{L}\d])`, 'gu') },
  { re: new RegExp(String.raw`(?<![\p{L}])(?:klass|årskurs|åk)\s?[1-9][a-fA-F](?![\p{L}\d])`, 'giu') },
  // A baby's months or weeks: "vår bebis är 8 månader", "son på 18 månader", "bebis (5 mån)"
  { re: new RegExp(String.raw`(?<![\p{L}])${CHILD}\s*(?:,\s*|\(\s*|\s+(?:är|på|som är)\s+)?(\d{1,2})\s*(?:månader|månad|mån|veckor)(?![\p{L}])`, 'giu') },
  // Several ages: "mina barn 3 och 7 år", "barn, 8 och 10 år", "tvillingarna är 4 år"
  {
    re: new RegExp(String.raw`(?<![\p{L}])(?:barn(?:en)?|tvillingar(?:na)?|söner(?:na)?|döttrar(?:na)?|ungar(?:na)?|syskon(?:en)?)\s*(?:,\s*|\s+(?:är|på)\s+)?(\d{1,2})(?:\s*(?:,|och|&)\s*(\d{1,2}))*\s*år(?![\p{L}])`, 'giu'),
    ageGroups: [1, 2],
  },
  { re: new RegExp(String.raw`(?<![\p{L}])(?:min|mitt|vår|vårt|hans|hennes|deras)\s+${CHILD}\s+(\d{1,2})\s*år(?![\p{L}])`, 'giu'), ageGroups: [1] },
  // An age in brackets after a child or a name: "min dotter (9)", "Vera (4)"
  { re: new RegExp(String.raw`(?<![\p{L}])(?:${CHILD}|\p{Lu}\p{Ll}+)\s*\((\d{1,2})(?:\s*år)?\)`, 'gu'), ageGroups: [1] },
  // A name that turns an age: "Lilla Vera fyller 5 i juni"
  { re: /(?<![\p{L}])(?:lilla\s+|Lilla\s+)\p{Lu}\p{Ll}+\s+(?:fyller|blir|är)\s+(\d{1,2})(?![\d\p{L}])/gu, ageGroups: [1] },
  { re: /(?<![\p{L}])\p{Lu}\p{Ll}+\s+fyller\s+(\d{1,2})(?:\s*år)?(?![\d\p{L}])/gu, ageGroups: [1] },
  // A named child with an age: "Alva 10 år", "Vår son Leo, 3 år", "Hugo 7 år"
  { re: /(?<![\p{L}])\p{Lu}\p{Ll}+,?\s+(\d{1,2})\s*år(?![\p{L}])(?!\s+(?:sedan|sen|gammalt|gamla byggnad))/gu, ageGroups: [1] },
  // "13-åringen", "tolvåringen", "en 15-åring"
  { re: new RegExp(String.raw`(?<![\p{L}\d])(?:(\d{1,2})-|(?:${NUMBER_WORDS}))åring(?:en|ar|arna)?(?![\p{L}])`, 'giu'), ageGroups: [1] },
];

export function findMinorPhrases(text: string, out: PersonalDataFinding[]): void {
  for (const { re, ageGroups } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const ages = (ageGroups ?? []).map((g) => m?.[g]).filter((a): a is string => a !== undefined).map(Number);
      if (ages.length > 0 && ages.every((a) => a >= 18)) continue;
      // "Läraren i 5B", "Rektorn i 7C": a capitalised definite noun is a role, not a child's name.
      if (/^\p{Lu}\p{Ll}+(?:aren|eren|orn|arna|erna|et)\s+i\s/u.test(m[0])) continue;
      out.push(finding('minor', text, m.index, m.index + m[0].length));
    }
  }
}
