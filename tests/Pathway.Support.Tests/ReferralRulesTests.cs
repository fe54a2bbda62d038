using Pathway.Support.Beneficiaries;
using Pathway.Support.Referrals;

namespace Pathway.Support.Tests;

/// <summary>What a referral's form checks, which step may follow which, and how the posted form is read.</summary>
public sealed class ReferralRulesTests
{
    private static readonly Guid Sender = Guid.NewGuid();
    private static readonly Guid Office = Guid.NewGuid();
    private static readonly HashSet<Guid> Organisations = [Sender, Office];

    private static IEnumerable<string> Problems(ReferralInput input) =>
        ReferralDesk.Check(input, Sender, Organisations).Select(p => $"{p.Field}:{p.Problem}");

    [Fact]
    public void AReferral_NeedsAReceiverAndANote()
    {
        Problems(new ReferralInput(null, " ", null, null, "", null)).ShouldBe(["toOrganisationId:ReceiverMissing", "note:NoteMissing"]);
        Problems(new ReferralInput(Office, null, null, null, "Please see her.", [ReferralSection.Identity])).ShouldBeEmpty();
    }

    [Fact]
    public void TheReceiver_IsAnotherOrganisationOfTheOffice_OrOneOutsideNamedWithItsKind()
    {
        Problems(new ReferralInput(Sender, null, null, null, "x", null)).ShouldBe(["toOrganisationId:ReceiverUnknown"]);
        Problems(new ReferralInput(Guid.NewGuid(), null, null, null, "x", null)).ShouldBe(["toOrganisationId:ReceiverUnknown"]);
        Problems(new ReferralInput(null, "Szpital", null, null, "x", null)).ShouldBe(["toKind:ReceiverKindMissing"]);
        Problems(new ReferralInput(null, "Szpital", (ReceiverKind)42, null, "x", null)).ShouldBe(["toKind:ReceiverKindMissing"]);
        Problems(new ReferralInput(null, new string('a', Consent.MaxRecipientLength + 1), ReceiverKind.HealthService, null, "x", null)).ShouldBe(["toName:ReceiverTooLong"]);
        Problems(new ReferralInput(null, "Szpital", ReceiverKind.HealthService, null, "x", null)).ShouldBeEmpty();
    }

    [Fact]
    public void LongTexts_AreRefused_NotCut()
    {
        Problems(new ReferralInput(Office, null, null, null, new string('n', Referral.MaxNoteLength + 1), null)).ShouldBe(["note:NoteTooLong"]);
        Problems(new ReferralInput(Office, null, null, null, "x", null, new string('r', Referral.MaxReasonLength + 1))).ShouldBe(["overrideReason:ReasonTooLong"]);
    }

    [Theory]
    [InlineData(ReferralStatus.Sent, ReferralStatus.Accepted, true)]
    [InlineData(ReferralStatus.Sent, ReferralStatus.Declined, true)]
    [InlineData(ReferralStatus.Sent, ReferralStatus.Revoked, true)]
    [InlineData(ReferralStatus.Sent, ReferralStatus.Done, false)]
    [InlineData(ReferralStatus.Accepted, ReferralStatus.Done, true)]
    [InlineData(ReferralStatus.Accepted, ReferralStatus.Revoked, true)]
    [InlineData(ReferralStatus.Accepted, ReferralStatus.Declined, false)]
    [InlineData(ReferralStatus.Declined, ReferralStatus.Accepted, false)]
    [InlineData(ReferralStatus.Done, ReferralStatus.Revoked, false)]
    [InlineData(ReferralStatus.Revoked, ReferralStatus.Accepted, false)]
    [InlineData(ReferralStatus.Sent, ReferralStatus.Sent, false)]
    public void Steps_FollowTheReferralsLife(ReferralStatus from, ReferralStatus to, bool allowed) =>
        ReferralDesk.Allowed(from, to).ShouldBe(allowed);

    [Fact]
    public void TheForm_ReadsAnOrganisationById_AConsentedOutsideReceiverByName_OrATypedName()
    {
        var byId = new ReferralForm { To = Office.ToString(), OtherName = "ignored", Note = "n", Identity = true }.Read();
        byId.ToOrganisationId.ShouldBe(Office);
        byId.ToName.ShouldBeNull();
        byId.Sections.ShouldBe([ReferralSection.Identity]);

        var consented = new ReferralForm { To = ReferralForm.NamePrefix + "Szpital Bródnowski", Kind = "HealthService", Services = true }.Read();
        consented.ToOrganisationId.ShouldBeNull();
        consented.ToName.ShouldBe("Szpital Bródnowski");
        consented.ToKind.ShouldBe(ReceiverKind.HealthService);
        consented.Sections.ShouldBe([ReferralSection.Services]);

        var typed = new ReferralForm { To = "", OtherName = "MOPS Praga", Kind = "Nonsense", Service = "LegalAdvice" }.Read();
        typed.ToName.ShouldBe("MOPS Praga");
        typed.ToKind.ShouldBeNull();
        typed.Service.ShouldBe(ServiceKind.LegalAdvice);
        typed.Sections.ShouldBeEmpty();
    }
}
