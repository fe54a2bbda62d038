using Pathway.Platform.Tenancy;

namespace Pathway.Analytics.Sources;

/// <summary>
/// An outside table the office loaded (Eurostat's, the national statistical office's, another
/// institution's), kept beside its own figures: where it came from, how it was read, who loaded it
/// when and how long the load took. Its rows are in <see cref="SourceObservation"/>, by series.
/// </summary>
public sealed class SourceTable : ITenantOwned
{
    public const int MaxNameLength = 100;
    public const int MaxTitleLength = 200;
    public const int MaxSourceLength = 300;

    private SourceTable() { }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid OrganisationId { get; private set; }

    /// <summary>How files and clients name the table (a dataflow id, e.g. ESTAT:MIGR_ASYAPPCTZM(1.0)); unique within a tenant.</summary>
    public string Name { get; private set; } = "";
    public string Title { get; private set; } = "";

    /// <summary>Where the table came from: an address or an institution.</summary>
    public string Source { get; private set; } = "";
    public SourceFormat Format { get; private set; }
    public string Separator { get; private set; } = ",";

    /// <summary>The structures (dataflows) the rows named, in the order met, separated by spaces; empty for a plain table.</summary>
    public string Structures { get; private set; } = "";
    public string TimeColumn { get; private set; } = "";
    public string ValueColumn { get; private set; } = "";
    public int Rows { get; private set; }
    public int SeriesCount { get; private set; }
    public int MissingValues { get; private set; }

    /// <summary>Rows of attributes attached to a partial key, read and not stored.</summary>
    public int SkippedRows { get; private set; }
    public DateTime LoadedAt { get; private set; }
    public Guid? LoadedBy { get; private set; }
    public string LoadedByName { get; private set; } = "";

    /// <summary>From the first byte read to the commit.</summary>
    public int LoadMilliseconds { get; private set; }

    public List<SourceDimension> Dimensions { get; private set; } = [];

    internal static SourceTable From(SourceFile file, SourceLabels labels, Guid tenantId, Guid organisationId, DateTime now, Guid? loadedBy, string loadedByName)
    {
        var table = new SourceTable
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            OrganisationId = organisationId,
            Name = labels.Name,
            Title = labels.Title,
            Source = labels.Source,
            Format = file.Format,
            Separator = file.Separator.ToString(),
            Structures = string.Join(' ', file.Structures.Select(s => s.Id)),
            TimeColumn = file.TimeColumn,
            ValueColumn = file.ValueColumn,
            Rows = file.Observations.Count,
            SeriesCount = file.Series.Count,
            MissingValues = file.Observations.Count(o => o.Value is null),
            SkippedRows = file.SkippedRows,
            LoadedAt = now,
            LoadedBy = loadedBy,
            LoadedByName = loadedByName,
        };
        for (var i = 0; i < file.Dimensions.Count; i++)
        {
            var dimension = file.Dimensions[i];
            table.Dimensions.Add(new SourceDimension
            {
                TableId = table.Id,
                Position = i,
                Code = dimension.Id,
                Label = dimension.Label,
                LabelsOnly = dimension.LabelsOnly,
                CodeCount = dimension.Codes.Count,
            });
        }

        return table;
    }

    internal void Timed(TimeSpan elapsed) => LoadMilliseconds = (int)Math.Min(int.MaxValue, Math.Ceiling(elapsed.TotalMilliseconds));
}
