using RoleBot.Answers;
using RoleBot.Cards.Actions;
using RoleBot.Knowledge;
using RoleBot.Knowledge.Ranking;

namespace RoleBot.Tests.Support;

// Fixed answers covering every card, plus worst cases: the longest lists and texts, and hostile user text.
internal static class SampleAnswers
{
    public static readonly RoleRef Vp = new("vice-president", "Vice President", "VP");
    public static readonly RoleRef Gm = new("general-manager", "General Manager", "GM");
    public static readonly RoleRef Coo = new("chief-operating-officer", "Chief Operating Officer", "COO");
    public static readonly RoleRef Ceo = new("ceo", "Chief Executive Officer", "CEO");
    public static readonly RoleRef Director = new("director", "Director");
    public static readonly RoleRef ProjectManager = new("project-manager", "Project Manager", "PM") { AbbreviationIsAmbiguous = true };
    public static readonly RoleRef ProductManager = new("product-manager", "Product Manager", "PM") { AbbreviationIsAmbiguous = true };
    public static readonly RoleRef ProgramManager = new("program-manager", "Program Manager", "PM") { AbbreviationIsAmbiguous = true };
    public static readonly RoleRef OpsManager = new("operations-manager", "Operations Manager");

    public const string HostileText = "<script>alert(1)</script> [click](http://evil.example) <!channel> *PM*";

    private static readonly Citation[] Sources =
    [
        new("Corporate titles overview", new Uri("https://example.org/titles")),
        new("Org chart guide"),
    ];

    public static RankAnswer VpOverGm => new(Vp, Gm, RankRelation.FirstHigher, RankCertainty.Usually)
    {
        Ladder = [new(8, "Chief Executive Officer (CEO)"), new(7, "Vice President", Vp), new(6, "Director"), new(5, "General Manager", Gm)],
        Explanation = "In most companies a VP leads a whole function, while a GM runs one business unit or site.",
        Caveats = ["Some firms use General Manager for the head of a whole division, above many VPs."],
        Sources = Sources,
    };

    public static ComparisonAnswer PmVsOps => new(ProjectManager, OpsManager, "A project manager delivers a time-bound project; an operations manager keeps ongoing work running well.")
    {
        Dimensions =
        [
            new("Focus", "One project with a start and an end", "Day-to-day processes with no end date"),
            new("Measured by", "On time, on budget, in scope", "Efficiency, quality, cost"),
            new("Typical level", "Middle management", "Middle management"),
        ],
        Caveats = ["Titles vary: some companies call both roles 'manager'."],
        Sources = Sources,
    };

    public static RoleAnswer ProjectManagerRole(RoleFocus focus = RoleFocus.Overview) => new(ProjectManager, "Plans and runs projects so they finish on time, on budget and in scope.", focus)
    {
        Responsibilities = ["Plan the work", "Manage the budget", "Report to stakeholders"],
        Skills = ["Planning", "Communication", "Risk management"],
        Requirements = ["Degree or equivalent experience", "PMP or PRINCE2 is common"],
        InterviewQuestions = ["How do you handle scope creep?"],
        ReportsTo = [new("program-manager", "Program Manager")],
        NextSteps = [ProgramManager, new("portfolio-manager", "Portfolio Manager")],
        Sources = Sources,
    };

    public static CareerPathAnswer AfterProjectManager => new(ProjectManager, CareerDirection.Next)
    {
        Steps = [ProgramManager, new("portfolio-manager", "Portfolio Manager"), new("pmo-director", "PMO Director")],
        Sources = Sources,
    };

    public static CareerPathAnswer AboveCoo => new(Coo, CareerDirection.Higher);

    public static FaqAnswer HighestPosition => new("highest-position", "What is the highest position in a company?", "Usually the Chief Executive Officer (CEO), who reports to the board of directors.")
    {
        RelatedRoles = [new("chief-executive-officer", "Chief Executive Officer", "CEO"), Coo],
        Sources = Sources,
    };

