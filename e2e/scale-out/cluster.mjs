// The processes of the scale-out run: a throwaway PostgreSQL cluster, RoleBot instances and HAProxy, each on a free
// loopback port, each in its own process group so a kill reaches everything it spawned. Nothing here is reused
// between runs; stopAll() (and the bash step's trap, through cluster.json) removes it all.
import { spawn, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync, openSync, chmodSync, chownSync, rmSync, readdirSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sleep } from '../lib/wait.mjs';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const isRoot = process.getuid?.() === 0;
// PostgreSQL refuses to run as root; Debian's package creates a postgres user to run it as.
const asPostgres = (file, args) => (isRoot ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args]);
const run = (file, args) => { const [f, a] = asPostgres(file, args); return execFileSync(f, a, { stdio: 'pipe', timeout: 60000 }).toString(); };

function pgBin() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(`${root}/${v}/bin/initdb`)) : [];
  if (!versions.length) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql (run .ci/setup.sh)');
  return `${root}/${versions.sort((a, b) => b - a)[0]}/bin`;
}

export class Postgres {
  constructor(out) {
    this.bin = pgBin();
    this.root = mkdtempSync(path.join(tmpdir(), 'rolebot-scaleout-pg-'));
    this.data = path.join(this.root, 'data');
    this.password = `pw-${randomBytes(12).toString('hex')}`; // random, so the logs can be searched for it
    this.log = path.join(this.root, 'server.log'); // written as the postgres user; copied to out/ at the end
    this.savedLog = path.join(out, 'postgres.log');
  }

  async init() {
    if (isRoot) { chownSync(this.root, uidOf('postgres'), gidOf('postgres')); }
    const pwfile = path.join(this.root, 'pwfile');
    writeFileSync(pwfile, this.password);
    if (isRoot) chownSync(pwfile, uidOf('postgres'), gidOf('postgres'));
    run(`${this.bin}/initdb`, ['-D', this.data, '-U', 'rolebot', '--pwfile', pwfile, '--auth-host=scram-sha-256',
      '--auth-local=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    rmSync(pwfile);
    this.port = await freePort();
    this.start();
    const [f, a] = asPostgres(`${this.bin}/psql`, ['-h', this.root, '-p', `${this.port}`, '-U', 'rolebot', '-d', 'postgres', '-qc', 'CREATE DATABASE rolebot']);
    execFileSync(f, a, { stdio: 'pipe', timeout: 30000 });
  }

  get connectionString() {
    return `Host=127.0.0.1;Port=${this.port};Username=rolebot;Password=${this.password};Database=rolebot;Timeout=3`;
  }

  start() {
    // fsync off: the cluster is thrown away. The socket stays in the temp dir, away from any system cluster.
    run(`${this.bin}/pg_ctl`, ['-D', this.data, '-l', this.log, '-w', '-t', '60', '-o',
      `-h 127.0.0.1 -p ${this.port} -k ${this.root} -c fsync=off -c full_page_writes=off -c synchronous_commit=off`, 'start']);
  }

  stop(mode = 'fast') {
    run(`${this.bin}/pg_ctl`, ['-D', this.data, '-m', mode, '-w', 'stop']);
  }

  remove() {
    try { this.stop('immediate'); } catch { /* not running */ }
    try { copyFileSync(this.log, this.savedLog); } catch { /* no log yet */ }
    rmSync(this.root, { recursive: true, force: true });
  }
}

const idOf = (flag, name) => Number(execFileSync('id', [flag, name]).toString().trim());
const uidOf = (name) => idOf('-u', name);
const gidOf = (name) => idOf('-g', name);

// One RoleBot process (`dotnet RoleBot.dll`), restartable on the same port.
export class Instance {
  constructor(name, dll, out, env) {
    Object.assign(this, { name, dll, env, logFile: path.join(out, `${name}.log`) });
    this.cwd = mkdtempSync(path.join(tmpdir(), `rolebot-scaleout-${name}-`)); // content must not depend on cwd
  }

  get url() { return `http://127.0.0.1:${this.port}`; }

  async start() {
    this.port ??= await freePort();
    const log = openSync(this.logFile, 'a');
    this.process = spawn('dotnet', [this.dll], {
      cwd: this.cwd, detached: true, stdio: ['ignore', log, log],
      env: { ...process.env, ...this.env, ASPNETCORE_URLS: this.url },
    });
    this.pid = this.process.pid;
    writeFileSync(this.logFile.replace(/\.log$/, '.pid'), `${this.pid}`); // for the bash step's trap
    this.exited = new Promise((resolve) => this.process.once('exit', resolve));
  }

  kill(signal = 'SIGKILL') {
    try { process.kill(-this.pid, signal); } catch { /* already gone */ }
  }

  alive() {
    try { process.kill(this.pid, 0); return true; } catch { return false; }
  }

  remove() {
    this.kill('SIGKILL');
    rmSync(this.cwd, { recursive: true, force: true });
  }
}

// Round robin over the instances, no stickiness, readiness from /healthz/ready. The same instances are listed
// again as backups without a check: when the shared database is down every instance fails readiness, and then
// the balancer still lets them answer (503 + Retry-After, empty polls) instead of answering 503 itself.
export class HAProxy {
  constructor(out, instances) {
    Object.assign(this, { out, instances, logFile: path.join(out, 'haproxy.log') });
    this.dir = mkdtempSync(path.join(tmpdir(), 'rolebot-scaleout-haproxy-'));
  }

  get url() { return `http://127.0.0.1:${this.port}`; }

  async start() {
    this.port = await freePort();
    const servers = this.instances.map((i) => `  server ${i.name} 127.0.0.1:${i.port} check inter 300 fall 2 rise 1`);
    const backups = this.instances.map((i) => `  server ${i.name}-backup 127.0.0.1:${i.port} backup`);
    const config = ['global', '  maxconn 2000', '  log stdout format raw local0', 'defaults', '  mode http', '  log global', '  option httplog', '  timeout connect 2s',
      '  timeout client 60s', '  timeout server 60s', '  timeout tunnel 1h', '  retries 2', '  option redispatch 1', '  retry-on conn-failure',
      `frontend rolebot`, `  bind 127.0.0.1:${this.port}`, '  default_backend instances',
      'backend instances', '  balance roundrobin', '  option allbackups', '  option httpchk GET /healthz/ready',
      '  http-check expect status 200',
      // Which instance answered, so the checks can see requests spread over all of them.
      '  http-response set-header X-RoleBot-Instance %s', ...servers, ...backups, ''].join('\n');
    const file = path.join(this.dir, 'haproxy.cfg');
    writeFileSync(file, config);
    chmodSync(file, 0o644);
    execFileSync('haproxy', ['-c', '-q', '-f', file], { stdio: 'pipe' });
    const log = openSync(this.logFile, 'a');
    this.process = spawn('haproxy', ['-db', '-f', file], { detached: true, stdio: ['ignore', log, log] });
    this.pid = this.process.pid;
    writeFileSync(path.join(this.out, 'haproxy.pid'), `${this.pid}`);
  }

  remove() {
    try { process.kill(-this.pid, 'SIGKILL'); } catch { /* gone */ }
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export async function waitFor(what, seconds, probe) {
  const deadline = Date.now() + seconds * 1000;
  let last = '';
  while (Date.now() < deadline) {
    try { if (await probe()) return; } catch (e) { last = e.message; }
    await sleep(150);
  }
  throw new Error(`${what} not within ${seconds}s${last ? ` (${last})` : ''}`);
}
