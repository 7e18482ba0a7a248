// Validates every card JSON in a folder with the official 1.5 schema (ajv) and the official renderer library
// (adaptivecards); the two catch different mistakes. Prints one line per card and "N passed, N failed".
// Usage: node .ci/validate-cards.mjs --schema <adaptive-card-1.5.0.json> --host-config <hostconfig.json> [--max-kb 28]
//          [--expect-fail <folder>] <folder|file>...
// --expect-fail names deliberately broken cards that must be rejected: proof the checks can fail.
import fs from 'node:fs';
import path from 'node:path';
import { loadSchemaCheck } from './cards/schema-check.mjs';
import { loadRendererCheck } from './cards/renderer-check.mjs';

const args = parseArgs(process.argv.slice(2));
const files = jsonFiles(args.inputs);

if (files.length === 0) {
  console.error(`FAIL no card JSON found in ${args.inputs.join(', ') || '(no input given)'}: did dotnet test run and write the cards?`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const schemaCheck = loadSchemaCheck(args.schema, { maxKb: args.maxKb });
const rendererCheck = loadRendererCheck(args.hostConfig);
let passed = 0;
let failed = 0;
for (const file of files) {
  const problems = check(file);
  report(problems.length === 0, path.basename(file, '.json'), problems);
}
for (const file of jsonFiles(args.expectFail)) {
  const rejected = check(file).length > 0;
  report(rejected, `broken/${path.basename(file, '.json')}`, rejected ? [] : ['a deliberately broken card was accepted']);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function check(file) {
  try {
    const text = fs.readFileSync(file, 'utf8');
    const card = JSON.parse(text);
    return [...schemaCheck(card, text), ...rendererCheck(card)];
  } catch (error) {
    return [`could not check: ${error.message}`];
  }
}

function report(ok, name, problems) {
  if (ok) passed++; else failed++;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}`);
  for (const p of problems) console.log(`     ${p}`);
}

function jsonFiles(inputs) {
  return inputs.flatMap((input) => (fs.existsSync(input) && fs.statSync(input).isDirectory()
    ? fs.readdirSync(input).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(input, f))
    : fs.existsSync(input) ? [input] : []));
}

function parseArgs(argv) {
  const result = { schema: null, hostConfig: null, maxKb: 28, inputs: [], expectFail: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--schema') result.schema = argv[++i];
    else if (a === '--host-config') result.hostConfig = argv[++i];
    else if (a === '--max-kb') result.maxKb = Number(argv[++i]);
    else if (a === '--expect-fail') result.expectFail.push(argv[++i]);
    else result.inputs.push(a);
  }
  for (const [flag, value] of [['--schema', result.schema], ['--host-config', result.hostConfig]]) {
    if (!value || !fs.existsSync(value)) {
      console.error(`FAIL ${flag} file not found: ${value}`);
      console.log('0 passed, 1 failed');
      process.exit(1);
    }
  }
  return result;
}
