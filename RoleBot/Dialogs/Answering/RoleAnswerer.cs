using RoleBot.Answers;
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
    ];

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
            (Intent.Rank, [var first, var second, ..]) => [Rank(first, second, question, kb)],
            (Intent.Why, [var first, var second, ..]) => [Why(first, second, kb)],
            (Intent.Compare, [var first, var second, ..]) => [Compare(first, second, question, kb)],
            (Intent.ReportsTo, [var subordinate, var manager, ..]) => [ReportsTo(subordinate, manager, kb)],
            (Intent.NextStep, _) => [.. roles.Select(r => composer.CareerPath(Career(r, question.AsksHigher, kb)))],
            (_, [_, ..]) when Focus(question.Intent) is { } focus => [.. roles.Select(r => composer.Describe(AnswerMapper.Describe(r, kb, focus)))],
            _ => [],
        };
    }

    /// <summary>The verdict; a yes/no question ("is a GM lower than a VP?") first gets its yes or no.</summary>
    private Activity Rank(Role first, Role second, RoleQuestion question, KnowledgeBase kb)
    {
        var verdict = ranker.Compare(first, second);
        var reply = composer.Rank(AnswerMapper.Rank(verdict, kb));
        if (question.IsYesNo)
        {
            var lead = Content.Text(YesNoLead.For(verdict, question.AsksLower));
            reply.Text = $"{lead} {reply.Text}";
            reply.Speak = reply.Speak is null ? null : $"{lead} {reply.Speak}";
        }

        return reply;
    }

    /// <summary>The comparison card; asked as a bare pair ("avp vs vp"), the verdict leads the text.</summary>
    private Activity Compare(Role first, Role second, RoleQuestion question, KnowledgeBase kb)
    {
        var reply = composer.Compare(AnswerMapper.Compare(comparer.Compare(first, second), kb));
        if (question.LeadsWithVerdict)
        {
            var verdict = composer.Rank(AnswerMapper.Rank(ranker.Compare(first, second), kb)).Text;
            reply.Text = $"{verdict} {reply.Text}";
            reply.Speak = reply.Speak is null ? null : $"{verdict} {reply.Speak}";
        }

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
    private Activity ReportsTo(Role subordinate, Role manager, KnowledgeBase kb)
    {
        var line = ranker.ReportsTo(subordinate, manager);

        // "so the director reports to the manager, right?": say plainly that it is the other way round.
        var reversed = line.Kind == ReportingKind.NotUsually && ranker.ReportsTo(manager, subordinate).Kind != ReportingKind.NotUsually;
        var text = Content.Text(reversed ? "reportsTo.reversed" : $"reportsTo.{Key(line.Kind)}",
            ("sub", subordinate.DisplayName),
            ("aSub", RankWording.WithArticle(subordinate.DisplayName)),
            ("manager", manager.DisplayName),
            ("aManager", RankWording.WithArticle(manager.DisplayName)),
            ("chain", string.Join(" → ", line.Chain.Select(r => r.Name))));
        var reply = composer.Describe(AnswerMapper.Describe(reversed ? manager : subordinate, kb, RoleFocus.ReportsTo));
        reply.Text = $"{text} {reply.Text}";
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
