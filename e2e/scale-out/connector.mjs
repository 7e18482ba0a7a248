// A loopback stand-in for a channel's Connector service: /api/messages replies are POSTed to the activity's
// serviceUrl, and this records each one so a check can count the answers to an activity id.
import { createServer } from 'node:http';

export async function startConnector() {
  const replies = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      // When it arrived and its bytes: a reply delivered again by another instance is told from a new answer.
      const at = Date.now();
      try { replies.push({ path: req.url, activity: JSON.parse(body), body, at }); } catch { replies.push({ path: req.url, activity: {}, body, at }); }
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: `reply-${replies.length}` }));
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    answersTo: (id) => replies.filter((r) => r.activity.type === 'message' && r.activity.replyToId === id),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// An emulator-channel message as /api/messages receives it in anonymous mode.
export const emulatorMessage = (connector, conversation, id, text) => ({
  type: 'message', id, channelId: 'emulator', serviceUrl: connector.url, timestamp: new Date().toISOString(),
  from: { id: 'scale-out-user', name: 'Scale-out' }, recipient: { id: 'rolebot', name: 'RoleBot' },
  conversation: { id: conversation }, text,
});
