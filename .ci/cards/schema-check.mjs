// Checks cards against the official Adaptive Card 1.5 JSON schema (ajv), with the known schema bugs patched
// (docs/slack-and-cards.md §4.2) and the checks the schema cannot express.
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(import.meta.url);
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats').default;
const draft06 = require('ajv/dist/refs/json-schema-draft-06.json');

export function loadSchemaCheck(schemaPath, { maxKb }) {
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  const schemaId = patch(schema);
  const ajv = new Ajv({ strict: false, allErrors: true, logger: false });
  ajv.addMetaSchema(draft06);
  addFormats(ajv);
  const validateCard = ajv.compile(schema);
  const definitionOf = (type) => schema.definitions[type] && ajv.getSchema(`${schemaId}#/definitions/${type}`);

  return (card, text) => {
    const problems = extraChecks(card, text, schema, maxKb);
    if (!validateCard(card)) {
      problems.push(...elementProblems(card, definitionOf));
      if (problems.length === 0) {
        problems.push(...validateCard.errors.slice(0, 5).map((e) => `schema: ${e.instancePath || '/'} ${e.message}`));
      }
    }
    return problems;
  };
}

function patch(schema) {
  // draft-06 spells the id keyword "$id"; only the root carries one ("id" elsewhere is a card property name).
  schema.$id = schema.id;
  delete schema.id;
  const defs = schema.definitions;
  // Renderers read "firstRowAsHeaders"; the schema's singular spelling is silently ignored, so it must fail here.
  defs.Table.properties.firstRowAsHeaders = { type: 'boolean' };
  delete defs.Table.properties.firstRowAsHeader;
  defs['Input.ChoiceSet'].properties.style = { enum: ['compact', 'expanded', 'filtered'] };
  // Teams' root extension; the official schema is closed.
  defs.AdaptiveCard.properties.msteams = {
    type: 'object',
    properties: { width: { enum: ['Full'] }, entities: { type: 'array' } },
    additionalProperties: false,
  };
  return schema.$id;
}

// The whole-card error list is hundreds of lines (every element is an anyOf over all types), so each typed
// object is re-validated against its own definition and reported once, with its JSON path.
function elementProblems(card, definitionOf) {
  const problems = [];
  walk(card, '', (node, path) => {
    if (path === '' || typeof node.type !== 'string') return;
    const validate = definitionOf(node.type);
    if (!validate) {
      if (!['TableRow', 'TableCell', 'Column', 'TextRun'].includes(node.type)) problems.push(`${path}: unknown type "${node.type}"`);
      return;
    }
    if (!validate(node)) {
      for (const e of validate.errors.filter((e) => !insideTypedChild(node, e.instancePath))) {
        const extra = e.params?.additionalProperty ? ` "${e.params.additionalProperty}"` : '';
        problems.push(`${path}${e.instancePath} (${node.type}): ${e.message}${extra}`);
      }
    }
  });
  return [...new Set(problems)];
}

// Errors inside a nested typed object are reported when that object is validated itself.
function insideTypedChild(node, instancePath) {
  let current = node;
  for (const segment of instancePath.split('/').slice(1, -1)) {
    current = current?.[segment];
    if (current && typeof current === 'object' && typeof current.type === 'string') return true;
  }
  return false;
}

function extraChecks(card, text, schema, maxKb) {
  const problems = [];
  if (card.type !== 'AdaptiveCard') problems.push('root type must be "AdaptiveCard"');
  if (card.version !== '1.5') problems.push(`version must be "1.5" (is ${JSON.stringify(card.version)})`);
  if (card.msteams?.width !== 'Full') problems.push('msteams.width must be "Full"');
  if (!card.fallbackText) problems.push('fallbackText is missing');
  const bytes = Buffer.byteLength(JSON.stringify(JSON.parse(text)), 'utf8');
  if (bytes > maxKb * 1024) problems.push(`compact size ${bytes} bytes exceeds ${maxKb} KB`);
  const cardVersion = Number(card.version);
  walk(card, '', (node, path, hasFallback) => {
    if (node.type === 'TextBlock' && node.wrap !== true) problems.push(`${path}: TextBlock without wrap:true clips its text`);
    if (['Action.Submit', 'Action.Execute'].includes(node.type) && (typeof node.data !== 'object' || node.data === null || Array.isArray(node.data))) {
      problems.push(`${path}: ${node.type} data must be an object`);
    }
    // An element newer than the card's declared version disappears on hosts at that version unless it has a fallback.
    const introduced = Number(schema.definitions[node.type]?.version);
    if (introduced > cardVersion && !hasFallback) problems.push(`${path}: ${node.type} needs version ${introduced} and has no fallback`);
  });
  return problems;
}

function walk(node, path, visit, hasFallback = false) {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, `${path}/${i}`, visit, hasFallback));
  } else if (node && typeof node === 'object') {
    const covered = hasFallback || node.fallback !== undefined;
    visit(node, path, covered);
    for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`, visit, covered);
  }
}
