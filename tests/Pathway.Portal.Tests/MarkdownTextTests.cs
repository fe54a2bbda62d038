using Pathway.Portal.Content;

namespace Pathway.Portal.Tests;

public sealed class MarkdownTextTests
{
    [Fact]
    public void Markdown_Formats_ButRawHtmlIsShownAsText()
    {
        var html = MarkdownText.ToHtml("**PESEL** <script>alert(1)</script> <b onclick=\"x()\">b</b>");

        html.ShouldContain("<strong>PESEL</strong>");
        html.ShouldNotContain("<script");
        html.ShouldNotContain("<b ");
        html.ShouldContain("&lt;script&gt;");
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("![x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    public void ALinkToAScript_LosesItsAddress(string markdown) =>
        MarkdownText.ToHtml(markdown).ShouldNotContain("javascript:", Case.Insensitive);

    [Theory]
    [InlineData("[office](https://www.gov.pl/web/udsc)", "https://www.gov.pl/web/udsc")]
    [InlineData("[mail](mailto:info@example.org)", "mailto:info@example.org")]
    [InlineData("[next](portal/articles/pesel-number)", "portal/articles/pesel-number")]
    [InlineData("[top](#steps)", "#steps")]
    public void WebMailAndPortalLinks_AreKept(string markdown, string href) =>
        MarkdownText.ToHtml(markdown).ShouldContain($"href=\"{href}\"");

    [Fact]
    public void AGlossaryMention_ReadsAsItsWords_NotAsALinkThatGoesNowhere()
    {
        var html = MarkdownText.ToHtml("Masz [kartę **pobytu**](term:karta-pobytu)?");

        html.ShouldBe("<p>Masz kartę <strong>pobytu</strong>?</p>\n");
    }
}
