using System.Text.Json.Serialization;

namespace Pathway.Portal.Content;

/// <summary>What a content item is; the portal lists and labels them by kind (by name in the API).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContentKind>))]
public enum ContentKind
{
    Article,
    News,
    Alert,

    /// <summary>An event or course: its text is translated like any item; its date, place and places are its <see cref="Events.EventDetails"/>.</summary>
    Event,

    /// <summary>A guided procedure: its body's "## " sections are its steps, whose facts are <see cref="Procedures.ProcedureStep"/>s.</summary>
    Procedure,

    /// <summary>A document migrants need or get (a residence card, a PESEL number): what procedures' steps need and produce.</summary>
    Document,

    /// <summary>A glossary term: its title is the term in each language, its body the definition; texts mention it as <c>[words](term:slug)</c>.</summary>
    Term,

    /// <summary>A service of the directory (legal advice, a doctor, a course): its name and description are translated like any item; its facts are <see cref="Services.ServiceDetails"/>.</summary>
    Service,

    /// <summary>A decision tree ("Which permit fits me?"): its body's "## " sections are questions and their lists the answers; where each answer leads is a <see cref="DecisionTrees.TreeAnswer"/>.</summary>
    DecisionTree,

    /// <summary>A question readers ask, and its answer: the title is the question, the body the answer. The assistant answers from these first of all.</summary>
    Question,

    /// <summary>A survey: its body's "## " sections are questions and their first lists the options; how each is answered is a <see cref="Surveys.SurveyQuestion"/>.</summary>
    Survey,
}

/// <summary>
/// An article, news item or alert of the portal: written in one source language and translated into
/// the others (<see cref="ContentText"/>, one per language). Reference content for the public, not
/// personal data: no tenancy filter hides it from anonymous readers, so every query names the tenant.
/// Each item has an owner who keeps it current; "last checked on … by …" is shown to readers, and an
/// item not checked for <see cref="StaleAfterDays"/> days is flagged to its owner.
/// </summary>
public sealed class ContentItem
{
    public const int MaxSlugLength = 80;
    public const int MaxNameLength = 200;
    public const int StaleAfterDays = 180;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>The office unit or partner NGO that publishes it; its editors may change it.</summary>
    public Guid OrganisationId { get; init; }

    public ContentKind Kind { get; init; }

    /// <summary>The address of the item in every language: lower-case letters, digits and hyphens.</summary>
    public string Slug { get; init; } = "";

    /// <summary>The language the editors write it in (a code of <c>SupportedCultures</c>, e.g. pl).</summary>
    public string SourceLanguage { get; init; } = "";

    public Guid OwnerId { get; set; }
    public string OwnerName { get; set; } = "";
    public DateTime CreatedAt { get; init; }
    public DateTime LastCheckedAt { get; set; }
    public string LastCheckedBy { get; set; } = "";

    /// <summary>Raised by every change; an edit made on an older version is refused, nothing overwritten.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The <see cref="Version"/> the search rows were made from (<see cref="Search.SearchIndex"/>); the search backfill makes the rows of items where it differs.</summary>
    public int IndexedVersion { get; set; }

    public List<ContentText> Texts { get; init; } = [];

    public ContentText? Source => Texts.FirstOrDefault(t => t.Language == SourceLanguage);

    public ContentText? In(string language) => Texts.FirstOrDefault(t => t.Language == language);

    public bool NeedsChecking(DateTime now) => now - LastCheckedAt > TimeSpan.FromDays(StaleAfterDays);
}

/// <summary>
/// The item in one language: its title and Markdown body, and where its translation stands. A
/// translation remembers the hash of the source it was made from (<see cref="SourceHash"/>): when the
/// source changes, the translation is stale (see <see cref="TranslationStates"/>).
/// </summary>
public sealed class ContentText
{
    public const int MaxTitleLength = 200;
    public const int MaxBodyLength = 100_000;

    public Guid ItemId { get; init; }
    public string Language { get; init; } = "";
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public TranslationState State { get; set; }

    /// <summary>The <see cref="SourceHashes.Of"/> of the source text this translation was made from; null for the source itself.</summary>
    public string? SourceHash { get; set; }

    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    /// <summary>What translation tools added to the last XLIFF file imported for this language (notes, other vocabularies), as JSON; given back on export.</summary>
    public string? ExchangeExtras { get; set; }
}
