using RoleBot.Hosting;

if (await RoleBotCommandLine.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddRoleBot();

var app = builder.Build();
app.MapRoleBot();
app.Run();

public partial class Program;
