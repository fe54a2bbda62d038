using System.Net;
using System.Text;
using MimeKit;
using MimeKit.Utils;

namespace Pathway.Platform.Email;

/// <summary>
/// Turns an <see cref="EmailMessage"/> into an RFC 5322 message: multipart/alternative with a
/// plain-text part for readers without HTML, and an HTML part that carries the language and,
/// for Arabic, Dari and Urdu, the right-to-left direction.
/// </summary>
public static class MimeMessageBuilder
{
    public const string SenderAddress = "no-reply@pathway.local";

    public static MimeMessage Build(EmailMessage message, DateTimeOffset date)
    {
        var mime = new MimeMessage
        {
            Date = date,
            MessageId = MimeUtils.GenerateMessageId("pathway.local"),
            Subject = message.Subject,
        };
        mime.From.Add(new MailboxAddress("Pathway", SenderAddress));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.To));
        mime.Headers.Add(HeaderId.ContentLanguage, message.Culture.Name);
        mime.Body = new BodyBuilder { TextBody = Text(message), HtmlBody = Html(message) }.ToMessageBody();
        // Quoted-printable or base64 where a part is not ASCII, so the file stays valid on any transport.
        mime.Prepare(EncodingConstraint.SevenBit);
        return mime;
    }

    private static string Text(EmailMessage message)
    {
        var text = new StringBuilder();
        foreach (var block in message.Body)
        {
            _ = block switch
            {
                EmailBlock.Paragraph paragraph => text.Append(paragraph.Text).Append("\r\n\r\n"),
                EmailBlock.Link link => text.Append(link.Text).Append("\r\n").Append(link.Url).Append("\r\n\r\n"),
                _ => throw new ArgumentOutOfRangeException(nameof(message), block.GetType().Name, "An e-mail block of an unknown kind."),
            };
        }

        return text.ToString().TrimEnd() + "\r\n";
    }

    private static string Html(EmailMessage message)
    {
        var direction = message.Culture.TextInfo.IsRightToLeft ? "rtl" : "ltr";
        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\r\n<html lang=\"").Append(WebUtility.HtmlEncode(message.Culture.Name)).Append("\" dir=\"").Append(direction).Append("\">\r\n")
            .Append("<head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(message.Subject)).Append("</title></head>\r\n")
            .Append("<body>\r\n");
        foreach (var block in message.Body)
        {
            _ = block switch
            {
                EmailBlock.Paragraph paragraph => html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph.Text)).Append("</p>\r\n"),
                // The address itself is the link's text, as in the plain-text part: a reader can see where it leads.
                EmailBlock.Link link => html.Append("<p>").Append(WebUtility.HtmlEncode(link.Text)).Append("<br>\r\n<a href=\"")
                    .Append(WebUtility.HtmlEncode(link.Url)).Append("\">").Append(WebUtility.HtmlEncode(link.Url)).Append("</a></p>\r\n"),
                _ => throw new ArgumentOutOfRangeException(nameof(message), block.GetType().Name, "An e-mail block of an unknown kind."),
            };
        }

        return html.Append("</body>\r\n</html>\r\n").ToString();
    }
}
