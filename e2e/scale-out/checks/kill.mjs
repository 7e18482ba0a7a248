// A bounded run of concurrent conversations through the balancer while one instance is SIGKILLed mid-run.
import { check, assert } from '../report.mjs';
import { Conversation, visibleText, ok } from '../directline.mjs';
import { QUESTION, CHOICE, secondOption, assertAnswersChoice } from '../dialog.mjs';
import { emulatorMessage } from '../connector.mjs';
import { call as send } from '../directline.mjs';
import { sleep } from '../../lib/wait.mjs';

const FOLLOW_UP = 'who is higher, GM or VP?';

// Says `text` until a 2xx, as Web Chat's retry does: the same clientActivityID each time, so a post the dead
// instance stored (and perhaps answered) is not a new message. Every attempt stays in conversation.posted.
async function sayUntilAcknowledged(conversation, url, text) {
  const clientActivityID = `kill-${Math.random().toString(36).slice(2, 12)}`;
  for (let attempt = 1; attempt <= 8; attempt++) {
    const posted = await conversation.say(url, text, clientActivityID);
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

// The same dialog over /api/messages: acknowledged with 200 once journaled, answered to the stand-in Connector by
// whichever instance holds (or takes over) the turn's lease. A refused delivery is re-sent with the same id, as a
// channel does.
async function converseOverMessages(record, lb, connector, onAcknowledged) {
  const conversation = `scaleout-kill-${Math.random().toString(36).slice(2, 10)}`;
  const deliver = async (text, n) => {
    const id = `${conversation}-${n}`;
    for (let attempt = 1; attempt <= 8; attempt++) {
      const r = await send(lb.url, 'POST', '/api/messages', { body: emulatorMessage(connector, conversation, id, text) })
        .catch((e) => ({ status: 0, error: e.message, headers: new Headers() }));
      record.posted.push({ text, id, status: r.status, instance: r.instance });
      if (ok(r.status)) { onAcknowledged(record.posted.at(-1)); return id; }
      await sleep(500);
    }
    throw new Error(`"${text}" never acknowledged on /api/messages`);
  };
  const answer = async (id) => {
    const deadline = Date.now() + 60000; // the lease of a dead instance's turn has to lapse first
    while (!connector.answersTo(id).length) {
      if (Date.now() > deadline) throw new Error(`no answer to ${id} within 60s`);
      await sleep(250);
    }
    return visibleText(connector.answersTo(id)[0].activity);
  };
  record.answersTo = (id) => connector.answersTo(id);
  record.chosen = secondOption(await answer(await deliver(QUESTION, 1)));
  record.answer = await answer(await deliver(CHOICE, 2));
  await answer(await deliver(FOLLOW_UP, 3));
}

// The same activity, whatever the order of its members: a committed reply comes back from PostgreSQL's jsonb with its
// keys reordered, so the copy a taker-over sends is the same JSON, not the same bytes.
const canonical = (value) => (Array.isArray(value) ? value.map(canonical)
  : value && typeof value === 'object' ? Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical(value[k])])) : value);
const same = (answers) => answers.every((a) => JSON.stringify(canonical(a.activity)) === JSON.stringify(canonical(answers[0].activity)));

