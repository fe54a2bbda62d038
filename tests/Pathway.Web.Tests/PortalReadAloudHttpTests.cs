using System.Buffers.Binary;
using System.Net;
using Pathway.Testing;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// Read-aloud on SQLite and PostgreSQL: a published page spoken on the server in the reader's
/// language or the fallback, as a WAV with its real length, and the page's control that links to it.
/// </summary>
public abstract class PortalReadAloudHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task APublishedPage_IsSpokenOnTheServer_InItsShownLanguage()
    {
        if (!File.Exists("/usr/bin/espeak-ng"))
        {
            RequiredBinary.SkipOrFail("espeak-ng", "espeak-ng");
        }

        var factory = await FactoryAsync();
        var reader = factory.Session();

        using var ukrainian = await reader.Client.GetAsync("/portal/articles/residence-card/audio?lang=uk", Cancel);
        using var german = await reader.Client.GetAsync("/portal/articles/residence-card/audio?lang=de", Cancel);
        using var unknown = await reader.Client.GetAsync("/portal/articles/no-such-page/audio?lang=uk", Cancel);
        using var wrongLanguage = await reader.Client.GetAsync("/portal/articles/residence-card/audio?lang=xx", Cancel);
        var page = await reader.GetPageAsync("/uk/portal/articles/residence-card");

        ukrainian.StatusCode.ShouldBe(HttpStatusCode.OK);
        ukrainian.Content.Headers.ContentType!.MediaType.ShouldBe("audio/wav");
        ukrainian.Content.Headers.ContentLanguage.ShouldBe(["uk"]);
        var wav = await ukrainian.Content.ReadAsByteArrayAsync(Cancel);
        wav.Length.ShouldBeGreaterThan(100_000, "a few seconds of speech at least");
        BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(4)).ShouldBe((uint)(wav.Length - 8));
        BinaryPrimitives.ReadUInt32LittleEndian(wav.AsSpan(40)).ShouldBe((uint)(wav.Length - 44));
        german.Content.Headers.ContentLanguage.ShouldBe(["en"], "no German text: the English fallback is spoken");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ErrorsAsync(wrongLanguage)).Keys.ShouldBe(["lang"]);
        var control = page.QuerySelector(".read-aloud")!;
        control.GetAttribute("data-speech-lang").ShouldBe("uk-UA");
        control.QuerySelector("a.listen")!.GetAttribute("href").ShouldBe("portal/articles/residence-card/audio?lang=uk");
        control.QuerySelector("button")!.HasAttribute("hidden").ShouldBeTrue("the button needs the script, which shows it");
    }
}

public sealed class SqlitePortalReadAloudHttpTests(SqliteFactoryFixture fixture) : PortalReadAloudHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPortalReadAloudHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PortalReadAloudHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
