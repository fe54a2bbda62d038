using Microsoft.EntityFrameworkCore;

namespace Pathway.Cases.Applications;

/// <summary>The tables of online applications and their files.</summary>
internal static class ApplicationsModel
{
    internal static void Configure(ModelBuilder b)
    {
        b.Entity<OnlineApplication>(a =>
        {
            a.ToTable("Cases_OnlineApplications");
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.ApplicationType).HasMaxLength(Catalogue.ApplicationType.MaxCodeLength);
            // Names, not numbers: the table is read with other tools too.
            a.Property(x => x.State).HasConversion<string>().HasMaxLength(32);
            a.Property(x => x.Version).IsConcurrencyToken();
            a.Property(x => x.Surname).HasMaxLength(OnlineApplication.MaxNameLength);
            a.Property(x => x.GivenNames).HasMaxLength(OnlineApplication.MaxNameLength);
            a.Property(x => x.Sex).HasMaxLength(OnlineApplication.MaxSexLength);
            a.Property(x => x.Citizenship).HasMaxLength(OnlineApplication.MaxCitizenshipLength);
            a.Property(x => x.PassportNumber).HasMaxLength(OnlineApplication.MaxPassportLength);
            a.Property(x => x.Purpose).HasMaxLength(OnlineApplication.MaxPurposeLength);
            a.Property(x => x.AddressStreet).HasMaxLength(OnlineApplication.MaxAddressLength);
            a.Property(x => x.AddressPostalCode).HasMaxLength(OnlineApplication.MaxPostalCodeLength);
            a.Property(x => x.AddressCity).HasMaxLength(OnlineApplication.MaxAddressLength);
            a.Property(x => x.EmployerName).HasMaxLength(OnlineApplication.MaxNameLength);
            a.Property(x => x.EmployerNip).HasMaxLength(OnlineApplication.MaxNipLength);
            a.Property(x => x.SchoolName).HasMaxLength(OnlineApplication.MaxNameLength);
            a.Property(x => x.SubmissionKey).HasMaxLength(OnlineApplication.MaxSubmissionKeyLength);
            a.Property(x => x.CaseNumber).HasMaxLength(Workflow.ResidenceCase.MaxNumberLength);
            a.Property(x => x.SignatureMethod).HasMaxLength(OnlineApplication.MaxSignatureLength);
            a.Property(x => x.FeeMethod).HasConversion<string>().HasMaxLength(16);
            a.Property(x => x.FeeReference).HasMaxLength(OnlineApplication.MaxFeeReferenceLength);
            a.Property(x => x.FeeAmountPln).HasPrecision(10, 2);
            a.Property(x => x.EmployerAnnexSha256).HasMaxLength(ApplicationFile.Sha256Length);
            a.Ignore(x => x.IsReadOnly);
            a.HasMany(x => x.Files).WithOne().HasForeignKey(f => f.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            a.HasIndex(x => new { x.TenantId, x.OwnerUserId });
            a.HasIndex(x => new { x.TenantId, x.CaseNumber });
        });

        b.Entity<ApplicationFile>(f =>
        {
            f.ToTable("Cases_ApplicationFiles");
            f.Property(x => x.Id).ValueGeneratedNever();
            f.Property(x => x.DocumentCode).HasMaxLength(Catalogue.RequiredDocument.MaxCodeLength);
            f.Property(x => x.FileName).HasMaxLength(ApplicationFile.MaxFileNameLength);
            f.Property(x => x.ContentType).HasMaxLength(ApplicationFile.MaxContentTypeLength);
            f.Property(x => x.Sha256).HasMaxLength(ApplicationFile.Sha256Length);
            f.Property(x => x.StorageKey).HasMaxLength(ApplicationFile.MaxStorageKeyLength);
        });

        b.Entity<EmployerAnnexRequest>(r =>
        {
            r.ToTable("Cases_EmployerAnnexRequests");
            r.Property(x => x.Id).ValueGeneratedNever();
            r.Property(x => x.Email).HasMaxLength(EmployerAnnexRequest.MaxEmailLength);
            r.Property(x => x.TokenHash).HasMaxLength(EmployerAnnexRequest.HashLength);
            r.HasOne<OnlineApplication>().WithMany().HasForeignKey(x => x.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            r.HasIndex(x => x.TokenHash).IsUnique();
        });

        b.Entity<EmployerAnnex>(x =>
        {
            x.ToTable("Cases_EmployerAnnexes");
            x.Property(e => e.Id).ValueGeneratedNever();
            x.Property(e => e.Content).HasMaxLength(EmployerAnnex.MaxContentLength);
            x.Property(e => e.Sha256).HasMaxLength(ApplicationFile.Sha256Length);
            x.HasOne<OnlineApplication>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.Cascade);
            x.HasIndex(e => e.ApplicationId);
        });
    }
}
