namespace Pathway.Cases.PaperFiles;

/// <summary>Names of the EPC binary headers a reader is likely to report, so that a wrong tag is named, not just refused.</summary>
public static class EpcHeaders
{
    public static string Name(int header) => header switch
    {
        0x2C => "GDTI-96",
        0x2D => "GSRN-96",
        0x30 => "SGTIN-96",
        0x31 => "SSCC-96",
        0x32 => "SGLN-96",
        0x33 => "GRAI-96",
        0x34 => "GIAI-96",
        0x35 => "GID-96",
        0x36 => "SGTIN-198",
        0x37 => "GRAI-170",
        0x38 => "GIAI-202",
        0x39 => "SGLN-195",
        0x3B => "ADI-var",
        0x3C => "CPI-96",
        0x3D => "CPI-var",
        0x3E => "GDTI-174",
        0x3F => "SGCN-96",
        0x00 => "an unprogrammed tag",
        _ => "an unknown scheme",
    };
}
