namespace Pathway.Platform.Uploads;

public enum UploadStatus
{
    Read,
    Missing,
    TooLarge,
}

/// <summary>An uploaded file's bytes, or why there are none, said in the user's language.</summary>
public sealed record UploadReading(UploadStatus Status, byte[] Content, string? Problem)
{
    public bool IsRead => Status == UploadStatus.Read;
}
