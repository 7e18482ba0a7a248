// RoleBot's Web Chat page, in Debian's Chromium, through the balancer: the page, its token, the conversation
// start and every post go wherever round robin sends them; the answers come back over the Direct Line stream
// (a WebSocket through HAProxy), which stays on one instance and is woken by replies the others store.
import { readFileSync, existsSync } from 'node:fs';
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

const STREAM_OPENED = 'Direct Line stream opened';
const streamsOpened = (instance) =>
  existsSync(instance.logFile) ? readFileSync(instance.logFile, 'utf8').split(STREAM_OPENED).length - 1 : 0;

export async function webChatThroughBalancer(lb, out) {
  const browser = await launch();
  const posts = []; // { id, instance }
  const polls = []; // { instance, replyTo: [ids] }
  const streamed = []; // replyToId of every bot activity that came over the stream
  const sockets = [];
  const openedBefore = lb.instances.map(streamsOpened);
  try {
    await check('Web Chat page works end to end through HAProxy: posts on different instances, answers over the stream', async () => {
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
      page.on('websocket', (ws) => {
        sockets.push(ws.url());
        ws.on('framereceived', ({ payload }) => {
          if (!payload) return; // Direct Line's keep-alive
          const set = JSON.parse(payload.toString());
          streamed.push(...(set.activities ?? []).filter((a) => a.from?.role === 'bot').map((a) => a.replyToId));
        });
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
      // Which instance holds the stream: the one that logged a new stream while the page was open.
      const streamOn = lb.instances.filter((instance, i) => streamsOpened(instance) > openedBefore[i]).map((i) => i.name);
      assert(sockets.length >= 1 && sockets.every((u) => u.startsWith('ws://') && u.includes('/stream?')), `streams: ${sockets.join(', ')}`);
      assert(streamOn.length >= 1, 'no instance logged an open stream');
      assert(polls.length === 0, `the page polled (${polls.length} polls) although it has a stream`);
      const served = new Set(posts.map((r) => r.instance));
      assert(posts.length >= 2 && posts.every((p) => p.status === 200), `posts: ${JSON.stringify(posts)}`);
      assert(served.size >= 2, `every post went to ${[...served]}`);
      assert(posts.every((p) => streamed.includes(p.id)), `answers over the stream reply to ${streamed.join(', ')}; posts ${JSON.stringify(posts)}`);
      // Round robin puts consecutive posts on different instances, so at least one was stored away from the stream's.
      const crossed = posts.filter((p) => !streamOn.includes(p.instance));
      assert(crossed.length >= 1, `every post landed on the stream's instance ${streamOn}`);
      return `posts on ${posts.map((p) => p.instance).join(', ')}; stream on ${streamOn.join(', ')}; `
        + `${crossed.length} of ${posts.length} answers woke the stream from another instance`;
    });
  } finally {
    await browser.close();
  }
}
