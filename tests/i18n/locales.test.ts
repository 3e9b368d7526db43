// @vitest-environment node
// Swedish and English say the same things: same keys, same placeholders, every key in use, every key used
// existing. Keys are written out in the source (or in typed maps), never built from strings tsc cannot check.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSourceKeys } from './source-keys';

interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

const root = join(import.meta.dirname, '..', '..');
const load = (locale: string): Record<string, Message> =>
  JSON.parse(readFileSync(join(root, 'public', '_locales', locale, 'messages.json'), 'utf8'));
const locales = { sv: load('sv'), en: load('en') };
const keys = Object.keys(locales.sv);
const source = readSourceKeys(root);

/** A message's placeholders as the browser substitutes them: name → content, plus the names its text uses. */
function placeholders(m: Message) {
  const declared = Object.fromEntries(Object.entries(m.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const used = [...m.message.matchAll(/\$(\w+)\$/g)].map((x) => x[1]!.toLowerCase());
  return { declared, used: [...new Set(used)].sort() };
}

describe('locales', () => {
  it('has the same keys in sv and en', () => {
    expect(Object.keys(locales.en).sort()).toEqual([...keys].sort());
    expect(keys.length).toBeGreaterThan(100);
  });

  it('names every key as Chrome accepts (letters, digits, _ and @): one other character and the extension does not load', () => {
    expect(keys.filter((k) => !/^[A-Za-z0-9_@]+$/.test(k))).toEqual([]);
  });

  it('gives each key the same placeholders in sv and en, every declared placeholder used in the text', () => {
    const mismatched = keys.filter((key) => {
      const [sv, en] = [placeholders(locales.sv[key]!), placeholders(locales.en[key] ?? { message: '' })];
      const consistent = (p: typeof sv) => p.used.join() === Object.keys(p.declared).sort().join();
      return JSON.stringify(sv.declared) !== JSON.stringify(en.declared) || !consistent(sv) || !consistent(en);
    });
    expect(mismatched).toEqual([]);
    expect(keys.filter((key) => locales.sv[key]!.placeholders).length).toBeGreaterThan(10);
  });

  it('uses every key somewhere in the source', () => {
    const written = new Set([...source.literals, ...source.manifestRefs.map((r) => r.key)]);
    expect(keys.filter((key) => !written.has(key))).toEqual([]);
  });

  it('has every key the source translates or the manifest references', () => {
    const missing = [...source.translated, ...source.manifestRefs].filter(({ key }) => !(key in locales.sv));
    expect(missing).toEqual([]);
    expect(source.translated.length).toBeGreaterThan(50);
    expect(source.manifestRefs.map((r) => r.key)).toContain('extName');
  });

  it('builds no key from a string tsc cannot check', () => {
    expect(source.computed).toEqual([]);
  });
});

describe('the source key reader', () => {
  const root = mkdtempSync(join(tmpdir(), 'keys-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  for (const area of ['lib', 'components', 'entrypoints/popup']) mkdirSync(join(root, area), { recursive: true });
  writeFileSync(join(root, 'wxt.config.ts'), "export default { name: '__MSG_extName__' };\n");
  writeFileSync(join(root, 'entrypoints/popup/index.html'), '<title>__MSG_popupTitle__</title>\n');
  writeFileSync(
    join(root, 'components/A.tsx'),
    [
      "const KEYS: Record<'a' | 'b', MessageKey> = { a: 'mapped_a', b: 'mapped_b' };",
      "export const a = () => t(busy ? 'keyBusy' : 'keyIdle') + t(KEYS.a);",
      'export const b = (k: string) => t(`kind_${k}` as MessageKey) + t(`x_${k}`) + t(\'pre_\' + k);',
    ].join('\n'),
  );
  writeFileSync(join(root, 'lib/b.ts'), '// t(\'inComment\')\nexport const x = 1;\n');
  const read = readSourceKeys(root);

  it('finds written keys, manifest references and every computed key', () => {
    expect(read.translated.map((r) => r.key)).toEqual(['keyBusy', 'keyIdle']);
    expect([...read.literals]).toEqual(expect.arrayContaining(['mapped_a', 'mapped_b', 'keyBusy', 'keyIdle']));
    expect(read.literals.has('inComment')).toBe(false);
    expect(read.manifestRefs).toEqual([
      { key: 'popupTitle', where: 'entrypoints/popup/index.html' },
      { key: 'extName', where: 'wxt.config.ts' },
    ]);
    expect(read.computed).toEqual([
      'components/A.tsx:3: `kind_${k}` as MessageKey',
      'components/A.tsx:3: t(`x_${k}`)',
      "components/A.tsx:3: t('pre_' + k)",
    ]);
  });
});
