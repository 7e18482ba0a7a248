// A bounded run of concurrent conversations through the balancer while one instance is SIGKILLed mid-run.
import { check, assert } from '../report.mjs';
import { Conversation, visibleText, ok } from '../directline.mjs';
import { QUESTION, CHOICE, secondOption, assertAnswersChoice } from '../dialog.mjs';
import { sleep } from '../../lib/wait.mjs';

const FOLLOW_UP = 'who is higher, GM or VP?';

// Says `text` until a 2xx (a client retries a refused post); every attempt stays in conversation.posted.
async function sayUntilAcknowledged(conversation, url, text) {
  for (let attempt = 1; attempt <= 8; attempt++) {
    const posted = await conversation.say(url, text);
    if (ok(posted.status)) return posted;
    await sleep(Math.min(1000 * Number(posted.retryAfter || 0.3), 2000));
  }
  throw new Error(`"${text}" never acknowledged`);
}

async function converse(conversation, lb, onAcknowledged) {
  for (let start = 1; ; start++) {
    try { await conversation.start(lb.url); break; } catch (e) { if (start === 5) throw e; await sleep(300); }
  }
  const question = await sayUntilAcknowledged(conversation, lb.url, QUESTION);
  onAcknowledged(question);
  conversation.chosen = secondOption(visibleText(await conversation.waitForAnswer(lb.url, question.id, 60)));
  const choice = await sayUntilAcknowledged(conversation, lb.url, CHOICE);
  onAcknowledged(choice);
  conversation.answer = visibleText(await conversation.waitForAnswer(lb.url, choice.id, 60));
  const follow = await sayUntilAcknowledged(conversation, lb.url, FOLLOW_UP);
  onAcknowledged(follow);
  await conversation.waitForAnswer(lb.url, follow.id, 60);
}

export async function killOneInstanceMidRun(lb, victim, secret, { conversations = 9 } = {}) {
  const list = Array.from({ length: conversations }, () => new Conversation(secret));
  const total = conversations * 3;
  let acknowledged = 0;
  let killedAt = -1;
  let killedRight = false;
  // Killed right after it acknowledged a turn, once a third of the turns are in: that turn is most likely still
  // running on the victim, so only the journal's lease can bring its answer.
  const onAcknowledged = (posted) => {
    acknowledged += 1;
    // Should round robin keep the victim's posts away, the kill still comes at two thirds.
    if (killedAt < 0 && acknowledged >= Math.floor(total / 3) && (posted.instance === victim.name || acknowledged >= Math.floor((2 * total) / 3))) {
      killedRight = posted.instance === victim.name;
      victim.kill('SIGKILL');
      killedAt = acknowledged;
    }
  };
  // Staggered starts, so turns are in flight on every instance when the kill comes.
  const t0 = Date.now();
  const runs = list.map((c, i) => sleep(i * 120).then(() => converse(c, lb, onAcknowledged)).then(() => undefined, (e) => e));
  const errors = (await Promise.all(runs)).filter(Boolean);
  // Late duplicates (a dead instance's turn run again) would show up now, not during the run.
  await sleep(3000);
  await Promise.all(list.map((c) => c.id && c.poll(lb.url)));

  const acked = list.flatMap((c) => c.posted.filter((p) => ok(p.status)).map((p) => ({ c, p })));
  const refused = list.flatMap((c) => c.posted.filter((p) => !ok(p.status)));
  const onVictim = acked.filter(({ p }) => p.instance === victim.name).length;
  const summary = `${conversations} conversations in ${((Date.now() - t0) / 1000).toFixed(0)}s, ${victim.name} killed after ${killedAt} acknowledged turns${killedRight ? `, the last by ${victim.name}` : ''}; `
    + `${acked.length} acknowledged (${onVictim} by ${victim.name}), ${refused.length} refused (${[...new Set(refused.map((p) => p.status))].join('/') || '-'}) and retried`;

  await check(`SIGKILL of ${victim.name} mid-run: every message that got a 2xx gets exactly one answer`, () => {
    assert(killedAt > 0, `the run ended before the kill (${victim.name} acknowledged no turn after the first third)`);
    assert(!victim.alive(), `${victim.name} still runs`);
    const wrong = acked.map(({ c, p }) => ({ p, n: c.answersTo(p.id).length })).filter(({ n }) => n !== 1);
    assert(wrong.length === 0, () => `${wrong.map(({ p, n }) => `"${p.text}" (${p.id}, on ${p.instance}): ${n} answers`).join('; ')}; ${summary}`
      + (errors.length ? `; ${errors.map((e) => e.message).join('; ')}` : ''));
    return summary;
  });
  await check(`SIGKILL of ${victim.name} mid-run: no dialog state lost ("${CHOICE}" answered for the PM chosen, in every conversation)`, () => {
    for (const c of list) {
      assert(c.answer, `conversation ${c.id ?? '(not started)'} has no answer to "${CHOICE}"${errors.length ? `: ${errors.map((e) => e.message).join('; ')}` : ''}`);
      assertAnswersChoice(c.answer, c.chosen);
    }
    return `${list.length} of ${list.length}`;
  });
}
