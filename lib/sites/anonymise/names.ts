/**
 * Invented names for an anonymised copy, given consistently: the same display name or user name gets
 * the same invented one everywhere in the copy (links, labels, text), so who answered whom still reads.
 */

const FIRST = ['Alva', 'Bror', 'Cleo', 'Disa', 'Eskil', 'Fanny', 'Gorm', 'Hedda', 'Ivar', 'Juni', 'Kasper', 'Lova', 'Melker', 'Nova', 'Otto', 'Ronja', 'Sixten', 'Tyra', 'Uno', 'Vilda', 'Wilmer', 'Ylva'];
const LAST = ['Ersättarsson', 'Platsberg', 'Maskelund', 'Doldesson', 'Skyddsdal', 'Anonymgren', 'Utbyttare', 'Skuggström'];

const ascii = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function invented(index: number): [first: string, last: string] {
  const first = FIRST[index % FIRST.length]!;
  const round = Math.floor(index / FIRST.length);
  const last = LAST[round % LAST.length]!;
  return [first, round >= LAST.length ? `${last}${round}` : last];
}

export class NameBook {
  private readonly display = new Map<string, string>();
  private readonly users = new Map<string, string>();
  private count = 0;

  /** A user name as in a profile link (`anna.exempelsson`), compared without case. */
  user(name: string): string {
    const key = name.toLowerCase();
    let found = this.users.get(key);
    if (!found) {
      const [first, last] = invented(this.count++);
      found = `${ascii(first)}.${ascii(last)}`;
      this.users.set(key, found);
    }
    return found;
  }

  /** A name as people see it ("Anna Exempelsson", a Page's name). A known user name stays a user name. */
  person(name: string): string {
    const asUser = this.users.get(name.toLowerCase());
    if (asUser) return asUser;
    let found = this.display.get(name);
    if (!found) {
      const [first, last] = invented(this.count++);
      found = `${first} ${last}`;
      this.display.set(name, found);
    }
    return found;
  }

  /** Every known name, longest first (so "Anna Exempelsson" wins over "Anna"). */
  known(): string[] {
    return [...this.users.keys(), ...this.display.keys()].sort((a, b) => b.length - a.length);
  }

  lookup(name: string): string | undefined {
    return this.users.get(name.toLowerCase()) ?? this.display.get(name);
  }
}
