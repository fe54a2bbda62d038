using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;

namespace Pathway.Web.Api;

internal static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder routes)
    {
        // A form post with an antiforgery token, so no other site can sign a user out.
        routes.MapPost("/account/logout", async (HttpContext http, SignInManager<PathwayUser> signIn, PathwayDbContext db) =>
            {
                if (http.User.Identity?.IsAuthenticated == true)
                {
                    await db.AuditNowAsync(new AuditRecord(AuditAction.SignOut, nameof(PathwayUser), http.User.GetUserId()?.ToString() ?? ""), http.RequestAborted);
                }

                await signIn.SignOutAsync();
                return Results.LocalRedirect($"{http.Request.PathBase}/");
            })
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .ExcludeFromDescription();
    }
}
