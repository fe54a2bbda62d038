using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Pathway.Platform.Protection;

/// <summary>
/// Opens an entity's sealed fields as it is read, before the change tracker takes its snapshot:
/// the entity holds its plain text, and an unchanged entity stays unchanged. One instance for the
/// process, holding nothing: EF keeps an internal service provider per set of interceptors, so an
/// instance per host (the tests start dozens) would build one each. The key is the context's.
/// </summary>
internal sealed class SpecialCategoryReader : IMaterializationInterceptor
{
    public static readonly SpecialCategoryReader Instance = new();

    private SpecialCategoryReader()
    {
    }

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        var fields = SpecialCategory.Of(materializationData.EntityType);
        if (fields.Length == 0)
        {
            return entity;
        }

        var cipher = ((Persistence.PathwayDbContext)materializationData.Context).Cipher;
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
