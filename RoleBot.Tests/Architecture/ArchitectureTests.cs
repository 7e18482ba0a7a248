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
                if (to is not null && to != from && !(allowed.TryGetValue(from, out var may) && (may.Contains(to) || may.Contains(ArchitectureDocument.EveryFolder))))
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
        var undocumented = Dependencies.Value.Keys.Select(Folder).OfType<string>().Distinct().Where(f => !documented.Contains(f)).ToList();

        Assert.True(undocumented.Count == 0, $"Folders missing from ARCHITECTURE.md: {string.Join(", ", undocumented)}");
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

    [Fact]
    public void TestsOfATypeSitInTheFolderThatMirrorsIt()
    {
        var products = Product.GetTypes().Where(t => t.DeclaringType is null && t.Namespace is not null).ToLookup(t => t.Name);
        var misplaced = typeof(ArchitectureTests).Assembly.GetTypes()
            .Where(t => t.DeclaringType is null && t.Name.EndsWith("Tests", StringComparison.Ordinal))
            .SelectMany(test => products[test.Name[..^"Tests".Length]].Select(product => (test, product)))
            .Where(p => p.test.Namespace != p.product.Namespace!.Replace("RoleBot.", "RoleBot.Tests.", StringComparison.Ordinal))
            .Select(p => $"{p.test.FullName} tests {p.product.FullName}")
            .ToList();

        Assert.True(misplaced.Count == 0, string.Join('\n', misplaced));
    }

    [Theory]
    [InlineData("RoleBot")]
    [InlineData("RoleBot.Tests")]
    public void EveryFileDeclaresTheNamespaceOfItsFolder(string project)
    {
        // Folders are a property of the source tree, not of the compiled types, so this one reads the files.
        var root = Path.Combine(Support.KnowledgeTestPaths.RepoRoot, project);
        var wrong = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(root, f)))
            .Select(f => (File: Path.GetRelativePath(root, f), Declared: DeclaredNamespace(f)))
            .Where(f => f.Declared is not null && f.Declared != Expected(project, f.File))
            .Select(f => $"{project}/{f.File}: namespace {f.Declared}, expected {Expected(project, f.File)}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join('\n', wrong));
    }

    private static bool IsBuildOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar) is ["bin" or "obj", ..];

    private static string? DeclaredNamespace(string file) =>
        File.ReadLines(file).FirstOrDefault(l => l.StartsWith("namespace ", StringComparison.Ordinal))?["namespace ".Length..].TrimEnd(';', ' ');

    private static string Expected(string project, string file) =>
        string.Join('.', [project, .. Path.GetDirectoryName(file)!.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries)]);

    /// <summary>The first folder under RoleBot/ that a type's namespace names; null for the root (Program).</summary>
    private static string? Folder(Type type) => type.Namespace?.Split('.') is ["RoleBot", var folder, ..] ? folder : null;
}
