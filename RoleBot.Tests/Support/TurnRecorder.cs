using RoleBot.Protocol;

namespace RoleBot.Tests.Support;

/// <summary>Every activity the test bot saw, awaitable by predicate so async turns need no sleeps.</summary>
public sealed class TurnRecorder : AwaitableLog<Activity>;
