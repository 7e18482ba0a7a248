namespace RoleBot.Tests.Understanding;

/// <summary>
/// The question shapes of issue 19 (feedback, goodbyes, several roles, superlatives, first person, shared skills):
/// each labelled utterance in TestData/utterances.conversation.json must be understood exactly.
/// </summary>
public sealed class ConversationUtteranceTests
{
    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>();
        foreach (var spec in UtteranceSpec.Load(File))
        {
            data.Add(spec.Text);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void UnderstandsTheUtteranceAsLabelled(string text)
    {
        var spec = UtteranceSpec.Load(File).Single(s => s.Text == text);
        var result = TestRecognizer.Shipped.Recognize(spec.Input);

        Assert.Equal(spec.Intent, result.Intent);
        Assert.True(spec.RolesMatch(result), $"roles: {string.Join(" | ", result.Roles.Select(r => string.Join(",", r.Candidates)))}");
    }

    private const string File = "utterances.conversation.json";
}
