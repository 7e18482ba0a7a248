namespace RoleBot.Protocol;

/// <summary>The synchronous answer to an invoke: HTTP status plus a JSON body (no wrapper on the wire).</summary>
public sealed record InvokeResponse(int Status, object? Body = null);
