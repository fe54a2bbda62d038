using System.Globalization;

namespace Pathway.People.Registry;

/// <summary>Names the script of a native-script name (ISO 15924), from its letters.</summary>
public static class NativeScripts
{
    public static string? Guess(string? name)
    {
        foreach (var c in name ?? "")
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            var script = c switch
            {
                >= '\u0400' and <= '\u04FF' => "Cyrl",
                >= '\u0370' and <= '\u03FF' => "Grek",
                >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' => "Arab",
                >= '\u10A0' and <= '\u10FF' => "Geor",
                >= '\u0530' and <= '\u058F' => "Armn",
                >= '\u0900' and <= '\u097F' => "Deva",
                >= '\u4E00' and <= '\u9FFF' => "Hani",
                _ => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter && c < '\u0250' ? "Latn" : null,
            };
            if (script is not null)
            {
                return script;
            }
        }

        return null;
    }
}
