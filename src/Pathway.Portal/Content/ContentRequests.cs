using System.Text.RegularExpressions;
using Pathway.Platform.Localization;

namespace Pathway.Portal.Content;

/// <summary>A new item: kind, address, source language and the source text.</summary>
public sealed record NewContentRequest(string? Kind, string? Slug, string? SourceLanguage, string? Title, string? Body);

/// <summary>A changed text: the source (by an editor) or a translation (by a translator, with the state to save it in).</summary>
public sealed record ContentTextRequest(int? Version, string? Title, string? Body, string? State);

/// <summary>An act on a version of an item: publishing a language, marking it checked.</summary>
public sealed record ContentVersionRequest(int? Version);

/// <summary>Checks the editors' and translators' input, field by field, in their language.</summary>
public static partial class ContentRequests
{
    public static ContentDraft? Draft(NewContentRequest request, FieldErrors errors)
    {
        var kind = Enum.TryParse<ContentKind>(request.Kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : (ContentKind?)null;
        if (kind is null)
        {
            errors.Add("kind", "Choose what it is: an article, news, an alert, an event, a procedure, a document, a glossary term, a service or a decision tree.");
        }

        var slug = request.Slug?.Trim() ?? "";
        if (slug.Length == 0 || slug.Length > ContentItem.MaxSlugLength || !SlugPattern().IsMatch(slug))
        {
            errors.Add("slug", "The address is 1 to {0} lower-case letters, digits and hyphens, such as pesel-number.", ContentItem.MaxSlugLength);
        }

        var language = Language(request.SourceLanguage, "sourceLanguage", errors);
        var (title, body) = Text(request.Title, request.Body, errors);
        return errors.Any ? null : new ContentDraft(kind!.Value, slug, language!, title!, body!);
    }

    /// <summary>A language of the portal by its code, or a field error.</summary>
    /// <summary>The language a reader asks for with <c>lang</c>, or the request's own when they ask for none.</summary>
    public static string? ReaderLanguage(string? lang, FieldErrors errors) =>
        lang is null ? SupportedCultures.Current.Code : Language(lang, "lang", errors);

    public static string? Language(string? code, string field, FieldErrors errors)
    {
        if (SupportedCultures.ByCode(code) is { } language)
        {
            return language.Code;
        }

        errors.Add(field, "Choose one of the portal's languages.");
        return null;
    }

    public static (string? Title, string? Body) Text(string? title, string? body, FieldErrors errors)
    {
        var t = title?.Trim() ?? "";
        if (t.Length == 0 || t.Length > ContentText.MaxTitleLength)
        {
            errors.Add("title", "Give a title of up to {0} characters.", ContentText.MaxTitleLength);
        }

        var b = body ?? "";
        if (b.Trim().Length == 0 || b.Length > ContentText.MaxBodyLength)
        {
            errors.Add("body", "Write the text, up to {0} characters.", ContentText.MaxBodyLength);
        }

        return (t, b);
    }

    public static int? Version(int? version, FieldErrors errors)
    {
        if (version is not > 0)
        {
            errors.Add("version", "Send the version of the item you read.");
            return null;
        }

        return version;
    }

    /// <summary>The state a translator saves in: a draft, or for review.</summary>
    public static TranslationState? SaveState(string? state, FieldErrors errors)
    {
        if (Enum.TryParse<TranslationState>(state, ignoreCase: true, out var s) && TranslationStates.Saveable.Contains(s))
        {
            return s;
        }

        errors.Add("state", "Save the translation as a draft or for review.");
        return null;
    }

    /// <summary>Lower-case letters and digits in words joined by single hyphens (an address, a step's key).</summary>
    public static bool IsSlug(string text) => SlugPattern().IsMatch(text);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 100)]
    private static partial Regex SlugPattern();
}
