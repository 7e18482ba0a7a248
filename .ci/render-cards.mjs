// Renders cards to PNG with the official adaptivecards renderer in Debian's Chromium, at a Teams-like width,
// so a person can look at them (clipping, table readability). Not a CI gate.
// Usage: node .ci/render-cards.mjs [--width 500] [cards-folder] [name...]   → .ci/out/card-png/<name>.png
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const widthAt = args.indexOf('--width');
const width = widthAt >= 0 ? Number(args.splice(widthAt, 2)[1]) : 500;
const folder = args[0] && fs.existsSync(args[0]) ? args.shift() : path.join(root, '.ci/out/cards');
const names = args.length ? args : fs.readdirSync(folder).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
const out = path.join(root, '.ci/out/card-png');
fs.mkdirSync(out, { recursive: true });

const hostConfig = fs.readFileSync(path.join(root, '../shared/schemas/hostconfig-microsoft-teams-light.json'), 'utf8');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
try {
  const page = await browser.newPage({ viewport: { width: width + 40, height: 800 } });
  await page.setContent(`<html><body style="margin:20px;background:#f5f5f5;font-family:'Liberation Sans',sans-serif">
    <div id="card" style="width:${width}px;background:#fff"></div></body></html>`);
  await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
  for (const name of names) {
    const card = fs.readFileSync(path.join(folder, `${name}.json`), 'utf8');
    await page.evaluate(([cardJson, config]) => {
      const target = document.getElementById('card');
      target.innerHTML = '';
      const ac = new AdaptiveCards.AdaptiveCard();
      ac.hostConfig = new AdaptiveCards.HostConfig(JSON.parse(config));
      ac.parse(JSON.parse(cardJson));
      target.appendChild(ac.render());
    }, [card, hostConfig]);
    await page.locator('#card').screenshot({ path: path.join(out, `${name}.png`) });
    console.log(`rendered ${name}`);
  }
} finally {
  await browser.close();
}
