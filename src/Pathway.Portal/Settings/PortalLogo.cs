namespace Pathway.Portal.Settings;

/// <summary>
/// An office's logo as readers get it: made anew from the upload as WebP (see
/// <see cref="Pictures.PictureImages"/>), one per office. The office's row names it by
/// <see cref="Hash"/>, which is also its address, so browsers keep it for good.
/// </summary>
public sealed class PortalLogo
{
    public Guid TenantId { get; init; }
    public byte[] Image { get; set; } = [];
    public string Hash { get; set; } = "";
    public int Width { get; set; }
    public int Height { get; set; }
}