export async function killOneInstanceMidRun(lb, victim, secret, connector, { conversations = 6, overMessages = 6 } = {}) {
  const list = Array.from({ length: conversations }, () => new Conversation(secret));
  const records = Array.from({ length: overMessages }, () => ({ posted: [], id: 'api/messages' }));
  const total = (conversations + overMessages) * 3;
  let acknowledged = 0;
  let killedAt = -1;
  let killedRight = false;
  let killTime = Infinity;
  // Killed right after it acknowledged a turn, once a third of the turns are in: that turn is most likely still
  // running on the victim, so only the journal's lease can bring its answer.
  const onAcknowledged = (posted) => {
    acknowledged += 1;
    // Should round robin keep the victim's posts away, the kill still comes at two thirds.
    if (killedAt < 0 && acknowledged >= Math.floor(total / 3) && (posted.instance === victim.name || acknowledged >= Math.floor((2 * total) / 3))) {
      killedRight = posted.instance === victim.name;
      killTime = Date.now();
      victim.kill('SIGKILL');
      killedAt = acknowledged;
    }
  };
  // Staggered starts, so turns are in flight on every instance when the kill comes.
  const t0 = Date.now();
  const runs = [...list.map((c, i) => sleep(i * 120).then(() => converse(c, lb, onAcknowledged))),
    ...records.map((r, i) => sleep(i * 120 + 60).then(() => converseOverMessages(r, lb, connector, onAcknowledged)))]
    .map((run) => run.then(() => undefined, (e) => e));
  const errors = (await Promise.all(runs)).filter(Boolean);
  // Late duplicates (a dead instance's turn run again) would show up now, not during the run.
  await sleep(3000);
  await Promise.all(list.map((c) => c.id && c.poll(lb.url)));

  await sleep(2000); // a late second answer at the Connector
  const all = [...list, ...records];
  // A delivery re-sent after a refusal has the same id: one acknowledged id counts once.
  const acked = all.flatMap((c) => c.posted.filter((p, n) => ok(p.status) && c.posted.findIndex((q) => q.id === p.id && ok(q.status)) === n).map((p) => ({ c, p })));
  const refused = all.flatMap((c) => c.posted.filter((p) => !ok(p.status)));
  const onVictim = acked.filter(({ p }) => p.instance === victim.name).length;
  const summary = `${conversations} Direct Line and ${overMessages} /api/messages conversations in ${((Date.now() - t0) / 1000).toFixed(0)}s, ${victim.name} killed after ${killedAt} acknowledged turns${killedRight ? `, the last by ${victim.name}` : ''}; `
    + `${acked.length} acknowledged (${onVictim} by ${victim.name}), ${refused.length} refused (${[...new Set(refused.map((p) => p.status))].join('/') || '-'}) and retried`;

  await check(`SIGKILL of ${victim.name} mid-run: every message that got a 2xx gets exactly one answer`, () => {
    assert(killedAt > 0, `the run ended before the kill (${victim.name} acknowledged no turn after the first third)`);
    assert(!victim.alive(), `${victim.name} still runs`);
    // The one duplicate the design allows (README, "Scale-out"): the victim had delivered a journaled reply and died
    // before its journal entry was deleted, so the instance taking over delivered the same committed reply again
    // once the victim's lease lapsed. So: a turn the victim acknowledged, the same activity twice, the first copy
    // around the kill (this process may read it a little after it kills), the second at least a second later. A
    // turn run twice, an answer lost or any other duplicate still fails.
    const redelivered = ({ c, p }) => {
      const answers = c.answersTo?.(p.id) ?? [];
      return c.id === 'api/messages' && p.instance === victim.name && answers.length === 2 && same(answers)
        && answers[0].at < killTime + 1000 && answers[1].at >= answers[0].at + 1000;
    };
    const again = acked.filter(redelivered);
    const wrong = acked.filter((a) => !redelivered(a)).map(({ c, p }) => ({ p, answers: c.answersTo(p.id) })).filter(({ answers }) => answers.length !== 1);
    // When each answer arrived against the kill, and whether the copies are the same bytes.
    const timing = (answers) => answers.length < 2 || !answers[0].body ? '' : ` (at ${answers.map((a) => `${a.at - killTime} ms`).join(', ')} from the kill; `
      + `${same(answers) ? 'identical' : 'different'})`;
    assert(wrong.length === 0, () => `${wrong.map(({ p, answers }) => `"${p.text}" (${p.id}, on ${p.instance}): ${answers.length} answers${timing(answers)}`).join('; ')}; ${summary}`
      + (errors.length ? `; ${errors.map((e) => e.message).join('; ')}` : ''));
    return again.length ? `${summary}; ${again.length} ${again.length === 1 ? 'reply' : 'replies'} that ${victim.name} delivered as it died delivered again, the same activity` : summary;
  });
  await check(`SIGKILL of ${victim.name} mid-run: no dialog state lost ("${CHOICE}" answered for the PM chosen, in every conversation)`, () => {
    for (const c of all) {
      assert(c.answer, `conversation ${c.id ?? '(not started)'} has no answer to "${CHOICE}"${errors.length ? `: ${errors.map((e) => e.message).join('; ')}` : ''}`);
      try { assertAnswersChoice(c.answer, c.chosen); } catch (e) {
        const posts = c.posted.map((p) => `"${p.text}" ${p.status}@${p.instance ?? '-'}`).join(', ');
        throw new Error(`${e.message} (conversation ${c.id}; posts: ${posts}; ${summary})`);
      }
    }
    return `${all.length} of ${all.length}`;
  });
}
