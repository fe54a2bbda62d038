using Microsoft.EntityFrameworkCore;

namespace Pathway.Cases.DecisionSupport;

internal static class DecisionRulesModel
{
    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<DecisionRuleSet>(r =>
        {
            r.ToTable("Cases_DecisionRules");
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.ApplicationType).HasMaxLength(Catalogue.ApplicationType.MaxCodeLength);
            r.Property(x => x.Yaml).HasMaxLength(DecisionRuleSet.MaxYamlLength);
            r.HasIndex(x => new { x.TenantId, x.ApplicationType }).IsUnique();
        });
}
