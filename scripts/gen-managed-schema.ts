// Rewrites public/managed_schema.json from the zod ManagedSchema (lib/settings/chrome-policy-schema.ts).
import { writeFileSync } from 'node:fs';
import { managedSchemaJson } from '../lib/settings/chrome-policy-schema';

const file = new URL('../public/managed_schema.json', import.meta.url);
writeFileSync(file, managedSchemaJson());
console.log(`wrote ${file.pathname}`);
