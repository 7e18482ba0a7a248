// Usage: node same-pixels.mjs <committed.png> <regenerated.png> [...pairs]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { check, assert, finish } from './report.mjs';
import { readPng } from './png.mjs';

const files = process.argv.slice(2);
for (let i = 0; i < files.length; i += 2) {
  await check(`${path.basename(files[i])} is what make_icons.py draws`, () => {
    const [committed, fresh] = [files[i], files[i + 1]].map((f) => readPng(readFileSync(f)));
    assert(committed.width === fresh.width && committed.height === fresh.height, 'size differs');
    assert(isDeepStrictEqual(committed.pixels(), fresh.pixels()), 'pixels differ: run make_icons.py and commit the PNGs');
  });
}
finish();
