/**
 * The import graph of the extension's own code (lib/, components/, entrypoints/), read with TypeScript's
 * own scanner and module resolution, so `import type`, re-exports, dynamic imports and the `@/` aliases
 * count exactly as the compiler sees them. No regexes: a commented-out import is not an import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export const AREAS = ['lib', 'components', 'entrypoints'] as const;
type Area = (typeof AREAS)[number];

/** Who may not import whom: `lib/` is below the UI, and entrypoints are the top (wiring only). */
const FORBIDDEN: Record<Area, readonly Area[]> = {
  lib: ['components', 'entrypoints'],
  components: ['entrypoints'],
  entrypoints: [],
};

/** Repo-relative path (forward slashes) → the repo-relative files it imports, in the three areas only. */
export type Graph = Map<string, string[]>;

export function readGraph(root: string): Graph {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!config) throw new Error('tsconfig.json could not be read');
  const host = ts.createCompilerHost(config.options);
  const cache = ts.createModuleResolutionCache(root, (f) => f, config.options);
  const graph: Graph = new Map();
  for (const file of AREAS.flatMap((area) => sourceFiles(join(root, area)))) {
    const imports = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles;
    const targets = new Set<string>();
    for (const { fileName } of imports) {
      const resolved = ts.resolveModuleName(fileName, file, config.options, host, cache).resolvedModule;
      if (!resolved || resolved.isExternalLibraryImport) continue;
      const target = repoPath(root, resolved.resolvedFileName);
      if (areaOf(target)) targets.add(target);
    }
    graph.set(repoPath(root, file), [...targets].sort());
  }
  return graph;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|cts)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const repoPath = (root: string, file: string) => relative(root, file).split(sep).join('/');

function areaOf(path: string): Area | undefined {
  return AREAS.find((area) => path.startsWith(`${area}/`));
}

/** `lib/a.ts → components/B.tsx`: one line per import that points up the layers. */
export function layerViolations(graph: Graph): string[] {
  const found: string[] = [];
  for (const [from, targets] of graph) {
    const forbidden = FORBIDDEN[areaOf(from)!];
    for (const to of targets) if (forbidden.includes(areaOf(to)!)) found.push(`${from} → ${to}`);
  }
  return found.sort();
}

export interface Circle {
  /** Stable name: the files on the circle, sorted, e.g. `circle: lib/a.ts ↔ lib/b.ts`. */
  key: string;
  /** One concrete way round it, to read: `lib/a.ts → lib/b.ts → lib/a.ts`. */
  path: string;
}

/** Every group of files that import each other round a circle (Tarjan's strongly connected components). */
export function circles(graph: Graph): Circle[] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];

  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next++);
    stack.push(node);
    onStack.add(node);
    for (const to of graph.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || (graph.get(node) ?? []).includes(node)) groups.push(group.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);

  return groups
    .map((group) => ({ key: `circle: ${group.join(' ↔ ')}`, path: walkRound(graph, group).join(' → ') }))
    .sort((a, b) => a.key.localeCompare(b.key));
}

/** The shortest way from the group's first file back to itself, staying inside the group. */
function walkRound(graph: Graph, group: string[]): string[] {
  const start = group[0]!;
  const inGroup = new Set(group);
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const to of graph.get(node) ?? []) {
      if (!inGroup.has(to)) continue;
      if (to === start) {
        const back: string[] = [];
        for (let at: string | undefined = node; at !== undefined; at = cameFrom.get(at)) back.push(at);
        return [...back.reverse(), start];
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, node);
        queue.push(to);
      }
    }
  }
  return group;
}
