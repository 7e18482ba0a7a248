// Scale-out checks (issue 14): PostgreSQL, three RoleBot instances sharing it, HAProxy in front. Started and
// stopped here; run through .ci/steps/scale-out.sh, which builds RoleBot first. Prints one line per check and
// "(scale-out) N passed, N failed".
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Postgres, Instance, HAProxy, waitFor } from './cluster.mjs';
import { check, assert, totals } from './report.mjs';
import { tryCall } from './directline.mjs';
import { startConnector } from './connector.mjs';
import { balancerSpreads, dialogSpansInstances, oneAnswerPerActivityId } from './checks/spread.mjs';
import { webChatThroughBalancer } from './checks/webchat.mjs';
import { streamWokenAcrossInstances, streamRefusesOtherTokens, streamBeforeOutage } from './checks/stream.mjs';
import { killOneInstanceMidRun } from './checks/kill.mjs';
import { postgresRestart } from './checks/outage.mjs';

const out = process.env.SCALEOUT_OUT ?? path.resolve('e2e/out/scale-out');
const dll = process.env.ROLEBOT_DLL;
mkdirSync(out, { recursive: true });
const secret = randomBytes(24).toString('hex'); // the Direct Line secret every instance shares
const parts = [];
let connector;

function stopAll() {
  for (const part of parts.reverse()) { try { part.remove(); } catch { /* keep stopping the others */ } }
  parts.length = 0;
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

// Alive first (start-up includes a warm-up), then ready: a missing or failing /healthz/ready fails fast.
async function up(instance) {
  await waitFor(`${instance.name} /healthz (see ${instance.logFile})`, 90, async () => {
    assert(instance.alive(), `${instance.name} exited; see ${instance.logFile}`);
    return (await tryCall(instance.url, 'GET', '/healthz', { timeout: 3000 })).status === 200;
  });
  await waitFor(`${instance.name} /healthz/ready 200`, 15, () => ready(instance));
}

const ready = async (instance) => (await tryCall(instance.url, 'GET', '/healthz/ready', { timeout: 3000 })).status === 200;

async function main() {
  const pg = new Postgres(out);
  parts.push(pg);
  const started = await check('PostgreSQL throwaway cluster on a free loopback port', async () => {
    await pg.init();
    return `port ${pg.port}`;
  });
  if (!started) return;
  // For the bash step's trap, in case this process dies without its exit handler.
  writeFileSync(path.join(out, 'cluster.json'), JSON.stringify({ pgBin: pg.bin, pgData: pg.data, root: pg.root }));

  const env = {
    MicrosoftAppId: '', MicrosoftAppPassword: '', RoleBot__AllowAnonymous: 'true', // anonymous, as the e2e step runs it
    RoleBot__State__Provider: 'Postgres', ConnectionStrings__RoleBotState: pg.connectionString,
    RoleBot__DirectLine__Secret: secret, DOTNET_gcServer: '0',
    RoleBot__State__QueueLease: '00:00:05', // a dead instance's journaled turns are taken over within seconds
    RoleBot__DirectLine__StreamKeepAlive: '00:05:00', // streams get answers from wake-ups, not from their keep-alive re-reads
  };
  const instances = ['s1', 's2', 's3'].map((name) => new Instance(name, dll, out, env));
  parts.push(...instances);
  const allUp = await check('three RoleBot instances (dotnet RoleBot.dll, Provider=Postgres) report ready on /healthz/ready', async () => {
    await Promise.all(instances.map((i) => i.start()));
    await Promise.all(instances.map((i) => up(i)));
    return instances.map((i) => `${i.name}:${i.port}`).join(' ');
  });
  if (!allUp && !instances.every((i) => i.alive())) return;

  const lb = new HAProxy(out, instances);
  parts.push(lb);
  await lb.start();
  await waitFor('HAProxy answering', 15, async () => (await tryCall(lb.url, 'GET', '/healthz')).status === 200);
  await sleep(1000); // a few health checks
  await balancerSpreads(lb, instances);
  await webChatThroughBalancer(lb, out);
  await dialogSpansInstances(secret, instances);
  await streamWokenAcrossInstances(secret, instances);
  await streamRefusesOtherTokens(secret, instances[2]);
  connector = await startConnector();
  await oneAnswerPerActivityId(connector, instances);

  const victim = instances[1];
  await killOneInstanceMidRun(lb, victim, secret, connector);
  await check(`${victim.name} restarted on its port rejoins the balancer`, async () => {
    await victim.exited;
    await victim.start();
    await up(victim);
    await waitFor(`HAProxy routing to ${victim.name}`, 15, async () => (await tryCall(lb.url, 'GET', '/healthz')).instance === victim.name);
  });

  const streamAcrossOutage = await streamBeforeOutage(secret, instances[0]);
  await postgresRestart(pg, lb, instances, secret, connector);
  await streamAcrossOutage(instances[2]);

  await check('no log (RoleBot, HAProxy, PostgreSQL) contains the database password', () => {
    for (const file of [...instances.map((i) => i.logFile), lb.logFile, pg.log]) {
      let text = '';
      try { text = readFileSync(file, 'utf8'); } catch { continue; }
      assert(!text.includes(pg.password), `${path.basename(file)} contains it`);
    }
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
try {
  await main();
} catch (e) {
  await check('scale-out run', () => { throw e; });
} finally {
  await connector?.close();
  stopAll();
  const { passed, failed } = totals();
  console.log(`(scale-out) ${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}
