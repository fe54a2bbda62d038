using System.Globalization;
using System.Text.RegularExpressions;
using Pathway.Cases.Workflow;
using Pathway.Platform.Localization;

namespace Pathway.Cases.Letters;

/// <summary>A booked appointment a summons names: when (office time) and where.</summary>
public sealed record LetterAppointment(DateTime LocalStart, string Office, string Address);

/// <summary>
/// Fills a letter's templates with a case's facts: the Polish text, which is the legal one, then
/// the translation into the migrant's language for information. Languages without a translation
/// get the English one with a note saying so.
/// </summary>
public static partial class LetterComposer
{
    public const string LegalLanguage = "pl";
    public const string FallbackLanguage = "en";

    /// <summary>The letters the case can have now; the others have nothing to say yet (or any more).</summary>
    public static IReadOnlyList<LetterKind> Available(ResidenceCase c) =>
        Enum.GetValues<LetterKind>().Where(k => IsAvailable(k, c)).ToList();

    public static bool IsAvailable(LetterKind kind, ResidenceCase c) => kind switch
    {
        LetterKind.FormalDeficiency => c.State == CaseState.FormalDeficiency && c.NoticeTermDays is not null,
        LetterKind.EvidenceRequest => c.State == CaseState.EvidenceRequested && c.NoticeTermDays is not null,
        LetterKind.Summons => c.AwaitsDecision && c.AppearedOn is null,
        LetterKind.DelayNotice => c.AwaitsDecision && c.AnnouncedDecisionBy is not null,
        LetterKind.Decision => c.DecidedOn is not null && c.Outcome is not null,
        _ => false,
    };

