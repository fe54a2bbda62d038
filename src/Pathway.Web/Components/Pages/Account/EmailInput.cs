namespace Pathway.Web.Components.Pages.Account;

/// <summary>The one field of the forgotten-password and new-confirmation forms.</summary>
internal sealed class EmailInput
{
    public string? Email { get; set; }
}
