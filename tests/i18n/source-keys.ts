/**
 * What the source says about message keys, read with TypeScript's parser: every string literal (a key
 * is used if it is written out somewhere, e.g. in `t('x')` or a typed `Record<…, MessageKey>` map),
 * every `__MSG_key__` reference, and every place that makes a key out of a computed string.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export const SOURCE_AREAS = ['lib', 'components', 'entrypoints'];

export interface SourceKeys {
  /** Every string literal in the source. */
  literals: Set<string>;
  /** First arguments of `t(…)` written as literals (also through `cond ? 'a' : 'b'`), with their file. */
  translated: { key: string; where: string }[];
  /** `__MSG_key__` in the manifest config and the pages' HTML. */
  manifestRefs: { key: string; where: string }[];
  /** Keys made from strings tsc cannot check: `x as MessageKey`, or `t(…)` given a template or a concatenation. */
  computed: string[];
}

export function readSourceKeys(root: string): SourceKeys {
  const found: SourceKeys = { literals: new Set(), translated: [], manifestRefs: [], computed: [] };
  const files = SOURCE_AREAS.flatMap((area) => walk(join(root, area)));
  for (const file of [...files.filter((f) => /\.(ts|tsx)$/.test(f)), join(root, 'wxt.config.ts')]) {
    const text = readFileSync(file, 'utf8');
    const name = relative(root, file).split(sep).join('/');
    const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    visit(source, source, found);
  }
  for (const file of [...files.filter((f) => f.endsWith('.html')), join(root, 'wxt.config.ts')]) {
    const where = relative(root, file).split(sep).join('/');
    for (const match of readFileSync(file, 'utf8').matchAll(/__MSG_(\w+?)__/g)) found.manifestRefs.push({ key: match[1]!, where });
  }
  return found;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

function where(node: ts.Node, source: ts.SourceFile): string {
  return `${source.fileName}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`;
}

/** The literal strings an expression can evaluate to, or undefined when it is computed. */
function literalValues(node: ts.Expression): string[] | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return literalValues(node.expression);
  if (ts.isConditionalExpression(node)) {
    const [a, b] = [literalValues(node.whenTrue), literalValues(node.whenFalse)];
    return a && b ? [...a, ...b] : undefined;
  }
  return undefined;
}

const isStringBuilding = (node: ts.Expression): boolean =>
  ts.isTemplateExpression(node) || (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken);

function visit(node: ts.Node, source: ts.SourceFile, found: SourceKeys): void {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) found.literals.add(node.text);
  if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && node.type.getText(source) === 'MessageKey') {
    found.computed.push(`${where(node, source)}: ${node.getText(source)}`);
  }
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't' && node.arguments[0]) {
    const arg = node.arguments[0];
    for (const key of literalValues(arg) ?? []) found.translated.push({ key, where: where(arg, source) });
    if (isStringBuilding(arg)) found.computed.push(`${where(arg, source)}: t(${arg.getText(source)})`);
  }
  ts.forEachChild(node, (child) => visit(child, source, found));
}