    /// <summary>The language of a <c>lang</c> parameter: a UI language code (prs for Dari) or its culture name.</summary>
    public static SupportedCultures.UiLanguage? Language(string? code) =>
        SupportedCultures.ByCode(code) ?? SupportedCultures.All.FirstOrDefault(l => string.Equals(l.CultureName, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The letter, or null when the case has no such letter to write now.</summary>
    public static PrintedLetter? Compose(
        LetterKind kind, SupportedCultures.UiLanguage language, ResidenceCase c, LetterAppointment? appointment, LetterTemplates templates, Guid tenantId, DateTime now)
    {
        if (!IsAvailable(kind, c))
        {
            return null;
        }

        var template = TemplateName(kind, c);
        var legal = templates.Find(template, LegalLanguage, tenantId) ?? throw Missing(template, LegalLanguage);
        var common = templates.Common(LegalLanguage, tenantId) ?? throw Missing("common", LegalLanguage);
        var date = kind == LetterKind.Decision ? c.DecidedOn!.Value : DateOnly.FromDateTime(now);
        var fields = Fields(c, appointment, common, date);
        var blocks = new List<LetterBlock>
        {
            new(LetterBlockStyle.Header, common["authority"]),
            new(LetterBlockStyle.Dateline, Fill(common["dateline"], fields)),
            new(LetterBlockStyle.Reference, Fill(common["reference"], fields)),
            new(LetterBlockStyle.Addressee, Fill(common["addressee"], fields)),
        };
        AddBody(blocks, legal, fields, rightToLeft: false);
        blocks.Add(new(LetterBlockStyle.Signature, common["signature"]));

        string? translationCode = null;
        if (language.Code != LegalLanguage)
        {
            var translated = templates.Common(language.Code, tenantId) is not null && templates.Find(template, language.Code, tenantId) is not null;
            translationCode = translated ? language.Code : FallbackLanguage;
            var translationCommon = templates.Common(translationCode, tenantId) ?? throw Missing("common", translationCode);
            var translation = templates.Find(template, translationCode, tenantId) ?? throw Missing(template, translationCode);
            var rtl = SupportedCultures.ByCode(translationCode)?.IsRightToLeft ?? false;
            var translationFields = Fields(c, appointment, translationCommon, date);
            blocks.Add(new(LetterBlockStyle.Rule, ""));
            blocks.Add(new(LetterBlockStyle.Heading, translationCommon["translationHeading"], rtl));
            blocks.Add(new(LetterBlockStyle.Note, translationCommon["translationNote"], rtl));
            if (!translated)
            {
                blocks.Add(new(LetterBlockStyle.Note, translationCommon["fallbackNote"], rtl));
            }

            AddBody(blocks, translation, translationFields, rtl);
        }

        return new PrintedLetter(
            $"{legal.Title} – {c.Number}", LegalLanguage, translationCode, c.Number, common["page"], now, blocks);
    }

    private static string TemplateName(LetterKind kind, ResidenceCase c) => kind == LetterKind.Decision
        ? "decision-" + c.Outcome!.Value.ToString().ToLowerInvariant()
        : LetterKindNames.Of(kind);

    private static void AddBody(List<LetterBlock> blocks, LetterTemplate template, IReadOnlyDictionary<string, string> fields, bool rightToLeft)
    {
        blocks.Add(new(LetterBlockStyle.Title, Fill(template.Title, fields), rightToLeft));
        foreach (var paragraph in template.Paragraphs)
        {
            blocks.Add(paragraph.StartsWith("= ", StringComparison.Ordinal)
                ? new(LetterBlockStyle.Heading, Fill(paragraph[2..], fields), rightToLeft)
                : new(LetterBlockStyle.Paragraph, Fill(paragraph, fields), rightToLeft));
        }
    }

    private static Dictionary<string, string> Fields(ResidenceCase c, LetterAppointment? appointment, IReadOnlyDictionary<string, string> common, DateOnly date)
    {
        var permit = common.GetValueOrDefault("permit." + c.Permit) ?? c.ApplicationType;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["case"] = c.Number,
            ["date"] = Day(date),
            ["applicant"] = $"{c.ApplicantGivenNames} {c.ApplicantSurname}",
            ["birthDate"] = Day(c.ApplicantBirthDate),
            ["citizenship"] = c.ApplicantCitizenship,
            ["submittedOn"] = Day(c.SubmittedOn),
            ["permit"] = permit,
            ["permitObject"] = common.GetValueOrDefault("permitObject." + c.Permit) ?? permit,
            ["termDays"] = c.NoticeTermDays?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["missing"] = LastNote(c, CaseAction.FormalDeficiency, CaseAction.RequestEvidence),
            ["reason"] = LastNote(c, CaseAction.NotifyDelay),
            ["newDate"] = c.AnnouncedDecisionBy is { } announced ? Day(announced) : "",
            ["reasons"] = c.DecisionReasons ?? "",
        };
        fields["appointment"] = appointment is null
            ? common.GetValueOrDefault("appointmentBlank", "")
            : Fill(common.GetValueOrDefault("appointmentAt", "{date} {time}, {office}"), new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["date"] = Day(DateOnly.FromDateTime(appointment.LocalStart)),
                ["time"] = appointment.LocalStart.ToString("HH:mm", CultureInfo.InvariantCulture),
                ["office"] = string.IsNullOrWhiteSpace(appointment.Address) ? appointment.Office : $"{appointment.Office}, {appointment.Address}",
            });
        return fields;
    }

    // What the notice asks for is the text of the action that sent it out, the latest one.
    private static string LastNote(ResidenceCase c, params CaseAction[] actions) =>
        c.Events.Where(e => actions.Contains(e.Action)).OrderBy(e => e.At).LastOrDefault()?.Note ?? "";

    private static string Day(DateOnly day) => day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Fill(string text, IReadOnlyDictionary<string, string> fields) =>
        Field().Replace(text, m => fields.TryGetValue(m.Groups["name"].Value, out var value) ? value : m.Value);

    private static InvalidOperationException Missing(string template, string language) =>
        new($"The letter template {template}.{language}.txt is missing.");

    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)\}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Field();
}
