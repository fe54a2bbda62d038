using Pathway.Analytics;
using Pathway.Cases;
using Pathway.People;
using Pathway.Platform;
using Pathway.Portal;
using Pathway.Support;
using Pathway.Web.Hosting;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPathwayPlatform();
    builder.Services.AddPeople();
    builder.Services.AddAnalytics();
    builder.Services.AddCases();
    builder.Services.AddPortal();
    builder.Services.AddSupport();

    var app = builder.Build();
    app.UsePathwayPlatform();
    app.MapPathwayPlatform();
    app.MapPeople();
    app.MapAnalytics();
    app.MapCases();
    app.MapPortal();
    app.MapSupport();
    await app.RunPathwayAsync();
    return 0;
}
catch (InvalidConfigurationException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    return 2;
}
catch (Microsoft.Extensions.Options.OptionsValidationException e)
{
    // A module's settings, checked as the host starts.
    await Console.Error.WriteLineAsync(Pathway.Platform.Settings.SettingsServices.Describe(e));
    return 2;
}

/// <summary>Visible to the test host.</summary>
public partial class Program;
