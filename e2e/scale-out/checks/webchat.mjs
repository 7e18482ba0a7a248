// RoleBot's Web Chat page, in Debian's Chromium, through the balancer: the page, its token, the conversation
// start, every post and every poll go wherever round robin sends them.
import path from 'node:path';
import { check, assert } from '../report.mjs';
import { launch, openPage } from '../../lib/browser.mjs';
import { WEBCHAT } from '../../lib/webchat-page.mjs';
import { QUESTION, CHOICE, secondOption, assertAnswersChoice } from '../dialog.mjs';

const POST_ACTIVITY = /\/v3\/directline\/conversations\/[^/]+\/activities$/;

// Waits until the transcript shows a bot message matching `pattern` and not `unless`; returns its text.
async function botSays(page, pattern, unless = /$^/) {
  const handle = await page.waitForFunction(({ source, not }) => {
    const texts = [...document.querySelectorAll('article')].map((a) => a.innerText);
    return texts.find((t) => new RegExp(source, 'i').test(t) && !new RegExp(not, 'i').test(t) && !/You said/i.test(t));
  }, { source: pattern.source, not: unless.source }, { timeout: 30000, polling: 200 })
    .catch(() => { throw new Error(`no bot message matching ${pattern} within 30s`); });
  return handle.jsonValue();
}

export async function webChatThroughBalancer(lb, out) {
  const browser = await launch();
  const posts = []; // { id, instance }
  const polls = []; // { instance, replyTo: [ids] }
  try {
    await check('Web Chat page works end to end through HAProxy, polls and posts landing on different instances', async () => {
      // Three instances, PostgreSQL and Chromium parsing Web Chat's 3.9 MB script share the machine: more time than e2e.
      const page = await openPage(browser, `${lb.url}/`, WEBCHAT.viewport, { loopbackOnly: true, timeout: 60000 });
      page.on('response', async (response) => {
        const url = response.url();
        const instance = response.headers()['x-rolebot-instance'];
        if (!url.includes('/v3/directline/') || response.request().method() === 'OPTIONS') return;
        const body = await response.json().catch(() => undefined);
        if (response.request().method() === 'POST' && POST_ACTIVITY.test(new URL(url).pathname)) posts.push({ id: body?.id, instance, status: response.status() });
        if (response.request().method() === 'GET' && /\/activities/.test(url)) {
          polls.push({ instance, replyTo: (body?.activities ?? []).filter((a) => a.from?.role === 'bot').map((a) => a.replyToId) });
        }
      });
      try {
        await WEBCHAT.ready(page);
        await WEBCHAT.welcome(page, path.join(out, 'webchat-welcome.png'));
        await WEBCHAT.type(page, QUESTION);
        await page.keyboard.press('Enter');
        const chosen = secondOption(await botSays(page, /do you mean/));
        await WEBCHAT.sent(page, QUESTION);
        await WEBCHAT.type(page, CHOICE);
        await page.keyboard.press('Enter');
        const answer = await botSays(page, new RegExp(chosen), /do you mean/);
        assertAnswersChoice(answer, chosen);
        await WEBCHAT.sent(page, CHOICE);
        await page.screenshot({ path: path.join(out, 'webchat-answer.png') });
        assert(page.blocked.length === 0, `requests left loopback: ${page.blocked.join(', ')}`);
        assert(page.errors.length === 0, `page errors: ${page.errors.join('; ')}`);
      } catch (e) {
        await page.screenshot({ path: path.join(out, 'webchat-FAILED.png') }).catch(() => {});
        throw e;
      }
      const served = new Set([...posts, ...polls].map((r) => r.instance));
      assert(served.size >= 3, `Direct Line requests only reached ${[...served].join(', ')}`);
      assert(posts.length >= 2 && posts.every((p) => p.status === 200), `posts: ${JSON.stringify(posts)}`);
      const pollInstances = new Set(polls.map((q) => q.instance));
      assert(pollInstances.size >= 2, `every poll went to ${[...pollInstances]}`);
      // Which answers came back through a poll another instance served than the post's: reported, not asserted,
      // since round robin may by chance line up both posts with their polls (the API check above forces it).
      const crossed = posts.filter((p) => polls.some((q) => q.instance !== p.instance && q.replyTo.includes(p.id)));
      return `posts on ${posts.map((p) => p.instance).join(', ')}; ${polls.length} polls on ${[...pollInstances].sort().join(', ')}; `
        + `${crossed.length} of ${posts.length} answers polled from another instance than their post's`;
    });
  } finally {
    await browser.close();
  }
}
