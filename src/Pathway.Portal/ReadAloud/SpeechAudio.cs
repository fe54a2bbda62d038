using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Pathway.Portal.ReadAloud;

/// <summary>
/// Speech made on the server with espeak-ng, for readers whose browser has no voice for the
/// language. A text is spoken once: the audio is kept in memory by a hash of the voice and the
/// words (up to <see cref="CacheBytes"/> in all, least used first out), so a page read by many
/// costs one run. At most two runs at a time, each with a time limit; the program is looked for
/// once, and without it the portal says server speech is not available rather than failing.
/// </summary>
public sealed class SpeechAudio(IConfiguration configuration, ILogger<SpeechAudio> log) : IDisposable
{
    public const string MediaType = "audio/wav";

    /// <summary>The longest text spoken: an article of about twenty minutes.</summary>
    public const int MaxTextLength = 20_000;

    private const long CacheBytes = 200L * 1024 * 1024;
    private static readonly TimeSpan RunLimit = TimeSpan.FromSeconds(60);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = CacheBytes });
    private readonly SemaphoreSlim runs = new(2, 2);
    private readonly Lazy<string?> program = new(() => Find(configuration["Portal:ReadAloud:Espeak"] ?? "espeak-ng"));

    /// <summary>Whether espeak-ng is installed here.</summary>
    public bool IsAvailable => program.Value is not null;

    /// <summary>The words spoken in <paramref name="language"/> as WAV, or null when server speech is not available or the language has no voice.</summary>
    public async Task<byte[]?> SpeakAsync(string language, string text, CancellationToken cancellationToken)
    {
        if (program.Value is not { } espeak || SpeechVoices.EspeakVoice(language) is not { } voice)
        {
            return null;
        }

        var words = text.Length <= MaxTextLength ? text : text[..MaxTextLength];
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(voice + "\n" + words)));
        if (cache.TryGetValue(key, out byte[]? kept))
        {
            return kept;
        }

        await runs.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(key, out kept))
            {
                return kept;
            }

            var audio = await RunAsync(espeak, voice, words, cancellationToken);
            if (audio is not null)
            {
                cache.Set(key, audio, new MemoryCacheEntryOptions { Size = audio.Length, SlidingExpiration = TimeSpan.FromHours(12) });
            }

            return audio;
        }
        finally
        {
            runs.Release();
        }
    }

    public void Dispose()
    {
        cache.Dispose();
        runs.Dispose();
    }

    private async Task<byte[]?> RunAsync(string espeak, string voice, string words, CancellationToken cancellationToken)
    {
        // The words go in on standard input (never on the command line, where another user could read them), the WAV comes out on standard output.
        var start = new ProcessStartInfo(espeak)
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in new[] { "-v", voice, "-b", "1", "--stdin", "--stdout" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(RunLimit);
        try
        {
            var output = new MemoryStream();
            var reading = process.StandardOutput.BaseStream.CopyToAsync(output, limit.Token);
            var errors = process.StandardError.ReadToEndAsync(limit.Token);
            await process.StandardInput.WriteAsync(words.AsMemory(), limit.Token);
            process.StandardInput.Close();
            await reading;
            await process.WaitForExitAsync(limit.Token);
            if (process.ExitCode != 0)
            {
                log.LogWarning("espeak-ng ended with {Code}: {Errors}", process.ExitCode, await errors);
                return null;
            }

            return WithSizes(output.ToArray());
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            log.LogWarning("espeak-ng took longer than {Limit} for {Length} characters; stopped.", RunLimit, words.Length);
            return null;
        }
    }

    /// <summary>
    /// espeak-ng writes to a pipe without knowing the length, so its WAV header says "as long as it
    /// goes"; with the real sizes a player shows the duration and can seek.
    /// </summary>
    internal static byte[] WithSizes(byte[] wav)
    {
        if (wav.Length >= 44 && wav.AsSpan(0, 4).SequenceEqual("RIFF"u8) && wav.AsSpan(8, 4).SequenceEqual("WAVE"u8) && wav.AsSpan(36, 4).SequenceEqual("data"u8))
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(4), (uint)(wav.Length - 8));
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(40), (uint)(wav.Length - 44));
        }

        return wav;
    }

    private static string? Find(string name)
    {
        if (Path.IsPathRooted(name))
        {
            return File.Exists(name) ? name : null;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
    }
}
