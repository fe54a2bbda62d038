using System.Globalization;
using Pathway.Analytics.Warehouse;
using Pathway.Platform.Localization;
using Pathway.Platform.Tenancy;

namespace Pathway.Analytics.Dashboards;

/// <summary>
/// What the dashboard counts: whole months from <see cref="From"/> to <see cref="To"/>, narrowed by
/// any of office, application type, citizenship, sex, age band and the voivodeship of the office (its
/// TERYT code). Whole months only: a view of any other span could be subtracted from another to
/// uncover what disclosure control hides.
/// </summary>
public sealed record DashboardFilter(
    DateOnly From, DateOnly To, Guid? Office = null, string? ApplicationType = null, string? Citizenship = null, string? Sex = null, string? AgeBand = null,
    string? Voivodeship = null)
{
    /// <summary>The longest span one view counts: five years of months.</summary>
    public const int MaxMonths = 60;

    /// <summary>The first day after the last month.</summary>
    public DateOnly End => To.AddMonths(1);

    public int Months => ((To.Year - From.Year) * 12) + To.Month - From.Month + 1;

    public IEnumerable<DateOnly> EachMonth() => Enumerable.Range(0, Months).Select(From.AddMonths);

    /// <summary>The last twelve whole months up to and including the current one.</summary>
    public static DashboardFilter Default(DateOnly today)
    {
        var month = new DateOnly(today.Year, today.Month, 1);
        return new DashboardFilter(month.AddMonths(-11), month);
    }

    /// <summary>The query string this filter is read back from, with one setting changed or added.</summary>
    public string Query(DateOnly? from = null, DateOnly? to = null, string? applicationType = null, string? voivodeship = null)
    {
        var parts = new List<string>
        {
            "from=" + Month(from ?? From),
            "to=" + Month(to ?? To),
        };
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                parts.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("office", Office?.ToString());
        Add("type", applicationType ?? ApplicationType);
        Add("citizenship", Citizenship);
        Add("sex", Sex);
        Add("ageBand", AgeBand);
        Add("voivodeship", voivodeship ?? Voivodeship);
        return string.Join('&', parts);
    }

    public static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Reads a filter from the page's or the API's query, field by field; null with the errors when something is wrong.</summary>
    public static DashboardFilter? Read(DashboardQuery query, DateOnly today, FieldErrors errors)
    {
        var (from, to) = Period(query.From, query.To, today, errors);

        Guid? office = null;
        if (!string.IsNullOrWhiteSpace(query.Office))
        {
            if (Guid.TryParse(query.Office.Trim(), out var id))
            {
                office = id;
            }
            else
            {
                errors.Add("office", "Choose an office from the list.");
            }
        }

        var type = Code(query.Type, "type", 40, errors);
        var citizenship = Code(query.Citizenship, "citizenship", 3, errors)?.ToUpperInvariant();
        if (citizenship is not null && (citizenship.Length != 3 || !citizenship.All(char.IsAsciiLetterUpper)))
        {
            errors.Add("citizenship", "Write the citizenship as a 3-letter code, e.g. UKR.");
        }

        var sex = Code(query.Sex, "sex", 1, errors)?.ToUpperInvariant();
        if (sex is not null && !FactCodes.Sexes.Contains(sex, StringComparer.Ordinal))
        {
            errors.Add("sex", "Choose one of: {0}.", string.Join(", ", FactCodes.Sexes));
        }

        var ageBand = Code(query.AgeBand, "ageBand", 10, errors);
        if (ageBand is not null && !FactCodes.AgeBands.Contains(ageBand, StringComparer.Ordinal))
        {
            errors.Add("ageBand", "Choose one of: {0}.", string.Join(", ", FactCodes.AgeBands));
        }

        var voivodeship = Code(query.Voivodeship, "voivodeship", 2, errors);
        if (voivodeship is not null && !Voivodeships.IsKnown(voivodeship))
        {
            errors.Add("voivodeship", "Choose a voivodeship from the list.");
        }

        return errors.Any ? null : new DashboardFilter(from, to, office, type, citizenship, sex, ageBand, voivodeship);
    }

    /// <summary>
    /// The span of whole months a view counts, from the query's <c>from</c> and <c>to</c>: the last twelve
    /// when neither is given, twelve from <c>from</c> when only it is, at most <see cref="MaxMonths"/>.
    /// </summary>
    internal static (DateOnly From, DateOnly To) Period(string? fromText, string? toText, DateOnly today, FieldErrors errors)
    {
        var fallback = Default(today);
        var from = MonthOf(fromText, "from", errors) ?? fallback.From;
        var to = MonthOf(toText, "to", errors) ?? (fromText is null ? fallback.To : from.AddMonths(11));
        if (!errors.Any && to < from)
        {
            errors.Add("to", "The last month cannot be before the first.");
        }
        else if (!errors.Any && ((to.Year - from.Year) * 12) + to.Month - from.Month + 1 > MaxMonths)
        {
            errors.Add("to", "Choose at most {0} months.", MaxMonths);
        }

        return (from, to);
    }

    private static DateOnly? MonthOf(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month;
        }

        errors.Add(field, "Write the month as YYYY-MM, e.g. {0}.", "2026-03");
        return null;
    }

    private static string? Code(string? text, string field, int maxLength, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        if (trimmed.Length > maxLength)
        {
            errors.Add(field, "Write at most {0} characters.", maxLength);
            return null;
        }

        return trimmed;
    }
}

/// <summary>The dashboard's filter as the page's and the API's query string give it.</summary>
public sealed record DashboardQuery(string? From, string? To, string? Office, string? Type, string? Citizenship, string? Sex, string? AgeBand, string? Voivodeship = null);
