using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Pathway.Cases.Letters;

internal static class LettersServices
{
    /// <summary>Cases:Letters:TemplateFolder names a folder whose templates replace the built-in ones.</summary>
    public static IServiceCollection AddLetters(this IServiceCollection services)
    {
        services.AddSingleton(sp => new LetterTemplates(sp.GetService<IConfiguration>()?["Cases:Letters:TemplateFolder"]));
        // Loaded on the first letter, so a server without the fonts still starts and says what is missing then.
        services.AddSingleton(_ => new Lazy<LetterFonts>(() => LetterFonts.Load(), LazyThreadSafetyMode.ExecutionAndPublication));
        services.AddScoped<ICaseLetters, CaseLetterPrinter>();
        return services;
    }
}
