// Writes <file>.br (Brotli, quality 11) and <file>.gz (gzip, level 9) next to <file>, for the server to send to
// browsers that accept them. Run by RoleBot/build/WebChatBundle.targets with Node.js, which fetching the bundle
// already needed. Each output is written to a temporary name and renamed, so an interrupted build leaves no
// truncated file that would be served as if it were whole.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const file = process.argv[2];
if (!file) {
  console.error('usage: node compress-bundle.mjs <file>');
  process.exit(2);
}

const source = readFileSync(file);
const outputs = {
  br: brotliCompressSync(source, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
    },
  }),
  gz: gzipSync(source, { level: 9 }),
};
for (const [extension, bytes] of Object.entries(outputs)) {
  const target = `${file}.${extension}`;
  writeFileSync(`${target}.tmp`, bytes);
  renameSync(`${target}.tmp`, target);
}
