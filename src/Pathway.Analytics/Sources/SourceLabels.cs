namespace Pathway.Analytics.Sources;

/// <summary>The name, title and source a table is stored under, after the defaults its file gives.</summary>
internal sealed record SourceLabels(string Name, string Title, string Source);
