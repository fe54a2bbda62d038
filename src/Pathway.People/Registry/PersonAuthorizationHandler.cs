using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Pathway.Platform.Modules;
using Pathway.Platform.Tenancy;

namespace Pathway.People.Registry;

/// <summary>May this user act on this person's record?</summary>
internal sealed class PersonAuthorizationHandler(ITenantScopeAccessor scope, PermissionCatalog permissions) : AuthorizationHandler<OperationAuthorizationRequirement, PersonView>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, PersonView person)
    {
        // The role must carry the permission (office staff read and write, NGO workers read) ...
        if (!permissions.IsGranted(context.User, requirement.Name))
        {
            return Task.CompletedTask;
        }

        // ... and the record must belong to an organisation the user works in or for: NGO workers
        // see only their own organisation's persons, office staff only the office units'.
        var current = scope.Current;
        if (current.IsSystem || current.AllOrganisations || current.OrganisationIds.Contains(person.OrganisationId))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
