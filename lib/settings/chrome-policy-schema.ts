/**
 * public/managed_schema.json, generated from ManagedSchema (npm run gen:managed-schema; a unit test
 * fails when the committed file differs). Chrome reads policy schemas with its own subset of JSON
 * Schema (components/policy/core/common/schema.cc): per type only the attributes below; `number`
 * takes no range; `additionalProperties` must be a schema; patterns are RE2. Constraints Chrome cannot
 * express are left out (the extension still enforces them with zod on every read); anything else
 * Chrome could not load fails the generation instead of shipping.
 */
import { z } from 'zod';
import { MANAGED_FIELD_TEXT, ManagedSchema } from './schema';

type Json = Record<string, unknown>;

const COMMON = ['title', 'description', 'id', 'sensitiveValue'];
const BY_TYPE: Record<string, string[]> = {
  array: ['items'],
  boolean: [],
  integer: ['enum', 'minimum', 'maximum'],
  number: [],
  object: ['properties', 'required', 'additionalProperties', 'patternProperties'],
  string: ['enum', 'pattern'],
};
/** Checked by zod in the extension, unknown to Chrome's policy schema (or `false`, which it refuses): left out. */
const ZOD_ONLY = new Set(['$schema', 'format', 'minLength', 'maxLength', 'minItems', 'maxItems', 'uniqueItems', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'default', 'additionalProperties']);
const INT32 = 2 ** 31 - 1;
// Lookaround and backreferences are JavaScript regex syntax RE2 rejects.
const NOT_RE2 = /\(\?<?[=!]|\\[1-9]|\\k</;

function convert(node: Json, path: string): Json {
  const fail = (why: string): never => {
    throw new Error(`managed schema at ${path || '(top)'}: ${why}`);
  };
  const type = node.type;
  if (typeof type !== 'string' || !BY_TYPE[type]) return fail(`Chrome needs one type (${Object.keys(BY_TYPE).join(', ')}), not ${JSON.stringify(node)}`);
  const allowed = new Set([...COMMON, ...BY_TYPE[type]!]);
  // Title and description first: the file is read by administrators too.
  const out: Json = Object.fromEntries(['title', 'description'].filter((k) => typeof node[k] === 'string').map((k) => [k, node[k]]));
  out.type = type;
  for (const [key, value] of Object.entries(node)) {
    if (key in out) continue;
    if (!allowed.has(key) || value === false) {
      if (ZOD_ONLY.has(key)) continue;
      fail(`Chrome's policy schema has no "${key}" for type ${type}`);
    }
    if (path === '' && (key === 'additionalProperties' || key === 'patternProperties')) {
      fail(`the top level lists the policies: Chrome refuses "${key}" there`);
    }
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value as Record<string, Json>).map(([k, v]) => [k, convert(v, `${path}.${k}`)]));
    } else if (key === 'items' || key === 'additionalProperties') {
      out[key] = convert(value as Json, `${path}.${key}`);
    } else if (key === 'pattern') {
      if (NOT_RE2.test(String(value))) fail(`pattern ${String(value)} is not RE2 syntax`);
      out[key] = value;
    } else if (key === 'minimum' || key === 'maximum') {
      // zod gives every int the safe-integer range; Chrome's integers are 32-bit: only real bounds are kept.
      if (Math.abs(value as number) <= INT32) out[key] = value;
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Converts a JSON Schema from z.toJSONSchema to the subset Chrome accepts for managed storage. */
export function toChromePolicySchema(jsonSchema: Json): Json {
  if (jsonSchema.type !== 'object') throw new Error('managed schema: the top level must be an object');
  return convert(jsonSchema, '');
}

/** The file's text: ManagedSchema with each policy's title and description for administrators. */
export function managedSchemaJson(): string {
  const schema = toChromePolicySchema(z.toJSONSchema(ManagedSchema, { io: 'input' }) as Json);
  const properties = schema.properties as Record<string, Json>;
  for (const [key, text] of Object.entries(MANAGED_FIELD_TEXT)) properties[key] = { ...text, ...properties[key] };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
