using Microsoft.EntityFrameworkCore;

namespace Pathway.Cases.PaperFiles;

internal static class PaperFilesModel
{
    internal static void Configure(ModelBuilder b)
    {
        b.Entity<PaperFile>(file =>
        {
            file.ToTable("Cases_PaperFiles");
            file.Property(f => f.Id).ValueGeneratedNever();
            file.Property(f => f.CaseNumber).HasMaxLength(PaperFile.MaxCaseNumberLength);
            file.Property(f => f.TagHex).HasMaxLength(24);
            file.Property(f => f.Epc).HasMaxLength(PaperFile.MaxEpcLength);
            file.HasIndex(f => new { f.TenantId, f.Epc }).IsUnique();
            file.HasIndex(f => new { f.TenantId, f.CaseNumber });
        });

        b.Entity<FileReader>(reader =>
        {
            reader.ToTable("Cases_FileReaders");
            reader.Property(r => r.Id).ValueGeneratedNever();
            reader.Property(r => r.ReaderId).HasMaxLength(FileReader.MaxReaderIdLength);
            reader.Property(r => r.Name).HasMaxLength(FileReader.MaxNameLength);
            reader.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
            reader.HasIndex(r => new { r.TenantId, r.ReaderId }).IsUnique();
        });

        b.Entity<TagRead>(read =>
        {
            read.ToTable("Cases_TagReads");
            read.Property(r => r.Id).ValueGeneratedNever();
            read.Property(r => r.Epc).HasMaxLength(PaperFile.MaxEpcLength);
            read.Property(r => r.ReaderId).HasMaxLength(FileReader.MaxReaderIdLength);
            read.Property(r => r.EventTimeZoneOffset).HasMaxLength(6);
            read.Property(r => r.BizStep).HasMaxLength(TagRead.MaxVocabularyLength);
            read.Property(r => r.Disposition).HasMaxLength(TagRead.MaxVocabularyLength);
            read.Property(r => r.Action).HasMaxLength(8);
            read.Property(r => r.Source).HasConversion<string>().HasMaxLength(8);
            read.Property(r => r.EventId).HasMaxLength(TagRead.MaxEventIdLength);
            read.HasOne<PaperFile>().WithMany().HasForeignKey(r => r.PaperFileId).OnDelete(DeleteBehavior.Cascade);
            read.HasIndex(r => new { r.PaperFileId, r.EventTime });
            read.HasIndex(r => new { r.TenantId, r.ReaderId, r.EventTime });
            read.HasIndex(r => new { r.TenantId, r.EventId });
        });

        b.Entity<ReadAnomaly>(anomaly =>
        {
            anomaly.ToTable("Cases_ReadAnomalies");
            anomaly.Property(a => a.Id).ValueGeneratedNever();
            anomaly.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
            anomaly.Property(a => a.Source).HasConversion<string>().HasMaxLength(8);
            anomaly.Property(a => a.Epc).HasMaxLength(ReadAnomaly.MaxDetailLength);
            anomaly.Property(a => a.ReaderId).HasMaxLength(ReadAnomaly.MaxDetailLength);
            anomaly.Property(a => a.EventId).HasMaxLength(ReadAnomaly.MaxDetailLength);
            anomaly.Property(a => a.Detail).HasMaxLength(ReadAnomaly.MaxDetailLength);
            anomaly.Property(a => a.Raw).HasMaxLength(ReadAnomaly.MaxRawLength);
            anomaly.HasIndex(a => new { a.TenantId, a.RecordedAt });
            anomaly.HasIndex(a => new { a.TenantId, a.EventId });
        });

        b.Entity<CustodyEntry>(entry =>
        {
            entry.ToTable("Cases_FileCustody");
            entry.Property(c => c.Id).ValueGeneratedNever();
            entry.Property(c => c.Kind).HasConversion<string>().HasMaxLength(16);
            entry.Property(c => c.ShelfReaderId).HasMaxLength(FileReader.MaxReaderIdLength);
            entry.Property(c => c.ByName).HasMaxLength(CustodyEntry.MaxByNameLength);
            entry.HasOne<PaperFile>().WithMany().HasForeignKey(c => c.PaperFileId).OnDelete(DeleteBehavior.Cascade);
            entry.HasIndex(c => new { c.PaperFileId, c.At });
        });
    }
}
