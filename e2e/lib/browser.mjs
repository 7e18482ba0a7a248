// Headless Debian Chromium driven by playwright-core (which never downloads a browser itself).
import { chromium } from 'playwright-core';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ARGS, timeout: 30000 });
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

// data: and blob: URLs never touch the network; blob: carries the origin that made it.
export function isLoopback(url) {
  const u = new URL(url);
  if (u.protocol === 'data:') return true;
  if (u.protocol === 'blob:') return isLoopback(u.pathname);
  return LOOPBACK_HOSTS.has(u.hostname);
}

// A page whose every Playwright wait is bounded, with console errors kept for failure messages.
// `loopbackOnly`: every request that would leave the machine is aborted and kept in page.blocked, and Content
// Security Policy violations are kept in the page (read them with cspViolations(page)).
export async function openPage(browser, url, viewport, { loopbackOnly = false, timeout = 20000 } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  context.setDefaultTimeout(timeout);
  const page = await context.newPage();
  page.errors = [];
  page.blocked = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  if (loopbackOnly) {
    await context.route('**/*', (route) => {
      const requested = route.request().url();
      if (isLoopback(requested)) return route.continue();
      page.blocked.push(requested);
      return route.abort('blockedbyclient');
    });
    page.on('websocket', (ws) => { if (!isLoopback(ws.url())) page.blocked.push(ws.url()); });
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
    });
  }
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

export const cspViolations = (page) => page.evaluate(() => window.__cspViolations ?? []);
