using RoleBot.Tests.Support;

namespace RoleBot.Tests.Dialogs.Transcripts;

/// <summary>The whole app in-process, as a channel sees it: no App ID, so requests are anonymous (Emulator mode).</summary>
public sealed class TranscriptApplication() : RoleBotAppFactory(new RoleBotAppOptions { Environment = "Development" });
