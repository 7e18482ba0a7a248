// A bare ASP.NET Core minimal API: POST /api/messages reads the body and answers with the bytes of the file given as
// the first argument (RoleBot's recorded reply to one question), so only the bot's own work differs from RoleBot.
var reply = await File.ReadAllBytesAsync(args.Length > 0 ? args[0] : throw new ArgumentException("usage: BareEndpoint <reply.json>"));

var builder = WebApplication.CreateBuilder(args[1..]);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapPost("/api/messages", async (HttpContext context) =>
{
    // Read the whole request as RoleBot does, so both pay for receiving it.
    using var body = new MemoryStream();
    await context.Request.Body.CopyToAsync(body, context.RequestAborted);
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = reply.Length;
    await context.Response.Body.WriteAsync(reply, context.RequestAborted);
});
app.Run();
