// The two-turn dialog the checks spread over instances: an ambiguous "PM" makes the bot ask which one, and "2"
// only makes sense to an instance that reads the pending question from the shared state.
import { assert } from './report.mjs';

export const QUESTION = 'is PM higher than OM?';
export const CHOICE = '2';

// "By 'PM' do you mean Project Manager, Product Manager or Program Manager? ..." -> the second title offered.
export function secondOption(clarification) {
  assert(/do you mean/i.test(clarification), `expected the bot to ask which PM, got: ${clarification.slice(0, 160)}`);
  const list = clarification.split(/do you mean/i)[1].split('?')[0];
  const options = list.split(/,|\bor\b/).map((s) => s.trim()).filter(Boolean);
  assert(options.length >= 2, `no list of options in: ${clarification.slice(0, 160)}`);
  return options[1];
}

// The answer to "2" compares the chosen PM with OM and names no other PM.
export function assertAnswersChoice(answer, chosen) {
  assert(answer.includes(chosen) && /Operations Manager/.test(answer), `"${CHOICE}" did not answer for ${chosen} and OM: ${answer.slice(0, 200)}`);
  assert(!/do you mean/i.test(answer), `the bot asked again instead of answering: ${answer.slice(0, 200)}`);
}
