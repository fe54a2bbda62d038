using System.Globalization;
using System.Text.Json;
using Pathway.Platform.Localization;

namespace Pathway.Cases.Applications;

/// <summary>What the employer fills in: a simplified "załącznik nr 1" to a work application.</summary>
public sealed record EmployerAnnexForm(
    string? EmployerName, string? Nip, string? Regon, string? Address, string? Position, string? PlaceOfWork, string? ContractType,
    string? StartDate, string? WorkingTime, string? MonthlyGrossPln, string? SignerName, string? SignerRole, bool Declaration)
{
    public const int MaxTextLength = 200;

    /// <summary>The contract types the annex takes: umowa o pracę, umowa zlecenie, another.</summary>
    public static readonly string[] ContractTypes = ["employment", "mandate", "other"];

    /// <summary>The checked content as canonical JSON (fixed field order, invariant formats), or null with the field errors given.</summary>
    public string? Validate(FieldErrors errors)
    {
        var name = Required(EmployerName, "employerName", errors);
        var nip = Required(Nip, "nip", errors) is { } n ? Applications.Nip.Normalise(n) : null;
        if (nip is null && !string.IsNullOrWhiteSpace(Nip))
        {
            errors.Add("nip", "This is not a valid NIP: it has 10 digits and the last one is a checksum.");
        }

        string? regon = null;
        if (!string.IsNullOrWhiteSpace(Regon) && (regon = Applications.Regon.Normalise(Regon)) is null)
        {
            errors.Add("regon", "This is not a valid REGON: it has 9 or 14 digits and the last one is a checksum.");
        }

        var address = Required(Address, "address", errors);
        var position = Required(Position, "position", errors);
        var place = Required(PlaceOfWork, "placeOfWork", errors);
        var contract = Required(ContractType, "contractType", errors);
        if (contract is not null && !ContractTypes.Contains(contract, StringComparer.Ordinal))
        {
            errors.Add("contractType", "Choose one of: {0}.", string.Join(", ", ContractTypes));
            contract = null;
        }

        DateOnly? start = null;
        if (Required(StartDate, "startDate", errors) is { } s)
        {
            if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                start = day;
            }
            else
            {
                errors.Add("startDate", "Write the date as YYYY-MM-DD.");
            }
        }

        var time = Required(WorkingTime, "workingTime", errors);
        decimal? pay = null;
        if (Required(MonthlyGrossPln, "monthlyGrossPln", errors) is { } p)
        {
            if (decimal.TryParse(p.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) && amount > 0 && decimal.Round(amount, 2) == amount && amount < 10_000_000m)
            {
                pay = amount;
            }
            else
            {
                errors.Add("monthlyGrossPln", "Write an amount in PLN above zero, e.g. 5200.00.");
            }
        }

        var signer = Required(SignerName, "signerName", errors);
        var role = Required(SignerRole, "signerRole", errors);
        if (!Declaration)
        {
            errors.Add("declaration", "Confirm the declaration.");
        }

        if (errors.Any)
        {
            return null;
        }

        return JsonSerializer.Serialize(new CanonicalAnnex(
            name!, nip!, regon, address!, position!, place!, contract!, start!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), time!,
            pay!.Value.ToString("0.00", CultureInfo.InvariantCulture), signer!, role!, Declaration));
    }

    private static string? Required(string? value, string field, FieldErrors errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors.Add(field, "This field is required.");
            return null;
        }

        if (trimmed.Length > MaxTextLength)
        {
            errors.Add(field, "Write at most {0} characters.", MaxTextLength);
            return null;
        }

        return trimmed;
    }

    private sealed record CanonicalAnnex(
        string EmployerName, string Nip, string? Regon, string Address, string Position, string PlaceOfWork, string ContractType,
        string StartDate, string WorkingTime, string MonthlyGrossPln, string SignerName, string SignerRole, bool Declaration);
}
