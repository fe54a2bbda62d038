namespace Pathway.Platform.Identity;

/// <summary>A staff or migrant account an administrator creates; without a password a strong one is generated and shown once.</summary>
public sealed record NewAccount(string? Email, string? DisplayName, string? Role, Guid? OrganisationId, string? Password = null);
