using Pathway.Platform.Identity;
using Pathway.Platform.Modules;

namespace Pathway.People;

/// <summary>What the person registry lets each role do, and why.</summary>
public static class PeoplePermissions
{
    public const string PersonsRead = "persons.read";
    public const string PersonsWrite = "persons.write";
    public const string DuplicatesReview = "duplicates.review";

    public static readonly IReadOnlyList<PermissionGrant> Grants =
    [
        new(PersonsRead, [Roles.CaseOfficer, Roles.Supervisor, Roles.NgoWorker],
            "Office staff work the registry; NGO workers see only their organisation's records (the tenancy filter and the person handler enforce that)."),
        new(PersonsWrite, [Roles.CaseOfficer, Roles.Supervisor],
            "Registering persons and their documents is the office's work; NGOs refer people to it."),
        new(DuplicatesReview, [Roles.Supervisor],
            "Merging identities and judging fraud signals is a supervisor's call, recorded with their name."),
    ];
}
