using RoleBot.Hosting;

if (await RoleBotCommandLine.TryRunAsync(args))
{
    return;
}

// Settings ship next to the assembly, so the bot starts the same way from any working directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddRoleBot();

var app = builder.Build();
app.MapRoleBot();
app.Run();

public partial class Program;
