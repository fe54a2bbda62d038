namespace Pathway.Analytics.Series;

/// <summary>Where a stored series came from. Stored by name; do not rename.</summary>
public enum SeriesSource
{
    /// <summary>Synthetic figures seeded into the demo office.</summary>
    Demo,

    /// <summary>A file or request an analyst sent in.</summary>
    Upload,
}
