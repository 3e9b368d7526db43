/** The legal grounds of BBS-lagen 5 §: data the overlay's removal control and the unlawful check share. */
import type { LawGroundId } from '../model';

/** The ids are the record schema's (`lawGround`), so a flagged ground can be recorded as it is. */
export type LawGround = LawGroundId;

/** The crimes listed in BBS-lagen 5 §, in statute order (BrB chapter order, then special laws); labels for the UI and records. */
export const LAW_GROUNDS: readonly { id: LawGround; sv: string; en: string; statute: string }[] = [
  { id: 'olaga-hot', sv: 'Olaga hot', en: 'Unlawful threat', statute: 'BrB 4 kap. 5 §' },
  { id: 'olaga-integritetsintrang', sv: 'Olaga integritetsintrång', en: 'Unlawful breach of privacy', statute: 'BrB 4 kap. 6 c §' },
  { id: 'uppvigling', sv: 'Uppvigling', en: 'Inciting rebellion', statute: 'BrB 16 kap. 5 §' },
  { id: 'hets-mot-folkgrupp', sv: 'Hets mot folkgrupp', en: 'Agitation against a population group', statute: 'BrB 16 kap. 8 §' },
  { id: 'barnpornografibrott', sv: 'Barnpornografibrott', en: 'Child pornography offence', statute: 'BrB 16 kap. 10 a §' },
  { id: 'olaga-valdsskildring', sv: 'Olaga våldsskildring', en: 'Unlawful depiction of violence', statute: 'BrB 16 kap. 10 c §' },
  {
    id: 'terrorism-uppmaning',
    sv: 'Offentlig uppmaning till terrorism eller särskilt allvarlig brottslighet',
    en: 'Public provocation to commit terrorism or particularly serious crime',
    // Terroristbrottslagen (2022:666) replaced lag (2010:299) on 1 July 2022. Its sections run 4 §
    // terroristbrott, 5 § samröre, 6 § finansiering, 7 § offentlig uppmaning, 8 § rekrytering; 4 a §
    // (deltagande) was added 2023 without renumbering. "5 §" in older notes is samröre, not uppmaning.
    // Checked against the bill's structure and a secondary source, not the consolidated SFS text:
    // confirm against BBS-lagen 5 § as amended by SFS 2022:667 before quoting it in a decision.
    statute: 'terroristbrottslagen (2022:666) 7 §',
  },
  {
    id: 'upphovsratt',
    sv: 'Intrång i upphovsrätt eller närstående rättighet',
    en: 'Copyright or related-rights infringement',
    statute: 'upphovsrättslagen (1960:729) 53 §',
  },
];

/**
 * In statute order, as BBS-lagen lists them (the removal control's choices). Here, not beside the grounds' labels
 * (labels.ts): the content script's badges name a ground and need none of the table above.
 */
export const LAW_GROUND_ORDER: readonly LawGround[] = LAW_GROUNDS.map((g) => g.id);
