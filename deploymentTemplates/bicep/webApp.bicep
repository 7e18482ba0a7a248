// Linux App Service plan + web app that runs the output of `dotnet publish` (zip deployed).
param planName string
param webAppName string
param location string
param planSku string
param appType string
param appId string
@secure()
param appPassword string
param tenantId string
@description('Resource ID of the user-assigned identity to attach; empty when the bot uses an app registration.')
param identityResourceId string

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: planName
  location: location
  kind: 'linux'
  sku: {
    name: planSku
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
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet RoleBot.dll'
      alwaysOn: true // a sleeping app answers Teams' first message too late
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        { name: 'MicrosoftAppType', value: appType }
        { name: 'MicrosoftAppId', value: appId }
        { name: 'MicrosoftAppPassword', value: appPassword }
        { name: 'MicrosoftAppTenantId', value: tenantId }
        // The zip already holds the published app; the deployment must not try to build it again.
        { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
      ]
    }
  }
}

output name string = site.name
output hostName string = site.properties.defaultHostName
