// @vitest-environment node
// No import circles among lib/, components/ and entrypoints/, and nothing in lib/ imports the UI or the
// entrypoints: data flows one way (DESIGN.md), and a circle is where that quietly stops being true.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { circles, layerViolations, readGraph, type Graph } from './graph';

describe('the import graph of lib/, components/ and entrypoints/', () => {
  const graph = readGraph(join(import.meta.dirname, '..', '..'));
  const found = circles(graph);
  const layered = layerViolations(graph);

  it('reads every source file and its imports', () => {
    expect(graph.get('entrypoints/background.ts')).toContain('lib/messaging/server.ts');
    expect(graph.size).toBeGreaterThan(50);
  });

  it('has no import circle and no import up the layers', () => {
    const report = [...found.map((c) => `${c.key}\n    ${c.path}`), ...layered];
    expect(report, `import violations:\n  ${report.join('\n  ')}`).toEqual([]);
  });
});

describe('the import graph reader', () => {
  const root = mkdtempSync(join(tmpdir(), 'imports-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', jsx: 'preserve', paths: { '@/*': ['./*'] } } }));
  write('lib/a.ts', "import type { B } from './b';\nexport type A = B;\n");
  write('lib/b.ts', "export * from './a';\nexport type B = string;\n");
  write('lib/c.ts', "// import X from '../components/X';\nexport const later = () => import('@/components/X');\n");
  write('lib/d.ts', "import { z } from 'zod';\nimport { later } from './c';\nexport const d = [z, later];\n");
  write('components/X.tsx', "import { d } from '../lib/d';\nexport default d;\n");
  write('entrypoints/main.ts', "import X from '../components/X';\nexport { X };\n");
  write('components/Y.tsx', "import { X } from '../entrypoints/main';\nexport default X;\n");
  const sample: Graph = readGraph(root);

  it('counts type-only imports, re-exports, dynamic imports and path aliases, but not comments or packages', () => {
    expect(Object.fromEntries(sample)).toEqual({
      'lib/a.ts': ['lib/b.ts'],
      'lib/b.ts': ['lib/a.ts'],
      'lib/c.ts': ['components/X.tsx'],
      'lib/d.ts': ['lib/c.ts'],
      'components/X.tsx': ['lib/d.ts'],
      'components/Y.tsx': ['entrypoints/main.ts'],
      'entrypoints/main.ts': ['components/X.tsx'],
    });
  });

  it('names each circle by its files and shows one way round it', () => {
    expect(circles(sample)).toEqual([
      {
        key: 'circle: components/X.tsx ↔ lib/c.ts ↔ lib/d.ts',
        path: 'components/X.tsx → lib/d.ts → lib/c.ts → components/X.tsx',
      },
      { key: 'circle: lib/a.ts ↔ lib/b.ts', path: 'lib/a.ts → lib/b.ts → lib/a.ts' },
    ]);
  });

  it('reports lib/ importing the UI or an entrypoint, and components importing an entrypoint', () => {
    expect(layerViolations(sample)).toEqual(['components/Y.tsx → entrypoints/main.ts', 'lib/c.ts → components/X.tsx']);
  });
});
