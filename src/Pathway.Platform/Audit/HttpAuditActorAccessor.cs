using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Pathway.Platform.Identity;

namespace Pathway.Platform.Audit;

public sealed class HttpAuditActorAccessor(IHttpContextAccessor http) : IAuditActorAccessor
{
    public AuditActor Current
    {
        get
        {
            var context = http.HttpContext;
            if (context is null)
            {
                return AuditActor.System;
            }

            var user = context.User;
            var name = user.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.Name) ?? "user" : "anonymous";
            return new AuditActor(user.GetUserId(), name, user.GetTenantId(), context.Connection.RemoteIpAddress?.ToString());
        }
    }
}
