// Validates the shipped knowledge base against its JSON Schema (draft 2020-12) with ajv.
// Usage: node .ci/lib/validate-kb-schema.mjs [kb.json] [schema.json]
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const kbPath = resolve(process.argv[2] ?? `${root}/dialogs/knowledge-base/en-us/roles.kb.json`);
const schemaPath = resolve(process.argv[3] ?? `${root}/dialogs/schemas/knowledge-base.schema.json`);

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
let ok = false;
try {
  const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
  ok = validate(JSON.parse(readFileSync(kbPath, 'utf8')));
  for (const e of validate.errors ?? []) {
    console.log(`${kbPath}: ${e.instancePath || '/'}: ${e.message} ${JSON.stringify(e.params)}`);
  }
} catch (e) {
  console.log(`${kbPath}: ${e.message}`);
}
console.log(ok ? `kb-schema: ${kbPath} is valid` : `kb-schema: ${kbPath} is INVALID`);
console.log(ok ? '1 passed, 0 failed' : '0 passed, 1 failed');
process.exit(ok ? 0 : 1);
