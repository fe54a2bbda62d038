using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Printing;

namespace Pathway.Cases.Letters;

internal static class LettersServices
{
    /// <summary>Cases:Letters:TemplateFolder names a folder whose templates replace the built-in ones.</summary>
    public static IServiceCollection AddLetters(this IServiceCollection services)
    {
        services.AddSingleton(sp => new LetterTemplates(sp.GetService<IConfiguration>()?["Cases:Letters:TemplateFolder"]));
        services.AddPrintFonts();
        services.AddScoped<ICaseLetters, CaseLetterPrinter>();
        return services;
    }
}
