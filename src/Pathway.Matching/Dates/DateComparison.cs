namespace Pathway.Matching.Dates;

/// <summary>Compares two dates of birth with the tolerances clerical errors call for.</summary>
public static class DateComparison
{
    public static DateLevel Compare(BirthDate? a, BirthDate? b)
    {
        if (a is not { } x || b is not { } y)
        {
            return DateLevel.Missing;
        }

        if (x == y)
        {
            return x.IsWeak ? DateLevel.ExactWeak : DateLevel.Exact;
        }

        if (!x.IsFull || !y.IsFull)
        {
            // A partial date agrees with a full one only as far as it goes, and only weakly.
            var agree = x.Year == y.Year && (x.Month == 0 || y.Month == 0 || x.Month == y.Month);
            return agree ? DateLevel.ExactWeak : Math.Abs(x.Year - y.Year) <= 1 ? DateLevel.WithinYear : DateLevel.Different;
        }

        if (x.Year == y.Year && x.Month == y.Day && x.Day == y.Month)
        {
            return DateLevel.DayMonthSwapped;
        }

        var same = (x.Year == y.Year ? 1 : 0) + (x.Month == y.Month ? 1 : 0) + (x.Day == y.Day ? 1 : 0);
        if (same == 2 && (x.Year == y.Year || OneDigitApart(x.Year, y.Year)))
        {
            return DateLevel.OneComponentDifferent;
        }

        return Math.Abs(x.ApproximateDays - y.ApproximateDays) <= 365 ? DateLevel.WithinYear : DateLevel.Different;
    }

    // A year that differs by more than one digit (1971 vs 1917 aside) is another person more often than a typo.
    private static bool OneDigitApart(int a, int b)
    {
        var differing = 0;
        for (var i = 0; i < 4; i++)
        {
            if (a % 10 != b % 10)
            {
                differing++;
            }

            a /= 10;
            b /= 10;
        }

        return differing <= 1;
    }
}
