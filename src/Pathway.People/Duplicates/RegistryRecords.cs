using System.Globalization;
using Pathway.Matching;
using Pathway.People.Registry;

namespace Pathway.People.Duplicates;

/// <summary>How a registry person is put before the linkage engine.</summary>
internal static class RegistryRecords
{
    public static Record From(string id, string surname, string givenNames, DateOnly birthDate, Sex sex, string? birthPlace, string? documentNumber, string citizenship) =>
        new(id, new Dictionary<FieldRole, string?>
        {
            [FieldRole.Surname] = surname,
            [FieldRole.GivenName] = givenNames,
            [FieldRole.BirthDate] = birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            [FieldRole.Sex] = sex switch { Sex.Female => "F", Sex.Male => "M", Sex.Unspecified => null },
            [FieldRole.City] = birthPlace,
            [FieldRole.DocumentNumber] = documentNumber,
            [FieldRole.Nationality] = citizenship,
        });

    /// <summary>The fields a registry record has; the model compares only these.</summary>
    public static readonly FieldRole[] Roles =
        [FieldRole.Surname, FieldRole.GivenName, FieldRole.BirthDate, FieldRole.Sex, FieldRole.City, FieldRole.DocumentNumber, FieldRole.Nationality];
}
