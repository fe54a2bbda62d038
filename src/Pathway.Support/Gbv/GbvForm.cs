namespace Pathway.Support.Gbv;

/// <summary>The record-an-incident form as posted (fields Input.*): text, read into a <see cref="GbvIncidentInput"/> the rules judge whole.</summary>
public sealed class GbvForm
{
    public string? IncidentMonth { get; set; }
    public string? ReportedMonth { get; set; }
    public string? Place { get; set; }
    public string? Context { get; set; }
    public string? Type { get; set; }
    public string? AgeGroup { get; set; }
    public string? Sex { get; set; }
    public bool SeparatedChild { get; set; }
    public string? Perpetrator { get; set; }
    public string? Perpetrators { get; set; }
    /// <summary>The ticked services; null when none is ticked (the form binder sends no empty list).</summary>
    public List<string>? Services { get; set; }
    public string? StatisticsConsent { get; set; }

    public GbvIncidentInput Read() => new(
        IncidentMonth,
        ReportedMonth,
        Place,
        Choice<IncidentContext>(Context),
        Choice<GbvIncidentType>(Type),
        Choice<SurvivorAgeGroup>(AgeGroup),
        Choice<SurvivorSex>(Sex),
        SeparatedChild,
        Choice<PerpetratorRelation>(Perpetrator),
        Choice<PerpetratorCount>(Perpetrators),
        // A name the list does not hold is passed on as an undefined value, so the rules name the field.
        [.. (Services ?? []).Select(s => Choice<GbvService>(s) ?? (GbvService)(-1))],
        StatisticsConsent switch { "yes" => true, "no" => false, _ => null });

    /// <summary>The form filled with a recorded incident, for its correction.</summary>
    public static GbvForm Of(GbvIncidentView incident) => new()
    {
        IncidentMonth = incident.IncidentMonth,
        ReportedMonth = incident.ReportedMonth,
        Place = incident.Place,
        Context = incident.Context.ToString(),
        Type = incident.Type.ToString(),
        AgeGroup = incident.AgeGroup.ToString(),
        Sex = incident.Sex.ToString(),
        SeparatedChild = incident.SeparatedChild,
        Perpetrator = incident.Perpetrator.ToString(),
        Perpetrators = incident.Perpetrators.ToString(),
        Services = [.. incident.Services.Select(s => s.ToString())],
        StatisticsConsent = incident.StatisticsConsent ? "yes" : "no",
    };

    public bool Ticked(GbvService service) => Services?.Contains(service.ToString()) == true;

    private static T? Choice<T>(string? value)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, out var parsed) && Enum.IsDefined(parsed) ? parsed : null;
}
