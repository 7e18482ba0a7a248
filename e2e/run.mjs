// Runs every real-client check against an already running bot (which serves the Web Chat page at "/") and
// Playground (.ci/steps/e2e.sh starts them). One line per check; the last line is "(run.mjs) N passed, N failed".
import { mkdirSync } from 'node:fs';
import { askPlayground } from './checks/playground-api.mjs';
import { cspViolations, launch, openPage } from './lib/browser.mjs';
import { ask, clickFollowUp, clippedTexts } from './lib/chat-ui.mjs';
import { PLAYGROUND, WEBCHAT } from './lib/clients.mjs';
import { COMPARE, RANK } from './lib/questions.mjs';
import { withTimeout } from './lib/wait.mjs';

const out = new URL('./out/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });
let passed = 0;
let failed = 0;

async function check(name, fn) {
  const start = Date.now();
  try {
    const detail = await withTimeout(Promise.resolve().then(fn), 60000, name);
    passed += 1;
    console.log(`ok   ${name} (${((Date.now() - start) / 1000).toFixed(1)}s)${detail ? ` - ${detail}` : ''}`);
  } catch (e) {
    failed += 1;
    // Playwright errors carry the whole browser log; the first lines say what went wrong.
    const lines = e.message.split('\n').filter((l) => l.trim()).slice(0, 6).map((l) => l.slice(0, 400));
    console.log(`FAIL ${name} (${((Date.now() - start) / 1000).toFixed(1)}s): ${lines.join('\n     ')}`);
  }
}

const clippedNote = (r) => (r.clipped.length ? `CLIPPED TEXT: ${r.clipped.map((t) => JSON.stringify(t)).join(', ')}` : 'no clipped text');

// Asks both questions in one client's page, then clicks a follow-up button if the JSON check saw one.
async function uiChecks(browser, client, followUp) {
  let page;
  const answers = {};
  await check(`${client.name}-ui open`, async () => {
    page = await openPage(browser, client.url, client.viewport, { loopbackOnly: client.loopbackOnly });
    await client.ready(page);
  });
  if (!page) return;
  if (client.welcome) await check(`${client.name}-ui welcome`, () => client.welcome(page, `${out}${client.name}-welcome.png`));
  for (const q of [RANK, COMPARE]) {
    await check(`${client.name}-ui ${q.name}`, async () => {
      answers[q.name] = await ask(page, client, q, `${out}${client.name}-${q.name}.png`);
      return clippedNote(answers[q.name]);
    });
    if (client.sent) await check(`${client.name}-ui "${q.text}" shows as sent`, () => client.sent(page, q.text));
  }
  const source = followUp.find((f) => answers[f.question]);
  if (!source) return;
  await check(`${client.name}-ui follow-up "${source.title}"`, async () =>
    clippedNote(await clickFollowUp(page, answers[source.question].card, source.title, `${out}${client.name}-followup.png`)));
  // Every card the client showed (welcome, answers, follow-up): the reader must see all of its text.
  await check(`${client.name}-ui no clipped text`, async () => {
    const clipped = [...new Set(await clippedTexts(page.locator('.ac-adaptiveCard')))];
    if (clipped.length) {
      const shot = `${out}${client.name}-clipped.png`;
      await page.locator('.ac-adaptiveCard:has([data-e2e-clipped])').first().screenshot({ path: shot }).catch(() => {});
      throw new Error(`text cut off: ${clipped.map((t) => JSON.stringify(t)).join(', ')} (see ${shot})`);
    }
    return `${await page.locator('.ac-adaptiveCard').count()} cards`;
  });
  if (client.loopbackOnly) {
    await check(`${client.name}-ui no request left loopback`, () => {
      if (page.blocked.length) throw new Error(`blocked: ${[...new Set(page.blocked)].slice(0, 5).join(', ')}`);
    });
    await check(`${client.name}-ui no Content-Security-Policy violation`, async () => {
      const violations = await cspViolations(page);
      if (violations.length) throw new Error(violations.slice(0, 5).join(' | '));
    });
  }
  if (client.bundleTransfer) await check(`${client.name}-ui Web Chat script arrived compressed`, () => client.bundleTransfer(page));
  if (page.errors.length) console.log(`     page errors: ${page.errors.slice(0, 3).join(' | ')}`);
  await page.context().close();
}

const followUp = []; // Action.Submit buttons seen in the card JSON: { question, title }
for (const q of [RANK, COMPARE]) {
  await check(`playground-api ${q.name}`, async () => {
    const r = await askPlayground(q);
    r.submitTitles.forEach((title) => followUp.push({ question: q.name, title }));
    return r.summary;
  });
}
if (!followUp.length) console.log('     (no Action.Submit button on the answer cards: follow-up clicks are skipped)');

let browser;
await check('chromium launch', async () => { browser = await launch(); });
if (browser) {
  try {
    await uiChecks(browser, PLAYGROUND, followUp);
    // The echo bot (development only) serves no page, so Web Chat needs the real RoleBot.
    if (process.env.E2E_BOT === 'echo') console.log('     (E2E_BOT=echo: the Web Chat page checks are skipped)');
    else {
      await uiChecks(browser, WEBCHAT, followUp);
      await check('webchat-ui says so when the Web Chat script does not load', () => WEBCHAT.scriptFailure(browser, `${out}webchat-no-script.png`));
    }
  } finally {
    await browser.close().catch(() => {});
  }
}
console.log(`(run.mjs) ${passed} passed, ${failed} failed`); // not a totals line for .ci/run: e2e.sh prints that
process.exit(failed ? 1 : 0);
