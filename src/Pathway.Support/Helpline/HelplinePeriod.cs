using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Support.Periods;

namespace Pathway.Support.Helpline;

/// <summary>The period of the helpline's figures as a page or the API asks for it: the 30 days up to today when left out.</summary>
internal static class HelplinePeriod
{
    /// <summary>Without a first day, the period is the 30 days up to the last.</summary>
    public const int DefaultDays = 30;

    public static async Task<(DateOnly From, DateOnly To)?> ReadAsync(
        string? from, string? to, HelplineDesk desk, FieldErrors errors, IStringLocalizer text, CancellationToken cancellationToken) =>
        Period.Read(from, to, await desk.TodayAsync(cancellationToken), last => last.AddDays(-(DefaultDays - 1)), errors, text);
}
