// The Azure Bot registration: who the bot is (msaApp*), where its messages go, and the Teams channel.
param botServiceName string
param botDisplayName string
param botServiceSku string
@allowed(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'])
param botAppType string
param botAppId string
@description('Empty for MultiTenant.')
param botTenantId string
@description('Resource ID of the user-assigned identity; only for UserAssignedMSI.')
param botIdentityResourceId string
@description('https://<host>/api/messages')
param botEndpoint string

resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botServiceName
  kind: 'azurebot'
  location: 'global'
  sku: {
    name: botServiceSku
  }
  properties: {
    displayName: botDisplayName
    endpoint: botEndpoint
    msaAppType: botAppType
    msaAppId: botAppId
    msaAppTenantId: botTenantId
    msaAppMSIResourceId: botIdentityResourceId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true // without it the portal shows the channel as awaiting terms
    }
  }
}

output messagingEndpoint string = botService.properties.endpoint
