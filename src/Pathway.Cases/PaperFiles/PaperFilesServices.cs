using Microsoft.Extensions.DependencyInjection;
using Pathway.Cases.Demo;
using Pathway.Platform.Demo;
using Pathway.Platform.Settings;

namespace Pathway.Cases.PaperFiles;

internal static class PaperFilesServices
{
    public static IServiceCollection AddPaperFiles(this IServiceCollection services)
    {
        services.AddSettings<PaperFileOptions, PaperFileOptions.Validator>(PaperFileOptions.Section);
        services.AddScoped<PaperFileRegistry>();
        services.AddScoped<ReadCapture>();
        services.AddScoped<ArchiveLabelling>();
        services.AddScoped<IDemoSeeder, PaperFilesSeeder>();
        return services;
    }
}
