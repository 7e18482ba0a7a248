// A real (minimal) Direct Line 3.0 <-> Bot Connector bridge, so Web Chat can talk to RoleBot exactly as it does
// through Azure's Direct Line: the client side (protocol.md §6) is polled by directlinejs; the bot side forwards
// each activity to the bot's /api/messages and hosts the Connector v3 routes the bot replies to.
// Env: BRIDGE_PORT (3990), BOT_URL (http://127.0.0.1:3978/api/messages). No npm dependencies.
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';

const port = Number(process.env.BRIDGE_PORT ?? 3990);
const botUrl = process.env.BOT_URL ?? 'http://127.0.0.1:3978/api/messages';
const serviceUrl = `http://127.0.0.1:${port}/`; // trailing slash on purpose: the bot must join it correctly
const webchatJs = new URL('./vendor/webchat.js', import.meta.url);
const bot = { id: 'rolebot', name: 'RoleBot', role: 'bot' };
const conversations = new Map(); // id -> { seq, activities: [], started }

const page = `<!doctype html><html><head><meta charset="utf-8"><title>RoleBot Web Chat</title>
<style>html,body{height:100%;margin:0;font-family:'Liberation Sans',sans-serif}#webchat{height:100%}</style></head>
<body><div id="webchat" role="main"></div><script src="/webchat.js"></script><script>
const directLine = WebChat.createDirectLine({ domain: location.origin + '/v3/directline', webSocket: false,
  pollingInterval: 300, secret: 'local-secret' });
WebChat.renderWebChat({ directLine, userID: 'user1', username: 'Test User', locale: 'en-US',
  styleOptions: { hideUploadButton: true } }, document.getElementById('webchat'));
</script></body></html>`;

// Stores an activity for polling; ids follow Azure's "{conversationId}|{seq}" shape.
function enqueue(conv, convId, activity) {
  conv.seq += 1;
  const stored = { ...activity, id: `${convId}|${String(conv.seq).padStart(7, '0')}`,
    timestamp: new Date().toISOString(), channelId: 'directline', conversation: { id: convId } };
  conv.activities.push({ seq: conv.seq, activity: stored });
  return stored.id;
}

async function toBot(activity) {
  const res = await fetch(botUrl, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity), signal: AbortSignal.timeout(15000) });
  if (res.status >= 300) throw new Error(`bot answered ${res.status}`);
}

async function body(req) {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return raw ? JSON.parse(raw) : {};
}

function send(res, status, json) {
  res.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
  res.end(json === undefined ? '' : JSON.stringify(json));
}

async function handle(req, res) {
  const url = new URL(req.url, serviceUrl);
  const p = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const m = req.method;
  if (m === 'OPTIONS') {
    res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
      'access-control-allow-headers': 'authorization, content-type, x-ms-bot-agent, x-requested-with' });
    return res.end();
  }
  if (m === 'GET' && url.pathname === '/') { res.writeHead(200, { 'content-type': 'text/html' }); return res.end(page); }
  if (m === 'GET' && url.pathname === '/webchat.js') {
    res.writeHead(200, { 'content-type': 'text/javascript' });
    return res.end(await readFile(webchatJs));
  }
  if (m === 'GET' && url.pathname === '/healthz') return send(res, 200, { status: 'ok' });

  // ---- Direct Line 3.0 (client side) ----
  if (p[0] === 'v3' && p[1] === 'directline' && p[2] === 'conversations') {
    if (m === 'POST' && p.length === 3) {
      const id = randomUUID();
      conversations.set(id, { seq: 0, activities: [], started: false });
      return send(res, 201, { conversationId: id, token: 'local-token', expires_in: 1800 });
    }
    const conv = conversations.get(p[3]);
    if (!conv) return send(res, 404, { error: { code: 'BadArgument', message: 'Conversation not found' } });
    if (m === 'GET' && p.length === 4) return send(res, 200, { conversationId: p[3], token: 'local-token', expires_in: 1800 });
    if (m === 'GET' && p[4] === 'activities') {
      const wm = Number(url.searchParams.get('watermark') || 0);
      return send(res, 200, { activities: conv.activities.filter((a) => a.seq > wm).map((a) => a.activity), watermark: String(conv.seq) });
    }
    if (m === 'POST' && p[4] === 'activities') {
      const activity = await body(req);
      // Echo first (keeping channelData.clientActivityID) so Web Chat marks the message as sent.
      const id = enqueue(conv, p[3], activity);
      const inbound = { ...activity, id, channelId: 'directline', serviceUrl, conversation: { id: p[3] }, recipient: bot,
        timestamp: new Date().toISOString() };
      try {
        if (!conv.started) {
          conv.started = true;
          await toBot({ type: 'conversationUpdate', id: randomUUID(), channelId: 'directline', serviceUrl,
            conversation: { id: p[3] }, recipient: bot, from: activity.from, membersAdded: [bot, activity.from],
            timestamp: new Date().toISOString() });
        }
        await toBot(inbound);
      } catch (e) {
        console.error(`forward failed: ${e.message}`);
        return send(res, 502, { error: { code: 'BotError', message: e.message } });
      }
      return send(res, 200, { id });
    }
  }

  // ---- Bot Connector v3 (bot side): the bot replies here because serviceUrl points at us ----
  if (p[0] === 'v3' && p[1] === 'conversations' && p[3] === 'activities') {
    const conv = conversations.get(p[2]);
    if (!conv) return send(res, 404, { error: { code: 'ConversationNotFound', message: 'Conversation not found' } });
    if (m === 'POST') {
      const activity = await body(req);
      if (!activity.type) return send(res, 400, { error: { code: 'BadArgument', message: 'Invalid input' } });
      const from = { ...bot, ...activity.from, role: 'bot' };
      return send(res, 200, { id: enqueue(conv, p[2], { ...activity, from }) });
    }
    if (m === 'PUT') {
      const activity = await body(req);
      const at = conv.activities.findIndex((a) => a.activity.id === p[4]);
      if (at >= 0) conv.activities[at].activity = { ...conv.activities[at].activity, ...activity, id: p[4] };
      return send(res, 200, { id: p[4] });
    }
    if (m === 'DELETE') {
      conv.activities = conv.activities.filter((a) => a.activity.id !== p[4]);
      return send(res, 200, {});
    }
  }
  return send(res, 404, { error: { code: 'NotFound', message: `${m} ${url.pathname}` } });
}

http.createServer((req, res) => {
  if (!(req.method === 'GET' && req.url.includes('/activities'))) console.log(`${req.method} ${req.url}`); // skip poll noise
  handle(req, res).catch((e) => { console.error(e); send(res, 500, { error: { code: 'ServiceError', message: e.message } }); });
}).listen(port, '127.0.0.1', () => console.log(`directline bridge on ${port} -> ${botUrl}`));
