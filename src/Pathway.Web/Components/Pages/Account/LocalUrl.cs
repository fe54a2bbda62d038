namespace Pathway.Web.Components.Pages.Account;

internal static class LocalUrl
{
    /// <summary>Only a path on this site may be a return address; anything else could send the user elsewhere.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
