using Pathway.Cases.Catalogue;
using Pathway.Cases.TimeLimits;

namespace Pathway.Cases.Workflow;

/// <summary>An event the decision clock waits for, and the day it happened (null while it has not).</summary>
public sealed record ClockStartEvent(ClockEventKind Kind, DateOnly? On);

public enum ClockEventKind
{
    FormallyComplete,
    PersonalAppearance,
    /// <summary>Requested evidence delivered, or its term ended; counts only when evidence was requested.</summary>
    EvidenceSettled,
}

/// <summary>
/// The decision clock of a case as it stands: the events it starts from, the period from the
/// catalogue, the days not counted and the resulting deadline with every step, or why there is none.
/// </summary>
public sealed record ClockReading(
    IReadOnlyList<ClockStartEvent> StartEvents, DecisionPeriod? Period, Deadline? Deadline, DateOnly? AnnouncedBy, DateOnly? StoppedSince)
{
    public DateOnly? StartedOn => StartEvents.All(e => e.On is not null) ? StartEvents.Max(e => e.On) : null;

    /// <summary>The day the decision is due: a date announced in a delay notice replaces the computed one (KPA art. 36).</summary>
    public DateOnly? DueOn => StoppedSince is not null ? null : AnnouncedBy ?? Deadline?.End;
}

/// <summary>
/// When the office must decide. For temporary residence (act on foreigners, art. 112a) the period
/// runs from the latest of: the personal appearance, a formally complete application, and the
/// delivery of requested evidence or the end of the term set for it. The same start is used for the
/// other permits, whose acts are less precise; docs/cases.md says so. Suspensions of the proceedings
/// and statutory suspensions for the permit do not count (KPA art. 35 §5).
/// </summary>
public static class DecisionClock
{
    public const string SuspensionReason = "suspension of the proceedings (KPA art. 97)";

    public static ClockReading Read(ResidenceCase @case, DecisionPeriod? period, IReadOnlyList<ExcludedPeriod> statutory)
    {
        List<ClockStartEvent> events =
        [
            new(ClockEventKind.FormallyComplete, @case.FormallyCompleteOn),
            new(ClockEventKind.PersonalAppearance, @case.AppearedOn),
        ];
        if (@case.EvidenceRequested)
        {
            events.Add(new(ClockEventKind.EvidenceSettled, @case.EvidenceSettledOn));
        }

        var stoppedSince = @case.Suspensions.FirstOrDefault(s => s.To is null)?.From;
        var reading = new ClockReading(events, period, null, @case.AnnouncedDecisionBy, stoppedSince);
        if (reading.StartedOn is not { } start || period is null)
        {
            return reading;
        }

        List<ExcludedPeriod> excluded =
        [
            .. @case.Suspensions.Where(s => s.To is not null).Select(s => new ExcludedPeriod(s.From, s.To!.Value, SuspensionReason)),
            .. statutory,
        ];
        return reading with { Deadline = TimeLimitCalculator.Compute(start, new Period(period.Length, period.Unit), excluded) };
    }
}
