using RoleBot.Answers;
using RoleBot.Answers.Templates;
using RoleBot.Content.Dialogs;
using RoleBot.Content.Knowledge;
using RoleBot.Content.Templates;
using RoleBot.Dialogs.Content;
using RoleBot.Dialogs.Questions;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;
using RoleBot.Organisations;
using RoleBot.Protocol;
using RoleBot.Understanding;

namespace RoleBot.Dialogs.Answering;

/// <summary>
/// Answers a resolved question from the knowledge base: the ranker decides verdicts, the comparer and career
/// advisor supply comparisons and paths, and the composer turns them into cards. Nothing here invents content.
/// </summary>
public sealed class RoleAnswerer(
    IKnowledgeBaseProvider knowledge,
    RoleRanker ranker,
    RoleLineUp lineUp,
    RoleComparer comparer,
    CareerAdvisor career,
    AnswerComposer composer,
    VerdictExplainer explainer,
    DialogContentStore content,
    OrganisationAnswerer organisation) : IRoleAnswerer
{
    public const string ContentName = nameof(RoleAnswerer);

    public static readonly TemplateKey[] Texts =
    [
        .. new[] { "reportsTo.direct", "reportsTo.indirect", "reportsTo.notUsually", "reportsTo.reversed" }
            .Select(key => new TemplateKey(key, "sub", "aSub", "manager", "aManager", "chain")),
        .. YesNoLead.Keys.Select(key => new TemplateKey(key)),
        .. VerdictExplainer.Texts,
        .. SharedSkills.Texts,
        .. TitleQualifiers.Texts,
    ];

    /// <summary>
    /// Every piece of content an answer is made from, as it is now: the knowledge base (the ranker, comparer and
    /// career advisor read the same one), the answer wording and this answerer's texts. An answer depends on nothing
    /// else but the question and the user's organisation; <see cref="RememberedAnswers"/> relies on that.
    /// </summary>
    public AnswerInputs Inputs => new(knowledge.Current, composer.Documents.Templates, Content);

    public IReadOnlyList<Activity> Answer(RoleQuestion question)
    {
        var kb = knowledge.Current;
        if (question.Intent == Intent.Faq)
        {
            return question.FaqId is { } id && kb.FindFaq(id) is { } faq ? [composer.Faq(AnswerMapper.Faq(faq, kb))] : [];
        }

        var roles = question.RoleIds.Select(kb.FindRole).OfType<Role>().ToList();

        // The user's organisation gave its ladder: its levels decide between its titles (kb is already its view).
        return OrganisationScope.Current is { } view
            ? organisation.Answer(question, roles, kb, view, () => General(question, roles, kb))
            : General(question, roles, kb);
    }

    private IReadOnlyList<Activity> General(RoleQuestion question, List<Role> roles, KnowledgeBase kb)
    {
        return (question.Intent, roles) switch
        {
            (Intent.Rank, _) when roles.DistinctBy(r => r.Id).Count() >= 3 => [composer.LineUp(AnswerMapper.LineUp(lineUp.Order(roles), kb))],
            (Intent.Rank, [var first, var second, ..]) => [Rank(first, second, question, kb)],
            (Intent.Why, [var first, var second, ..]) => [Why(first, second, kb)],
            (Intent.Skills, [var first, var second, ..]) when question.AsksShared => [ShareSkills(first, second, kb)],
            (Intent.Compare, [var first, var second, ..]) => [Compare(first, second, question, kb)],
            (Intent.ReportsTo, [var subordinate, var manager, ..]) => [ReportsTo(subordinate, manager, question, kb)],
            (Intent.NextStep, _) when question.AsksLower => [.. roles.Select(r => composer.CareerPath(AnswerMapper.Career(r, CareerDirection.Lower, career.LowerThan(r), kb)))],
            (Intent.NextStep, _) => [.. roles.Select(r => composer.CareerPath(Career(r, question.AsksHigher, kb)))],
            (_, [_, ..]) when Focus(question.Intent) is { } focus => [.. roles.Select((r, i) => Describe(r, i, question, kb, focus))],
            _ => [],
        };
    }

    /// <summary>The verdict; a yes/no question ("is a GM lower than a VP?") first gets its yes or no.</summary>
    private Activity Rank(Role first, Role second, RoleQuestion question, KnowledgeBase kb)
    {
        var verdict = ranker.Compare(first, second);
        var answer = AnswerMapper.Rank(verdict, kb);
        var (a, b) = (TitleQualifiers.Apply(answer.First, question.Qualifiers, 0), TitleQualifiers.Apply(answer.Second, question.Qualifiers, 1));
        var reply = composer.Rank(answer with
        {
            First = a,
            Second = b,
            Ladder = [.. answer.Ladder.Select(s => s.Role?.Id == a.Id ? s with { Role = a } : s.Role?.Id == b.Id ? s with { Role = b } : s)],
        });
        if (question.IsYesNo)
        {
            var lead = Content.Text(YesNoLead.For(verdict, question.AsksLower));
            reply.Text = $"{lead} {reply.Text}";
            reply.Speak = reply.Speak is null ? null : $"{lead} {reply.Speak}";
        }

        return WithNote(reply, [first, second], [a, b]);
    }

    /// <summary>The comparison card; asked as a bare pair ("avp vs vp"), the verdict leads the text.</summary>
    private Activity Compare(Role first, Role second, RoleQuestion question, KnowledgeBase kb)
    {
        var answer = AnswerMapper.Compare(comparer.Compare(first, second), kb);
        var (a, b) = (TitleQualifiers.Apply(answer.First, question.Qualifiers, 0), TitleQualifiers.Apply(answer.Second, question.Qualifiers, 1));
        var reply = WithNote(composer.Compare(answer with { First = a, Second = b }), [first, second], [a, b]);
        if (question.LeadsWithVerdict)
        {
            var verdict = composer.Rank(AnswerMapper.Rank(ranker.Compare(first, second), kb)).Text;
            reply.Text = $"{verdict} {reply.Text}";
            reply.Speak = reply.Speak is null ? null : $"{verdict} {reply.Speak}";
        }

        return reply;
    }

    /// <summary>"What skills do X and Y share?": the comparison card, led by what the two lists have in common.</summary>
    private Activity ShareSkills(Role first, Role second, KnowledgeBase kb)
    {
        var reply = composer.Compare(AnswerMapper.Compare(comparer.Compare(first, second), kb));
        reply.Text = SharedSkills.Describe(first, second, Content);
        reply.Speak = reply.Speak is null ? null : reply.Text;
        return reply;
    }

    private Activity Why(Role first, Role second, KnowledgeBase kb)
    {
        // The explanation goes into the text too, so clients without cards still hear the reasons.
        var verdict = ranker.Compare(first, second);
        var explanation = explainer.Explain(verdict, kb);
        var reply = composer.Rank(AnswerMapper.Rank(verdict, kb) with { Explanation = explanation });
        reply.Text = $"{reply.Text} {explanation}";
        return reply;
    }

    /// <summary>"Does a project manager report to a director?" — the reporting line, shown on the subordinate's card.</summary>
    private Activity ReportsTo(Role subordinate, Role manager, RoleQuestion question, KnowledgeBase kb)
    {
        var (sub, boss) = (TitleQualifiers.Apply(RoleRef.From(subordinate, kb), question.Qualifiers, 0), TitleQualifiers.Apply(RoleRef.From(manager, kb), question.Qualifiers, 1));
        var line = ranker.ReportsTo(subordinate, manager);

        // "so the director reports to the manager, right?": say plainly that it is the other way round.
        var reversed = line.Kind == ReportingKind.NotUsually && ranker.ReportsTo(manager, subordinate).Kind != ReportingKind.NotUsually;
        var text = Content.Text(reversed ? "reportsTo.reversed" : $"reportsTo.{Key(line.Kind)}",
            ("sub", sub.DisplayName),
            ("aSub", RankWording.WithArticle(sub.DisplayName)),
            ("manager", boss.DisplayName),
            ("aManager", RankWording.WithArticle(boss.DisplayName)),
            ("chain", string.Join(" → ", line.Chain.Select(r => r.Name))));
        var described = AnswerMapper.Describe(reversed ? manager : subordinate, kb, RoleFocus.ReportsTo);
        var reply = composer.Describe(described with { Role = reversed ? boss : sub });
        reply.Text = $"{text} {reply.Text}";
        return WithNote(reply, [subordinate, manager], [sub, boss]);
    }

    private Activity Describe(Role role, int index, RoleQuestion question, KnowledgeBase kb, RoleFocus focus)
    {
        var answer = AnswerMapper.Describe(role, kb, focus);
        var shown = TitleQualifiers.Apply(answer.Role, question.Qualifiers, index);
        return WithNote(composer.Describe(answer with { Role = shown }), [role], [shown]);
    }

    /// <summary>"General Manager, Hotel Operations": the knowledge base's caveat about that kind of GM follows the verdict.</summary>
    private Activity WithNote(Activity reply, IReadOnlyList<Role> roles, IReadOnlyList<RoleRef> shown)
    {
        if (TitleQualifiers.Note(roles, shown, Content) is { } note)
        {
            reply.Text = $"{reply.Text} {note}";
            reply.Speak = reply.Speak is null ? null : $"{reply.Speak} {note}";
        }

        return reply;
    }

    /// <summary>The usual next steps (or, asked "what is higher", the roles above); a role with no next steps listed gets the roles above.</summary>
    private CareerPathAnswer Career(Role role, bool higher, KnowledgeBase kb)
    {
        var next = higher ? [] : career.NextSteps(role);
        return next.Count > 0
            ? AnswerMapper.Career(role, CareerDirection.Next, next, kb)
            : AnswerMapper.Career(role, CareerDirection.Higher, career.HigherThan(role), kb);
    }

    private static RoleFocus? Focus(Intent intent) => intent switch
    {
        Intent.Describe => RoleFocus.Overview,
        Intent.Skills => RoleFocus.Skills,
        Intent.Requirements => RoleFocus.Requirements,
        Intent.Interview => RoleFocus.Interview,
        Intent.ReportsTo => RoleFocus.ReportsTo,
        _ => null,
    };

    private DialogContent Content => content.Get(ContentName, Texts);

    private static string Key(ReportingKind kind) => kind switch
    {
        ReportingKind.Direct => "direct",
        ReportingKind.Indirect => "indirect",
        _ => "notUsually",
    };

}
