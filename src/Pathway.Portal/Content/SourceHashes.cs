using System.Security.Cryptography;
using System.Text;

namespace Pathway.Portal.Content;

/// <summary>
/// The fingerprint of a source text: a translation made from it keeps it, and a source changed since
/// no longer matches. Title and body are length-prefixed, so no two different texts hash alike.
/// Glossary mentions are hashed as their words: marking a term changes no word of the source.
/// </summary>
public static class SourceHashes
{
    public static string Of(ContentText source) => Of(source.Title, source.Body);

    public static string Of(string title, string body)
    {
        body = Glossary.TermMentions.Unmarked(body);
        var text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{title.Length}:{title}|{body.Length}:{body}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
