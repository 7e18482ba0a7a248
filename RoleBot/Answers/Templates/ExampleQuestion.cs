namespace RoleBot.Answers.Templates;

// An example from answers.json: Button is the short title a client can show on one line (the Teams Playground
// never wraps a button); Question is the full question the button asks.
public sealed record ExampleQuestion(string Button, string Question);
