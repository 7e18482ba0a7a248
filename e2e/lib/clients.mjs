// The two real browser clients: how to open them, when they are ready, and how to type into them.
// Web Chat is RoleBot's own page (webchat-page.mjs).
import { sleep } from './wait.mjs';

export const PLAYGROUND = {
  name: 'playground',
  url: process.env.PLAYGROUND_URL ?? 'http://127.0.0.1:56150',
  viewport: { width: 1280, height: 1000 }, // the Playground's desktop layout: chat column beside the log panel
  async ready(page) {
    await page.locator('[data-lexical-editor="true"][role="textbox"]').waitFor();
    await sleep(1500); // each page load sends installationUpdate + conversationUpdate; let a welcome card land first
  },
  // Lexical ignores fill(); it needs real key events.
  async type(page, text) {
    const editor = page.locator('[data-lexical-editor="true"][role="textbox"]');
    await editor.click();
    await editor.pressSequentially(text);
  },
};

export { WEBCHAT } from './webchat-page.mjs';
