using Pathway.People.Duplicates;

namespace Pathway.People.Registry;

/// <summary>
/// What the person registering has confirmed about the registry check that runs with the save:
/// <paramref name="Findings"/>, that the likely duplicates and document signals were looked at;
/// <paramref name="Expired"/>, that an expired document is saved anyway.
/// </summary>
public sealed record RegistrationAcknowledgement(bool Findings, bool Expired)
{
    /// <summary>
    /// No one is asked (the API: its callers may ask <c>/check</c> first); whatever the check finds
    /// waits in the review queue.
    /// </summary>
    public static readonly RegistrationAcknowledgement ReviewLater = new(true, true);

    public bool Covers(RegistryCheckResult check) => (check.IsClear || Findings) && (check.Expired.Count == 0 || Expired);
}
