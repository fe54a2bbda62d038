namespace Pathway.Platform.Email;

/// <summary>One piece of an e-mail's body.</summary>
public abstract record EmailBlock
{
    private EmailBlock()
    {
    }

    public sealed record Paragraph(string Text) : EmailBlock;

    /// <summary>A sentence that leads to a link, then the link's address written out in full, in both parts.</summary>
    public sealed record Link(string Text, string Url) : EmailBlock;
}
