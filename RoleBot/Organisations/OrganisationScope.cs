namespace RoleBot.Organisations;

/// <summary>
/// The organisation of the user whose turn is running, set once at the top of the turn (the bot) and read where
/// knowledge is served (the knowledge base, the answerer). An async-local value flows to everything the turn awaits
/// and never to another turn, so one tenant's view cannot leak into another's answer, whatever runs in between.
/// </summary>
public static class OrganisationScope
{
    private static readonly AsyncLocal<OrganisationView?> CurrentView = new();

    public static OrganisationView? Current => CurrentView.Value;

    public static IDisposable Enter(OrganisationView? view)
    {
        var previous = CurrentView.Value;
        CurrentView.Value = view;
        return new Exit(previous);
    }

    private sealed class Exit(OrganisationView? previous) : IDisposable
    {
        public void Dispose() => CurrentView.Value = previous;
    }
}
