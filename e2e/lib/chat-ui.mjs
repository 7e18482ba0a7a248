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
    const strip = (t) => t.toLowerCase().split(questionText.toLowerCase()).join(' ');
    // The last match: a welcome card arriving first may quote the question's roles too.
    const i = cards.findLastIndex((c) => !strict || res.every((r) => new RegExp(r[0], r[1]).test(strip(c.innerText))));
    return i >= 0 ? { index: from + i } : undefined; // an object: index 0 would read as "not yet"
  }, { sel: CARD, from, res: (question?.mentions ?? []).map((r) => [r.source, r.flags]),
    questionText: question?.text ?? '', strict }, { timeout, polling: 200 }).catch(async (e) => {
    const seen = await page.locator(CARD).evaluateAll((cards, n) => cards.slice(n).map((c) => c.innerText.slice(0, 200)), from);
    throw new Error(`no ${question ? `card mentioning ${question.mentions.join(' and ')}` : 'new card'} within ${timeout / 1000}s; `
      + (seen.length ? `new cards: ${seen.map((t) => JSON.stringify(t)).join(', ')}` : 'no new card appeared') + ` (${e.message.split('\n')[0]})`);
  });
  return (await handle.jsonValue()).index;
}

// Text the reader cannot fully see: cut with an ellipsis/hidden overflow inside its own box, or sticking out of an
// ancestor that hides overflow (e.g. a button wider than the card). Returns the clipped strings.
export function clippedTexts(cards) {
  return cards.evaluateAll((roots) => roots.flatMap((root) => [...root.querySelectorAll('*')]
    .filter((el) => el.children.length === 0 && el.textContent.trim() && el.getClientRects().length)
    .filter((el) => {
      if (el.scrollWidth > el.clientWidth + 1) return true;
      const box = el.getBoundingClientRect();
      for (let a = el.parentElement; a && root.contains(a); a = a.parentElement) {
        const style = getComputedStyle(a); // display:contents boxes (Web Chat's markdown wrapper) clip nothing
        if (style.overflowX === 'visible' || style.display === 'contents') continue;
        const r = a.getBoundingClientRect();
        if (box.right > r.right + 1 || box.left < r.left - 1) return true;
      }
      return false;
    })
    .map((el) => { el.dataset.e2eClipped = 'true'; return el.textContent.trim().slice(0, 60); }))); // marked for a screenshot
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

// Clicks the card's button titled `title` and waits for the bot's answer: Action.Submit brings a new card, while
// Teams' Action.Execute (Universal Actions) replaces the clicked card in place, so either counts.
export async function clickFollowUp(page, card, title, shot) {
  const texts = await page.locator(CARD).evaluateAll((cards) => cards.map((c) => c.innerText));
  await card.getByRole('button', { name: title, exact: true }).first().click();
  const handle = await page.waitForFunction(({ sel, texts }) => {
    const cards = [...document.querySelectorAll(sel)];
    if (cards.length > texts.length) return { index: cards.length - 1 };
    const i = cards.findIndex((c, n) => c.innerText !== texts[n]);
    return i >= 0 ? { index: i } : undefined;
  }, { sel: CARD, texts }, { timeout: 20000, polling: 200 }).catch((e) => {
    throw new Error(`no new or updated card within 20s (${e.message.split('\n')[0]})`);
  });
  const next = page.locator(CARD).nth((await handle.jsonValue()).index);
  await shoot(page, next, shot);
  return { card: next, clipped: await clippedTexts(next) };
}
