using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pathway.Support.Helpline;

/// <summary>
/// The figures of a period as <c>pathway helpline stats</c> and the API write them: JSON as one
/// object (<c>from</c>, <c>to</c>, then each figure; null where the data cannot tell), or CSV as a
/// header line with the same names and one line of values (empty for null). Other programs read
/// these: the names and their order stay as they are.
/// </summary>
public static class HelplineStatsFile
{
    public const string CsvHeader = "from,to,answeredIncoming,outgoing,automatedHelpline,redirected,abandoned,averageWaitSeconds,answeredWithin20sShare";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary>The object's fields in their order; the API adds the heat map and the logged calls after them.</summary>
    public sealed record Figures(
        DateOnly From, DateOnly To, int AnsweredIncoming, int Outgoing, int AutomatedHelpline, int Redirected,
        int? Abandoned, double? AverageWaitSeconds, double? AnsweredWithin20sShare)
    {
        public static Figures Of(HelplineFigures f) =>
            new(f.From, f.To, f.AnsweredIncoming, f.Outgoing, f.AutomatedHelpline, f.Redirected, f.Abandoned, f.AverageWaitSeconds, f.AnsweredWithin20sShare);
    }

    public static string Json(HelplineFigures figures) => JsonSerializer.Serialize(Figures.Of(figures), Options);

    public static string Csv(HelplineFigures f)
    {
        string[] values =
        [
            Day(f.From), Day(f.To), Whole(f.AnsweredIncoming), Whole(f.Outgoing), Whole(f.AutomatedHelpline), Whole(f.Redirected),
            f.Abandoned is { } a ? Whole(a) : "", Number(f.AverageWaitSeconds), Number(f.AnsweredWithin20sShare),
        ];
        return CsvHeader + "\r\n" + string.Join(',', values) + "\r\n";
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);

    // The shortest text that reads back as the same number, as the JSON writes it.
    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
