namespace RoleBot.Cards.Model;

// Serialized camelCase ("extraLarge", "bolder") by CardJson, matching the schema's enum spellings.
public enum TextSize { Default, Small, Medium, Large, ExtraLarge }

public enum TextWeight { Default, Lighter, Bolder }

public enum TextColor { Default, Dark, Light, Accent, Good, Warning, Attention }

public enum Spacing { Default, None, Small, Medium, Large, ExtraLarge, Padding }

public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }

public enum TextBlockStyle { Default, Heading }
