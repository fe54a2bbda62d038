using Pathway.Platform.Outbox;

namespace Pathway.People.Registry;

/// <summary>A person was entered in the registry. Carries no name: consumers that need one ask the registry.</summary>
public sealed record PersonRegistered(Guid PersonId, Guid TenantId, Guid OrganisationId, string Citizenship, int BirthYear, DateTime RegisteredAt) : IDomainEvent;
