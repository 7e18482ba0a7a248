// Checks a built Teams app package offline: layout, manifest schema (bundled copy), bot and search
// message extension, filled-in placeholders, and the icon rules Teams enforces but the schema does not.
// Usage: node check-teams-app.mjs <package.zip> <manifest template dir> <bot id> <domain>
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { check, assert, finish } from './report.mjs';
import { readZip } from './zip.mjs';
import { readPng } from './png.mjs';

const [zipPath, templateDir, botId, domain] = process.argv.slice(2);
const require = createRequire(path.resolve('package.json'));
const EXPECTED_FILES = ['color.png', 'manifest.json', 'outline.png'];

let entries = new Map();
let manifest = {};
await check('package zip holds exactly manifest.json, color.png and outline.png at its root', () => {
  entries = readZip(zipPath);
  const names = [...entries.keys()].sort();
  assert(JSON.stringify(names) === JSON.stringify(EXPECTED_FILES), `found ${JSON.stringify(names)}`);
});

await check('packaged manifest.json is JSON with every placeholder filled in', () => {
  const text = entries.get('manifest.json')?.toString('utf8') ?? '';
  assert(!text.includes('${{'), `left over: ${text.match(/\$\{\{[^}]*\}\}/g)}`);
  manifest = JSON.parse(text);
});

await check('manifest template uses placeholders for the bot id and domain', () => {
  const template = readFileSync(path.join(templateDir, 'manifest.json'), 'utf8');
  for (const name of ['BOT_ID', 'BOT_DOMAIN', 'TEAMS_APP_ID']) assert(template.includes(`\${{${name}}}`), `no \${{${name}}}`);
});

let schemaPath = '';
await check('$schema matches manifestVersion and that schema ships with @microsoft/app-manifest', () => {
  const expected = `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`;
  assert(manifest.$schema === expected, `$schema ${manifest.$schema}, expected ${expected}`);
  schemaPath = path.join(path.dirname(require.resolve('@microsoft/app-manifest')), 'json-schemas', 'teams',
    `v${manifest.manifestVersion}`, 'MicrosoftTeams.schema.json');
  assert(existsSync(schemaPath), `${schemaPath} missing`);
  return `v${manifest.manifestVersion}`;
});

await check('manifest is valid against its schema (AppManifestUtils.validateAgainstSchema, offline)', async () => {
  const { AppManifestUtils } = require('@microsoft/app-manifest');
  // Passing the bundled schema explicitly guarantees no network fetch.
  const errors = await AppManifestUtils.validateAgainstSchema(manifest, JSON.parse(readFileSync(schemaPath, 'utf8')));
  assert(errors.length === 0, errors.join('; '));
});

await check('version is semver and ids are the packaged GUIDs', () => {
  assert(/^\d+\.\d+\.\d+$/.test(manifest.version), `version ${manifest.version}`);
  assert(/^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(manifest.id), `id ${manifest.id}`);
  assert(manifest.bots?.[0]?.botId === botId, `bots[0].botId ${manifest.bots?.[0]?.botId}`);
  assert(manifest.composeExtensions?.[0]?.botId === botId, `composeExtensions[0].botId ${manifest.composeExtensions?.[0]?.botId}`);
});

await check('validDomains is the bot domain and developer URLs are https', () => {
  assert(JSON.stringify(manifest.validDomains) === JSON.stringify([domain]), `validDomains ${JSON.stringify(manifest.validDomains)}`);
  for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
    assert(manifest.developer?.[key]?.startsWith('https://'), `developer.${key} ${manifest.developer?.[key]}`);
  }
});

await check('bot: personal, team and groupChat scopes, conversational, with a help command', () => {
  const bot = manifest.bots[0];
  assert(JSON.stringify([...bot.scopes].sort()) === '["groupChat","personal","team"]', `scopes ${bot.scopes}`);
  assert(bot.isNotificationOnly === false, 'isNotificationOnly must be false');
  const commands = bot.commandLists.flatMap((list) => list.commands);
  assert(commands.some((c) => c.title === 'help'), 'no help command');
  assert(commands.length >= 3, 'expected example questions next to help');
  return `${commands.length} commands`;
});

await check('search message extension: searchQuery, query type, initialRun, compose + commandBox', () => {
  const [command] = manifest.composeExtensions[0].commands;
  assert(command.id === 'searchQuery' && command.type === 'query', `${command.id}/${command.type}`);
  assert(command.initialRun === true, 'initialRun must be true');
  assert(JSON.stringify([...command.context].sort()) === '["commandBox","compose"]', `context ${command.context}`);
  assert(command.parameters.length === 1 && command.parameters[0].name === 'searchQuery', 'one parameter named searchQuery');
});

await check('color icon: 192x192 full-colour PNG', () => {
  assert(manifest.icons.color === 'color.png', `icons.color ${manifest.icons.color}`);
  const png = readPng(entries.get('color.png'));
  assert(png.width === 192 && png.height === 192, `${png.width}x${png.height}`);
  assert(png.colorType === 2 || png.colorType === 6, `colour type ${png.colorType} is not RGB/RGBA`);
  const colours = new Set(png.pixels().map((p) => p.join(',')));
  assert(colours.size > 1, 'a single flat colour');
});

await check('outline icon: 32x32 PNG, white on transparent', () => {
  assert(manifest.icons.outline === 'outline.png', `icons.outline ${manifest.icons.outline}`);
  const png = readPng(entries.get('outline.png'));
  assert(png.width === 32 && png.height === 32, `${png.width}x${png.height}`);
  assert(png.hasAlpha, `colour type ${png.colorType} without tRNS has no transparency`);
  const pixels = png.pixels();
  const visible = pixels.filter((p) => p[3] > 0);
  assert(visible.length > 0 && visible.length < pixels.length, 'needs both transparent and drawn pixels');
  const coloured = visible.filter((p) => p[0] !== 255 || p[1] !== 255 || p[2] !== 255);
  assert(coloured.length === 0, `${coloured.length} visible pixels are not white`);
  return `${visible.length} white pixels`;
});

await check('color icon background is the manifest accentColor', () => {
  const [r, g, b] = readPng(entries.get('color.png')).pixels()[0];
  const corner = `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
  assert(corner.toLowerCase() === manifest.accentColor.toLowerCase(), `corner ${corner}, accentColor ${manifest.accentColor}`);
});

finish();
