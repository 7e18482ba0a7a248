using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RoleBot.Tests.Dialogs.Transcripts;

/// <summary>The whole app in-process, as a channel sees it: no App ID, so requests are anonymous (Emulator mode).</summary>
public sealed class TranscriptApplication : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Development");
}
