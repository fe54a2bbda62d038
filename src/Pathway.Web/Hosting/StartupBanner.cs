using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;

namespace Pathway.Web.Hosting;

/// <summary>What a person who just started the platform needs: where it is and how to sign in.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var options = app.Services.GetRequiredService<DatabaseOptions>();
        var output = Console.Out;
        output.WriteLine();
        output.WriteLine("Pathway is running.");
        foreach (var address in addresses)
        {
            output.WriteLine($"  Open {address}/  (portal)   {address}/staff  (staff workspace)   {address}/swagger  (API)");
        }

        output.WriteLine($"  Database: {options.Provider}");
        if (options.SeedDemoData)
        {
            output.WriteLine($"  Demo sign-ins (password for all: {DemoAccounts.Password}); staff enrol an authenticator app at first sign-in:");
            foreach (var account in DemoAccounts.All)
            {
                output.WriteLine($"    {account.Role,-17} {account.Email}");
            }
        }

        output.WriteLine("  Press Ctrl+C to stop.");
        output.WriteLine();
    }
}
