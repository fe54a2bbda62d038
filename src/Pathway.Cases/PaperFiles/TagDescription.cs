namespace Pathway.Cases.PaperFiles;

/// <summary>A decoded tag as the command line and the API print it (field order fixed: other programs read it).</summary>
public sealed record TagDescription(string Scheme, int Filter, string CompanyPrefix, string AssetReference, string TagUri, string PureIdentityUri)
{
    public static TagDescription Of(Giai96 tag) =>
        new("giai-96", tag.Filter, tag.CompanyPrefix, tag.AssetReference, tag.TagUri, tag.PureIdentityUri);
}
