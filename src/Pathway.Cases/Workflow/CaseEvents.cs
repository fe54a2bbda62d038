using Pathway.Cases.Catalogue;
using Pathway.Platform.Outbox;

namespace Pathway.Cases.Workflow;

/// <summary>An application was registered. Carries no name: statistics need the type, the citizenship and the day.</summary>
public sealed record CaseRegistered(Guid CaseId, Guid TenantId, Guid OrganisationId, string ApplicationType, PermitKind Permit, string Citizenship, DateOnly SubmittedOn) : IDomainEvent;

/// <summary>A case moved on or a fact was recorded; processing times and overdue statistics are built from these.</summary>
public sealed record CaseMoved(Guid CaseId, Guid TenantId, string ApplicationType, CaseAction Action, CaseState From, CaseState To, DateOnly? EffectiveOn, string? Detail, DateTime At) : IDomainEvent;
