// The Direct Line stream across instances: a WebSocket opened on one instance (straight to it, not through the
// balancer) receives the answer to a message posted through another, woken by PostgreSQL LISTEN/NOTIFY.
import WebSocket from 'ws';
import { check, assert } from '../report.mjs';
import { call, Conversation, visibleText, ok } from '../directline.mjs';
import { QUESTION, CHOICE, secondOption, assertAnswersChoice } from '../dialog.mjs';

// Opens streamUrl and collects every activity it pushes; next(id) waits for the bot's answer to activity `id`.
function openStream(streamUrl) {
  const ws = new WebSocket(streamUrl);
  const activities = [];
  const waiters = [];
  ws.on('message', (data) => {
    if (data.length === 0) return; // Direct Line's keep-alive
    activities.push(...(JSON.parse(data.toString()).activities ?? []));
    for (const w of [...waiters]) w();
  });
  const opened = new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); ws.once('unexpected-response', (_, r) => reject(new Error(`upgrade refused: HTTP ${r.statusCode}`))); });
  const answerTo = (id, timeoutMs = 30000) => new Promise((resolve, reject) => {
    const find = () => activities.find((a) => a.from?.role === 'bot' && a.type === 'message' && a.replyToId === id);
    const timer = setTimeout(() => reject(new Error(`no answer to ${id} over the stream within ${timeoutMs / 1000}s`)), timeoutMs);
    const w = () => { const a = find(); if (a) { clearTimeout(timer); waiters.splice(waiters.indexOf(w), 1); resolve(a); } };
    waiters.push(w);
    w();
  });
  return { ws, opened, activities, answerTo };
}

export async function streamWokenAcrossInstances(secret, [a, b, c]) {
  await check(`a stream open on ${a.name} receives the answers to "${QUESTION}" posted on ${b.name} and "${CHOICE}" on ${c.name}`, async () => {
    const conversation = new Conversation(secret);
    const started = await conversation.start(a.url);
    const streamUrl = started.json?.streamUrl;
    assert(streamUrl?.startsWith(`${a.url.replace(/^http/, 'ws')}/v3/directline/conversations/`), `streamUrl: ${streamUrl}`);
    const stream = openStream(streamUrl);
    try {
      await stream.opened;
      const question = await conversation.say(b.url, QUESTION);
      assert(ok(question.status), `POST on ${b.name}: HTTP ${question.status}`);
      const chosen = secondOption(visibleText(await stream.answerTo(question.id)));
      const choice = await conversation.say(c.url, CHOICE);
      assert(ok(choice.status), `POST on ${c.name}: HTTP ${choice.status}`);
      const answer = visibleText(await stream.answerTo(choice.id));
      assertAnswersChoice(answer, chosen);
      const ids = stream.activities.map((x) => Number(x.id.split('|')[1]));
      assert(ids.every((n, i) => i === 0 || n > ids[i - 1]), `activities out of order: ${ids.join(', ')}`);
      return `${stream.activities.length} activities in order over ${a.name}'s stream`;
    } finally {
      stream.ws.close();
    }
  });
}

// A stream token is for the stream of its own conversation only.
export async function streamRefusesOtherTokens(secret, instance) {
  await check(`${instance.name} refuses a stream without its own conversation's stream token (before the upgrade)`, async () => {
    const one = await call(instance.url, 'POST', '/v3/directline/conversations', { secret });
    const other = await call(instance.url, 'POST', '/v3/directline/conversations', { secret });
    const foreign = new URL(other.json.streamUrl).searchParams.get('t');
    const base = `${instance.url.replace(/^http/, 'ws')}/v3/directline/conversations/${encodeURIComponent(one.json.conversationId)}/stream`;
    const statuses = [];
    for (const url of [base, `${base}?t=${encodeURIComponent(foreign)}`, `${base}?t=${encodeURIComponent(one.json.token)}`]) {
      const s = openStream(url);
      statuses.push(await s.opened.then(() => 'opened', (e) => e.message));
      s.ws.terminate();
    }
    assert(statuses.join() === 'upgrade refused: HTTP 401,upgrade refused: HTTP 403,upgrade refused: HTTP 403', statuses.join('; '));
    return statuses.join('; ');
  });
}

// Opens a stream on `instance` before the PostgreSQL restart; the returned check, run after it, posts through
// `other` and expects the answer on that same stream (its instance listened again and re-read from the watermark).
export async function streamBeforeOutage(secret, instance) {
  const conversation = new Conversation(secret);
  const started = await conversation.start(instance.url);
  const stream = openStream(started.json.streamUrl);
  await stream.opened;
  return async (other) => {
    await check(`a stream opened on ${instance.name} before the PostgreSQL restart receives an answer stored by ${other.name} after it`, async () => {
      try {
        assert(stream.ws.readyState === WebSocket.OPEN, `the stream closed during the outage (state ${stream.ws.readyState})`);
        const asked = await conversation.say(other.url, 'what does a VP do?');
        assert(ok(asked.status), `POST on ${other.name}: HTTP ${asked.status}`);
        const answer = visibleText(await stream.answerTo(asked.id));
        return `"${answer.slice(0, 60)}…"`;
      } finally {
        stream.ws.close();
      }
    });
  };
}
