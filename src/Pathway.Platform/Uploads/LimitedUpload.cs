using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Platform.Uploads;

/// <summary>
/// Reads an upload (a form's file or a request body) up to a limit, for every page and endpoint
/// that takes a file: nothing past the limit is buffered, and the refusal reads the same everywhere.
/// </summary>
public sealed class LimitedUpload(IStringLocalizer<Text> text)
{
    private const int Chunk = 81_920;

    public async Task<UploadReading> ReadAsync(IFormFile? file, long maxBytes, CancellationToken cancellationToken = default)
    {
        if (file is not { Length: > 0 })
        {
            return Missing();
        }

        if (file.Length > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        await using var stream = file.OpenReadStream();
        return await ReadAsync(stream, maxBytes, cancellationToken);
    }

    /// <summary>A request body, whose length may be unknown until it has been read; an empty body is left to the parser to judge.</summary>
    public async Task<UploadReading> ReadAsync(Stream body, long maxBytes, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[Chunk];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return new UploadReading(UploadStatus.Read, buffer.ToArray(), null);
    }

    private UploadReading Missing() => new(UploadStatus.Missing, [], text["Choose a file."]);

    private UploadReading TooLarge(long maxBytes) => new(UploadStatus.TooLarge, [], text["The file is larger than {0} MB.", maxBytes / 1024 / 1024]);
}
