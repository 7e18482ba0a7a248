// Browser-free check through the Agents Playground's own HTTP API and websocket: the bot is reached exactly as
// Teams (msteams channel, anonymous) would reach it, and we assert on the card JSON the Playground received.
import WebSocket from 'ws';
import { adaptiveCards, elementTypes, submitTitles } from '../lib/cards.mjs';
import { contentProblems } from '../lib/questions.mjs';
import { withTimeout } from '../lib/wait.mjs';

const base = process.env.PLAYGROUND_URL ?? 'http://127.0.0.1:56150';

async function openStream() {
  const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/_ws_conversation/v1/conversations/stream`);
  const messages = [];
  const waiters = new Set();
  ws.on('message', (raw) => {
    const event = JSON.parse(raw.toString());
    if (event.action !== 'createMessage') return;
    messages.push(event);
    waiters.forEach((w) => w());
  });
  await withTimeout(new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject); }), 5000, 'the Playground websocket');
  // Resolves with the first bot message (after `from`) that satisfies `match`.
  const next = (conversationId, botId, from, match) => new Promise((resolve) => {
    const look = () => {
      const hit = messages.slice(from).find((e) => e.actionConversationId === conversationId
        && e.message.from?.id === botId && match(e.message));
      if (hit) { waiters.delete(look); resolve(hit.message); }
    };
    waiters.add(look);
    look();
  });
  return { ws, messages, next };
}

const describe = (events) => (events.length
  ? events.map((e) => JSON.stringify(e.message.text ?? `[${(e.message.attachments ?? []).map((a) => a.contentType)}]`)).join(', ')
  : 'nothing');

// Asks one question in the personal chat and returns the first reply that carries an Adaptive Card.
export async function askPlayground(question) {
  const { config } = await (await fetch(`${base}/_internal/v1/config`, { signal: AbortSignal.timeout(5000) })).json();
  const chat = config.personalChat.id;
  const stream = await openStream();
  try {
    const mark = stream.messages.length;
    const res = await fetch(`${base}/_conversation/v1/conversations/${chat}/messages`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(10000),
      body: JSON.stringify({ from: { id: config.currentUser.id }, text: question.text, textFormat: 'plain' }),
    });
    if (res.status !== 200) throw new Error(`Playground refused the message: ${res.status} ${await res.text()}`);
    const reply = await withTimeout(stream.next(chat, config.bot.id, mark, (m) => adaptiveCards(m).length > 0), 20000,
      () => `an Adaptive Card reply to "${question.text}"; the bot sent instead: ${describe(stream.messages.slice(mark))}`);
    const card = adaptiveCards(reply)[0];
    const types = elementTypes(card);
    const problems = contentProblems(question, card, types);
    if (problems.length) throw new Error(`${problems.join('; ')}\ncard: ${JSON.stringify(card).slice(0, 1500)}`);
    return { summary: `card: ${[...types].join(', ')}`, submitTitles: submitTitles(card) };
  } finally {
    stream.ws.close();
  }
}
