using System.Reflection;
using System.Runtime.CompilerServices;
using RoleBot.Protocol;

namespace RoleBot.Tests.Architecture;

public class ArchitectureTests
{
    private static readonly Assembly Product = typeof(Activity).Assembly;

    private static readonly Lazy<IReadOnlyDictionary<Type, HashSet<Type>>> Dependencies = new(() => AssemblyDependencies.Of(Product));

    [Fact]
    public void EveryFolderUsesOnlyTheFoldersArchitectureMdAllows()
    {
        var allowed = ArchitectureDocument.AllowedDependencies();
        var violations = new List<string>();
        foreach (var (type, used) in Dependencies.Value)
        {
            var from = Folder(type);
            if (from is null)
            {
                continue;
            }

            foreach (var dependency in used)
            {
                var to = Folder(dependency);
                if (to is not null && to != from && !(allowed.TryGetValue(from, out var may) && may.Contains(to)))
                {
                    violations.Add($"{from} -> {to}: {type.FullName} uses {dependency.FullName}");
                }
            }
        }

        Assert.True(violations.Count == 0, $"{violations.Count} dependencies that ARCHITECTURE.md does not allow:\n{string.Join('\n', violations.Order().Take(40))}");
    }

    [Fact]
    public void EveryFolderOfTheAssemblyIsInArchitectureMd()
    {
        var documented = ArchitectureDocument.AllowedDependencies().Keys.ToHashSet();
        var folders = Dependencies.Value.Keys.Select(Folder).OfType<string>().Distinct();

        Assert.Empty(folders.Where(f => !documented.Contains(f)));
    }

    [Theory]
    [InlineData("Channels")]
    [InlineData("Bots")]
    [InlineData("Dialogs")]
    [InlineData("Answers")]
    [InlineData("Cards")]
    public void TheProtocolNeverUsesWhatIsBuiltOnIt(string folder)
    {
        // Pinned here as well as in the document, so loosening the document cannot quietly allow it.
        Assert.DoesNotContain(folder, ArchitectureDocument.AllowedDependencies()["Protocol"]);
        Assert.DoesNotContain(Dependencies.Value, d => Folder(d.Key) == "Protocol" && d.Value.Any(t => Folder(t) == folder));
    }

    [Fact]
    public void NoTwoTypesShareAName()
    {
        var types = Product.GetTypes()
            .Where(t => t.DeclaringType is null && t.Namespace is not null && !t.IsDefined(typeof(CompilerGeneratedAttribute)))
            .GroupBy(t => t.Name)
            .Where(g => g.Count() > 1)
            .Select(g => string.Join(", ", g.Select(t => t.FullName)));

        Assert.Empty(types);
    }

    /// <summary>The first folder under RoleBot/ that a type's namespace names; null for the root (Program).</summary>
    private static string? Folder(Type type) => type.Namespace?.Split('.') is ["RoleBot", var folder, ..] ? folder : null;
}
