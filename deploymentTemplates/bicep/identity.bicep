// The user-assigned identity a UserAssignedMSI bot signs in with: created here, or an existing one reused.
param name string
param location string
param create bool

resource created 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (create) {
  name: name
  location: location
}

resource existing 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = if (!create) {
  name: name
}

output resourceId string = create ? created.id : existing.id
output clientId string = create ? created!.properties.clientId : existing!.properties.clientId