    public static PassageAnswer TimeFrame => new(new PassageTopic(PassageTopicKind.Dimension, [ProjectManager, OpsManager]) { Dimension = "Time frame" },
        "Temporary: each project ends when its objective is achieved.")
    {
        SecondText = "Permanent: operations management is an ongoing function.",
        Sources = Sources,
    };

    public static PassageAnswer CooCaveat => new(new PassageTopic(PassageTopicKind.RoleCaveat, [Coo]), "Not every company has a COO.") { Sources = Sources };

    public static PassageAnswer FaqPassage => new(new PassageTopic(PassageTopicKind.Faq, [])
    {
        FaqId = "highest-position", Question = "What is the highest position in a company?",
    }, "Usually the Chief Executive Officer (CEO), who reports to the board of directors.") { Sources = Sources };

    public static IReadOnlyList<PassageTopic> NearTopics =>
    [
        TimeFrame.Topic,
        new PassageTopic(PassageTopicKind.Skills, [OpsManager]),
        FaqPassage.Topic,
    ];

    public static RoleChoiceRequest WhichPm => new("PM", [ProjectManager, ProductManager, ProgramManager]);

    public static RoleChoiceRequest HostileMention => new(HostileText, [ProjectManager, ProductManager]);

    public static MissingRoleRequest CompareGmWith => new(Gm, CardActionKind.Compare, [Vp, Coo, OpsManager]);

    public static CannotAnswerReason UnknownWizard => new("wizard", [Gm]);

    public static CannotAnswerReason HostileUnknown => new(HostileText);

    // Bigger than any real entry: every list far past its limit, every text very long, non-ASCII throughout.
    public static RoleAnswer Largest
    {
        get
        {
            static string Long(string word, int n) => string.Join(" ", Enumerable.Repeat(word, n));
            static IReadOnlyList<string> Many(string prefix) => [.. Enumerable.Range(1, 40).Select(i => $"{prefix} {i}: {Long("Verantwortung für Qualität", 40)}")];
            return new RoleAnswer(new RoleRef("giant-role", Long("Überlanger Titel", 20), "ÜLT"), Long("Beschreibung mit Umlauten äöü", 300))
            {
                Responsibilities = Many("Responsibility"),
                Skills = Many("Skill"),
                Requirements = Many("Requirement"),
                InterviewQuestions = Many("Question"),
                ReportsTo = [.. Enumerable.Range(1, 30).Select(i => new RoleRef($"boss-{i}", Long("Boss", 30)))],
                NextSteps = [.. Enumerable.Range(1, 30).Select(i => new RoleRef($"next-{i}", Long("Next", 30)))],
                Caveats = Many("Caveat"),
                Sources = [.. Enumerable.Range(1, 30).Select(i => new Citation(Long("Source [title]", 30), new Uri($"https://example.org/s/{i}")))],
            };
        }
    }

    public static ComparisonAnswer LargestComparison => new(Vp, Gm, string.Join(" ", Enumerable.Repeat("Long summary text.", 200)))
    {
        Dimensions = [.. Enumerable.Range(1, 40).Select(i => new ComparisonDimension($"Dimension {i}", string.Join(" ", Enumerable.Repeat("left", 300)), string.Join(" ", Enumerable.Repeat("right", 300))))],
        Caveats = [.. Enumerable.Range(1, 40).Select(i => $"Caveat {i}")],
        Sources = Sources,
    };

    public static RankAnswer LongLadder => VpOverGm with
    {
        Ladder = [.. Enumerable.Range(1, 30).Select(i => new LadderStep(31 - i, $"Level {31 - i} role", i == 1 ? Vp : i == 30 ? Gm : null))],
    };

    public static LineUpAnswer CeoVpDirectors => new([[Ceo], [Vp], [Gm, Director]])
    {
        Steps = [LineUpStep.Above, LineUpStep.Depends],
        Notes = [VpOverGm with { First = Gm, Second = Director, Relation = RankRelation.Peers, Certainty = RankCertainty.ItDepends, Ladder = [] }],
        Caveats = ["Some firms use General Manager for the head of a whole division, above many VPs."],
        Sources = Sources,
    };
}
