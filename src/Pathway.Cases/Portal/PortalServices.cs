using Microsoft.Extensions.DependencyInjection;

namespace Pathway.Cases.Portal;

internal static class PortalServices
{
    public static IServiceCollection AddPortal(this IServiceCollection services) => services.AddScoped<ApplicantCases>().AddScoped<CaseMessages>();
}
