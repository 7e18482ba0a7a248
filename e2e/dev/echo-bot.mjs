// DEVELOPMENT ONLY: a throwaway stand-in for RoleBot so the harness can be built before the real bot lands.
// CI never starts it (.ci/steps/e2e.sh uses it only when E2E_BOT=echo). It speaks the same wire protocol:
// anonymous POST /api/messages in, Connector v3 replies out to activity.serviceUrl.
import http from 'node:http';

const port = Number(process.env.PORT ?? 3978);

function card(text) {
  // A ColumnSet "table" and an Action.Submit, like the real comparison card will have.
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: {
      type: 'AdaptiveCard', version: '1.5',
      body: [
        { type: 'TextBlock', text: `echo: ${text}`, wrap: true, weight: 'Bolder' },
        { type: 'ColumnSet', columns: [
          { type: 'Column', items: [{ type: 'TextBlock', text: 'left' }] },
          { type: 'Column', items: [{ type: 'TextBlock', text: 'right' }] } ] },
      ],
      actions: [{ type: 'Action.Submit', title: 'Ask again', data: { text: 'again' } }],
    },
  };
}

async function reply(activity) {
  const text = activity.text ?? JSON.stringify(activity.value ?? {});
  const base = activity.serviceUrl.replace(/\/?$/, '/');
  const url = `${base}v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities/${encodeURIComponent(activity.id ?? '')}`;
  const body = {
    type: 'message', from: activity.recipient, recipient: activity.from, conversation: activity.conversation,
    replyToId: activity.id, attachments: [card(text)],
  };
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  console.log(`reply ${res.status} -> ${url}`);
}

http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/healthz') return res.end('{"status":"ok"}');
  if (req.method !== 'POST' || req.url !== '/api/messages') { res.statusCode = 404; return res.end(); }
  let raw = '';
  req.on('data', (c) => { raw += c; });
  req.on('end', () => {
    const activity = JSON.parse(raw);
    console.log(`in ${activity.type} ${activity.channelId} ${activity.text ?? ''}`);
    res.end();
    if (activity.type === 'message') reply(activity).catch((e) => console.error('reply failed', e));
  });
}).listen(port, '127.0.0.1', () => console.log(`echo bot on ${port}`));
