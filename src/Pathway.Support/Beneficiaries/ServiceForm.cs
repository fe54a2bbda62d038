using System.Globalization;

namespace Pathway.Support.Beneficiaries;

/// <summary>The record-a-service form as posted (fields Service.*): one day, read as the day given or the day planned by the state chosen.</summary>
internal sealed class ServiceForm
{
    public string? Kind { get; set; }
    public string? Status { get; set; }
    public string? Day { get; set; }
    public string? Provider { get; set; }
    public string? Minutes { get; set; }
    public string? LanguageFrom { get; set; }
    public string? LanguageTo { get; set; }
    public string? Outcome { get; set; }
    public string? Project { get; set; }

    public ServiceInput Read()
    {
        var status = Enum.TryParse<ServiceStatus>(Status ?? nameof(ServiceStatus.Delivered), out var s) && Enum.IsDefined(s) ? s : (ServiceStatus?)null;
        var day = DateOnly.TryParseExact(Day?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        return new ServiceInput(
            Enum.TryParse<ServiceKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : null,
            status,
            status == ServiceStatus.Planned ? day : null,
            status == ServiceStatus.Delivered ? day : null,
            Provider,
            // A length that is no whole number is kept as one the log refuses, not dropped.
            string.IsNullOrWhiteSpace(Minutes) ? null : int.TryParse(Minutes.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : -1,
            Outcome,
            string.IsNullOrEmpty(LanguageFrom) ? null : LanguageFrom,
            string.IsNullOrEmpty(LanguageTo) ? null : LanguageTo,
            Project,
            !string.IsNullOrWhiteSpace(Day) && day is null);
    }
}
