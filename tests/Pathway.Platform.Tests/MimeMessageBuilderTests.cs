using System.Globalization;
using System.Text;
using MimeKit;
using Pathway.Platform.Email;

namespace Pathway.Platform.Tests;

public sealed class MimeMessageBuilderTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 2, 9, 30, 0, TimeSpan.Zero);

    private static EmailMessage Message(string culture, string name, string subject) => new(
        "olena@example.org", name, subject, CultureInfo.GetCultureInfo(culture),
        [
            new EmailBlock.Paragraph($"Вітаємо, {name},"),
            new EmailBlock.Link("Відкрийте це посилання:", "https://pathway.example.org/uk/account/reset-password?userId=1&code=a+b"),
        ]);

    [Fact]
    public void Build_UkrainianMessage_WritesEncodedHeadersAndBothPartsWithTheSameWords()
    {
        var mime = MimeMessageBuilder.Build(Message("uk", "Олена Коваленко", "Зміна пароля Pathway"), At);
        var raw = Write(mime);

        raw.ShouldAllBe(c => c < 0x80);
        var headers = raw[..raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        headers.ShouldContain("Subject: =?utf-8?");
        headers.ShouldContain("To: =?utf-8?");
        headers.ShouldContain("Date: Wed, 02 Dec 2026 09:30:00 +0000");
        headers.ShouldContain("Message-Id: <");
        headers.ShouldContain("Content-Language: uk");

        var parsed = MimeMessage.Load(new MemoryStream(Encoding.ASCII.GetBytes(raw)));
        parsed.Subject.ShouldBe("Зміна пароля Pathway");
        parsed.To.Mailboxes.Single().Name.ShouldBe("Олена Коваленко");
        parsed.Body.ShouldBeOfType<MultipartAlternative>().Select(p => p.ContentType.MimeType).ShouldBe(new[] { "text/plain", "text/html" });
        parsed.TextBody!.ShouldContain("Вітаємо, Олена Коваленко,");
        parsed.TextBody!.ShouldContain("https://pathway.example.org/uk/account/reset-password?userId=1&code=a+b");
        parsed.HtmlBody!.ShouldContain("<html lang=\"uk\" dir=\"ltr\">");
        parsed.HtmlBody!.ShouldContain("href=\"https://pathway.example.org/uk/account/reset-password?userId=1&amp;code=a+b\"");
    }

    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("fa-AF", "rtl")]
    [InlineData("ur", "rtl")]
    [InlineData("pl", "ltr")]
    public void Build_HtmlPart_CarriesTheLanguageAndItsDirection(string culture, string direction)
    {
        var mime = MimeMessageBuilder.Build(Message(culture, "Amal", "Pathway"), At);
        mime.HtmlBody!.ShouldContain($"<html lang=\"{culture}\" dir=\"{direction}\">");
    }

    [Fact]
    public void Build_NameWithMarkup_IsTextInTheHtmlPart()
    {
        var mime = MimeMessageBuilder.Build(Message("en", "<b>Eve</b> & co", "Pathway"), At);
        mime.HtmlBody!.ShouldContain("&lt;b&gt;Eve&lt;/b&gt; &amp; co");
        mime.HtmlBody!.ShouldNotContain("<b>Eve");
        mime.TextBody!.ShouldContain("<b>Eve</b> & co");
    }

    private static string Write(MimeMessage message)
    {
        using var stream = new MemoryStream();
        message.WriteTo(new FormatOptions { NewLineFormat = NewLineFormat.Dos }, stream);
        return Encoding.ASCII.GetString(stream.ToArray());
    }
}
