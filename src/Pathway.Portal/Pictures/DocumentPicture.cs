namespace Pathway.Portal.Pictures;

/// <summary>
/// The picture of a document item (a residence card, a decision letter), as readers get it: made
/// anew from the editor's upload (<see cref="PictureImages"/>), never the upload itself. Its
/// numbered spots point at its parts; what each part means is the item's text (the n-th entry of
/// its first numbered list), so the explanations are translated like any text.
/// </summary>
public sealed class DocumentPicture
{
    public const int HashLength = 16;

    public Guid ItemId { get; init; }
    public Guid TenantId { get; init; }
    public byte[] Image { get; set; } = [];

    /// <summary>Names the picture's address: a new picture has a new one, so browsers and caches keep a picture for good.</summary>
    public string Hash { get; set; } = "";

    public int Width { get; set; }
    public int Height { get; set; }
    public DateTime UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
}

/// <summary>A numbered spot on a document's picture, where its explanation points.</summary>
public sealed class PictureSpot
{
    /// <summary>Where a spot may be, across and down the picture, in hundredths of a percent (0 to 10,000): the picture's size may change, the places on it do not.</summary>
    public const int Scale = 10_000;

    public const int MaxSpots = 40;

    public Guid ItemId { get; init; }

    /// <summary>1, 2, …: the marker's number, and the entry of the text's first numbered list that explains it.</summary>
    public int Number { get; init; }

    public Guid TenantId { get; init; }
    public int X { get; init; }
    public int Y { get; init; }
}
