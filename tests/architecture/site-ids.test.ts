// @vitest-environment node
// Only lib/sites/ knows the sites: no other source file names a site id, a platform id or a site's host
// in code, so adding a site is one folder there and one line in its registry.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SITES } from '../../lib/sites/registry';

const ROOT = join(import.meta.dirname, '..', '..');
const SCANNED = ['lib', 'components', 'entrypoints', 'wxt.config.ts'];
const OWNER = 'lib/sites/';

function sourceFiles(path: string): string[] {
  if (statSync(path).isFile()) return /\.tsx?$/.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => sourceFiles(join(path, name)));
}

/** Every string and template literal in a file, with its line, read by TypeScript's scanner (comments skipped). */
function literals(file: string): { text: string; line: number }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { text: string; line: number }[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      found.push({ text: node.text, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('site knowledge outside lib/sites/', () => {
  const ids = new Set<string>(SITES.flatMap((s) => [s.id, s.platform]));
  const domains = [...new Set(SITES.flatMap((s) => [...s.hosts, ...s.accountHosts]).map((h) => h.split('.').slice(-2).join('.')))];
  const files = SCANNED.flatMap((p) => sourceFiles(join(ROOT, p))).map((f) => relative(ROOT, f)).filter((f) => !f.startsWith(OWNER));

  it('scans the source', () => {
    expect(files).toContain('lib/overlay/controller.ts');
    expect(files.some((f) => f.startsWith(OWNER))).toBe(false);
  });

  it('finds no site id, platform id or site host in code', () => {
    const hits = files.flatMap((file) =>
      literals(join(ROOT, file))
        .filter(({ text }) => ids.has(text) || domains.some((d) => text.includes(d)))
        .map(({ text, line }) => `${file}:${line} ${JSON.stringify(text)}`),
    );
    expect(hits).toEqual([]);
  });
});
