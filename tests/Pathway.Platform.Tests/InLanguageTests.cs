using System.Globalization;
using Pathway.Platform.Localization;

namespace Pathway.Platform.Tests;

public sealed class InLanguageTests
{
    [Fact]
    public async Task WordsForOnePerson_AreInTheirLanguage_AcrossAwaits_AndTheLanguageBeforeComesBack()
    {
        var before = CultureInfo.GetCultureInfo("pl");
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = before;
        var ukrainian = SupportedCultures.ByCode("uk")!.Culture;

        string written;
        using (InLanguage.Of(ukrainian))
        {
            await Task.Yield();
            written = new DateOnly(2027, 3, 31).ToString("D", CultureInfo.CurrentCulture);
            CultureInfo.CurrentUICulture.ShouldBe(ukrainian);
        }

        written.ShouldContain("березня");
        CultureInfo.CurrentCulture.ShouldBe(before);
        CultureInfo.CurrentUICulture.ShouldBe(before);
    }
}
