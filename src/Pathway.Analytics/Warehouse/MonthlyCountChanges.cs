using System.Runtime.InteropServices;
namespace Pathway.Analytics.Warehouse;

/// <summary>A case as the monthly counts see it: the cells of <see cref="MonthlyApplications"/> and <see cref="MonthlyDecisions"/> it is counted in.</summary>
internal readonly record struct CountedCase(
    Guid TenantId, Guid OfficeId, string ApplicationType, string Citizenship, string Sex, string AgeBand,
    DateOnly SubmittedOn, DateOnly? SettledOn, DateOnly? DecidedOn, string? Outcome, int? ProcessingDays, bool? DecidedInTime);

internal readonly record struct ApplicationCell(
    Guid TenantId, DateOnly SubmittedMonth, DateOnly SettledMonth, Guid OfficeId, string ApplicationType, string Citizenship, string Sex, string AgeBand);

internal readonly record struct DecisionCell(
    Guid TenantId, DateOnly DecidedMonth, string Outcome, int ProcessingDays, Guid OfficeId, string ApplicationType, string Citizenship, string Sex, string AgeBand)
{
    /// <summary>The cell of <see cref="MonthlyOfficeDecisions"/> this one is summed into.</summary>
    public OfficeDecisionCell OfficeCell => new(TenantId, DecidedMonth, Outcome, ProcessingDays, OfficeId);
}

internal readonly record struct OfficeDecisionCell(Guid TenantId, DateOnly DecidedMonth, string Outcome, int ProcessingDays, Guid OfficeId);

[StructLayout(LayoutKind.Auto)]
internal readonly record struct DecisionChange(int Decisions, int WithDueDay, int InTime)
{
    public bool IsNone => Decisions == 0 && WithDueDay == 0 && InTime == 0;

    public static DecisionChange operator +(DecisionChange a, DecisionChange b) => new(a.Decisions + b.Decisions, a.WithDueDay + b.WithDueDay, a.InTime + b.InTime);
}

/// <summary>
/// What the outbox feed's batch changes in the monthly counts: each case taken out of the cells its old
/// snapshot was counted in and put into those of its new one, summed by cell so a batch writes each cell
/// once. Written in the cells' order: two feed transactions then lock the cells they share in the same
/// order and one waits for the other, neither deadlocks.
/// </summary>
internal sealed class MonthlyCountChanges
{
    private readonly Dictionary<ApplicationCell, int> applications = [];
    private readonly Dictionary<DecisionCell, DecisionChange> decisions = [];

    public void Move(CountedCase? from, CountedCase to)
    {
        if (from is { } old)
        {
            Count(old, -1);
        }

        Count(to, 1);
    }

    private void Count(CountedCase c, int sign)
    {
        var application = new ApplicationCell(c.TenantId, MonthOf(c.SubmittedOn), c.SettledOn is { } settled ? MonthOf(settled) : MonthlyApplications.Unsettled,
            c.OfficeId, c.ApplicationType, c.Citizenship, c.Sex, c.AgeBand);
        applications[application] = applications.GetValueOrDefault(application) + sign;
        if (c.DecidedOn is { } decided && c.ProcessingDays is { } days)
        {
            var decision = new DecisionCell(c.TenantId, MonthOf(decided), c.Outcome ?? MonthlyDecisions.NoOutcome, days,
                c.OfficeId, c.ApplicationType, c.Citizenship, c.Sex, c.AgeBand);
            var change = new DecisionChange(sign, c.DecidedInTime is null ? 0 : sign, c.DecidedInTime == true ? sign : 0);
            decisions[decision] = decisions.GetValueOrDefault(decision) + change;
        }
    }

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>The cells whose counts change (a case moved within a cell changes nothing), in a fixed order; then forgets them.</summary>
    public MonthlyCountMoves Take()
    {
        var taken = new MonthlyCountMoves(
            applications.Where(a => a.Value != 0).Select(a => (a.Key, a.Value)).OrderBy(a => a.Key.ToString(), StringComparer.Ordinal).ToList(),
            decisions.Where(d => !d.Value.IsNone).Select(d => (d.Key, d.Value)).OrderBy(d => d.Key.ToString(), StringComparer.Ordinal).ToList(),
            decisions.GroupBy(d => d.Key.OfficeCell).Select(g => (g.Key, g.Aggregate(default(DecisionChange), (sum, d) => sum + d.Value)))
                .Where(o => !o.Item2.IsNone).OrderBy(o => o.Key.ToString(), StringComparer.Ordinal).ToList());
        applications.Clear();
        decisions.Clear();
        return taken;
    }
}

/// <summary>A batch's changes to the monthly counts, each list in its cells' order.</summary>
internal sealed record MonthlyCountMoves(
    IReadOnlyList<(ApplicationCell Cell, int Change)> Applications,
    IReadOnlyList<(DecisionCell Cell, DecisionChange Change)> Decisions,
    IReadOnlyList<(OfficeDecisionCell Cell, DecisionChange Change)> OfficeDecisions);
