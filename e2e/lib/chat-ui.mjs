// Drives a chat client's page the way a person would: type, Enter, wait for the answer card, screenshot.
// Shared by the Playground (Teams UI) and Web Chat checks; only the selectors differ.
import { sleep } from './wait.mjs';

const CARD = '.ac-adaptiveCard';

// Waits for a card after index `from` whose visible text matches every regex (the question text removed so an
// echo does not count); returns its index.
async function waitForCard(page, from, question, timeout) {
  const strict = process.env.E2E_BOT !== 'echo';
  const handle = await page.waitForFunction(({ sel, from, res, questionText, strict }) => {
    const cards = [...document.querySelectorAll(sel)].slice(from);
    const i = cards.findIndex((c) => !strict
      || res.every((r) => new RegExp(r[0], r[1]).test(c.innerText.split(questionText).join(' '))));
    return i >= 0 ? { index: from + i } : undefined; // an object: index 0 would read as "not yet"
  }, { sel: CARD, from, res: (question?.mentions ?? []).map((r) => [r.source, r.flags]),
    questionText: question?.text ?? '', strict }, { timeout, polling: 200 }).catch(async (e) => {
    const seen = await page.locator(CARD).evaluateAll((cards, n) => cards.slice(n).map((c) => c.innerText.slice(0, 200)), from);
    throw new Error(`no ${question ? `card mentioning ${question.mentions.join(' and ')}` : 'new card'} within ${timeout / 1000}s; `
      + (seen.length ? `new cards: ${seen.map((t) => JSON.stringify(t)).join(', ')}` : 'no new card appeared') + ` (${e.message.split('\n')[0]})`);
  });
  return (await handle.jsonValue()).index;
}

// Text that does not fit its box (ellipsis or hidden overflow) is clipped for the reader.
function clippedTexts(card) {
  return card.evaluate((root) => [...root.querySelectorAll('.ac-textBlock, .ac-textBlock *, button, button *')]
    .filter((el) => el.children.length === 0 && el.textContent.trim() && el.scrollWidth > el.clientWidth + 1)
    .map((el) => el.textContent.trim().slice(0, 40)));
}

async function shoot(page, card, path) {
  await card.scrollIntoViewIfNeeded();
  await sleep(400); // let fonts and the card's layout settle before the picture
  await page.screenshot({ path });
}

// Types `text` into the client's input and returns the answer card (a Locator) plus any clipped text.
export async function ask(page, client, question, shot) {
  const before = await page.locator(CARD).count();
  await client.type(page, question.text);
  await page.keyboard.press('Enter');
  const index = await waitForCard(page, before, question, 20000).catch(async (e) => {
    await page.screenshot({ path: shot.replace(/\.png$/, '-FAILED.png') }).catch(() => {}); // what the user saw instead
    throw e;
  });
  const card = page.locator(CARD).nth(index);
  await shoot(page, card, shot);
  return { card, clipped: await clippedTexts(card) };
}

// Clicks the card's button titled `title` (an Action.Submit) and waits for the bot's next card.
export async function clickFollowUp(page, card, title, shot) {
  const before = await page.locator(CARD).count();
  await card.getByRole('button', { name: title, exact: true }).first().click();
  const index = await waitForCard(page, before, null, 20000);
  const next = page.locator(CARD).nth(index);
  await shoot(page, next, shot);
  return { card: next, clipped: await clippedTexts(next) };
}
