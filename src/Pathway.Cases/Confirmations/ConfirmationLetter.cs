using System.Globalization;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Letters;
using Pathway.Cases.Workflow;
using Pathway.Platform.Localization;

namespace Pathway.Cases.Confirmations;

/// <summary>
/// The confirmation of legal stay as a letter: the Polish text (the legal one), the verification code
/// with its QR code to the public check, then a translation into the reader's language for information.
/// </summary>
internal static class ConfirmationLetter
{
    public static PrintedLetter Compose(StayConfirmation confirmation, ResidenceCase c, string verifyAddress, IReadOnlyDictionary<string, string> common, IStringLocalizer text, DateTime now)
    {
        var polish = CultureInfo.GetCultureInfo("pl");
        var code = VerificationCode.Grouped(confirmation.Code);
        var permit = common.GetValueOrDefault("permit." + c.Permit, "");
        var blocks = new List<LetterBlock>
        {
            new(LetterBlockStyle.Header, common["authority"]),
            new(LetterBlockStyle.Dateline, common["dateline"].Replace("{date}", confirmation.IssuedOn.ToString("d MMMM yyyy", polish), StringComparison.Ordinal)),
            new(LetterBlockStyle.Reference, common["reference"].Replace("{case}", c.Number, StringComparison.Ordinal)),
            new(LetterBlockStyle.Title, "POTWIERDZENIE\nlegalności pobytu na czas trwania postępowania"),
            new(LetterBlockStyle.Paragraph,
                $"Potwierdza się, że {c.ApplicantGivenNames} {c.ApplicantSurname} (ur. {c.ApplicantBirthDate.ToString("dd.MM.yyyy", polish)}, obywatelstwo: {c.ApplicantCitizenship}) "
                + $"złożył(a) w dniu {c.SubmittedOn.ToString("d MMMM yyyy", polish)} r. wniosek o udzielenie {permit} (znak sprawy {c.Number}), który nie zawiera braków formalnych. "
                + "Zgodnie z art. 108 ust. 1 pkt 1 ustawy z dnia 12 grudnia 2013 r. o cudzoziemcach pobyt cudzoziemca na terytorium Rzeczypospolitej Polskiej "
                + "uważa się za legalny od dnia złożenia wniosku do dnia, w którym decyzja w sprawie stanie się ostateczna."),
            new(LetterBlockStyle.Paragraph, $"Numer potwierdzenia: {confirmation.Number}\nKod weryfikacyjny: {code}"),
            new(LetterBlockStyle.Paragraph, $"Ważność potwierdzenia można sprawdzić, skanując kod QR lub na stronie:\n{verifyAddress}"),
            new(LetterBlockStyle.QrCode, verifyAddress),
            new(LetterBlockStyle.Signature, common["signature"]),
        };
        var language = SupportedCultures.Current;
        if (language.Code != LetterComposer.LegalLanguage)
        {
            var rtl = language.IsRightToLeft;
            blocks.Add(new(LetterBlockStyle.Rule, ""));
            blocks.Add(new(LetterBlockStyle.Heading, text["Confirmation of legal stay"], rtl));
            blocks.Add(new(LetterBlockStyle.Note, text["A translation for information; the Polish text above is the legal one."], rtl));
            blocks.Add(new(LetterBlockStyle.Paragraph, text[
                "This confirms that the application in case {0}, filed on {1}, is formally complete. Under art. 108(1)(1) of the Act on Foreigners, the applicant's stay in Poland is legal from the day of filing until the decision in the case becomes final.",
                c.Number, c.SubmittedOn.ToString("D", CultureInfo.CurrentCulture)], rtl));
            blocks.Add(new(LetterBlockStyle.Paragraph, text["Confirmation number {0}, verification code {1}. Anyone can check that it is still valid by scanning the QR code or at {2}.", confirmation.Number, code, verifyAddress], rtl));
        }

        return new PrintedLetter("Potwierdzenie legalności pobytu", LetterComposer.LegalLanguage, language.Code == LetterComposer.LegalLanguage ? null : language.Code,
            confirmation.Number, common["page"], now, blocks);
    }
}
