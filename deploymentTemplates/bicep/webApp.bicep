// Linux App Service plan + web app that runs the output of `dotnet publish` (zip deployed).
param planName string
param webAppName string
param location string
param planSku string
@description('Instances the plan runs; more than one needs the shared PostgreSQL state.')
param instanceCount int
param appType string
param appId string
@secure()
param appPassword string
param tenantId string
@description('Resource ID of the user-assigned identity to attach; empty when the bot uses an app registration.')
param identityResourceId string
@description('ConversationStateOptions provider: Memory (one instance) or Postgres (any number).')
@allowed(['Memory', 'Postgres'])
param stateProvider string
@description('PostgreSQL connection string for Provider=Postgres; empty for Memory.')
@secure()
param postgresConnectionString string
@description('Signs Direct Line tokens; every instance needs the same one so a conversation can move between them.')
@secure()
param directLineSecret string
param applicationInsightsConnectionString string
@description('Log Analytics workspace that receives the web app\'s platform logs and metrics.')
param workspaceId string

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: planSku
    capacity: instanceCount
  }
  properties: {
    reserved: true // required for Linux plans
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: empty(identityResourceId) ? null : {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false // RoleBot shares its state through PostgreSQL; no instance needs to see a client twice
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet RoleBot.dll'
      alwaysOn: true // a sleeping app answers Teams' first message too late
      healthCheckPath: '/healthz/ready' // includes the database, so App Service stops routing to an instance that lost it
      http20Enabled: true
      webSocketsEnabled: true // the Direct Line stream (streamUrl) of the Web Chat page
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        { name: 'MicrosoftAppType', value: appType }
        { name: 'MicrosoftAppId', value: appId }
        { name: 'MicrosoftAppPassword', value: appPassword }
        { name: 'MicrosoftAppTenantId', value: tenantId }
        { name: 'RoleBot__State__Provider', value: stateProvider }
        { name: 'RoleBot__DirectLine__Secret', value: directLineSecret }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsightsConnectionString }
        // The zip already holds the published app; the deployment must not try to build it again.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
      // App Service turns a Custom connection string into CUSTOMCONNSTR_RoleBotState, which ASP.NET Core reads as
      // ConnectionStrings:RoleBotState. Its value comes only from secure parameters and no template output holds it.
      connectionStrings: stateProvider == 'Postgres' ? [
        { name: 'RoleBotState', type: 'Custom', connectionString: postgresConnectionString }
      ] : []
    }
  }
}

// Platform logs and metrics (requests, console, CPU, memory, health check status) into the workspace, where a
// dashboard or an alert can query them next to RoleBot's own telemetry.
resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'rolebot-diagnostics'
  scope: site
  properties: {
    workspaceId: workspaceId
    logs: [
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
    ]
    metrics: [
      { category: 'AllMetrics', enabled: true }
    ]
  }
}

output name string = site.name
output hostName string = site.properties.defaultHostName
