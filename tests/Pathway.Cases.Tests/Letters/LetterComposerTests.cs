using System.Globalization;
using System.Text.RegularExpressions;
using Pathway.Cases.Catalogue;
using Pathway.Cases.Letters;
using Pathway.Cases.Workflow;
using Pathway.Platform.Localization;
using Pathway.Platform.Printing;

namespace Pathway.Cases.Tests.Letters;

public sealed partial class LetterComposerTests
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private static readonly DateTime Now = new(2026, 5, 20, 9, 0, 0, DateTimeKind.Unspecified);
    private static readonly LetterTemplates Templates = new();

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ResidenceCase NewCase() => new()
    {
        Number = "WSC-II-S.6151.7.2026", ApplicationType = "temporary-work", Permit = PermitKind.TemporaryResidence,
        ApplicantSurname = "Шевченко", ApplicantGivenNames = "Олена", ApplicantBirthDate = D("1990-03-14"), ApplicantCitizenship = "UKR",
        SubmittedOn = D("2026-05-04"), State = CaseState.Submitted, Version = 1,
    };

    private static void Do(ResidenceCase c, CaseAction action, string today, CaseActionInput? input = null) =>
        CaseTransitions.Apply(c, action, input ?? new CaseActionInput(), new ActionContext(D(today), DateTime.UtcNow, Guid.NewGuid(), true)).ShouldBeNull($"{action}");

    private static ResidenceCase Deficient()
    {
        var c = NewCase();
        Do(c, CaseAction.StartFormalCheck, "2026-05-05");
        Do(c, CaseAction.FormalDeficiency, "2026-05-06", new CaseActionInput { TermDays = 7, Reason = "brak aktualnej fotografii" });
        return c;
    }

    private static ResidenceCase Decided(DecisionOutcome outcome)
    {
        var c = NewCase();
        Do(c, CaseAction.StartFormalCheck, "2026-05-05");
        Do(c, CaseAction.CompleteFormally, "2026-05-06");
        Do(c, CaseAction.RecordAppearance, "2026-05-07");
        Do(c, CaseAction.DraftDecision, "2026-05-10", new CaseActionInput { Outcome = outcome, Reason = "Wnioskodawca nie wykazał stabilnego źródła dochodu.", PermitValidFrom = D("2026-05-15"), PermitValidUntil = D("2027-05-14") });
        Do(c, CaseAction.Decide, "2026-05-12");
        return c;
    }

    private static LetterPdf Print(LetterKind kind, string language, ResidenceCase c, LetterAppointment? appointment = null)
    {
        var letter = LetterComposer.Compose(kind, LetterComposer.Language(language)!, c, appointment, Templates, Tenant, Now).ShouldNotBeNull();
        using var fonts = PrintFonts.Load();
        return LetterPdf.Read(new LetterPdfWriter(fonts).Write(letter));
    }

    [Fact]
    public void FormalDeficiency_InUkrainian_PolishLegalTextThenUkrainianTranslation()
    {
        var pdf = Print(LetterKind.FormalDeficiency, "uk", Deficient());
        var text = pdf.FlatText;

        text.ShouldContain("Wezwanie do usunięcia braków formalnych wniosku");
        text.ShouldContain("art. 64 § 2 ustawy z dnia 14 czerwca 1960 r. – Kodeks postępowania administracyjnego");
        text.ShouldContain("Wniosek zawiera następujące braki: brak aktualnej fotografii");
        text.ShouldContain("w terminie 7 dni od dnia doręczenia niniejszego wezwania");
        text.ShouldContain("pozostawienie wniosku bez rozpatrzenia");
        text.ShouldContain("Znak sprawy: WSC-II-S.6151.7.2026");
        text.ShouldContain("Олена Шевченко");
        text.ShouldContain("Переклад українською мовою");
        text.ShouldContain("Вимога усунути формальні недоліки заяви");
        text.ShouldContain("протягом 7 днів від дня вручення");
        text.IndexOf("Wezwanie do usunięcia", StringComparison.Ordinal).ShouldBeLessThan(text.IndexOf("Вимога усунути", StringComparison.Ordinal));
        pdf.Title.ShouldBe("Wezwanie do usunięcia braków formalnych wniosku – WSC-II-S.6151.7.2026");
        pdf.Keywords.ShouldBe("pl, uk");
        pdf.Subject.ShouldBe("WSC-II-S.6151.7.2026");
        pdf.Pages.ShouldBeGreaterThanOrEqualTo(1);
        text.ShouldContain(string.Create(CultureInfo.InvariantCulture, $"Strona {pdf.Pages} z {pdf.Pages}"));
    }

    [Fact]
    public void RefusalDecision_InArabic_ReasonsAppealInstructionAndShapedArabic()
    {
        var pdf = Print(LetterKind.Decision, "ar", Decided(DecisionOutcome.Refused));
        var text = pdf.FlatText;

        text.ShouldContain("odmówić cudzoziemcowi Олена Шевченко");
        text.ShouldContain("udzielenia zezwolenia na pobyt czasowy");
        text.ShouldContain("Wnioskodawca nie wykazał stabilnego źródła dochodu.");
        text.ShouldContain("Od niniejszej decyzji przysługuje odwołanie do Szefa Urzędu do Spraw Cudzoziemców za pośrednictwem Wojewody, w terminie 14 dni od dnia jej doręczenia");
        text.ShouldContain("Warszawa, dnia 12.05.2026 r.");
        pdf.ArabicWords.ShouldContain("قرار");
        pdf.ArabicWords.ShouldContain("الأجانب");
        pdf.HasJoinedArabicForms.ShouldBeTrue();
        pdf.Keywords.ShouldBe("pl, ar");
    }

    [Theory]
    [InlineData(DecisionOutcome.Granted, "udzielić cudzoziemcowi Олена Шевченко", "надати іноземцю Олена Шевченко")]
    [InlineData(DecisionOutcome.Refused, "odmówić cudzoziemcowi", "відмовити іноземцю")]
    public void Decision_ByOutcome_SaysWhatWasDecided(DecisionOutcome outcome, string polish, string ukrainian)
    {
        var text = Print(LetterKind.Decision, "uk", Decided(outcome)).FlatText;

        text.ShouldContain(polish);
        text.ShouldContain(ukrainian);
    }

    [Fact]
    public void Decision_Discontinued_UsesArticle105()
    {
        var c = NewCase();
        Do(c, CaseAction.StartFormalCheck, "2026-05-05");
        Do(c, CaseAction.Discontinue, "2026-05-08", new CaseActionInput { Reason = "Wnioskodawca wycofał wniosek." });

        var text = Print(LetterKind.Decision, "ru", c).FlatText;

        text.ShouldContain("Na podstawie art. 105");
        text.ShouldContain("umorzyć postępowanie");
        text.ShouldContain("прекратить производство");
    }

    [Theory]
    [InlineData("de")]
    [InlineData("zh-Hans")]
    [InlineData("prs")]
    public void Language_WithoutTranslation_GetsEnglishWithANote(string language)
    {
        var pdf = Print(LetterKind.FormalDeficiency, language, Deficient());

        pdf.FlatText.ShouldContain("There is no translation of this letter into your language yet, so the English translation is given.");
        pdf.FlatText.ShouldContain("Notice to remedy formal deficiencies of the application");
        pdf.Keywords.ShouldBe("pl, en");
    }

    [Fact]
    public void Polish_HasNoTranslation()
    {
        var pdf = Print(LetterKind.FormalDeficiency, "pl", Deficient());

        pdf.FlatText.ShouldNotContain("Translation");
        pdf.Keywords.ShouldBe("pl");
    }

    [Fact]
    public void Summons_WithoutAppointment_LeavesTheDayToFill_WithOneNamesIt()
    {
        var c = NewCase();
        Do(c, CaseAction.StartFormalCheck, "2026-05-05");
        Do(c, CaseAction.CompleteFormally, "2026-05-06");

        Print(LetterKind.Summons, "pl", c).FlatText.ShouldContain("w dniu ............................ r. o godz. ..........");
        Print(LetterKind.Summons, "en", c, new LetterAppointment(new DateTime(2026, 6, 2, 10, 30, 0, DateTimeKind.Unspecified), "Warszawa, Marszałkowska 3/5", "sala 12"))
            .FlatText.ShouldContain("on 02.06.2026 at 10:30, Warszawa, Marszałkowska 3/5, sala 12");
    }

    [Fact]
    public void DelayNotice_NamesTheNewDateAndReason()
    {
        var c = NewCase();
        Do(c, CaseAction.StartFormalCheck, "2026-05-05");
        Do(c, CaseAction.NotifyDelay, "2026-05-06", new CaseActionInput { NewDate = D("2026-08-31"), Reason = "oczekiwanie na informację Straży Granicznej" });

        var text = Print(LetterKind.DelayNotice, "en", c).FlatText;

        text.ShouldContain("Przyczyna zwłoki: oczekiwanie na informację Straży Granicznej");
        text.ShouldContain("do dnia 31.08.2026 r.");
        text.ShouldContain("ponaglenia");
        text.ShouldContain("The new date by which the case will be decided is 31.08.2026.");
    }

    [Fact]
    public void Available_FollowsTheState()
    {
        var c = NewCase();
        LetterComposer.Available(c).ShouldBe([LetterKind.Summons]);
        LetterComposer.Available(Deficient()).ShouldBe([LetterKind.FormalDeficiency, LetterKind.Summons]);
        LetterComposer.Available(Decided(DecisionOutcome.Granted)).ShouldBe([LetterKind.Decision]);
        LetterComposer.Compose(LetterKind.Decision, LetterComposer.Language("en")!, c, null, Templates, Tenant, Now).ShouldBeNull();
    }

    [Fact]
    public void EveryTemplate_InEveryTranslatedLanguage_IsComplete_AndLeavesNoFieldUnfilled()
    {
        var cases = new Dictionary<LetterKind, ResidenceCase[]>
        {
            [LetterKind.FormalDeficiency] = [Deficient()],
            [LetterKind.Summons] = [NewCase()],
            [LetterKind.Decision] = [Decided(DecisionOutcome.Granted), Decided(DecisionOutcome.Refused)],
        };
        foreach (var language in new[] { "pl", "en", "uk", "ru", "ar" })
        {
            foreach (var (kind, list) in cases)
            {
                foreach (var c in list)
                {
                    var letter = LetterComposer.Compose(kind, LetterComposer.Language(language)!, c, null, Templates, Tenant, Now).ShouldNotBeNull();
                    letter.Blocks.ShouldAllBe(b => !UnfilledField().IsMatch(b.Text), $"{kind} {language}");
                    if (language != "pl")
                    {
                        letter.TranslationLanguage.ShouldBe(language);
                    }
                }
            }
        }

        foreach (var template in new[] { "formal-deficiency", "evidence-request", "summons", "delay-notice", "decision-granted", "decision-refused", "decision-discontinued" })
        {
            foreach (var language in new[] { "pl", "en", "uk", "ru", "ar" })
            {
                Templates.Find(template, language, Tenant).ShouldNotBeNull($"{template}.{language}");
            }
        }
    }

    [Fact]
    public void TemplateFolder_OfTheTenant_ReplacesTheBuiltInWording()
    {
        var folder = Directory.CreateTempSubdirectory("letters-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, Tenant.ToString("D")));
            File.WriteAllText(Path.Combine(folder.FullName, Tenant.ToString("D"), "summons.pl.txt"), "Wezwanie\n\nProszę przyjść w dniu {appointment}.");

            var letter = LetterComposer.Compose(LetterKind.Summons, LetterComposer.Language("pl")!, NewCase(), null, new LetterTemplates(folder.FullName), Tenant, Now)!;

            letter.Blocks.ShouldContain(b => b.Text.StartsWith("Proszę przyjść w dniu", StringComparison.Ordinal));
            LetterComposer.Compose(LetterKind.Summons, LetterComposer.Language("pl")!, NewCase(), null, new LetterTemplates(folder.FullName), Guid.NewGuid(), Now)!
                .Blocks.ShouldNotContain(b => b.Text.StartsWith("Proszę przyjść", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [GeneratedRegex(@"\{[A-Za-z]+\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnfilledField();
}
