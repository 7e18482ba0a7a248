using System.Text;

namespace RoleBot.Understanding.Text;

/// <summary>
/// Full-width forms ("ＧＭ", typed with an East Asian keyboard) become ASCII; the app runs with invariant
/// globalization, so string.Normalize cannot do it. Cyrillic and Greek letters that look like Latin ones ("СЕО", "mаnager" with a Cyrillic а) read as Latin, but
/// only in words that are Latin already or made of look-alikes alone, so real Cyrillic or Greek text stays as it is.
/// </summary>
public static class Confusables
{
    private static readonly Dictionary<char, char> Map = Build(
        "аaеeоoрpсcуyхxіiјjѕsԁdӏlАAВBЕEКKМMНHОOРPСCТTХXУYІIЈJЅS" + "οoαaνvρpιiΑAΒBΕEΗHΙIΚKΜMΝNΟOΡPΤTΧXΥYΖZ");

    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;

    public static string ToLatin(string text)
    {
        if (text.Any(c => c is >= FullWidthFirst and <= FullWidthLast or '\u3000'))
        {
            text = string.Concat(text.Select(c => c switch
            {
                >= FullWidthFirst and <= FullWidthLast => (char)(c - FullWidthOffset),
                '\u3000' => ' ',
                _ => c,
            }));
        }

        if (!text.Any(Map.ContainsKey))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && char.IsLetter(text[end]))
            {
                end++;
            }

            if (end == start)
            {
                builder.Append(text[start++]);
                continue;
            }

            var word = text.AsSpan(start, end - start);
            builder.Append(ShouldMap(word) ? Translate(word) : word.ToString());
            start = end;
        }

        return builder.ToString();
    }

    private static bool ShouldMap(ReadOnlySpan<char> word)
    {
        var latin = false;
        var lookAlike = false;
        var other = false;
        foreach (var c in word)
        {
            if (char.IsAsciiLetter(c))
            {
                latin = true;
            }
            else if (Map.ContainsKey(c))
            {
                lookAlike = true;
            }
            else
            {
                other = true;
            }
        }

        return lookAlike && (latin || !other);
    }

    private static string Translate(ReadOnlySpan<char> word)
    {
        var chars = word.ToArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Map.GetValueOrDefault(chars[i], chars[i]);
        }

        return new string(chars);
    }

    private static Dictionary<char, char> Build(string pairs)
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < pairs.Length; i += 2)
        {
            map[pairs[i]] = pairs[i + 1];
        }

        return map;
    }
}
