// RoleBot on Azure: a Linux App Service running the published app, and an Azure Bot that points Teams at it.
// Deploy into an existing resource group:
//   az deployment group create -g <rg> -f azure.bicep -p @azure.parameters.json -p appId=<id> appPassword=<secret>
targetScope = 'resourceGroup'

@description('Prefix for every resource name; letters, digits and hyphens.')
@minLength(3)
@maxLength(20)
param resourceBaseName string = 'rolebot'

@description('Region of the App Service plan, the web app and the managed identity. The bot itself is always global.')
param location string = resourceGroup().location

@description('Globally unique name of the web app; it becomes <name>.azurewebsites.net.')
@maxLength(60)
param webAppName string = '${resourceBaseName}-${uniqueString(resourceGroup().id)}'

@description('App Service plan size. Free and shared plans cannot keep the app always on.')
@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'S3', 'P0v3', 'P1v3', 'P2v3'])
param appServicePlanSku string = 'B1'

@description('Name of the Azure Bot resource (the bot handle); handles are globally unique, hence the web app name.')
param botServiceName string = webAppName

@description('Name users see for the bot in the Azure portal and in channels without an app manifest.')
param botDisplayName string = 'RoleBot'

@description('F0 is free with a message quota on premium channels; Teams is a standard channel either way.')
@allowed(['F0', 'S1'])
param botServiceSku string = 'F0'

@description('How the bot proves who it is: an Entra app registration in one tenant (recommended), a legacy multi-tenant registration, or a user-assigned managed identity.')
@allowed(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'])
param appType string = 'SingleTenant'

@description('Application (client) ID of the Entra app registration. Leave empty for UserAssignedMSI: the identity\'s client ID is used.')
param appId string = ''

@description('Client secret of the app registration. Leave empty for UserAssignedMSI.')
@secure()
param appPassword string = ''

@description('Tenant of the app registration or identity. Ignored for MultiTenant.')
param tenantId string = tenant().tenantId

@description('UserAssignedMSI only: name of the user-assigned identity in this resource group.')
param managedIdentityName string = '${resourceBaseName}-identity'

@description('UserAssignedMSI only: true creates the identity, false uses an existing one with that name.')
param createManagedIdentity bool = true

@description('How many instances the App Service plan runs (B: up to 3, S: 10, P v3: 30). More than one needs stateStore NewPostgres or ExistingPostgres: with Memory each instance would be a separate bot.')
@minValue(1)
@maxValue(30)
param instanceCount int = 1

@description('Where conversations, Direct Line, de-duplication and queued turns live: Memory (one instance, lost on restart), NewPostgres (creates an Azure Database for PostgreSQL Flexible Server), ExistingPostgres (postgresConnectionString).')
@allowed(['Memory', 'NewPostgres', 'ExistingPostgres'])
param stateStore string = 'Memory'

@description('ExistingPostgres only: an Npgsql connection string, e.g. Host=...;Database=...;Username=...;Password=...;SSL Mode=VerifyFull.')
@secure()
param postgresConnectionString string = ''

@description('NewPostgres only: globally unique server name; it becomes <name>.postgres.database.azure.com.')
@maxLength(63)
param postgresServerName string = toLower('${resourceBaseName}-pg-${uniqueString(resourceGroup().id)}')

@description('NewPostgres only: compute size. Burstable B1ms is enough for a few instances of RoleBot.')
@allowed(['Standard_B1ms', 'Standard_B2s', 'Standard_D2ds_v5', 'Standard_D4ds_v5'])
param postgresSkuName string = 'Standard_B1ms'

@description('NewPostgres only: administrator login; RoleBot connects with it and creates its own tables.')
param postgresAdministratorLogin string = 'rolebot'

@description('NewPostgres only: administrator password (8 to 128 characters from three of: upper case, lower case, digits, symbols).')
@secure()
param postgresAdministratorPassword string = ''

@description('Signs the tokens of RoleBot\'s own Direct Line (the Web Chat page at /). Every instance gets the same one; the default is new on each deployment, which only ends the Web Chat conversations in progress.')
@secure()
param directLineSecret string = newGuid()

@description('Days the Log Analytics workspace behind Application Insights keeps telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

var useIdentity = appType == 'UserAssignedMSI'
var usePostgres = stateStore != 'Memory'
var createPostgres = stateStore == 'NewPostgres'
var postgresDatabaseName = 'rolebot'

module postgres 'postgres.bicep' = if (createPostgres) {
  name: 'rolebot-postgres'
  params: {
    serverName: postgresServerName
    location: location
    skuName: postgresSkuName
    administratorLogin: postgresAdministratorLogin
    administratorPassword: postgresAdministratorPassword
    databaseName: postgresDatabaseName
  }
}

// Double quotes with doubled inner quotes keep a password with ; or = in one connection string value.
var quotedPostgresPassword = '"${replace(postgresAdministratorPassword, '"', '""')}"'
var stateConnectionString = createPostgres
  ? 'Host=${postgres!.outputs.fqdn};Database=${postgresDatabaseName};Username=${postgresAdministratorLogin};Password=${quotedPostgresPassword};SSL Mode=VerifyFull'
  : postgresConnectionString

module monitoring 'monitoring.bicep' = {
  name: 'rolebot-monitoring'
  params: {
    workspaceName: '${resourceBaseName}-logs'
    applicationInsightsName: '${resourceBaseName}-insights'
    location: location
    retentionInDays: logRetentionInDays
  }
}

module identity 'identity.bicep' = if (useIdentity) {
  name: 'rolebot-identity'
  params: {
    name: managedIdentityName
    location: location
    create: createManagedIdentity
  }
}

var identityResourceId = useIdentity ? identity!.outputs.resourceId : ''
var botAppId = useIdentity ? identity!.outputs.clientId : appId
var botTenantId = appType == 'MultiTenant' ? '' : tenantId

module webApp 'webApp.bicep' = {
  name: 'rolebot-webapp'
  params: {
    planName: '${resourceBaseName}-plan'
    webAppName: webAppName
    location: location
    planSku: appServicePlanSku
    appType: appType
    appId: botAppId
    appPassword: useIdentity ? '' : appPassword
    tenantId: botTenantId
    identityResourceId: identityResourceId
    instanceCount: instanceCount
    stateProvider: usePostgres ? 'Postgres' : 'Memory'
    postgresConnectionString: usePostgres ? stateConnectionString : ''
    directLineSecret: directLineSecret
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    workspaceId: monitoring.outputs.workspaceId
  }
}

module azureBot 'botRegistration/azurebot.bicep' = {
  name: 'rolebot-azurebot'
  params: {
    botServiceName: botServiceName
    botDisplayName: botDisplayName
    botServiceSku: botServiceSku
    botAppType: appType
    botAppId: botAppId
    botTenantId: botTenantId
    botIdentityResourceId: identityResourceId
    botEndpoint: 'https://${webApp.outputs.hostName}/api/messages'
  }
}

output messagingEndpoint string = azureBot.outputs.messagingEndpoint
output webAppName string = webApp.outputs.name
output botDomain string = webApp.outputs.hostName
output botAppId string = botAppId
output applicationInsightsName string = monitoring.outputs.applicationInsightsName
output postgresServerName string = createPostgres ? postgres!.outputs.name : ''
