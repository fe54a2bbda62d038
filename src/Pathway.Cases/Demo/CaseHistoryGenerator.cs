using Pathway.Cases.Catalogue;
using Pathway.Cases.TimeLimits;
using Pathway.Cases.Workflow;
using Pathway.Platform.Demo;

namespace Pathway.Cases.Demo;

/// <summary>
/// Synthetic cases with a lawful history: each is registered on a day since the catalogue came into
/// force and taken through the workflow's own rules (<see cref="CaseTransitions"/>) step by step,
/// up to today, so every timeline is one the office could have written, and open cases stand
/// where their dates leave them. The same seed gives the same cases.
/// </summary>
internal sealed class CaseHistoryGenerator(Guid tenantId, Guid organisationId, IReadOnlyList<Guid> officers, Guid supervisor, DateOnly today, int seed)
{
    private readonly Random random = new(seed);
    // The permits' validity draws from its own sequence, so the cases' histories stay what the seed gave before validity was recorded.
    private readonly Random validity = new(unchecked(seed * 31) + 7);
    private readonly Guid supervisor = supervisor;
    private readonly DateOnly today = today;
    private readonly IReadOnlyList<ApplicationType> types = PolishCatalogue.For(tenantId);
    private readonly Dictionary<PermitKind, List<ExcludedPeriod>> statutory = PolishCatalogue.Suspensions(tenantId)
        .GroupBy(s => s.Permit).ToDictionary(g => g.Key, g => g.Select(s => s.AsExcluded(s.Name)).ToList());
    private readonly Dictionary<int, int> running = [];

    /// <summary>The last running number given out in each year, for the tenant's sequences.</summary>
    public IReadOnlyDictionary<int, int> LastNumbers => running;

    public IEnumerable<ResidenceCase> Generate(int count, string unitMark = CaseNumbers.DefaultUnitMark)
    {
        var days = Math.Max(1, today.DayNumber - PolishCatalogue.InForceFrom.DayNumber);
        for (var i = 0; i < count; i++)
        {
            var submitted = PolishCatalogue.InForceFrom.AddDays(random.Next(days + 1));
            yield return One(submitted, unitMark);
        }
    }

    private ResidenceCase One(DateOnly submitted, string unitMark)
    {
        // Temporary residence for work is most of an office's intake.
        var type = random.NextDouble() < 0.55 ? types[0] : types[random.Next(types.Count)];
        // The registry's population (hundreds of surnames for the large citizenships, a few for Vietnam): a common surname matches thousands of 2,000,000 cases, as in life.
        var stock = DemoNames.PickCountry(random);
        var female = random.Next(2) == 0;
        var (surname, given) = stock.PickLatinName(random, female);
        var name = (Surname: surname, Given: given, stock.Citizenship);
        running[submitted.Year] = running.GetValueOrDefault(submitted.Year) + 1;
        var c = new ResidenceCase
        {
            TenantId = tenantId,
            OrganisationId = organisationId,
            Number = CaseNumbers.Format(unitMark, type.Permit, running[submitted.Year], submitted.Year),
            ApplicationType = type.Code,
            Permit = type.Permit,
            Purpose = StayPurposeOf.Type(type.Code, type.Documents.Select(d => d.Code)),
            ApplicantSex = female ? "F" : "M",
            ApplicantSurname = name.Surname,
            ApplicantGivenNames = name.Given,
            ApplicantBirthDate = new DateOnly(1960 + random.Next(45), 1 + random.Next(12), 1 + random.Next(28)),
            ApplicantCitizenship = name.Citizenship,
            PassportNumber = string.Concat((char)('A' + random.Next(26)), (char)('A' + random.Next(26))) + random.Next(1_000_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
            SubmittedOn = submitted,
            RegisteredAt = At(submitted),
            State = CaseState.Submitted,
            Version = 1,
        };
        c.NameWords.AddRange(NameIndex.Entries(c.Id, name.Surname + " " + name.Given));
        c.Events.Add(new CaseEvent { CaseId = c.Id, At = c.RegisteredAt, Action = CaseAction.Register, FromState = CaseState.Submitted, ToState = CaseState.Submitted, EffectiveOn = submitted });
        var officer = officers[random.Next(officers.Count)];
        var walk = new Walk(this, c, submitted, officer);
        walk.Run();
        var period = CatalogueEntry.On(type, submitted).DecisionPeriod;
        c.DecisionDueOn = DecisionClock.Read(c, period, statutory.GetValueOrDefault(c.Permit) ?? []).DueOn;
        c.ClearDomainEvents();
        return c;
    }

    /// <summary>
    /// A granted permit's validity, as offices give it: from a few days after the draft; a temporary
    /// residence permit mostly for one to three years, some for less (a contract's length, a course's);
    /// permanent residence and EU long-term residence without a limit. Some Ukrainians get temporary
    /// protection, so that the statistics have it to leave out.
    /// </summary>
    private CaseActionInput Permit(CaseActionInput draft, ResidenceCase c, DateOnly drafted)
    {
        var from = drafted.AddDays(validity.Next(21));
        if (c.Permit != PermitKind.TemporaryResidence)
        {
            return draft with { PermitValidFrom = from };
        }

        var roll = validity.NextDouble();
        var months = roll < 0.05 ? 4 : roll < 0.15 ? 9 : roll < 0.5 ? 12 : roll < 0.75 ? 24 : 36;
        var protection = c.ApplicantCitizenship == "UKR" && validity.NextDouble() < 0.2;
        return draft with { PermitValidFrom = from, PermitValidUntil = from.AddMonths(months).AddDays(-1), TemporaryProtection = protection };
    }

    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);

