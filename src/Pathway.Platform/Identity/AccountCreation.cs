namespace Pathway.Platform.Identity;

/// <summary>The created account and its generated password (shown once), or the errors per field.</summary>
public sealed record AccountCreation(PathwayUser? User, string? GeneratedPassword, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => User is not null;
}
