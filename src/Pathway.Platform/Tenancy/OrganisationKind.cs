namespace Pathway.Platform.Tenancy;

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<OrganisationKind>))]
public enum OrganisationKind
{
    /// <summary>A unit of the office itself (a department of the foreigners' office).</summary>
    OfficeUnit = 0,
    /// <summary>A partner NGO or advisory point working inside the tenant.</summary>
    PartnerNgo = 1,
}
