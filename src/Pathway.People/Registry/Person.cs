using Pathway.Platform.Outbox;
using Pathway.Platform.Tenancy;

namespace Pathway.People.Registry;

/// <summary>A person known to the office: the name in its native script and as written in Latin documents.</summary>
public sealed class Person : ITenantOwned, IHasDomainEvents
{
    private readonly List<IDomainEvent> domainEvents = [];

    private Person() { }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid OrganisationId { get; private set; }
    /// <summary>Latin form, as in the passport's MRZ/visual zone.</summary>
    public string Surname { get; private set; } = "";
    public string GivenNames { get; private set; } = "";
    public string? NativeSurname { get; private set; }
    public string? NativeGivenNames { get; private set; }
    /// <summary>ISO 15924 code of the native script (Cyrl, Geor, Deva, Arab, ...).</summary>
    public string? NativeScript { get; private set; }
    public Sex Sex { get; private set; }
    public DateOnly BirthDate { get; private set; }
    public string? BirthPlace { get; private set; }
    /// <summary>ISO 3166-1 alpha-3 or ICAO nationality code.</summary>
    public string Citizenship { get; private set; } = "";
    public DateTime RegisteredAt { get; private set; }

    // Search keys, derived from the names; kept as columns so the registry can use indexes.
    public string SurnameKey { get; private set; } = "";
    public string FullNameKey { get; private set; } = "";
    public string NativeSurnameKey { get; private set; } = "";
    public string NativeFullNameKey { get; private set; } = "";

    /// <summary>Phonetic skeletons of the names (romanisation- and script-independent), for duplicate blocking.</summary>
    public string SurnameSkeleton { get; private set; } = "";
    public string GivenNamesSkeleton { get; private set; } = "";

    /// <summary>Set when a supervisor merged this record into another person's; the record itself stays.</summary>
    public Guid? MergedIntoId { get; private set; }

    public List<IdentityDocument> Documents { get; private set; } = [];

    public void MergeInto(Guid survivorId) => MergedIntoId = survivorId;

    public void Unmerge() => MergedIntoId = null;

    public IReadOnlyList<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    public static Person Register(PersonDetails details, Guid tenantId, Guid organisationId, DateTime now, Guid? id = null)
    {
        var person = new Person
        {
            Id = id ?? Guid.CreateVersion7(),
            TenantId = tenantId,
            OrganisationId = organisationId,
            RegisteredAt = now,
        };
        person.Apply(details);
        person.domainEvents.Add(new PersonRegistered(person.Id, tenantId, organisationId, person.Citizenship, person.BirthDate.Year, now));
        return person;
    }

    public IdentityDocument AddDocument(DocumentKind kind, string number, string issuingState, DateOnly? issuedOn, DateOnly? expiresOn)
    {
        var document = new IdentityDocument
        {
            Id = Guid.CreateVersion7(),
            PersonId = Id,
            TenantId = TenantId,
            OrganisationId = OrganisationId,
            Kind = kind,
            Number = IdentityDocument.NormaliseNumber(number),
            IssuingState = issuingState.ToUpperInvariant(),
            IssuedOn = issuedOn,
            ExpiresOn = expiresOn,
        };
        Documents.Add(document);
        return document;
    }

    private void Apply(PersonDetails details)
    {
        Surname = details.Surname.Trim();
        GivenNames = details.GivenNames.Trim();
        NativeSurname = string.IsNullOrWhiteSpace(details.NativeSurname) ? null : details.NativeSurname.Trim();
        NativeGivenNames = string.IsNullOrWhiteSpace(details.NativeGivenNames) ? null : details.NativeGivenNames.Trim();
        NativeScript = string.IsNullOrWhiteSpace(details.NativeScript) ? null : details.NativeScript.Trim();
        Sex = details.Sex;
        BirthDate = details.BirthDate;
        BirthPlace = string.IsNullOrWhiteSpace(details.BirthPlace) ? null : details.BirthPlace.Trim();
        Citizenship = details.Citizenship.Trim().ToUpperInvariant();
        SurnameKey = NameKey.Of(Surname);
        FullNameKey = NameKey.Of($"{Surname} {GivenNames}");
        NativeSurnameKey = NameKey.Of(NativeSurname);
        NativeFullNameKey = NameKey.Of($"{NativeSurname} {NativeGivenNames}");
        // Native script when there is one: it carries no romanisation choices.
        SurnameSkeleton = NameSkeleton.Of(NativeSurname, Surname);
        GivenNamesSkeleton = NameSkeleton.Of(NativeGivenNames, GivenNames);
    }
}
