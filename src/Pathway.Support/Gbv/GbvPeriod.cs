using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Support.Gbv;

/// <summary>The months the figures are asked for, written YYYY-MM: this year's months so far when left out.</summary>
internal static class GbvPeriod
{
    public static async Task<(DateOnly From, DateOnly To)?> ReadAsync(
        string? from, string? to, GbvRegister register, FieldErrors errors, IStringLocalizer text, CancellationToken cancellationToken)
    {
        var today = await register.TodayAsync(cancellationToken);
        var last = Read(to, "to", new DateOnly(today.Year, today.Month, 1), errors, text);
        var first = Read(from, "from", new DateOnly((last ?? today).Year, 1, 1), errors, text);
        if (first is null || last is null)
        {
            return null;
        }

        if (last < first)
        {
            errors.AddTranslated("to", text["The last month must be on or after the first."]);
            return null;
        }

        if (((last.Value.Year - first.Value.Year) * 12) + last.Value.Month - first.Value.Month >= GbvRegister.MaxMonths)
        {
            errors.AddTranslated("to", text["A period can be at most five years long."]);
            return null;
        }

        return (first.Value, last.Value);
    }

    private static DateOnly? Read(string? value, string field, DateOnly otherwise, FieldErrors errors, IStringLocalizer text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return otherwise;
        }

        if (GbvIncidentRules.Month(value) is { } month)
        {
            return month;
        }

        errors.AddTranslated(field, text["Write the month as YYYY-MM."]);
        return null;
    }
}
