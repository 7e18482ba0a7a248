// The balancer and the shared dialog, with requests sent to chosen instances.
import { check, assert } from '../report.mjs';
import { call, Conversation, visibleText, ok } from '../directline.mjs';
import { QUESTION, CHOICE, secondOption, assertAnswersChoice } from '../dialog.mjs';
import { emulatorMessage } from '../connector.mjs';
import { sleep } from '../../lib/wait.mjs';

export async function balancerSpreads(lb, instances) {
  await check('HAProxy sends requests round robin to all three ready instances', async () => {
    const seen = [];
    for (let i = 0; i < 6; i++) seen.push((await call(lb.url, 'GET', '/healthz')).instance);
    const names = new Set(seen);
    assert(instances.every((i) => names.has(i.name)), `served by ${seen.join(', ')}`);
    return seen.join(' ');
  });
}

export async function dialogSpansInstances(secret, [a, b, c]) {
  await check(`a dialog spans instances: "${QUESTION}" on ${a.name}, the question back polled on ${b.name}, "${CHOICE}" on ${c.name}`, async () => {
    const conversation = new Conversation(secret);
    await conversation.start(a.url);
    const question = await conversation.say(a.url, QUESTION);
    assert(ok(question.status), `POST on ${a.name}: HTTP ${question.status}`);
    const back = visibleText(await conversation.waitForAnswer(b.url, question.id));
    const chosen = secondOption(back);
    const choice = await conversation.say(c.url, CHOICE);
    assert(ok(choice.status), `POST on ${c.name}: HTTP ${choice.status}`);
    const answer = visibleText(await conversation.waitForAnswer(a.url, choice.id));
    assertAnswersChoice(answer, chosen);
    return `${chosen}: "${answer.slice(0, 70)}…"`;
  });
}

// A channel's retry of one activity that lands on another instance: both deliveries acknowledged, one answer.
export async function oneAnswerPerActivityId(connector, [a, b]) {
  const deliver = (instance, activity) => call(instance.url, 'POST', '/api/messages', { body: activity });
  const settle = async (id) => {
    const deadline = Date.now() + 20000;
    while (!connector.answersTo(id).length && Date.now() < deadline) await sleep(200);
    await sleep(3000); // a second answer, if any, would come from the other instance's turn
    return connector.answersTo(id).length;
  };
  await check(`one activity id delivered to ${a.name} and ${b.name} at once gets one answer`, async () => {
    const id = `dup-${Date.now()}`;
    const activity = emulatorMessage(connector, `scaleout-dup-${id}`, id, 'who is higher, GM or VP?');
    const statuses = (await Promise.all([deliver(a, activity), deliver(b, activity)])).map((r) => r.status);
    assert(statuses.every(ok), `statuses ${statuses}`);
    const answers = await settle(id);
    assert(answers === 1, `${answers} answers`);
    return `HTTP ${statuses.join(' and ')}`;
  });
  await check(`one activity id delivered again to ${b.name} after ${a.name} answered it gets no second answer`, async () => {
    const id = `retry-${Date.now()}`;
    const activity = emulatorMessage(connector, `scaleout-retry-${id}`, id, 'what does a VP do?');
    const first = await deliver(a, activity);
    assert(ok(first.status), `first delivery: HTTP ${first.status}`);
    assert(await settle(id) === 1, 'the first delivery was not answered once');
    const again = await deliver(b, activity);
    assert(ok(again.status), `retry: HTTP ${again.status} (a retry of a handled activity is acknowledged, not refused)`);
    const answers = await settle(id);
    assert(answers === 1, `${answers} answers`);
    return `HTTP ${first.status} then ${again.status}`;
  });
}
