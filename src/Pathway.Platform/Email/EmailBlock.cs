namespace Pathway.Platform.Email;

/// <summary>One piece of an e-mail's body.</summary>
public abstract record EmailBlock
{
    private EmailBlock()
    {
    }

    public sealed record Paragraph(string Text) : EmailBlock;

    /// <summary>A link on its own line; in the plain-text part the address is written out in full.</summary>
    public sealed record Link(string Text, string Url) : EmailBlock;
}
