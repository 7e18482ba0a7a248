import { cardText } from './cards.mjs';

// The questions every client is asked, and what a correct answer card must mention (names or abbreviations,
// since the bot may answer with either). `table` = the answer must be laid out as a comparison.
export const RANK = {
  name: 'rank',
  text: 'who is higher, GM or VP?',
  mentions: [/\b(GM|general manager)\b/i, /\b(VP|vice[- ]president)\b/i],
  table: false,
};

export const COMPARE = {
  name: 'compare',
  text: 'what is the difference between a project manager and an operations manager?',
  mentions: [/project manager/i, /operations manager/i],
  table: true,
};

export const COMPARISON_ELEMENTS = ['Table', 'ColumnSet'];

// Returns a list of problems with a card's text (empty when it mentions everything the question needs).
export function missingMentions(question, text) {
  return question.mentions.filter((re) => !re.test(text)).map((re) => `card text does not mention ${re}`);
}

// The question itself is removed first, so a bot that merely echoes it does not pass.
// With the development echo bot (E2E_BOT=echo) only "a card arrived" is asserted.
export function contentProblems(question, card, types) {
  if (process.env.E2E_BOT === 'echo') return [];
  const text = cardText(card).toLowerCase().split(question.text.toLowerCase()).join(' ');
  const problems = missingMentions(question, text);
  if (question.table && !COMPARISON_ELEMENTS.some((t) => types.has(t))) {
    problems.push(`comparison card has no ${COMPARISON_ELEMENTS.join(' or ')} (elements: ${[...types].join(', ')})`);
  }
  return problems;
}
