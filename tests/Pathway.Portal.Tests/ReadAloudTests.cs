using System.Buffers.Binary;
using Pathway.Portal.Content;
using Pathway.Portal.ReadAloud;

namespace Pathway.Portal.Tests;

public class ReadAloudTests
{
    [Fact]
    public void EveryPortalLanguage_HasABrowserTagAndAServerVoice()
    {
        foreach (var language in ContentDesk.Languages)
        {
            SpeechVoices.BrowserTag(language).ShouldNotBeNullOrEmpty(language);
            SpeechVoices.EspeakVoice(language).ShouldNotBeNullOrEmpty(language);
        }

        SpeechVoices.Languages.ShouldBe(ContentDesk.Languages, ignoreOrder: true);
        SpeechVoices.EspeakVoice("prs").ShouldBe("fa");
        SpeechVoices.BrowserTag("zh-Hans").ShouldBe("zh-CN");
        SpeechVoices.EspeakVoice("xx").ShouldBeNull();
    }

    [Fact]
    public void WithSizes_AStreamedWavHeader_GetsItsRealLengths()
    {
        // A 44-byte header as espeak-ng writes it to a pipe (sizes "as long as it goes"), then 100 bytes of samples.
        var wav = new byte[144];
        "RIFF"u8.CopyTo(wav);
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(4), 0x7FFFF024);
        "WAVEfmt "u8.CopyTo(wav.AsSpan(8));
        "data"u8.CopyTo(wav.AsSpan(36));
        BinaryPrimitives.WriteUInt32LittleEndian(wav.AsSpan(40), 0x7FFFF000);

        var fixedWav = SpeechAudio.WithSizes(wav);

        BinaryPrimitives.ReadUInt32LittleEndian(fixedWav.AsSpan(4)).ShouldBe(136u);
        BinaryPrimitives.ReadUInt32LittleEndian(fixedWav.AsSpan(40)).ShouldBe(100u);
        SpeechAudio.WithSizes([1, 2, 3]).ShouldBe([(byte)1, (byte)2, (byte)3], "not a WAV: left as it is");
    }
}