    /// <summary>One case's way through the office: each step a few days after the last, until today.</summary>
    private sealed class Walk(CaseHistoryGenerator g, ResidenceCase c, DateOnly day, Guid officer)
    {
        private DateOnly day = day;

        public void Run()
        {
            _ = Step(CaseAction.Take, 0, 3, new(), officer) && Step(CaseAction.StartFormalCheck, 1, 10, new()) && Formal() && Examination() && Decision() && Card();
        }

        private bool Formal()
        {
            if (g.random.NextDouble() >= 0.3)
            {
                return Step(CaseAction.CompleteFormally, 1, 7, new());
            }

            if (!Step(CaseAction.FormalDeficiency, 0, 3, new() { TermDays = 7 + g.random.Next(8), Reason = "Missing photograph and proof of the stamp duty" }) || !Deliver())
            {
                return false;
            }

            var term = CaseTransitions.NoticeTerm(c)!;
            if (g.random.NextDouble() < 0.12)
            {
                return Until(term.End.AddDays(1 + g.random.Next(5))) && Act(CaseAction.LeaveWithoutConsideration, new(), g.supervisor) && false;
            }

            return Until(term.End.AddDays(g.random.Next(-term.Period.Length + 1, 3))) && Act(CaseAction.CureDeficiency, new() { On = day });
        }

        private bool Examination()
        {
            if (!Step(CaseAction.RecordAppearance, 3, 30, new()))
            {
                return false;
            }

            if (g.random.NextDouble() < 0.25)
            {
                if (!Step(CaseAction.RequestEvidence, 2, 10, new() { TermDays = 14, Reason = "Employer's annex" }) || !Deliver())
                {
                    return false;
                }

                var term = CaseTransitions.NoticeTerm(c)!;
                var received = g.random.NextDouble() < 0.8;
                if (!(received
                    ? Until(term.Start.AddDays(1 + g.random.Next(term.Period.Length))) && Act(CaseAction.ReceiveEvidence, new() { On = day })
                    : Until(term.End.AddDays(1)) && Act(CaseAction.CloseEvidenceTerm, new())))
                {
                    return false;
                }
            }

            if (g.random.NextDouble() < 0.05 && !(Step(CaseAction.Suspend, 1, 20, new() { Reason = "Awaiting a court ruling" }) && Step(CaseAction.Resume, 10, 60, new())))
            {
                return false;
            }

            return g.random.NextDouble() >= 0.1 || Step(CaseAction.NotifyDelay, 20, 40, new() { NewDate = day.AddDays(90), Reason = "Security checks pending" });
        }

        private bool Decision()
        {
            var granted = g.random.NextDouble() < 0.85;
            if (!Until(day.AddDays(10 + g.random.Next(51))))
            {
                return false;
            }

            var draft = new CaseActionInput { Outcome = granted ? DecisionOutcome.Granted : DecisionOutcome.Refused, Reason = granted ? "Conditions met" : "Insufficient income" };
            if (!Act(CaseAction.DraftDecision, granted ? g.Permit(draft, c, day) : draft)
                || !Step(CaseAction.Decide, 1, 5, new(), g.supervisor) || !Deliver())
            {
                return false;
            }

            var appeal = CaseTransitions.AppealTerm(c)!;
            if (!granted && g.random.NextDouble() < 0.4)
            {
                return Until(appeal.End) && Act(CaseAction.LodgeAppeal, new() { On = day }) && false;
            }

            return Until(appeal.End.AddDays(1 + g.random.Next(5))) && Act(CaseAction.MarkFinal, new());
        }

        private bool Card() =>
            c.Outcome == DecisionOutcome.Granted && Step(CaseAction.OrderCard, 1, 5, new()) && Step(CaseAction.CardReady, 14, 30, new()) && Step(CaseAction.CardCollected, 1, 20, new());

        private bool Deliver() => g.random.NextDouble() < 0.8
            ? Step(CaseAction.RecordDelivery, 1, 6, new(), deliveredInDays: true)
            : Step(CaseAction.RecordDelivery, 1, 4, new(), postal: true);

        private bool Step(CaseAction action, int minDays, int maxDays, CaseActionInput input, Guid? by = null, bool deliveredInDays = false, bool postal = false)
        {
            if (!Until(day.AddDays(minDays + g.random.Next(maxDays - minDays + 1))))
            {
                return false;
            }

            if (deliveredInDays)
            {
                input = input with { DeliveredOn = day };
            }
            else if (postal)
            {
                input = input with { FirstPostalNoticeOn = day };
                // The post keeps the letter 14 days; nothing more happens before it counts as delivered.
                Until(day.AddDays(Delivery.PostalKeepingDays));
            }

            return Act(action, input, by);
        }

        private bool Until(DateOnly next)
        {
            day = next > day ? next : day;
            return day <= g.today;
        }

        private bool Act(CaseAction action, CaseActionInput input, Guid? by = null) =>
            day <= g.today && CaseTransitions.Apply(c, action, input, new ActionContext(day, At(day), by ?? officer, MaySupervise: true)) is null;
    }
}
