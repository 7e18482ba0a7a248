// Bounded load on loopback (wrk from Debian): one RoleBot instance with Memory state, one with PostgreSQL state
// (direct, then behind HAProxy), and three with PostgreSQL state behind HAProxy, in one run against one throwaway
// PostgreSQL cluster. Reports throughput, p50/p99, errors, unanswered turns and CPU per turn (RoleBot, PostgreSQL).
// Build first: dotnet build RoleBot/RoleBot.csproj -c Release. Usage: node bench/scale-out/run.mjs [seconds] [connections]
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import path from 'node:path';
import { Postgres, Instance, HAProxy, waitFor } from '../../e2e/scale-out/cluster.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const dll = process.env.BENCH_DLL ?? path.join(root, 'RoleBot/bin/Release/net10.0/RoleBot.dll');
const seconds = Number(process.argv[2] ?? 10);
const connections = Number(process.argv[3] ?? 16);
const out = path.join(root, 'bench/scale-out/out');
mkdirSync(out, { recursive: true });
const parts = [];
let pg;
const stop = () => { for (const p of parts.splice(0).reverse()) { try { p.remove(); } catch { /* next */ } } };
process.on('exit', () => { stop(); pg?.remove(); });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const ticks = (pid) => { // utime + stime of one process, in clock ticks (100 per second on Linux)
  try { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return Number(f[11]) + Number(f[12]); } catch { return 0; }
};
// The postmaster and its backends (their parent is the postmaster), not other clusters on the machine.
function postgresTicks(pg) {
  const master = Number(readFileSync(path.join(pg.data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let sum = ticks(master);
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try { if (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1] === `${master}`) sum += ticks(pid); } catch { /* gone */ }
  }
  return sum;
}

function wrk(url, duration, run) {
  const text = execFileSync('wrk', ['-t', '2', '-c', `${connections}`, '-d', `${duration}s`, '--latency', '--timeout', '10s',
    '-s', path.join(root, 'bench/scale-out/turn.lua'), url, '--', run], { encoding: 'utf8', timeout: (duration + 30) * 1000 });
  const ms = (label) => {
    const m = text.match(new RegExp(`^\\s*${label}\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm'));
    return m ? Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2]] : NaN;
  };
  const errors = text.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/)?.slice(1).map(Number) ?? [0, 0, 0, 0];
  const non2xx = Number(text.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const [, answered, unanswered] = text.match(/answered (\d+) unanswered (\d+)/).map(Number);
  return { text, rps: Number(text.match(/Requests\/sec:\s+([\d.]+)/)[1]), p50: ms('50%'), p99: ms('99%'),
    errors: errors.reduce((a, b) => a + b, 0) + non2xx, answered, unanswered };
}

async function scenario(name, pg, count, provider, balanced) {
  const env = { MicrosoftAppId: '', MicrosoftAppPassword: '', RoleBot__AllowAnonymous: 'true', RoleBot__State__Provider: provider,
    ConnectionStrings__RoleBotState: pg.connectionString, RoleBot__DirectLine__Secret: randomBytes(24).toString('hex'),
    Logging__LogLevel__Default: 'Warning' };
  const instances = Array.from({ length: count }, (_, i) => new Instance(`${name}-${i + 1}`, dll, out, env));
  parts.push(...instances);
  await Promise.all(instances.map(async (i) => {
    await i.start();
    await waitFor(`${i.name} /healthz`, 90, async () => (await fetch(`${i.url}/healthz`)).ok);
  }));
  let url = instances[0].url;
  if (balanced) {
    const lb = new HAProxy(out, instances);
    parts.push(lb);
    await lb.start();
    await waitFor('HAProxy', 15, async () => (await fetch(`${lb.url}/healthz`)).ok);
    url = lb.url;
  }
  wrk(url, 3, `${name}-warm-${Date.now()}`); // JIT, pools and caches; not measured
  const before = { bot: instances.reduce((s, i) => s + ticks(i.pid), 0), pg: postgresTicks(pg) };
  const result = wrk(url, seconds, `${name}-${Date.now()}`);
  const turns = result.answered + result.unanswered;
  result.botCpu = ((instances.reduce((s, i) => s + ticks(i.pid), 0) - before.bot) * 10) / turns;
  result.pgCpu = ((postgresTicks(pg) - before.pg) * 10) / turns;
  stop();
  return { name, ...result };
}

pg = new Postgres(out);
await pg.init();
const results = [];
for (const [name, count, provider, balanced] of [['memory-1', 1, 'Memory', false], ['postgres-1', 1, 'Postgres', false],
  ['postgres-1-haproxy', 1, 'Postgres', true], ['postgres-3-haproxy', 3, 'Postgres', true]]) {
  const r = await scenario(name, pg, count, provider, balanced);
  results.push(r);
  console.error(`${name}: done`);
}

const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
console.log(`${cpus().length} × ${cpus()[0].model}, load average at the end ${load}; wrk -t2 -c${connections} -d${seconds}s, POST /api/messages expectReplies\n`);
console.log('| setup | turns/s | p50 ms | p99 ms | errors | unanswered | RoleBot CPU ms/turn | PostgreSQL CPU ms/turn |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} | ${r.unanswered} | ${r.botCpu.toFixed(2)} | ${r.pgCpu.toFixed(2)} |`);
}
const [memory, postgres] = results;
console.log(`\nPostgreSQL per turn vs Memory (one instance): p50 +${(postgres.p50 - memory.p50).toFixed(1)} ms, `
  + `RoleBot CPU +${(postgres.botCpu - memory.botCpu).toFixed(2)} ms, PostgreSQL CPU ${postgres.pgCpu.toFixed(2)} ms`);
process.exitCode = results.every((r) => r.errors === 0 && r.unanswered === 0) ? 0 : 1;
