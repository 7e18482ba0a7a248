using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace RoleBot.Channels.WebChat.Page;

public static class WebChatPageServiceExtensions
{
    /// <summary>The browser chat page at "/" (Bot Framework Web Chat served from the bot's own web root).</summary>
    public static IServiceCollection AddRoleBotWebChatPage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebChatPageOptions>().Bind(configuration.GetSection(WebChatPageOptions.Section));
        services.TryAddSingleton(sp => new WebChatPageRoot(WebRoot(sp)));
        services.TryAddSingleton(sp => new WebChatBundle(sp.GetRequiredService<WebChatPageRoot>().Path));
        services.TryAddSingleton(sp => new WebChatPageDocument(sp.GetRequiredService<WebChatPageRoot>().Path, sp.GetRequiredService<WebChatBundle>()));
        services.TryAddSingleton<WebChatPageEndpoint>();
        return services;
    }

    /// <summary>"/" plus the page's static files under /webchat (script, styles, the Web Chat bundle).</summary>
    public static WebApplication MapRoleBotWebChatPage(this WebApplication app)
    {
        var assets = Path.Combine(app.Services.GetRequiredService<WebChatPageRoot>().Path, WebChatBundle.AssetsFolder);
        if (Directory.Exists(assets))
        {
            var files = new PhysicalFileProvider(assets);
            var requestPath = "/" + WebChatBundle.AssetsFolder;
            app.UseWhen(
                context => context.Request.Path.StartsWithSegments(requestPath, StringComparison.Ordinal),
                branch => branch.Use((context, next) => PrecompressedBundle.NegotiateAsync(context, files, next)));
            app.UseStaticFiles(new StaticFileOptions
            {
                RequestPath = requestPath,
                FileProvider = files,
                ContentTypeProvider = new PrecompressedBundle.ContentTypes(),
                OnPrepareResponse = static file =>
                {
                    WebChatAssetCaching.Apply(file.Context);
                    PrecompressedBundle.Describe(file);
                },
            });
        }

        app.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], context => context.RequestServices.GetRequiredService<WebChatPageEndpoint>().HandleAsync(context))
            .WithName("WebChatPage");
        return app;
    }

    private static string WebRoot(IServiceProvider services)
    {
        var configured = services.GetRequiredService<IOptions<WebChatPageOptions>>().Value.WebRoot;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(configured);
        }

        var environment = services.GetRequiredService<IWebHostEnvironment>();
        return environment.WebRootPath ?? Path.Combine(environment.ContentRootPath, "wwwroot");
    }
}
