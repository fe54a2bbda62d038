namespace Pathway.Matching;

/// <summary>The family of comparison levels a field is scored with.</summary>
public enum ComparisonKind
{
    /// <summary>Exact, transliteration skeleton, Jaro-Winkler bands, weak/prefix, different.</summary>
    Name,
    /// <summary>Exact, exact-but-weak, day/month swapped, one component, within a year, different.</summary>
    Date,
    /// <summary>Exact, one edit or Jaro-Winkler ≥ 0.95, Jaro-Winkler ≥ 0.88, different.</summary>
    Text,
    /// <summary>Exact, one edit, two edits, different: document numbers, postcodes, phones.</summary>
    Identifier,
    /// <summary>Exact or different: sex, nationality.</summary>
    Category,
}
