using Pathway.Support.Beneficiaries;

namespace Pathway.Support.Referrals;

/// <summary>
/// The send-a-referral form as posted (fields Referral.*). The receiver is chosen from one list: an
/// organisation of the platform by its id, or an outside one the person consented to by its name
/// ("name:" and the name); a name typed in is for one outside the platform with no consent listed.
/// </summary>
internal sealed class ReferralForm
{
    public const string NamePrefix = "name:";

    public string? To { get; set; }
    public string? OtherName { get; set; }
    public string? Kind { get; set; }
    public string? Service { get; set; }
    public string? Note { get; set; }
    public bool Identity { get; set; }
    public bool Services { get; set; }
    public bool Needs { get; set; }
    public string? OverrideReason { get; set; }

    public ReferralInput Read()
    {
        Guid? organisation = Guid.TryParse(To, out var id) ? id : null;
        var name = To?.StartsWith(NamePrefix, StringComparison.Ordinal) == true ? To[NamePrefix.Length..] : organisation is null ? OtherName : null;
        var sections = new List<ReferralSection>();
        if (Identity)
        {
            sections.Add(ReferralSection.Identity);
        }

        if (Services)
        {
            sections.Add(ReferralSection.Services);
        }

        if (Needs)
        {
            sections.Add(ReferralSection.Needs);
        }

        return new ReferralInput(
            organisation, name,
            Enum.TryParse<ReceiverKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : null,
            Enum.TryParse<ServiceKind>(Service, out var service) && Enum.IsDefined(service) ? service : null,
            Note, sections, OverrideReason);
    }
}
