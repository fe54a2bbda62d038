namespace Pathway.Cases.PaperFiles;

/// <summary>
/// CBV 2.0 vocabulary as EPCIS 2.0 carries it: a bare word (storing), the URN
/// (urn:epcglobal:cbv:bizstep:storing) or the web URI (https://ref.gs1.org/cbv/BizStep-storing) all
/// mean the same step and are kept as the bare word. A value outside CBV (a company's own URI) is kept as given.
/// </summary>
public static class CbvText
{
    public static string? BizStep(string? value) => Normalise(value, "urn:epcglobal:cbv:bizstep:", "https://ref.gs1.org/cbv/BizStep-");

    public static string? Disposition(string? value) => Normalise(value, "urn:epcglobal:cbv:disp:", "https://ref.gs1.org/cbv/Disp-");

    private static string? Normalise(string? value, string urn, string web)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (value.StartsWith(urn, StringComparison.Ordinal))
        {
            return value[urn.Length..];
        }

        return value.StartsWith(web, StringComparison.Ordinal) ? value[web.Length..] : value;
    }
}
