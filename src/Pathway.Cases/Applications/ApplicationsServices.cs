using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Settings;

namespace Pathway.Cases.Applications;

internal static class ApplicationsServices
{
    public static IServiceCollection AddApplications(this IServiceCollection services)
    {
        services.AddSettings<ApplicationOptions, ApplicationOptions.Validator>(ApplicationOptions.Section);
        services.AddSingleton<IApplicationFileStore, FileSystemApplicationFileStore>();
        services.AddScoped<ISubmissionSigner, AuthenticatorSubmissionSigner>();
        services.AddScoped<IFeePayment, StatedFeePayment>();
        services.AddScoped<ApplicationDesk>();
        services.AddScoped<ApplicationReceipts>();
        services.AddEmployerAnnex();
        return services;
    }
}
