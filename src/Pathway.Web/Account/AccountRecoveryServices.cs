namespace Pathway.Web.Account;

internal static class AccountRecoveryServices
{
    /// <summary>The account e-mails (confirmation, password reset, registration attempt). A reset changes the
    /// security stamp, which SessionCheck compares on every request, so other sessions end at their next click.</summary>
    public static IServiceCollection AddAccountRecovery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(AccountMailOptions.From(configuration));
        services.AddSingleton<AccountMailQueue>();
        services.AddHostedService<AccountMailer>();
        return services;
    }
}
