using Pathway.Platform.Support;

namespace Pathway.Analytics.Warehouse;

// The facts of the people advisory points and NGOs support: their cases, registered, closed and assessed.
internal sealed partial class FactWriter
{
    /// <summary>The purpose a support case's own pseudonym is keyed for: the warehouse keeps no support case id.</summary>
    public const string BeneficiaryPurpose = "warehouse beneficiary";

    private static readonly FactStatement Beneficiaries = new(
        """
        INSERT INTO "Analytics_FactBeneficiaries" ("BeneficiaryKey", "TenantId", "Version", "Removed", "PersonKey", "OrganisationId", "RegisteredOn", "ClosedOn",
            "ClosureReason", "Citizenship", "Sex", "AgeBand", "Vulnerable", "NeedCategories")
        """,
        14,
        """
        ON CONFLICT ("BeneficiaryKey") DO UPDATE SET "Version" = excluded."Version", "Removed" = excluded."Removed", "PersonKey" = excluded."PersonKey",
            "OrganisationId" = excluded."OrganisationId", "RegisteredOn" = excluded."RegisteredOn", "ClosedOn" = excluded."ClosedOn",
            "ClosureReason" = excluded."ClosureReason", "Citizenship" = excluded."Citizenship", "Sex" = excluded."Sex", "AgeBand" = excluded."AgeBand",
            "Vulnerable" = excluded."Vulnerable", "NeedCategories" = excluded."NeedCategories"
        WHERE excluded."Version" > "Analytics_FactBeneficiaries"."Version"
        """);

    private readonly List<object?[]> pendingBeneficiaries = [];

    // A case's organisation is an NGO's or an advisory point's, as a service's is: no row of the offices.
    private async Task WriteAsync(BeneficiaryFacts f, CancellationToken cancellationToken)
    {
        var citizenship = string.IsNullOrEmpty(f.Citizenship) ? FactCodes.UnknownCitizenship : f.Citizenship;
        if (dimensions)
        {
            await DateAsync(f.RegisteredOn, cancellationToken);
            await DateAsync(f.ClosedOn, cancellationToken);
        }

        await CodeAsync(FactCodes.CitizenshipDimension, citizenship, cancellationToken);

        var key = pseudonyms.Of(f.TenantId, BeneficiaryPurpose, f.BeneficiaryId);
        var person = pseudonyms.Of(f.TenantId, PersonPurpose, f.PersonId ?? f.BeneficiaryId);
        var needs = f.NeedCategories ?? [];
        await WriteAsync(Beneficiaries, pendingBeneficiaries, cancellationToken,
            key, f.TenantId, f.Version, f.Removed, person, f.OrganisationId, f.RegisteredOn, f.ClosedOn, f.ClosureReason,
            citizenship, FactCodes.SexOf(f.Sex), FactCodes.AgeBandOf(f.AgeOnRegistration), needs.Count > 0, string.Join(' ', needs.Order(StringComparer.Ordinal)));
        Taken++;
    }

    private Task FlushBeneficiariesAsync(CancellationToken cancellationToken) => FlushAsync(Beneficiaries, pendingBeneficiaries, cancellationToken);
}
