namespace Pathway.Web.Account;

/// <summary>A migrant's registration as the page took it: the password already hashed, never kept in clear.</summary>
internal sealed record MigrantRegistration(Guid TenantId, string DisplayName, string PasswordHash, string PreferredCulture, DateTime CreatedAt);
