using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Pathway.Platform.Localization;
using Pathway.Portal.Content;
using Pathway.Portal.Demo;
using Pathway.Portal.Glossary;
using Pathway.Portal.Procedures;

namespace Pathway.Portal.Tests;

/// <summary>
/// The demo seed as an editor would have to give it: every translation with its source's steps and
/// links, mentions of terms the seed has, steps that pass the editors' checks and name documents
/// the seed has, and machine drafts marked as such.
/// </summary>
public sealed class DemoContentTests
{
    private static readonly string[] Languages = [.. SupportedCultures.All.Select(l => l.Code).Order(StringComparer.Ordinal)];

    [Fact]
    public void EveryDemoItem_HasItsOwnAddress() =>
        DemoContent.All.Select(i => i.Slug).ShouldBeUnique();

    [Fact]
    public void TheProceduresEventsAndServices_AreInTheTwelveLanguages_WithEveryTranslationButEnglishAndUkrainianAMachineDraft()
    {
        var items = DemoProcedures.All.Select(p => p.Item).Concat(DemoProcedures.Documents).Concat(DemoProcedures.Terms)
            .Concat(DemoEvents.All.Select(e => e.Item)).Concat(DemoServices.All.Select(s => s.Item));
        foreach (var item in items)
        {
            item.Texts.Keys.Order(StringComparer.Ordinal).ToArray().ShouldBe(Languages, item.Slug);
            foreach (var (language, text) in item.Texts)
            {
                text.State.ShouldBe(language is "pl" or "en" or "uk" ? TranslationState.Published : TranslationState.MachineDraft, $"{item.Slug} {language}");
            }
        }
    }

    [Fact]
    public void EveryTranslation_HasItsSourcesStepsAndLinks_InTheSameOrder()
    {
        foreach (var item in DemoContent.All)
        {
            var source = item.Texts["pl"].Body;
            foreach (var (language, text) in item.Texts)
            {
                var because = $"{item.Slug} {language}";
                text.Title.Trim().ShouldNotBeEmpty(because);
                ProcedureSections.Split(text.Body).Steps.Count.ShouldBe(ProcedureSections.Split(source).Steps.Count, because);
                Links(text.Body).ShouldBe(Links(source), because);
            }
        }
    }

    [Fact]
    public void EveryMention_NamesATermOfTheSeed()
    {
        var terms = DemoContent.All.Where(i => i.Kind == ContentKind.Term).Select(i => i.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var item in DemoContent.All)
        {
            foreach (var (language, text) in item.Texts)
            {
                TermMentions.Slugs(text.Body).ShouldAllBe(s => terms.Contains(s), $"{item.Slug} {language}");
            }
        }
    }

    [Fact]
    public void EveryProceduresSteps_PassTheEditorsChecks_OnePerSection_NamingDocumentsOfTheSeed()
    {
        var documents = DemoContent.All.Where(i => i.Kind == ContentKind.Document).Select(i => i.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var procedure in DemoContent.All.Where(i => i.Kind == ContentKind.Procedure))
        {
            var steps = DemoProcedures.StepsOf(procedure.Slug, Guid.NewGuid(), Guid.NewGuid());
            var errors = new FieldErrors(new KeyText());

            var checkedSteps = ProcedureRequests.Check(
                [.. steps.Select(s => new ProcedureStepRequest(
                    s.Key, s.CostAmount, s.CostCurrency, s.PlaceName, s.Address, s.Latitude, s.Longitude, s.OpeningHours, s.OnlineUrl, s.NeedsList, s.ProducesList, s.AfterList))],
                errors);

            checkedSteps.ShouldNotBeNull(string.Join("; ", errors.ToDictionary().Select(e => e.Key + ": " + string.Join(' ', e.Value))));
            steps.Count.ShouldBe(ProcedureSections.Count(procedure.Texts["pl"].Body), procedure.Slug);
            steps.Select(s => s.Position).ShouldBe(Enumerable.Range(1, steps.Count), procedure.Slug);
            steps.SelectMany(s => s.NeedsList.Concat(s.ProducesList)).ShouldAllBe(d => documents.Contains(d), procedure.Slug);
            steps.ShouldAllBe(s => s.Needs.Length == 0 || (s.Needs.StartsWith(' ') && s.Needs.EndsWith(' ')), "lists are kept space-padded");
        }
    }

    [Fact]
    public void ThePeselNumber_ChainsTheProcedures()
    {
        var steps = DemoProcedures.All.ToDictionary(p => p.Item.Slug, p => p.Steps(Guid.Empty, Guid.Empty), StringComparer.Ordinal);

        steps["get-pesel-number"].ShouldContain(s => s.ProducesList.Contains("pesel"));
        steps["health-insurance"].ShouldContain(s => s.NeedsList.Contains("pesel"));
        steps["school-enrolment"].ShouldContain(s => s.NeedsList.Contains("pesel"));
        steps["family-reunification"].ShouldContain(s => s.NeedsList.Contains("residence-card"), "the sponsor's card, which the work permit gives");
    }

    [Fact]
    public void EveryEvent_HasItsOwnFacts_InTheFuture_HeldInPortalLanguages()
    {
        var now = new DateTime(2026, 3, 28, 12, 0, 0, DateTimeKind.Utc);
        var events = DemoContent.All.Where(i => i.Kind == ContentKind.Event).ToList();

        events.Count.ShouldBeGreaterThan(1);
        foreach (var item in events)
        {
            var details = DemoEvents.Details(DemoEvents.FactsOf(item.Slug), Guid.NewGuid(), Guid.NewGuid(), now);
            details.StartsAt.ShouldBeGreaterThan(now, item.Slug);
            details.EndsAt.ShouldBeGreaterThan(details.StartsAt, item.Slug);
            details.Capacity.ShouldBeGreaterThan(0, item.Slug);
            details.LanguageCodes.ShouldAllBe(l => SupportedCultures.ByCode(l) != null, item.Slug);
        }

        events.Select(e => DemoEvents.FactsOf(e.Slug)).ShouldBeUnique();
    }

    private static string[] Links(string markdown) =>
        [.. Markdown.Parse(markdown).Descendants<LinkInline>().Select(l => l.Url ?? "")];
}
