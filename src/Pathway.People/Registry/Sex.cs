namespace Pathway.People.Registry;

/// <summary>Sex as written in travel documents (ICAO 9303: F, M, or X for unspecified).</summary>
public enum Sex
{
    Unspecified = 0,
    Female = 1,
    Male = 2,
}
