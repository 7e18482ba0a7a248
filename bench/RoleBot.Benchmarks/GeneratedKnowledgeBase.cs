using RoleBot.Knowledge;

namespace RoleBot.Benchmarks;

/// <summary>The shipped knowledge base plus thousands of made-up but plausible roles, to show cost does not grow with size.</summary>
public static class GeneratedKnowledgeBase
{
    private static readonly string[] Places = ["Northern", "Southern", "Eastern", "Western", "Central", "Coastal", "Metro", "Rural", "Inland", "Overseas",
        "Domestic", "Pacific", "Atlantic", "Alpine", "Urban", "Harbour", "Valley", "Highland", "Lowland", "Island"];

    private static readonly string[] Functions = ["Logistics", "Payroll", "Procurement", "Warehouse", "Fleet", "Billing", "Claims", "Treasury", "Audit",
        "Catering", "Housekeeping", "Security", "Facilities", "Recruitment", "Training", "Quality", "Compliance", "Inventory", "Dispatch", "Maintenance",
        "Research", "Publishing", "Licensing", "Events", "Tooling"];

    private static readonly string[] Titles = ["Coordinator", "Administrator", "Controller", "Officer", "Steward", "Planner", "Inspector", "Clerk",
        "Superintendent", "Foreman", "Marshal", "Registrar", "Curator", "Warden", "Custodian", "Liaison", "Scheduler", "Auditor", "Dispatcher", "Technician"];

    public static KnowledgeBase Create(KnowledgeBase shipped, int count)
    {
        var roles = new List<Role>(shipped.Roles);
        foreach (var place in Places)
        {
            foreach (var function in Functions)
            {
                foreach (var title in Titles)
                {
                    if (roles.Count - shipped.Roles.Count == count)
                    {
                        break;
                    }

                    var name = $"{place} {function} {title}";
                    roles.Add(new Role
                    {
                        Id = name.ToLowerInvariant().Replace(' ', '-'),
                        Name = name,
                        Aliases = [$"{function} {title} ({place})", $"{place} {function} {title} lead"],
                        Track = "generated",
                        Level = 1 + (roles.Count % 12),
                        Description = $"Runs {function.ToLowerInvariant()} for the {place.ToLowerInvariant()} region.",
                    });
                }
            }
        }

        return new KnowledgeBase(roles, shipped.Comparisons, shipped.Faqs, shipped.Sources, shipped.Tracks, shipped.Ladder, shipped.AmbiguousAliases);
    }
}
