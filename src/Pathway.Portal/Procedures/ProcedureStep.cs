namespace Pathway.Portal.Procedures;

/// <summary>
/// One step of a guided procedure (a content item of kind Procedure): the facts that are the same in
/// every language. Its title and what to do are the <see cref="Position"/>-th "## " section of the
/// item's body in each language, so the translation workflow and XLIFF carry them like any text.
/// Steps form a graph through <see cref="After"/>; procedures chain through the documents a step
/// needs and the documents another procedure's step produces (items of kind Document, by address).
/// </summary>
public sealed class ProcedureStep
{
    public const int MaxSteps = 30;
    public const int MaxKeyLength = 40;
    public const int MaxListLength = 500;

    public Guid ItemId { get; init; }
    public Guid TenantId { get; init; }

    /// <summary>1 for the first step; the order of the body's sections.</summary>
    public int Position { get; init; }

    /// <summary>The step's name within the procedure (lower-case letters, digits, hyphens), which <see cref="After"/> refers to.</summary>
    public string Key { get; init; } = "";

    /// <summary>What the step costs, in <see cref="CostCurrency"/>; 0 when free, null when the guide does not say.</summary>
    public decimal? CostAmount { get; init; }
    public string? CostCurrency { get; init; }

    public string PlaceName { get; init; } = "";
    public string Address { get; init; } = "";
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }

    /// <summary>Opening hours in the OpenStreetMap opening_hours syntax ("Mo-Fr 08:00-16:00"), shown as written.</summary>
    public string OpeningHours { get; init; } = "";

    public string? OnlineUrl { get; init; }

    /// <summary>The addresses of the Document items this step needs, space-separated.</summary>
    public string Needs { get; init; } = "";

    /// <summary>The addresses of the Document items this step gives the migrant, space-separated.</summary>
    public string Produces { get; init; } = "";

    /// <summary>The keys of the steps that must be done first, space-separated; empty for a step that can start at once.</summary>
    public string After { get; init; } = "";

    public IReadOnlyList<string> NeedsList => Split(Needs);
    public IReadOnlyList<string> ProducesList => Split(Produces);
    public IReadOnlyList<string> AfterList => Split(After);

    public static IReadOnlyList<string> Split(string list) => Content.SpacedList.Codes(list);
}
