using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RoleBot.Answers;
using RoleBot.Answers.Documents;
using RoleBot.Content;
using RoleBot.Content.Answers;
using RoleBot.Content.Organisations;
using RoleBot.Dialogs;
using RoleBot.Dialogs.Answering;
using RoleBot.Dialogs.Questions;
using RoleBot.Knowledge;
using RoleBot.Organisations;
using RoleBot.Protocol;
using RoleBot.Tests.Support;
using RoleBot.Understanding;

namespace RoleBot.Tests.Dialogs.Answering;

// The real answerer over a copy of dialogs/ that the tests edit, on a clock they move.
public sealed class RememberedAnswersTests : IDisposable
{
    private static readonly RoleQuestion VpOverDirector = new(Intent.Rank, ["vice-president", "director"]);

    private readonly string _root = Directory.CreateTempSubdirectory("rolebot-answers-").FullName;
    private readonly ManualTimeProvider _clock = new();

    public RememberedAnswersTests() => Copy(CardTestContent.DialogsRoot, Path.Combine(_root, ContentPaths.DialogsFolder));

    [Fact]
    public void AnEqualQuestionGetsTheRepliesMadeBefore()
    {
        var answerer = Answerer();

        var first = answerer.Answer(VpOverDirector);
        var again = answerer.Answer(new RoleQuestion(Intent.Rank, ["vice-president", "director"]));

        Assert.Same(Assert.Single(first).Draft, Assert.Single(again).Draft);
        Assert.Equal(first[0].Text, again[0].Text);
    }

    [Fact]
    public void EachCallerGetsCopiesItMayChange()
    {
        var answerer = Answerer();
        var first = Assert.Single(answerer.Answer(VpOverDirector));
        var text = first.Text;

        first.Text = "changed";
        first.Attachments = [new Attachment { ContentType = "text/plain" }];
        first.Draft = null;
        var again = Assert.Single(answerer.Answer(VpOverDirector));

        Assert.NotSame(first, again);
        Assert.Equal(text, again.Text);
        Assert.Null(again.Attachments);
        Assert.IsType<AnswerDocument>(again.Draft);
    }

    [Fact]
    public void ADifferentQuestionIsAnsweredAnew()
    {
        var answerer = Answerer();
        var plain = Assert.Single(answerer.Answer(VpOverDirector));

        var yesNo = Assert.Single(answerer.Answer(VpOverDirector with { IsYesNo = true }));

        Assert.StartsWith("Yes.", yesNo.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Yes.", plain.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditedKnowledgeBaseReachesTheNextAnswer()
    {
        var answerer = Answerer();
        var describe = new RoleQuestion(Intent.Describe, ["project-manager"]);
        Assert.DoesNotContain("edited-description", Words(answerer.Answer(describe)), StringComparison.Ordinal);

        Edit(Path.Combine("knowledge-base", "en-us", "roles.kb.json"), "Leads temporary endeavors with specific goals", "Leads edited-description endeavors with specific goals");

        Assert.Contains("edited-description", Words(answerer.Answer(describe)), StringComparison.Ordinal);
    }

    [Fact]
    public void EditedAnswerWordingReachesTheNextAnswer()
    {
        var answerer = Answerer();
        Assert.DoesNotContain("sits above", Words(answerer.Answer(VpOverDirector)), StringComparison.Ordinal);

        Edit(AnswerTemplatesLoader.RelativePath, "ranks above", "sits above");

        Assert.Contains("sits above", Words(answerer.Answer(VpOverDirector)), StringComparison.Ordinal);
    }

    [Fact]
    public void EditedAnswererTextsReachTheNextAnswer()
    {
        var answerer = Answerer();
        var yesNo = VpOverDirector with { IsYesNo = true };
        Assert.StartsWith("Yes.", Assert.Single(answerer.Answer(yesNo)).Text, StringComparison.Ordinal);

        Edit(Path.Combine("RoleAnswerer", "RoleAnswerer.dialog.json"), "\"rank.lead.yes\": \"Yes.\"", "\"rank.lead.yes\": \"Yes indeed.\"");

        Assert.StartsWith("Yes indeed.", Assert.Single(answerer.Answer(yesNo)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void QuestionsInsideAnOrganisationAreAnsweredEachTime()
    {
        var services = Services();
        var answerer = services.GetRequiredService<IRoleAnswerer>();
        var view = services.GetRequiredService<OrganisationViews>().For(services.GetRequiredService<IOrganisationDirectory>().All.First());
        using var scope = OrganisationScope.Enter(view);

        var (first, again) = (answerer.Answer(VpOverDirector), answerer.Answer(VpOverDirector));

        Assert.NotEmpty(first);
        Assert.NotSame(first[0].Draft, again[0].Draft);
    }

    [Fact]
    public void RemembersNothingWhenToldToRememberNone()
    {
        var answerer = Answerer(("RoleBot:Answers:RememberedAnswers", "0"));

        var (first, again) = (answerer.Answer(VpOverDirector), answerer.Answer(VpOverDirector));

        Assert.NotSame(first[0].Draft, again[0].Draft);
        Assert.Equal(first[0].Text, again[0].Text);
    }

    [Fact]
    public void ANegativeCountIsRefused()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Answerer(("RoleBot:Answers:RememberedAnswers", "-1")));

        Assert.Contains("RoleBot:Answers: RememberedAnswers must not be negative.", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private IRoleAnswerer Answerer(params (string Key, string Value)[] settings) => Services(settings).GetRequiredService<IRoleAnswerer>();

    private ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection([new(ContentPaths.ContentRootKey, _root), .. settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))])
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(_clock)
            .AddRoleBotContent(configuration)
            .AddRoleBotKnowledge()
            .AddRoleBotAnswers()
            .AddRoleBotDialogs()
            .BuildServiceProvider();
    }

    private static string Words(IReadOnlyList<Activity> replies) =>
        string.Join("\n", replies.Select(r => $"{r.Text}\n{(r.Draft is AnswerDocument d ? Encoding.UTF8.GetString(CardTestContent.Cards.Render(d, null).Json) : "")}"));

    // The timestamp is moved ahead so the change shows even on file systems with coarse timestamps.
    private void Edit(string relativePath, string from, string to)
    {
        var path = Path.Combine(_root, ContentPaths.DialogsFolder, relativePath);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(1));
        _clock.Advance(ContentSource<string>.CheckInterval);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
