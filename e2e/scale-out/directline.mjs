// A small Direct Line 3.0 client (the secret's side: any conversation) and a transcript that keeps every activity
// once by id, so a reply that arrives twice counts as two answers only when it really is two activities.
import { cardText, adaptiveCards } from '../lib/cards.mjs';

export async function call(base, method, path, { secret, body, headers = {}, timeout = 20000 } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(secret ? { Authorization: `Bearer ${secret}` } : {}), ...(body ? { 'Content-Type': 'application/json' } : {}), ...headers },
    body: body ? JSON.stringify(body) : undefined,
    signal: AbortSignal.timeout(timeout),
  });
  const text = await response.text();
  let json;
  try { json = text ? JSON.parse(text) : undefined; } catch { json = undefined; }
  return { status: response.status, headers: response.headers, json, instance: response.headers.get('x-rolebot-instance') };
}

// Like call(), but a refused connection or a timeout becomes status 0 instead of an exception.
export async function tryCall(...args) {
  try { return await call(...args); } catch (e) { return { status: 0, error: e.message, headers: new Headers() }; }
}

export const ok = (status) => status >= 200 && status < 300;

export class Conversation {
  constructor(secret, user = `u-${Math.random().toString(36).slice(2, 10)}`) {
    Object.assign(this, { secret, user, watermark: '', activities: new Map(), posted: [] });
  }

  async start(base) {
    const r = await call(base, 'POST', '/v3/directline/conversations', { secret: this.secret });
    if (!ok(r.status) || !r.json?.conversationId) throw new Error(`start: HTTP ${r.status}`);
    this.id = r.json.conversationId;
    return r;
  }

  path(suffix = '') { return `/v3/directline/conversations/${encodeURIComponent(this.id)}/activities${suffix}`; }

  // Posts a message; remembers what a 2xx acknowledged (the id the bot's answer must reply to). Like Web Chat, each
  // message carries a channelData.clientActivityID; a retry of a failed post passes the same one again.
  async say(base, text, clientActivityID = `c-${Math.random().toString(36).slice(2, 12)}`) {
    const r = await tryCall(base, 'POST', this.path(), {
      secret: this.secret, body: { type: 'message', from: { id: this.user, name: 'Scale-out' }, text, channelData: { clientActivityID } },
    });
    const entry = { text, clientActivityID, status: r.status, id: r.json?.id, instance: r.instance, retryAfter: r.headers.get('retry-after') };
    this.posted.push(entry);
    return entry;
  }

  async poll(base) {
    const r = await tryCall(base, 'GET', `${this.path()}?watermark=${encodeURIComponent(this.watermark)}`, { secret: this.secret });
    if (r.status === 200 && r.json) {
      for (const a of r.json.activities ?? []) this.activities.set(a.id, a);
      if (r.json.watermark) this.watermark = r.json.watermark;
    }
    return r;
  }

  // The bot's messages that answer the activity `id`.
  answersTo(id) {
    return [...this.activities.values()].filter((a) => a.type === 'message' && a.from?.role === 'bot' && a.replyToId === id);
  }

  async waitForAnswer(base, id, seconds = 20) {
    const deadline = Date.now() + seconds * 1000;
    while (Date.now() < deadline) {
      await this.poll(typeof base === 'function' ? base() : base);
      const answers = this.answersTo(id);
      if (answers.length) return answers[0];
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`no answer to ${id} within ${seconds}s`);
  }
}

// What a person sees of a bot message: its text and every string of its cards.
export const visibleText = (activity) => `${activity.text ?? ''} ${adaptiveCards(activity).map(cardText).join(' ')}`.replace(/\s+/g, ' ');
