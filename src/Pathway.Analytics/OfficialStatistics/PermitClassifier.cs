namespace Pathway.Analytics.OfficialStatistics;

/// <summary>
/// What each permit counts as, read from the person's history. The history is the person's other
/// permits in scope (valid at least 3 months, not temporary protection), in the order they became
/// valid, and the earlier permit a record names; permits out of scope are no history, so a person
/// who held temporary protection and then a work permit gets a first permit.
/// </summary>
internal static class PermitClassifier
{
    /// <summary>Every permit with its standing; citizenship is mapped but not checked here (null mapped codes stay as the case's code).</summary>
    public static IReadOnlyList<ClassifiedPermit> Classify(IReadOnlyList<IssuedPermit> permits)
    {
        var standings = new ClassifiedPermit[permits.Count];
        // Each permit's months, and each case code's citizen, worked out once: a year holds a million permits and a few hundred codes.
        var months = new int?[permits.Count];
        var citizens = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < permits.Count; i++)
        {
            months[i] = PermitRules.ValidityMonths(permits[i].ValidFrom, permits[i].ValidUntil);
        }

        bool InScope(int i) => PermitRules.IsInScope(permits[i].TemporaryProtection, months[i]);
        foreach (var person in Enumerable.Range(0, permits.Count).GroupBy(i => permits[i].PersonKey, StringComparer.Ordinal))
        {
            // In the order they became valid; the rest of the key only makes ties independent of the input's order.
            // Most persons hold one permit: their history is that permit when in scope.
            List<int> history = person is IList<int> { Count: 1 } one
                ? InScope(one[0]) ? [one[0]] : []
                : [.. person.Where(InScope)
                    .OrderBy(i => permits[i].ValidFrom)
                    .ThenBy(i => permits[i].IssuedOn)
                    .ThenBy(i => permits[i].Reason)
                    .ThenBy(i => permits[i].ValidUntil ?? DateOnly.MaxValue)];
            foreach (var i in person)
            {
                var permit = permits[i];
                if (!citizens.TryGetValue(permit.Citizenship, out var citizen))
                {
                    citizen = EurostatCitizenship.Of(permit.Citizenship) ?? permit.Citizenship;
                    citizens.Add(permit.Citizenship, citizen);
                }

                standings[i] = permit.TemporaryProtection ? new(permit, PermitStanding.TemporaryProtection, citizen, null, null)
                    : !PermitRules.IsLongEnough(months[i]) ? new(permit, PermitStanding.TooShort, citizen, null, null)
                    : Standing(permit, citizen, PermitRules.Band(months[i]), Before(history, i, permits));
            }
        }

        return standings;
    }

    private static IEnumerable<EarlierPermit> Before(List<int> history, int index, IReadOnlyList<IssuedPermit> permits)
    {
        foreach (var i in history.TakeWhile(i => i != index))
        {
            yield return new(permits[i].Reason, permits[i].ValidUntil);
        }

        if (permits[index].Previous is { } previous)
        {
            yield return previous;
        }
    }

    /// <summary>
    /// First: "a permit issued to a person for the first time", or after a gap of at least 6 months
    /// since the permit held before expired (<see cref="PermitRules.GapIsLong"/>). Otherwise the
    /// permit held last before this one (the one valid longest) decides: for the same reason it is
    /// a renewal; for another it is a permit "issued on the occasion of a person changing
    /// immigration status or reason to stay" (Regulation 862/2007, Article 6(1)(b)), counted from
    /// that reason to this one.
    /// </summary>
    private static ClassifiedPermit Standing(IssuedPermit permit, string citizen, ValidityBand band, IEnumerable<EarlierPermit> before)
    {
        // The one valid longest; of those ending the same day, the one held last.
        EarlierPermit? held = null;
        foreach (var earlier in before)
        {
            if (!PermitRules.GapIsLong(earlier.ValidUntil, permit.ValidFrom)
                && (held is null || (earlier.ValidUntil ?? DateOnly.MaxValue) >= (held.ValidUntil ?? DateOnly.MaxValue)))
            {
                held = earlier;
            }
        }

        return held is null ? new(permit, PermitStanding.First, citizen, band, null)
            : held.Reason == permit.Reason ? new(permit, PermitStanding.Renewal, citizen, band, null)
            : new(permit, PermitStanding.ChangeOfStatus, citizen, band, held.Reason);
    }
}
