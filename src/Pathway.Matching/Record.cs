namespace Pathway.Matching;

/// <summary>
/// One person record for in-memory scoring: an id and a value per role. Values keyed by column
/// name (<see cref="Columns"/>) take precedence, for models trained on files with several columns
/// of one role (address lines).
/// </summary>
public sealed class Record(string id, IReadOnlyDictionary<FieldRole, string?> values, IReadOnlyDictionary<string, string?>? columns = null)
{
    public string Id { get; } = id;

    public IReadOnlyDictionary<FieldRole, string?> Values { get; } = values;

    public IReadOnlyDictionary<string, string?>? Columns { get; } = columns;

    /// <summary>The value a model field reads: by its column name first, else the first field of its role.</summary>
    internal string? ValueFor(FieldParameters field, bool firstOfRole)
    {
        if (Columns is not null && Columns.TryGetValue(field.Name, out var byName))
        {
            return byName;
        }

        return firstOfRole && Values.TryGetValue(field.Role, out var byRole) ? byRole : null;
    }
}
