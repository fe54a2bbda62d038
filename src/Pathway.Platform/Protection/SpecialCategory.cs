using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Platform.Protection;

/// <summary>
/// Marks a text column as special-category data (health, vulnerability, trafficking and violence
/// details; GDPR art. 9): it is stored sealed under the row's tenant's key and opened when a row
/// is read into its entity. The entity must carry the <c>TenantId</c> it belongs to. Sealed
/// values cannot be searched, sorted or compared in SQL, and a query that selects the column
/// into anything but its entity gets the sealed text: read such fields through their entities.
/// </summary>
public static class SpecialCategory
{
    public const string Annotation = "Pathway:SpecialCategory";
    public const string TenantProperty = "TenantId";

    private static readonly ConcurrentDictionary<IEntityType, SealedProperty[]> ByEntity = new();

    /// <summary>Seals the column; <paramref name="purpose"/> names the field for good (it is part of what each value is sealed with), so renaming the table or column does not break old values.</summary>
    public static PropertyBuilder<TText> IsSpecialCategory<TText>(this PropertyBuilder<TText> property, string purpose)
    {
        if (property.Metadata.ClrType != typeof(string))
        {
            throw new InvalidOperationException($"{property.Metadata.Name}: only text is sealed.");
        }

        // A sealed value is longer than its text: the column holds any length, the form keeps the limit.
        property.Metadata.SetMaxLength(null);
        property.HasAnnotation(Annotation, purpose);
        return property;
    }

    /// <summary>The sealed columns of an entity type (none for most).</summary>
    public static SealedProperty[] Of(IEntityType entity) => ByEntity.GetOrAdd(entity, static e =>
    {
        var sealedOnes = e.GetProperties().Where(p => p.FindAnnotation(Annotation) is not null).ToArray();
        if (sealedOnes.Length == 0)
        {
            return [];
        }

        var tenant = e.FindProperty(TenantProperty);
        if (tenant?.ClrType != typeof(Guid))
        {
            throw new InvalidOperationException($"{e.DisplayName()} has special-category fields but no Guid {TenantProperty}: its fields are sealed under its tenant's key.");
        }

        return [.. sealedOnes.Select(p => new SealedProperty(p, (string)p.FindAnnotation(Annotation)!.Value!, tenant, p.GetMemberInfo(forMaterialization: true, forSet: true), tenant.GetMemberInfo(forMaterialization: true, forSet: false)))];
    });
}

/// <summary>A sealed column, the purpose it is sealed for, and the property that names its row's tenant.</summary>
public sealed record SealedProperty(IProperty Property, string Purpose, IProperty Tenant, MemberInfo Member, MemberInfo TenantMember)
{
    public string Name => Property.Name;

    public string? ValueIn(object entity) => (string?)Read(Member, entity);

    public Guid TenantOf(object entity) => (Guid)Read(TenantMember, entity)!;

    public void Put(object entity, string value)
    {
        switch (Member)
        {
            case FieldInfo field:
                field.SetValue(entity, value);
                break;
            case PropertyInfo property:
                property.SetValue(entity, value);
                break;
        }
    }

    private static object? Read(MemberInfo member, object entity) => member switch
    {
        FieldInfo field => field.GetValue(entity),
        PropertyInfo property => property.GetValue(entity),
        _ => throw new InvalidOperationException($"{member.Name} is neither a field nor a property."),
    };
}
