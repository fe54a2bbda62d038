using System.Globalization;
using System.Text.RegularExpressions;
using Pathway.Platform.Localization;

namespace Pathway.Platform.Tests;

public sealed partial class SupportedCulturesTests
{
    private static readonly DateTime Deadline = new(2026, 4, 27, 14, 5, 0);

    public static TheoryData<string> Codes() => [.. SupportedCultures.All.Select(l => l.Code)];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Dates_InEveryUiCulture_AreGregorian(string code)
    {
        var language = SupportedCultures.ByCode(code)!;
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            // Pages format with the current culture, as a request sets it.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = language.Culture;
            foreach (var format in new[] { "d", "D", "g" })
            {
                var text = Deadline.ToString(format, CultureInfo.CurrentCulture);
                // The year is the only four-digit number in a date: Gregorian 2026, never Persian 1405 or Hijri 1447.
                Years(text).ShouldBe(["2026"], $"{code} \"{format}\" gives {text}");
                text.ShouldContain("27", customMessage: $"{code} \"{format}\" gives {text}");
            }

            DateOnly.FromDateTime(Deadline).ToString("d", CultureInfo.CurrentCulture).ShouldContain("2026");
            var number = 12345.67.ToString("N2", CultureInfo.CurrentCulture);
            double.Parse(number, NumberStyles.Number, CultureInfo.CurrentCulture).ShouldBe(12345.67, $"{code} gives {number}");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    [Fact]
    public void Dari_KeepsItsMonthNamesAndDirectionWithTheGregorianCalendar()
    {
        var dari = SupportedCultures.ByCode("prs")!;
        dari.Culture.Name.ShouldBe("fa-AF");
        dari.Culture.DateTimeFormat.Calendar.ShouldBeOfType<GregorianCalendar>();
        dari.IsRightToLeft.ShouldBeTrue();
        // April by its Gregorian name in Dari, not the solar month Sawr.
        Deadline.ToString("D", dari.Culture).ShouldContain(dari.Culture.DateTimeFormat.GetMonthName(4));
        dari.Culture.DateTimeFormat.GetMonthName(4).ShouldNotBe(CultureInfo.GetCultureInfo("fa-AF").DateTimeFormat.GetMonthName(2));
        dari.Culture.IsReadOnly.ShouldBeTrue();
    }

    private static List<string> Years(string text) => FourDigits().Matches(text).Select(m => m.Value).ToList();

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex FourDigits();
}
