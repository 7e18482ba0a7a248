// RoleBot's own chat page at "/" (Bot Framework Web Chat over the bot's built-in Direct Line): how to open it,
// when it is ready, how to type, and what only this client can show (welcome, send status).
import { sleep } from './wait.mjs';

const INPUT = '[data-id="webchat-sendbox-input"]';

export const WEBCHAT = {
  name: 'webchat',
  url: process.env.WEBCHAT_URL ?? 'http://127.0.0.1:3978/',
  viewport: { width: 640, height: 1000 }, // a typical embedded Web Chat pane
  loopbackOnly: true, // the page must load nothing from the internet
  async ready(page) {
    // The page states in #notice why the chat cannot start (bundle missing, no token); fail with its words.
    const notice = page.locator('#notice:not([hidden])');
    await Promise.race([page.locator(INPUT).waitFor(), notice.waitFor()]);
    if (await notice.count()) throw new Error(`the page says: ${(await notice.innerText()).slice(0, 400)}`);
  },
  async type(page, text) {
    await page.locator(INPUT).fill(text);
  },
  // The bot greets a new conversation with a card before anyone types.
  async welcome(page, shot) {
    const card = page.locator('.ac-adaptiveCard').filter({ hasText: /RoleBot/ }).first();
    await card.waitFor({ timeout: 15000 }).catch(() => { throw new Error('no welcome card mentioning RoleBot within 15s'); });
    await sleep(400);
    await page.screenshot({ path: shot });
    return `"${(await card.innerText()).split('\n')[0]}"`;
  },
  // Web Chat marks the user's message "Sent at …" once the Direct Line echo with its clientActivityID came back,
  // and "Send failed" when it never does.
  async sent(page, text) {
    const handle = await page.waitForFunction((text) => {
      // Each transcript entry is labelled for screen readers: "You said: …" for the user's own messages.
      const mine = [...document.querySelectorAll('article')].filter((a) =>
        [...a.querySelectorAll('[id*="active-descendant-label"]')].some((l) => l.textContent.startsWith(`You said: ${text}`)));
      const status = mine.at(-1)?.querySelector('.webchat__activity-status')?.innerText ?? '';
      return /send failed|^sent at/i.test(status) ? status : undefined;
    }, text, { timeout: 25000, polling: 200 }).catch(() => { throw new Error(`"${text}" never showed as sent within 25s`); });
    const status = await handle.jsonValue();
    if (/send failed/i.test(status)) throw new Error(`Web Chat shows "${status}" for "${text}"`);
    return status.split('\n')[0];
  },
  // The 3.9 MB Web Chat script travels precompressed (Brotli from Chromium's Accept-Encoding): Resource Timing's
  // encoded size is what crossed the wire, the decoded size what the browser ran.
  async bundleTransfer(page) {
    const entry = await page.evaluate(() => {
      const e = performance.getEntriesByType('resource').find((r) => /\/webchat\/[^/]+\/webchat\.js$/.test(r.name));
      return e && { encoded: e.encodedBodySize, decoded: e.decodedBodySize };
    });
    if (!entry) throw new Error('no resource timing entry for webchat.js');
    const kb = (n) => `${Math.round(n / 1024)} KB`;
    if (!(entry.encoded > 0 && entry.encoded * 2 < entry.decoded)) {
      throw new Error(`webchat.js crossed the wire as ${kb(entry.encoded)} for ${kb(entry.decoded)}: not compressed`);
    }
    return `${kb(entry.encoded)} on the wire for ${kb(entry.decoded)}`;
  },
  // The page must never go blank: with the Web Chat script failing on the way (404 here), chat.js says so.
  async scriptFailure(browser, shot) {
    const context = await browser.newContext({ viewport: this.viewport });
    try {
      await context.route(/\/webchat\/[^/]+\/webchat\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
      const page = await context.newPage();
      await page.goto(this.url);
      const notice = page.locator('#notice:not([hidden])');
      await notice.waitFor({ timeout: 10000 }).catch(() => { throw new Error('no notice within 10s: the page stays blank'); });
      await page.screenshot({ path: shot });
      const text = await notice.innerText();
      if (!/did not load/i.test(text)) throw new Error(`unexpected notice: ${text.slice(0, 200)}`);
      return `"${text.slice(0, 60)}…"`;
    } finally {
      await context.close();
    }
  },
};
