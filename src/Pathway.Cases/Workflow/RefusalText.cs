using System.Globalization;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Localization;

namespace Pathway.Cases.Workflow;

/// <summary>A refusal in the reader's language: names of states and actions translated, dates written out.</summary>
public static class RefusalText
{
    public static string Of(Refusal refusal, IStringLocalizer<CasesText> text) =>
        text[refusal.Text, [.. refusal.Args.Select(a => Argument(a, text))]];

    private static object Argument(object argument, IStringLocalizer<CasesText> text) => argument switch
    {
        string name => text[name].Value,
        DateOnly day => day.ToString("D", CultureInfo.CurrentCulture),
        _ => argument,
    };
}
