using Microsoft.AspNetCore.Mvc.Testing;

namespace RoleBot.Tests.Channels.Teams.Support;

/// <summary>The app exactly as Program builds it: no test bot, anonymous (no App ID), so loopback service URLs are allowed.</summary>
public sealed class TeamsAppFactory : WebApplicationFactory<Program>;
