// Type-checks every Slack message the C# tests wrote (artifacts/slack or $ROLEBOT_SLACK_OUT) against Slack's own
// TypeScript types (@slack/types, pinned in package.json) with the TypeScript compiler, offline. Each message is
// compiled as a fresh object literal of type { text: string; blocks: KnownBlock[] }, so a wrong block or element
// type, a missing field and an unknown field all fail. Limits and escaping are checked by the C# tests
// (SlackLimitChecker); the types do not encode them. Prints one line per message and "N passed, N failed".
// Usage: node .ci/slack/type-check-blocks.mjs [--expect-fail <folder>] <folder>
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const expectFailAt = args.indexOf('--expect-fail');
const expectFail = expectFailAt >= 0 ? args.splice(expectFailAt, 2)[1] : null;
const folder = args[0];
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const work = path.join(root, '.ci', 'out', 'slack-types');

const messages = jsonFiles(folder);
if (messages.length === 0) {
  console.error(`FAIL no Slack message JSON found in ${folder}: did dotnet test run and write them?`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(work, { recursive: true });
const sources = new Map();
for (const [label, file] of [...messages.map(f => [path.basename(f, '.json'), f]), ...jsonFiles(expectFail).map(f => [`broken/${path.basename(f, '.json')}`, f])]) {
  const ts = path.join(work, label.replace('/', '__') + '.ts');
  fs.writeFileSync(ts, [
    "import type { KnownBlock } from '@slack/types';",
    'type ChatPostMessage = { text: string; blocks: KnownBlock[] };',
    `export const message: ChatPostMessage = ${fs.readFileSync(file, 'utf8').trim()};`,
    '',
  ].join('\n'));
  sources.set(path.resolve(ts), label);
}

const program = ts.createProgram([...sources.keys()], {
  strict: true, noEmit: true, skipLibCheck: true, types: [],
  module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022,
  typeRoots: [path.join(root, 'node_modules', '@types')],
});
const problems = new Map([...sources.values()].map(label => [label, []]));
for (const d of ts.getPreEmitDiagnostics(program)) {
  const label = d.file ? sources.get(path.resolve(d.file.fileName)) : undefined;
  const text = ts.flattenDiagnosticMessageText(d.messageText, ' ').slice(0, 300);
  if (label) {
    problems.get(label).push(text);
  } else {
    console.log(`FAIL compiler: ${text}`);
    problems.set('compiler', [text]);
  }
}

let passed = 0;
let failed = 0;
for (const [label, found] of problems) {
  const broken = label.startsWith('broken/');
  const ok = broken ? found.length > 0 : found.length === 0;
  ok ? passed++ : failed++;
  const detail = ok ? (broken ? ` (rejected: ${found[0]})` : '') : `: ${broken ? 'a deliberately broken message was accepted' : found.join(' | ')}`;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${label}${detail}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function jsonFiles(dir) {
  if (!dir || !fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter(f => f.endsWith('.json')).sort().map(f => path.join(dir, f));
}
