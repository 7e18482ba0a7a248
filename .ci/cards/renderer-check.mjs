// Parses and validates cards with the official adaptivecards library (UMD bundle: its ESM lib/ entry does not
// load in Node, and parse/validate need no DOM), using the Teams host config for Teams' limits.
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(import.meta.url);
const AC = require('adaptivecards/dist/adaptivecards.js');

export function loadRendererCheck(hostConfigPath, targetVersion = '1.5') {
  const hostConfig = new AC.HostConfig(JSON.parse(fs.readFileSync(hostConfigPath, 'utf8')));
  const version = AC.Version.parse(targetVersion, new AC.SerializationContext());

  return (card) => {
    const adaptiveCard = new AC.AdaptiveCard();
    adaptiveCard.hostConfig = hostConfig;
    const context = new AC.SerializationContext(version);
    adaptiveCard.parse(card, context);
    const problems = [];
    for (let i = 0; i < context.eventCount; i++) {
      const e = context.getEventAt(i);
      problems.push(`adaptivecards parse: ${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`);
    }
    for (const e of adaptiveCard.validateProperties().validationEvents) {
      problems.push(`adaptivecards validate: ${AC.ValidationEvent[e.event] ?? e.event}: ${e.message}`);
    }
    return problems;
  };
}
