using System.Globalization;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Audit;
using Pathway.Platform.Localization;
using Pathway.Platform.Tenancy;

namespace Pathway.Web.Audit;

/// <summary>
/// The audit filters as they arrive in an address (the page and the API read the same ones).
/// Dates are days of the office's own calendar: "to" includes the whole of that day.
/// </summary>
public sealed record AuditFilter(string? Person, string? User, string? Action, string? From, string? To, string? Before, string? Limit)
{
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Turns the filters into a query, or field errors in the reader's language.</summary>
    public (AuditQuery? Query, Dictionary<string, string[]> Errors) Parse(Guid tenantId, TimeZoneInfo zone, IStringLocalizer<Text> text)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Guid? person = null;
        if (!string.IsNullOrWhiteSpace(Person))
        {
            if (Guid.TryParse(Person.Trim(), out var id))
            {
                person = id;
            }
            else
            {
                errors["person"] = [text["Enter the person's identifier as it appears in the address of their page."]];
            }
        }

        Guid? user = null;
        if (!string.IsNullOrWhiteSpace(User))
        {
            if (Guid.TryParse(User.Trim(), out var id))
            {
                user = id;
            }
            else
            {
                errors["user"] = [text["Choose a user from the list."]];
            }
        }

        var action = string.IsNullOrWhiteSpace(Action) ? null : Action.Trim();
        if (action is { Length: > 64 })
        {
            errors["action"] = [text["Enter an action of at most {0} characters.", 64]];
        }

        var from = Day(From, "from", errors, text);
        var to = Day(To, "to", errors, text);
        if (from is { } first && to is { } last && last < first)
        {
            errors["to"] = [text["The end date must not be before the start date."]];
        }

        long? before = null;
        if (!string.IsNullOrWhiteSpace(Before))
        {
            if (long.TryParse(Before, NumberStyles.None, CultureInfo.InvariantCulture, out var cursor) && cursor > 0)
            {
                before = cursor;
            }
            else
            {
                errors["before"] = [text["Enter a whole number above zero."]];
            }
        }

        var limit = AuditQuery.DefaultLimit;
        if (!string.IsNullOrWhiteSpace(Limit))
        {
            if (int.TryParse(Limit, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size is >= 1 and <= AuditQuery.MaxLimit)
            {
                limit = size;
            }
            else
            {
                errors["limit"] = [text["Enter a number from {0} to {1}.", 1, AuditQuery.MaxLimit]];
            }
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var query = new AuditQuery(
            tenantId, person, user, action,
            from is { } since ? StartOf(since, zone) : null,
            to is { } until ? StartOf(until.AddDays(1), zone) : null,
            before, limit);
        return (query, errors);
    }

    /// <summary>The same filters as an address query string, without the cursor: for the CSV link and the first page.</summary>
    public string QueryString(long? before = null)
    {
        var pairs = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                pairs.Add($"{name}={Uri.EscapeDataString(value.Trim())}");
            }
        }

        Add("person", Person);
        Add("user", User);
        Add("action", Action);
        Add("from", From);
        Add("to", To);
        Add("before", before?.ToString(CultureInfo.InvariantCulture));
        return pairs.Count == 0 ? "" : "?" + string.Join('&', pairs);
    }

    private static DateOnly? Day(string? value, string field, Dictionary<string, string[]> errors, IStringLocalizer<Text> text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors[field] = [text["Enter the date as YYYY-MM-DD."]];
        return null;
    }

    private static DateTime StartOf(DateOnly day, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);
}
