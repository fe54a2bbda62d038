namespace Pathway.Matching.Input;

/// <summary>
/// Gives each column a role from its header (case, spaces, underscores and hyphens ignored),
/// then applies explicit "column=role" mappings. The id column and a ground-truth "cluster"
/// column are never compared.
/// </summary>
internal static class RoleDetection
{
    public static FieldRole FromHeader(string header)
    {
        var h = Squash(header);
        if (h is "cluster" or "truth" or "groundtruth")
        {
            return FieldRole.Ignore;
        }

        // "first_and_surname", "forename_surname", "full_name": a whole name, not a second surname column.
        if (h is "name" or "fullname" or "personname" or "wholename" || (Has(h, "given", "first", "forename") && Has(h, "surname", "last", "family")))
        {
            return FieldRole.FullName;
        }

        if (Has(h, "birthplace", "placeofbirth", "borncity", "birthtown", "birthcity") || h == "pob")
        {
            return FieldRole.BirthPlace;
        }

        if (Has(h, "city", "suburb", "town"))
        {
            return FieldRole.City;
        }

        if (Has(h, "given", "firstname", "forename") || h == "first")
        {
            return FieldRole.GivenName;
        }

        if (Has(h, "surname", "lastname", "familyname") || h == "last")
        {
            return FieldRole.Surname;
        }

        if (Has(h, "dob", "birthdate", "dateofbirth", "born"))
        {
            return FieldRole.BirthDate;
        }

        if (Has(h, "email", "mail"))
        {
            return FieldRole.Email;
        }

        if (h is "sex" or "gender" or "gendercode" or "sexcode")
        {
            return FieldRole.Sex;
        }

        if (Has(h, "postcode", "zip", "postal"))
        {
            return FieldRole.Postcode;
        }

        if (Has(h, "street", "address"))
        {
            return FieldRole.Address;
        }

        if (Has(h, "phone", "mobile") || h is "tel" or "telephone")
        {
            return FieldRole.Phone;
        }

        if (Has(h, "passport", "document", "socsec", "idnumber", "ssn", "idcard"))
        {
            return FieldRole.DocumentNumber;
        }

        if (Has(h, "nationality", "citizenship"))
        {
            return FieldRole.Nationality;
        }

        return FieldRole.Text;
    }

    /// <summary>Parses a role name as the --field option gives it ("surname", "Birth_Date", "ignore").</summary>
    public static FieldRole? ParseRole(string name)
    {
        var squashed = Squash(name);
        foreach (var role in Enum.GetValues<FieldRole>())
        {
            if (Squash(role.ToString()) == squashed)
            {
                return role;
            }
        }

        return squashed switch
        {
            "dob" or "dateofbirth" => FieldRole.BirthDate,
            "firstname" or "given" => FieldRole.GivenName,
            "lastname" => FieldRole.Surname,
            "document" or "passport" => FieldRole.DocumentNumber,
            "name" or "wholename" => FieldRole.FullName,
            "placeofbirth" or "pob" => FieldRole.BirthPlace,
            "gender" => FieldRole.Sex,
            "freetext" or "occupation" => FieldRole.Text,
            _ => null,
        };
    }

    /// <summary>The compared columns of a header, or the error naming a bad option or missing id column.</summary>
    public static (List<ColumnRole>? Roles, InputError? Error) Resolve(string file, IReadOnlyList<string> header, string idColumn, IReadOnlyList<string> mappings)
    {
        var idIndex = IndexOf(header, idColumn);
        if (idIndex < 0)
        {
            return (null, new InputError(InputErrorKind.MissingIdColumn, file, 1, $"The header has no id column \"{idColumn}\" (columns: {string.Join(", ", header)})."));
        }

        var roles = header.Select(h => new ColumnRole(h, FromHeader(h), false)).ToList();
        foreach (var mapping in mappings)
        {
            var at = mapping.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                return (null, new InputError(InputErrorKind.InvalidOption, file, 0, $"The field mapping \"{mapping}\" is not of the form column=role."));
            }

            var column = mapping[..at].Trim();
            var index = IndexOf(header, column);
            if (index < 0)
            {
                return (null, new InputError(InputErrorKind.UnknownColumn, file, 1, $"The field mapping names column \"{column}\", which the header does not have."));
            }

            if (ParseRole(mapping[(at + 1)..]) is not { } role)
            {
                return (null, new InputError(InputErrorKind.UnknownRole, file, 0, $"\"{mapping[(at + 1)..].Trim()}\" is not a role (roles: {string.Join(", ", Enum.GetNames<FieldRole>())})."));
            }

            roles[index] = new ColumnRole(header[index], role, true);
        }

        roles[idIndex] = new ColumnRole(header[idIndex], FieldRole.Ignore, true);
        return (roles, null);
    }

    public static int IndexOf(IReadOnlyList<string> header, string column)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(header[i].Trim(), column.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Has(string squashed, params string[] parts) => parts.Any(p => squashed.Contains(p, StringComparison.Ordinal));

    private static string Squash(string s) => new([.. s.Trim().ToLowerInvariant().Where(c => c is not (' ' or '_' or '-' or '.'))]);
}
