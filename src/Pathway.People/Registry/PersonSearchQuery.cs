namespace Pathway.People.Registry;

/// <summary>Search criteria; any combination, at least one.</summary>
public sealed record PersonSearchQuery(string? Name, string? DocumentNumber, DateOnly? BirthDate, int Limit = 50)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(DocumentNumber) && BirthDate is null;
}
