// Inspects Adaptive Card JSON the bot sent, so checks assert on content instead of on rendering details.
export const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

export function adaptiveCards(message) {
  return (message.attachments ?? []).filter((a) => a.contentType === ADAPTIVE).map((a) => a.content);
}

// Every human-visible string in a card (TextBlock/TextRun text, Fact title/value, action titles).
export function cardText(node) {
  if (Array.isArray(node)) return node.map(cardText).join(' ');
  if (!node || typeof node !== 'object') return '';
  const own = ['text', 'title', 'value', 'label'].map((k) => (typeof node[k] === 'string' ? node[k] : '')).join(' ');
  return `${own} ${Object.values(node).filter((v) => typeof v === 'object').map(cardText).join(' ')}`.replace(/\s+/g, ' ').trim();
}

// Element types used anywhere in the card (body, nested containers, actions).
export function elementTypes(node, found = new Set()) {
  if (Array.isArray(node)) node.forEach((n) => elementTypes(n, found));
  else if (node && typeof node === 'object') {
    if (typeof node.type === 'string') found.add(node.type);
    Object.values(node).forEach((v) => elementTypes(v, found));
  }
  return found;
}

// A "Was this helpful?" button: it is thanked with text, not answered with a card, so it is no follow-up.
const isVote = (action) => /^rolebot\.(un)?helpful$/.test(action.verb ?? '')
  || /"action":"(un)?helpful"/.test(JSON.stringify(action.data ?? {}));

// Titles of the card's Action.Submit and Action.Execute buttons (top-level actions and ActionSets): follow-ups a user can click.
export function submitTitles(node, titles = []) {
  if (Array.isArray(node)) node.forEach((n) => submitTitles(n, titles));
  else if (node && typeof node === 'object') {
    if ((node.type === 'Action.Submit' || node.type === 'Action.Execute') && node.title && !isVote(node)) titles.push(node.title);
    Object.values(node).forEach((v) => submitTitles(v, titles));
  }
  return titles;
}
