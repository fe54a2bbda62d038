using Microsoft.AspNetCore.Authorization.Infrastructure;
using Pathway.Platform.Identity;

namespace Pathway.People.Registry;

public static class PersonOperations
{
    public static readonly OperationAuthorizationRequirement Read = new() { Name = PeoplePermissions.PersonsRead };
    public static readonly OperationAuthorizationRequirement Write = new() { Name = PeoplePermissions.PersonsWrite };
}
