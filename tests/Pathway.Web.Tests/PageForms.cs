using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>Posts a page's multipart form as a browser does: its inputs, text boxes and drop-downs as the page filled them, some changed, files attached.</summary>
internal static class PageForms
{
    private static readonly HtmlParser Parser = new();

    public static async Task<HttpResponseMessage> PostAsync(
        WebSession session, string url, string formId, IReadOnlyDictionary<string, string>? changes = null, IReadOnlyDictionary<string, string>? files = null)
    {
        var page = await session.GetPageAsync(url);
        return await PostAsync(session, page, formId, url, changes, files);
    }

    /// <summary>Posts the form and reads the page that answers it, which must have answered 200.</summary>
    public static async Task<IHtmlDocument> PostForPageAsync(
        WebSession session, string url, string formId, IReadOnlyDictionary<string, string>? changes = null, IReadOnlyDictionary<string, string>? files = null)
    {
        using var response = await PostAsync(session, url, formId, changes, files);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Posts the form of a page already loaded (a result page, say) to <paramref name="url"/>, as one of its buttons with a formaction does.</summary>
    public static async Task<HttpResponseMessage> PostAsync(
        WebSession session, IDocument page, string formId, string url, IReadOnlyDictionary<string, string>? changes = null, IReadOnlyDictionary<string, string>? files = null)
    {
        var form = (IHtmlFormElement)(page.GetElementById(formId) ?? throw new InvalidOperationException($"No form {formId} on {url}: {page.Title}"));
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>())
        {
            if (input.Type is "file" || input.Type is "radio" or "checkbox" && !input.IsChecked)
            {
                continue;
            }

            fields.Add(new(input.Name!, input.Value));
        }

        // Text boxes and drop-downs go with the form too, as the browser sends them.
        foreach (var area in form.QuerySelectorAll("textarea[name]").OfType<IHtmlTextAreaElement>())
        {
            fields.Add(new(area.Name!, area.Value));
        }

        foreach (var select in form.QuerySelectorAll("select[name]").OfType<IHtmlSelectElement>())
        {
            fields.Add(new(select.Name!, select.Value ?? ""));
        }

        foreach (var (name, value) in changes ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var (name, csv) in files ?? new Dictionary<string, string>())
        {
            content.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(csv)) { Headers = { ContentType = new("text/csv") } }, name, $"{name}.csv");
        }

        return await session.Client.PostAsync(url, content, TestContext.Current.CancellationToken);
    }
}
