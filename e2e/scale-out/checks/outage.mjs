// PostgreSQL stopped and started again while conversations go on: callers get statuses they can retry, Direct
// Line polls stay 200 and empty, readiness drops and comes back, and no RoleBot process is restarted.
import { check, assert } from '../report.mjs';
import { call, tryCall, Conversation, visibleText, ok } from '../directline.mjs';
import { QUESTION, CHOICE, secondOption, assertAnswersChoice } from '../dialog.mjs';
import { emulatorMessage } from '../connector.mjs';
import { waitFor } from '../cluster.mjs';
import { sleep } from '../../lib/wait.mjs';

const status = async (url) => (await tryCall(url, 'GET', '', { timeout: 5000 })).status;
const retryAfter = (r) => Number(r.headers.get('retry-after'));

// Background conversations that keep asking through the balancer, about every 2.5 s each (under the post rate).
function background(lb, secret, count) {
  const list = Array.from({ length: count }, () => new Conversation(secret));
  let running = true;
  const loops = list.map(async (c, i) => {
    await sleep(i * 600);
    await c.start(lb.url);
    while (running) {
      await c.say(lb.url, 'what does a VP do?');
      await c.poll(lb.url);
      await sleep(2500);
    }
  });
  return { list, stop: async () => { running = false; await Promise.allSettled(loops); } };
}

export async function postgresRestart(pg, lb, instances, secret, connector) {
  const pids = instances.map((i) => i.pid);
  const pending = new Conversation(secret);
  let chosen;
  const before = await check('before the outage: a question asked through the balancer waits for its "2"', async () => {
    await pending.start(lb.url);
    const question = await pending.say(lb.url, QUESTION);
    assert(ok(question.status), `HTTP ${question.status}`);
    chosen = secondOption(visibleText(await pending.waitForAnswer(lb.url, question.id)));
  });
  const load = background(lb, secret, 3);
  await sleep(2000);
  pg.stop('fast');
  const downAt = Date.now();
  try {
    await check('PostgreSQL down: /healthz/ready fails on every instance, /healthz stays 200', async () => {
      await waitFor('every instance not ready', 20, async () => (await Promise.all(instances.map((i) => status(`${i.url}/healthz/ready`)))).every((s) => s !== 200));
      const ready = await Promise.all(instances.map((i) => status(`${i.url}/healthz/ready`)));
      const live = await Promise.all(instances.map((i) => status(`${i.url}/healthz`)));
      assert(ready.every((s) => s === 503), `ready: ${ready}`);
      assert(live.every((s) => s === 200), `live: ${live}`);
      return `ready ${ready.join('/')}, live ${live.join('/')}`;
    });
    await check('PostgreSQL down: a Direct Line post through the balancer gets 503 with Retry-After', async () => {
      const r = await tryCall(lb.url, 'POST', pending.path(), { secret, body: { type: 'message', from: { id: pending.user }, text: 'hello?' } });
      assert(r.status === 503 && retryAfter(r) >= 1, `HTTP ${r.status}, Retry-After ${r.headers.get('retry-after')}`);
      return `Retry-After: ${r.headers.get('retry-after')} (${r.instance})`;
    });
    await check('PostgreSQL down: a Direct Line poll through the balancer gets 200 and no activities', async () => {
      const r = await tryCall(lb.url, 'GET', `${pending.path()}?watermark=${pending.watermark}`, { secret });
      assert(r.status === 200 && Array.isArray(r.json?.activities) && r.json.activities.length === 0, `HTTP ${r.status} ${JSON.stringify(r.json)?.slice(0, 200)}`);
      assert(r.json.watermark !== undefined, 'no watermark');
      return r.instance;
    });
    await check('PostgreSQL down: /api/messages through the balancer gets 503 with Retry-After', async () => {
      const id = `outage-${Date.now()}`;
      const r = await tryCall(lb.url, 'POST', '/api/messages', { body: emulatorMessage(connector, `scaleout-outage-${id}`, id, 'what does a VP do?') });
      assert(r.status === 503 && retryAfter(r) >= 1, `HTTP ${r.status}, Retry-After ${r.headers.get('retry-after')}`);
      return `Retry-After: ${r.headers.get('retry-after')} (${r.instance})`;
    });
    await sleep(Math.max(0, 8000 - (Date.now() - downAt))); // a few background posts fall into the outage
  } finally {
    pg.start();
  }
  const upAt = Date.now();
  await check('PostgreSQL back: every instance ready again, none restarted', async () => {
    await waitFor('every instance ready', 45, async () => (await Promise.all(instances.map((i) => status(`${i.url}/healthz/ready`)))).every((s) => s === 200));
    assert(instances.every((i, n) => i.pid === pids[n] && i.alive()), 'a RoleBot process was restarted or died');
    return `${((Date.now() - upAt) / 1000).toFixed(1)}s after the start, down ${((upAt - downAt) / 1000).toFixed(1)}s`;
  });
  await sleep(3000);
  await load.stop();
  await check('PostgreSQL restart: background posts got 2xx (answered exactly once) or 503 with Retry-After', async () => {
    await sleep(2000);
    await Promise.all(load.list.map((c) => c.id && c.poll(lb.url)));
    const posted = load.list.flatMap((c) => c.posted.map((p) => ({ c, p })));
    const bad = posted.filter(({ p }) => !ok(p.status) && !(p.status === 503 && Number(p.retryAfter) >= 1));
    assert(bad.length === 0, `other statuses: ${bad.map(({ p }) => `${p.status} from ${p.instance}`).join(', ')}`);
    const wrong = posted.filter(({ c, p }) => ok(p.status) && c.answersTo(p.id).length !== 1);
    assert(wrong.length === 0, `${wrong.length} acknowledged posts without exactly one answer`);
    const refused = posted.filter(({ p }) => p.status === 503).length;
    assert(refused > 0, 'no background post fell into the outage');
    return `${posted.length - refused} acknowledged and answered, ${refused} refused with 503`;
  });
  if (before) {
    await check(`PostgreSQL restart: the pending question survives, "${CHOICE}" after the outage is answered`, async () => {
      const choice = await pending.say(lb.url, CHOICE);
      assert(ok(choice.status), `HTTP ${choice.status}`);
      assertAnswersChoice(visibleText(await pending.waitForAnswer(lb.url, choice.id)), chosen);
      return chosen;
    });
  }
}
