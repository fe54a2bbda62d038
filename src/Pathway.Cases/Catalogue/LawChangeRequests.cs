using Pathway.Cases.TimeLimits;
using Pathway.Cases.Workflow;
using Pathway.Platform.Localization;

namespace Pathway.Cases.Catalogue;

/// <summary>
/// A new rule for one application type, from the day it takes effect: a decision period (length,
/// unit), a stamp duty (amountPln) or a required document (code, name, condition). Dates are
/// written YYYY-MM-DD; the unit, condition and permit are the names the catalogue answers with.
/// </summary>
public sealed record RuleChangeRequest(
    string? InForceFrom, string? LegalSource, bool? Verified,
    int? Length = null, string? Unit = null, decimal? AmountPln = null,
    string? Code = null, string? Name = null, string? Condition = null);

/// <summary>The day from which a document is no longer required.</summary>
public sealed record DocumentEndRequest(string? From);

/// <summary>A statutory suspension of decision time limits for one permit kind; to move an existing one's end, only until, legalSource and verified.</summary>
public sealed record SuspensionRequest(string? Permit, string? From, string? Until, string? Name, string? LegalSource, bool? Verified);

/// <summary>Turns a law-change request into a dated row, or field errors in the reader's language.</summary>
public static class LawChangeReader
{
    public const int MaxPeriodDays = 3650;
    public const int MaxPeriodMonths = 120;
    public const decimal MaxDutyPln = 100_000m;

    public static DecisionPeriod? Period(RuleChangeRequest request, FieldErrors errors)
    {
        var (from, source) = Common(request, errors);
        var unit = CaseRequestReader.Choice<PeriodUnit>(request.Unit, "unit", errors);
        if (string.IsNullOrWhiteSpace(request.Unit))
        {
            errors.Add("unit", "This field is required.");
        }

        var most = unit == PeriodUnit.Months ? MaxPeriodMonths : unit == PeriodUnit.Weeks ? MaxPeriodDays / 7 : MaxPeriodDays;
        if (request.Length is not { } length || length < 1 || length > most)
        {
            errors.Add("length", "Enter a number from {0} to {1}.", 1, most);
        }

        return errors.Any ? null : new DecisionPeriod
        {
            InForceFrom = from!.Value, Length = request.Length!.Value, Unit = unit!.Value, LegalSource = source!, Verified = request.Verified ?? false,
        };
    }

    public static StampDuty? Duty(RuleChangeRequest request, FieldErrors errors)
    {
        var (from, source) = Common(request, errors);
        if (request.AmountPln is not { } amount || amount < 0 || amount > MaxDutyPln || decimal.Round(amount, 2) != amount)
        {
            errors.Add("amountPln", "Enter an amount in złoty from 0 to {0}, with at most two decimals.", MaxDutyPln);
        }

        return errors.Any ? null : new StampDuty { InForceFrom = from!.Value, AmountPln = request.AmountPln!.Value, LegalSource = source!, Verified = request.Verified ?? false };
    }

    public static RequiredDocument? Document(RuleChangeRequest request, FieldErrors errors)
    {
        var (from, source) = Common(request, errors);
        var code = request.Code?.Trim() ?? "";
        if (code.Length is 0 or > RequiredDocument.MaxCodeLength || !code.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') || code[0] == '-')
        {
            errors.Add("code", "Use 1 to {0} lower-case letters, digits and hyphens, starting with a letter or digit.", RequiredDocument.MaxCodeLength);
        }

        var name = Text(request.Name, "name", ApplicationType.MaxNameLength, errors);
        var condition = CaseRequestReader.Choice<DocumentCondition>(request.Condition, "condition", errors);
        return errors.Any ? null : new RequiredDocument
        {
            InForceFrom = from!.Value, Code = code, Name = name!, Condition = condition ?? DocumentCondition.Always,
            LegalSource = source!, Verified = request.Verified ?? false,
        };
    }

    public static StatutorySuspension? Suspension(SuspensionRequest request, Guid tenantId, FieldErrors errors)
    {
        var permit = CaseRequestReader.Choice<PermitKind>(request.Permit, "permit", errors);
        if (string.IsNullOrWhiteSpace(request.Permit))
        {
            errors.Add("permit", "This field is required.");
        }

        var from = CaseRequestReader.Date(request.From, "from", errors, required: true);
        var until = Until(request, from, errors);
        var name = Text(request.Name, "name", StatutorySuspension.MaxNameLength, errors);
        var source = Text(request.LegalSource, "legalSource", ApplicationType.MaxLegalTextLength, errors);
        return errors.Any ? null : new StatutorySuspension
        {
            TenantId = tenantId, Permit = permit!.Value, From = from!.Value, Until = until!.Value, Name = name!, LegalSource = source!, Verified = request.Verified ?? false,
        };
    }

    /// <summary>The new end of a suspension, which may not come before its start.</summary>
    public static DateOnly? Until(SuspensionRequest request, DateOnly? from, FieldErrors errors)
    {
        var until = CaseRequestReader.Date(request.Until, "until", errors, required: true);
        if (until is { } last && from is { } first && last < first)
        {
            errors.Add("until", "The end cannot come before the start ({0}).", first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            return null;
        }

        return until;
    }

    public static string? Text(string? value, string field, int maxLength, FieldErrors errors)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors.Add(field, "This field is required.");
            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(field, "Write at most {0} characters.", maxLength);
            return null;
        }

        return text;
    }

    private static (DateOnly? From, string? Source) Common(RuleChangeRequest request, FieldErrors errors) =>
        (CaseRequestReader.Date(request.InForceFrom, "inForceFrom", errors, required: true),
         Text(request.LegalSource, "legalSource", ApplicationType.MaxLegalTextLength, errors));
}
