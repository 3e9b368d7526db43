// The OpenAPI document and the code speak of the same platforms and record kinds: a new site or record
// kind that is not documented for the registries fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PlatformSchema, RecordKindSchema } from '../../lib/model';
import { PLATFORM_IDS } from '../../lib/sites/registry';

const doc = parse(readFileSync(join(import.meta.dirname, '../../lib/sync/registry-v1.openapi.yaml'), 'utf8')) as {
  components: { schemas: Record<string, { enum?: string[] }> };
};
const enumOf = (name: string) => doc.components.schemas[name]?.enum ?? [];

describe('registry-v1.openapi.yaml', () => {
  it('lists exactly the platforms of the site registry', () => {
    expect([...enumOf('Platform')].sort()).toEqual([...PLATFORM_IDS].sort());
    expect(PlatformSchema.options).toEqual(PLATFORM_IDS);
  });

  it('lists exactly the record kinds of the model', () => {
    expect([...enumOf('RecordKind')].sort()).toEqual([...RecordKindSchema.options].sort());
  });
});
