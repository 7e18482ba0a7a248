// Structural checks of the deployment templates: the classic ARM pair, their parameter files and the Bicep
// source (text), plus, when the Bicep CLI compiled azure.bicep, that the compiled template and the ARM one agree.
// Usage: node check-templates.mjs <deploymentTemplates dir> [compiled azure.json]
import { readFileSync, readdirSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import { check, assert, finish } from './report.mjs';

const [dir, compiledPath] = process.argv.slice(2);
const read = (file) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
const TYPES = ['Microsoft.BotService/botServices', 'Microsoft.BotService/botServices/channels',
  'Microsoft.DBforPostgreSQL/flexibleServers', 'Microsoft.DBforPostgreSQL/flexibleServers/databases',
  'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules', 'Microsoft.Insights/components',
  'Microsoft.Insights/diagnosticSettings', 'Microsoft.ManagedIdentity/userAssignedIdentities',
  'Microsoft.OperationalInsights/workspaces', 'Microsoft.Web/serverfarms', 'Microsoft.Web/sites'];
const APP_SETTINGS = ['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'MicrosoftAppType',
  'RoleBot__State__Provider', 'RoleBot__DirectLine__Secret', 'APPLICATIONINSIGHTS_CONNECTION_STRING'];
// Parameters whose values are secrets: securestring, and never in any output of any (nested) template.
const SECRETS = ['appPassword', 'postgresConnectionString', 'postgresAdministratorPassword', 'directLineSecret'];

// Every resource of a template, including those inside nested deployments.
function resources(template) {
  const list = Array.isArray(template.resources) ? template.resources : Object.values(template.resources ?? {});
  return list.flatMap((r) => (r.type === 'Microsoft.Resources/deployments' && r.properties?.template
    ? [r, ...resources(r.properties.template)] : [r]));
}
const typesOf = (template) => [...new Set(resources(template).map((r) => r.type))]
  .filter((t) => t !== 'Microsoft.Resources/deployments' && t !== 'Microsoft.Resources/resourceGroups').sort();
const one = (template, type) => resources(template).find((r) => r.type === type) ?? {};

const templates = {};
for (const file of ['template-with-preexisting-rg.json', 'template-with-new-rg.json', 'preexisting-rg-parameters.json',
  'new-rg-parameters.json', 'bicep/azure.parameters.json']) {
  await check(`${file} is valid JSON`, () => { templates[file] = read(file); });
}
const rg = templates['template-with-preexisting-rg.json'] ?? {};
const sub = templates['template-with-new-rg.json'] ?? {};

await check('ARM $schema: resource-group and subscription deployment templates', () => {
  assert(rg.$schema === 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#', rg.$schema);
  assert(sub.$schema === 'https://schema.management.azure.com/schemas/2018-05-01/subscriptionDeploymentTemplate.json#', sub.$schema);
});

await check('ARM templates declare the plan, web app, identity, bot, bot channel, PostgreSQL and Application Insights', () => {
  for (const [name, t] of [['preexisting-rg', rg], ['new-rg', sub]]) {
    assert(isDeepStrictEqual(typesOf(t), TYPES), `${name}: ${typesOf(t)}`);
  }
});

await check('appType offers MultiTenant, SingleTenant and UserAssignedMSI; appPassword is a securestring', () => {
  for (const t of [rg, sub]) {
    assert(isDeepStrictEqual([...t.parameters.appType.allowedValues].sort(), ['MultiTenant', 'SingleTenant', 'UserAssignedMSI']), 'appType');
    assert(t.parameters.appPassword.type === 'securestring', 'appPassword type');
    for (const p of ['appId', 'tenantId', 'managedIdentityName', 'createManagedIdentity']) assert(t.parameters[p], `no ${p}`);
  }
});

await check('web app: Linux, DOTNETCORE|10.0, HTTPS only, always on, /healthz/ready, no affinity, app settings', () => {
  assert(one(rg, 'Microsoft.Web/serverfarms').properties?.reserved === true, 'plan is not Linux (reserved)');
  const site = one(rg, 'Microsoft.Web/sites');
  const config = site.properties.siteConfig;
  assert(config.linuxFxVersion === 'DOTNETCORE|10.0', config.linuxFxVersion);
  assert(site.properties.httpsOnly === true && config.alwaysOn === true, 'httpsOnly/alwaysOn');
  assert(config.healthCheckPath === '/healthz/ready', config.healthCheckPath);
  assert(site.properties.clientAffinityEnabled === false, 'ARR affinity must be off: instances share state, not clients');
  const names = config.appSettings.map((s) => s.name);
  for (const key of APP_SETTINGS) assert(names.includes(key), `no ${key}`);
  const password = config.appSettings.find((s) => s.name === 'MicrosoftAppPassword').value;
  assert(password.includes("parameters('appPassword')"), 'MicrosoftAppPassword does not come from appPassword');
  assert(site.identity?.includes("variables('siteIdentity')") && rg.variables.siteIdentity.type === 'UserAssigned',
    'web app does not get the user-assigned identity');
});

await check('plan: instanceCount (1 to 30) is the plan capacity', () => {
  for (const t of [rg, sub]) {
    const p = t.parameters.instanceCount;
    assert(p?.type === 'int' && p.defaultValue === 1 && p.minValue === 1 && p.maxValue === 30, JSON.stringify(p));
  }
  assert(one(rg, 'Microsoft.Web/serverfarms').sku?.capacity === "[parameters('instanceCount')]", 'plan capacity');
});

await check('secrets are securestring parameters and appear in no output, nested ones included', () => {
  for (const t of [rg, sub]) {
    for (const name of SECRETS) assert(t.parameters[name]?.type === 'securestring', `${name} is not a securestring`);
  }
  const templatesWithOutputs = (t) => [t, ...resources(t).filter((r) => r.properties?.template).map((r) => r.properties.template)];
  for (const t of [rg, sub, ...(compiledPath ? [JSON.parse(readFileSync(compiledPath, 'utf8'))] : [])]) {
    for (const inner of templatesWithOutputs(t)) {
      for (const [name, output] of Object.entries(inner.outputs ?? {})) {
        const text = JSON.stringify(output.value);
        for (const secret of [...SECRETS, 'Password', 'connectionStrings', 'listKeys', 'listConnectionStrings']) {
          assert(!text.includes(secret), `output ${name} uses ${secret}`);
        }
      }
    }
  }
});

await check('state: Memory, NewPostgres or ExistingPostgres; the connection string is the RoleBotState Custom connection string', () => {
  assert(isDeepStrictEqual(rg.parameters.stateStore.allowedValues, ['Memory', 'NewPostgres', 'ExistingPostgres']), 'stateStore values');
  assert(rg.parameters.stateStore.defaultValue === 'Memory', 'Memory must stay the default');
  const config = one(rg, 'Microsoft.Web/sites').properties.siteConfig;
  const provider = config.appSettings.find((s) => s.name === 'RoleBot__State__Provider').value;
  assert(provider === "[if(variables('usePostgres'), 'Postgres', 'Memory')]", provider);
  const strings = config.connectionStrings;
  for (const text of ["'name', 'RoleBotState'", "'type', 'Custom'", "parameters('postgresConnectionString')",
    "fullyQualifiedDomainName", "variables('quotedPostgresPassword')", 'SSL Mode=VerifyFull']) {
    assert(strings.includes(text), `connectionStrings lacks ${text}`);
  }
  assert(!config.appSettings.some((s) => /postgresConnectionString|Password'\)/.test(s.value) && s.name !== 'MicrosoftAppPassword'),
    'a PostgreSQL secret in a plain app setting');
  const server = one(rg, 'Microsoft.DBforPostgreSQL/flexibleServers');
  assert(server.condition === "[variables('createPostgres')]", 'server is not optional');
  assert(server.properties.administratorLoginPassword === "[parameters('postgresAdministratorPassword')]", 'admin password');
  for (const type of ['Microsoft.DBforPostgreSQL/flexibleServers/databases', 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules']) {
    assert(one(rg, type).condition === "[variables('createPostgres')]", `${type} is not optional`);
  }
});

await check('Application Insights: workspace-based, its connection string in APPLICATIONINSIGHTS_CONNECTION_STRING', () => {
  const insights = one(rg, 'Microsoft.Insights/components');
  assert(insights.properties.WorkspaceResourceId?.includes("'Microsoft.OperationalInsights/workspaces'"), 'not workspace-based');
  const config = one(rg, 'Microsoft.Web/sites').properties.siteConfig;
  const value = config.appSettings.find((s) => s.name === 'APPLICATIONINSIGHTS_CONNECTION_STRING').value;
  assert(value.includes("'Microsoft.Insights/components'") && value.endsWith('.ConnectionString]'), value);
  const diagnostics = one(rg, 'Microsoft.Insights/diagnosticSettings');
  assert(diagnostics.scope?.includes('Microsoft.Web/sites/'), 'diagnostic settings are not on the web app');
  assert(diagnostics.properties.metrics.some((m) => m.category === 'AllMetrics' && m.enabled), 'no AllMetrics');
});

await check('bot: azurebot in global, msaApp* identity, endpoint ends with /api/messages', () => {
  const bot = one(rg, 'Microsoft.BotService/botServices');
  assert(bot.kind === 'azurebot' && bot.location === 'global', `${bot.kind}/${bot.location}`);
  for (const p of ['msaAppType', 'msaAppId', 'msaAppTenantId', 'msaAppMSIResourceId']) assert(p in bot.properties, `no ${p}`);
  assert(/'\/api\/messages'\)\]$/.test(bot.properties.endpoint), `endpoint ${bot.properties.endpoint}`);
  assert(rg.outputs?.messagingEndpoint, 'no messagingEndpoint output');
});

await check('Teams channel: MsTeamsChannel enabled on the bot', () => {
  const channel = one(rg, 'Microsoft.BotService/botServices/channels');
  assert(channel.name.endsWith("'/MsTeamsChannel')]") && channel.properties.channelName === 'MsTeamsChannel', channel.name);
  assert(channel.properties.properties.isEnabled === true, 'not enabled');
});

await check('new-rg template creates the group and nests template-with-preexisting-rg.json verbatim', () => {
  const group = one(sub, 'Microsoft.Resources/resourceGroups');
  assert(group.name === "[parameters('groupName')]", 'no resource group resource');
  const nested = sub.resources.find((r) => r.type === 'Microsoft.Resources/deployments');
  assert(nested.resourceGroup === "[parameters('groupName')]", 'nested deployment does not target the new group');
  assert(nested.properties.expressionEvaluationOptions?.scope === 'inner', 'nested template must use inner scope');
  assert(isDeepStrictEqual(nested.properties.template, rg), 'nested template differs from template-with-preexisting-rg.json');
  const missing = Object.keys(rg.parameters).filter((p) => !(p in nested.properties.parameters));
  assert(missing.length === 0, `parameters not passed: ${missing}`);
  assert(isDeepStrictEqual(Object.keys(sub.outputs).sort(), Object.keys(rg.outputs).sort()), 'outputs differ');
});

await check('parameter files only set declared parameters and never hold the app password', () => {
  for (const [file, template] of [['preexisting-rg-parameters.json', rg], ['new-rg-parameters.json', sub],
    ['bicep/azure.parameters.json', rg]]) {
    const values = templates[file];
    assert(values.$schema === 'https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#', `${file} $schema`);
    const unknown = Object.keys(values.parameters).filter((p) => !(p in template.parameters));
    assert(unknown.length === 0, `${file}: undeclared ${unknown}`);
    for (const secret of SECRETS) assert(!(secret in values.parameters), `${file} must not contain ${secret}`);
  }
});

const bicepFiles = readdirSync(path.join(dir, 'bicep'), { recursive: true }).filter((f) => f.endsWith('.bicep'));
const bicep = bicepFiles.map((f) => readFileSync(path.join(dir, 'bicep', f), 'utf8')).join('\n');
await check('Bicep source declares the same resource types with the Teams channel and /api/messages', () => {
  for (const type of TYPES) assert(bicep.includes(`'${type}@`), `no ${type}`);
  for (const text of ["linuxFxVersion: 'DOTNETCORE|10.0'", "healthCheckPath: '/healthz/ready'", 'capacity: instanceCount',
    "name: 'RoleBotState', type: 'Custom'", "Application_Type: 'web'", 'WorkspaceResourceId: workspace.id',
    "name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'", 'clientAffinityEnabled: false', "name: 'MsTeamsChannel'",
    "kind: 'azurebot'", "location: 'global'", '/api/messages', 'output messagingEndpoint string', 'httpsOnly: true']) {
    assert(bicep.includes(text), `missing ${text}`);
  }
  for (const name of SECRETS) assert(new RegExp(`@secure\\(\\)\\s*param ${name} string`).test(bicep), `${name} is not @secure()`);
  return `${bicepFiles.length} files`;
});

if (compiledPath) {
  const compiled = JSON.parse(readFileSync(compiledPath, 'utf8'));
  await check('compiled azure.bicep and the ARM template have the same parameters and resource types', () => {
    assert(isDeepStrictEqual(Object.keys(compiled.parameters).sort(), Object.keys(rg.parameters).sort()),
      `bicep ${Object.keys(compiled.parameters)} vs ARM ${Object.keys(rg.parameters)}`);
    assert(isDeepStrictEqual(typesOf(compiled), TYPES), `bicep types ${typesOf(compiled)}`);
    assert(isDeepStrictEqual(compiled.parameters.appType.allowedValues, rg.parameters.appType.allowedValues), 'appType values');
  });
  await check('compiled azure.bicep and the ARM template set the same literal resource properties', () => {
    for (const type of TYPES) {
      const a = literals(one(compiled, type));
      const b = literals(one(rg, type));
      assert(isDeepStrictEqual(a, b), `${type}: bicep ${JSON.stringify(a)} vs ARM ${JSON.stringify(b)}`);
    }
  });
}

// Keeps the shape and the literal values of a resource, dropping ARM expressions (written differently by the
// Bicep compiler) and the bookkeeping keys that only say how the template is arranged.
function literals(value) {
  if (Array.isArray(value)) return value.map(literals);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value)
      .filter(([key]) => !['dependsOn', 'condition', 'name', 'metadata'].includes(key))
      .map(([key, v]) => [key, literals(v)]));
  }
  return typeof value === 'string' && value.startsWith('[') ? '<expr>' : value;
}

finish();
