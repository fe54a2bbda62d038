using Pathway.People.Registry;

namespace Pathway.People.Duplicates;

/// <summary>What a registration leaves in the review queue when the check found something.</summary>
public static class RegistrationSuspicions
{
    /// <summary>Below this the candidate was shown to the officer but is not worth a supervisor's time.</summary>
    public const double QueueFrom = 0.8;

    internal static IEnumerable<DuplicateSuspicion> From(Person person, RegistryCheckResult check, DateTime now)
    {
        foreach (var candidate in check.Candidates.Where(c => c.Probability >= QueueFrom))
        {
            yield return DuplicateSuspicion.Raise(person.TenantId, person.OrganisationId, person.Id, candidate.Person.Id, SuspicionKind.LikelySamePerson,
                SuspicionSource.Registration, candidate.Probability, SuspicionEvidence.Of(candidate.Evidence).ToStored(), now);
        }

        foreach (var signal in check.Signals)
        {
            if (signal.Kind == SuspicionKind.SharedDocumentNumber && signal.OtherPersonId is { } other)
            {
                yield return DuplicateSuspicion.Raise(person.TenantId, person.OrganisationId, person.Id, other, SuspicionKind.SharedDocumentNumber,
                    SuspicionSource.Registration, 1, new SuspicionEvidence([], [new EvidenceFact("document", signal.DocumentNumber)]).ToStored(), now);
            }
            else if (signal.Kind == SuspicionKind.LostOrStolenDocument)
            {
                var document = person.Documents.First(d => d.Number == signal.DocumentNumber);
                yield return DuplicateSuspicion.Raise(person.TenantId, person.OrganisationId, person.Id, null, SuspicionKind.LostOrStolenDocument,
                    SuspicionSource.Registration, 1, LostStolen.ListedExplanation.Of(document.Number, document.IssuingState, signal.ListSource), now);
            }
        }
    }
}
