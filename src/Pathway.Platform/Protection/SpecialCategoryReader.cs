using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pathway.Platform.Protection;

/// <summary>
/// Opens an entity's sealed fields as it is read, before the change tracker takes its snapshot:
/// the entity holds its plain text, and an unchanged entity stays unchanged.
/// </summary>
internal sealed class SpecialCategoryReader(FieldCipher cipher) : IMaterializationInterceptor
{
    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        var fields = SpecialCategory.Of(materializationData.EntityType);
        if (fields.Length == 0)
        {
            return entity;
        }

        foreach (var field in fields)
        {
            if (field.ValueIn(entity) is { } stored)
            {
                field.Put(entity, cipher.Open(field.TenantOf(entity), field.Purpose, stored));
            }
        }

        return entity;
    }
}
