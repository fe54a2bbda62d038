using Pathway.Cases.Appointments;
using Pathway.Cases.Workflow;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.Testing;

/// <summary>Cases as the online application leaves them: registered at an office, with the migrant's account as applicant.</summary>
public static class OnlineCases
{
    /// <summary>A new case at the office <paramref name="officeCode"/>, filed by <paramref name="applicant"/> (the demo migrant unless another account is named).</summary>
    public static async Task<string> CreateAsync(PathwayFactory factory, string officeCode, Guid? applicant = null)
    {
        var number = $"WSC-II-S.6151.{Guid.NewGuid().ToString("N")[..8]}.2026";
        var user = applicant ?? await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.Migrant));
        await factory.WithDbAsync(async db =>
        {
            var office = db.Set<Office>().First(o => o.Code == officeCode);
            db.Add(new ResidenceCase
            {
                TenantId = office.TenantId,
                OrganisationId = office.OrganisationId,
                Number = number,
                ApplicationType = "temporary-residence-work",
                ApplicantSurname = "Shevchenko",
                ApplicantGivenNames = "Oleksandr",
                ApplicantBirthDate = new DateOnly(1990, 4, 12),
                ApplicantCitizenship = "UKR",
                SubmittedOn = new DateOnly(2026, 5, 4),
                RegisteredAt = DateTime.UtcNow,
                ApplicantUserId = user,
            });
            await db.SaveChangesAsync();
        });
        return number;
    }
}
