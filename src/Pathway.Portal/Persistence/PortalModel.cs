using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;
using Pathway.Portal.Content;

namespace Pathway.Portal.Persistence;

internal sealed class PortalModel : IModuleModel
{
    public string Module => "portal";

    public int Order => 40;

    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<ContentItem>(item =>
        {
            item.ToTable("Portal_ContentItems");
            item.Property(i => i.Id).ValueGeneratedNever();
            // Names, not numbers: the content is read with other tools too.
            item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
            item.Property(i => i.Slug).HasMaxLength(ContentItem.MaxSlugLength);
            item.Property(i => i.SourceLanguage).HasMaxLength(16);
            item.Property(i => i.OwnerName).HasMaxLength(ContentItem.MaxNameLength);
            item.Property(i => i.LastCheckedBy).HasMaxLength(ContentItem.MaxNameLength);
            item.Property(i => i.Version).IsConcurrencyToken();
            item.HasIndex(i => new { i.TenantId, i.Slug }).IsUnique();
            item.HasMany(i => i.Texts).WithOne().HasForeignKey(t => t.ItemId).OnDelete(DeleteBehavior.Cascade);
            item.Ignore(i => i.Source);
        });

        modelBuilder.Entity<ContentText>(text =>
        {
            text.ToTable("Portal_ContentTexts");
            text.HasKey(t => new { t.ItemId, t.Language });
            text.Property(t => t.Language).HasMaxLength(16);
            text.Property(t => t.Title).HasMaxLength(ContentText.MaxTitleLength);
            text.Property(t => t.Body).HasMaxLength(ContentText.MaxBodyLength);
            text.Property(t => t.State).HasConversion<string>().HasMaxLength(16);
            text.Property(t => t.SourceHash).HasMaxLength(64);
            text.Property(t => t.UpdatedBy).HasMaxLength(ContentItem.MaxNameLength);
        });

        modelBuilder.Entity<Events.EventDetails>(details =>
        {
            details.ToTable("Portal_Events");
            details.HasKey(d => d.ItemId);
            details.Property(d => d.PlaceName).HasMaxLength(Events.EventDetails.MaxPlaceLength);
            details.Property(d => d.Address).HasMaxLength(Events.EventDetails.MaxAddressLength);
            details.Property(d => d.OnlineUrl).HasMaxLength(Events.EventDetails.MaxUrlLength);
            details.Property(d => d.Languages).HasMaxLength(200);
            details.Property(d => d.SignupVersion).IsConcurrencyToken();
            details.Ignore(d => d.LanguageCodes);
            details.HasIndex(d => new { d.TenantId, d.EndsAt });
            details.HasOne<ContentItem>().WithOne().HasForeignKey<Events.EventDetails>(d => d.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Events.EventSignup>(signup =>
        {
            signup.ToTable("Portal_EventSignups");
            signup.Property(s => s.Id).ValueGeneratedNever();
            signup.Property(s => s.DisplayName).HasMaxLength(Events.EventSignup.MaxNameLength);
            signup.Property(s => s.Language).HasMaxLength(16);
            signup.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            // One row per person and event: signing up again after cancelling takes the same row.
            signup.HasIndex(s => new { s.ItemId, s.UserId }).IsUnique();
            signup.HasIndex(s => s.UserId);
            signup.HasOne<Events.EventDetails>().WithMany().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Procedures.ProcedureStep>(step =>
        {
            step.ToTable("Portal_ProcedureSteps");
            step.HasKey(s => new { s.ItemId, s.Position });
            step.Property(s => s.Key).HasMaxLength(Procedures.ProcedureStep.MaxKeyLength);
            step.Property(s => s.CostAmount).HasPrecision(12, 2);
            step.Property(s => s.CostCurrency).HasMaxLength(3);
            step.Property(s => s.PlaceName).HasMaxLength(Events.EventDetails.MaxPlaceLength);
            step.Property(s => s.Address).HasMaxLength(Events.EventDetails.MaxAddressLength);
            step.Property(s => s.OpeningHours).HasMaxLength(200);
            step.Property(s => s.OnlineUrl).HasMaxLength(Events.EventDetails.MaxUrlLength);
            step.Property(s => s.Needs).HasMaxLength(Procedures.ProcedureStep.MaxListLength + 2);
            step.Property(s => s.Produces).HasMaxLength(Procedures.ProcedureStep.MaxListLength + 2);
            step.Property(s => s.After).HasMaxLength(Procedures.ProcedureStep.MaxListLength + 2);
            step.Ignore(s => s.NeedsList);
            step.Ignore(s => s.ProducesList);
            step.Ignore(s => s.AfterList);
            step.HasIndex(s => s.TenantId);
            step.HasOne<ContentItem>().WithMany().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Services.ServiceDetails>(service =>
        {
            service.ToTable("Portal_Services");
            service.HasKey(d => d.ItemId);
            service.Property(d => d.Category).HasConversion<string>().HasMaxLength(32);
            service.Property(d => d.StaffGender).HasConversion<string>().HasMaxLength(16);
            service.Property(d => d.Languages).HasMaxLength(Services.ServiceDetails.MaxListLength);
            service.Property(d => d.TargetGroups).HasMaxLength(Services.ServiceDetails.MaxListLength);
            service.Property(d => d.District).HasMaxLength(Services.ServiceDetails.MaxDistrictLength);
            service.Property(d => d.PlaceName).HasMaxLength(Events.EventDetails.MaxPlaceLength);
            service.Property(d => d.Address).HasMaxLength(Events.EventDetails.MaxAddressLength);
            service.Property(d => d.OpeningHours).HasMaxLength(Services.ServiceDetails.MaxHoursLength);
            service.Property(d => d.Phone).HasMaxLength(Services.ServiceDetails.MaxPhoneLength);
            service.Property(d => d.Email).HasMaxLength(Services.ServiceDetails.MaxEmailLength);
            service.Property(d => d.Website).HasMaxLength(Events.EventDetails.MaxUrlLength);
            service.Ignore(d => d.LanguageCodes);
            service.Ignore(d => d.GroupKeys);
            service.HasIndex(d => d.TenantId);
            service.HasOne<ContentItem>().WithOne().HasForeignKey<Services.ServiceDetails>(d => d.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DecisionTrees.TreeAnswer>(answer =>
        {
            answer.ToTable("Portal_TreeAnswers");
            answer.HasKey(a => new { a.ItemId, a.Question, a.Answer });
            answer.Property(a => a.QuestionKey).HasMaxLength(DecisionTrees.TreeAnswer.MaxKeyLength);
            answer.Property(a => a.LeadsTo).HasMaxLength(DecisionTrees.TreeAnswer.MaxKeyLength);
            answer.Property(a => a.Procedure).HasMaxLength(ContentItem.MaxSlugLength);
            answer.Property(a => a.ApplicationType).HasMaxLength(DecisionTrees.TreeAnswer.MaxKeyLength);
            answer.HasIndex(a => a.TenantId);
            answer.HasOne<ContentItem>().WithMany().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Pictures.DocumentPicture>(picture =>
        {
            picture.ToTable("Portal_DocumentPictures");
            picture.HasKey(p => p.ItemId);
            picture.Property(p => p.Hash).HasMaxLength(Pictures.DocumentPicture.HashLength);
            picture.Property(p => p.UploadedBy).HasMaxLength(ContentItem.MaxNameLength);
            picture.HasIndex(p => p.TenantId);
            picture.HasOne<ContentItem>().WithOne().HasForeignKey<Pictures.DocumentPicture>(p => p.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Surveys.SurveyQuestion>(question =>
        {
            question.ToTable("Portal_SurveyQuestions");
            question.HasKey(q => new { q.ItemId, q.Number });
            question.Property(q => q.Key).HasMaxLength(Surveys.SurveyQuestion.MaxKeyLength);
            question.Property(q => q.Kind).HasConversion<string>().HasMaxLength(16);
            question.HasIndex(q => q.TenantId);
            question.HasOne<ContentItem>().WithMany().HasForeignKey(q => q.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Surveys.SurveyWindow>(window =>
        {
            window.ToTable("Portal_SurveyWindows");
            window.HasKey(w => w.ItemId);
            window.HasOne<ContentItem>().WithMany().HasForeignKey(w => w.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Surveys.SurveyResponse>(response =>
        {
            response.ToTable("Portal_SurveyResponses");
            response.Property(r => r.Id).ValueGeneratedNever();
            response.Property(r => r.Language).HasMaxLength(16);
            response.Ignore(r => r.DomainEvents);
            response.HasIndex(r => r.ItemId);
            response.HasOne<ContentItem>().WithMany().HasForeignKey(r => r.ItemId).OnDelete(DeleteBehavior.Cascade);
            response.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Surveys.SurveyAnswer>(answer =>
        {
            answer.ToTable("Portal_SurveyAnswers");
            answer.Property(a => a.Id).ValueGeneratedNever();
            answer.Property(a => a.Text).HasMaxLength(Surveys.SurveyAnswer.MaxTextLength);
            answer.HasIndex(a => a.ResponseId);
        });

        modelBuilder.Entity<Settings.PortalLogo>(logo =>
        {
            logo.ToTable("Portal_Logos");
            logo.HasKey(l => l.TenantId);
            logo.Property(l => l.Hash).HasMaxLength(Pictures.DocumentPicture.HashLength);
        });

        modelBuilder.Entity<Pictures.PictureSpot>(spot =>
        {
            spot.ToTable("Portal_PictureSpots");
            spot.HasKey(s => new { s.ItemId, s.Number });
            spot.HasIndex(s => s.TenantId);
            spot.HasOne<Pictures.DocumentPicture>().WithMany().HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Wallet.WalletDocument>(document =>
        {
            document.ToTable("Portal_WalletDocuments");
            document.HasKey(d => d.Id);
            document.Property(d => d.OwnerName).HasMaxLength(ContentItem.MaxNameLength);
            document.Property(d => d.Title).HasMaxLength(Wallet.WalletDocument.MaxTitleLength);
            document.Property(d => d.DocumentSlug).HasMaxLength(ContentItem.MaxSlugLength);
            document.Property(d => d.FileName).HasMaxLength(Wallet.WalletDocument.MaxFileNameLength);
            document.Property(d => d.ContentType).HasMaxLength(40);
            document.Property(d => d.Sha256).HasMaxLength(64);
            document.HasIndex(d => new { d.TenantId, d.OwnerId });
            document.HasIndex(d => d.ExpiresOn);
            document.HasMany(d => d.Confirmations).WithOne().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Wallet.WalletConfirmation>(confirmation =>
        {
            confirmation.ToTable("Portal_WalletConfirmations");
            confirmation.HasKey(c => c.Id);
            confirmation.Property(c => c.OrganisationName).HasMaxLength(ContentItem.MaxNameLength);
            confirmation.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            confirmation.Property(c => c.DecidedBy).HasMaxLength(ContentItem.MaxNameLength);
            confirmation.Property(c => c.Note).HasMaxLength(Wallet.WalletConfirmation.MaxNoteLength);
            confirmation.HasIndex(c => c.DocumentId);
            confirmation.HasIndex(c => new { c.TenantId, c.OrganisationId, c.Status });
        });

        modelBuilder.Entity<Notifications.Notification>(notification =>
        {
            notification.ToTable("Portal_Notifications");
            notification.HasKey(n => n.Id);
            notification.Ignore(n => n.DomainEvents);
            notification.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32);
            notification.Property(n => n.First).HasMaxLength(Notifications.Notification.MaxArgumentLength);
            notification.Property(n => n.Second).HasMaxLength(Notifications.Notification.MaxArgumentLength);
            notification.Property(n => n.Link).HasMaxLength(Notifications.Notification.MaxLinkLength);
            notification.HasIndex(n => new { n.TenantId, n.UserId, n.CreatedAt });
        });

        modelBuilder.Entity<Notifications.MailOptOut>(optOut =>
        {
            optOut.ToTable("Portal_MailOptOuts");
            optOut.HasKey(o => new { o.TenantId, o.UserId, o.Kind });
            optOut.Property(o => o.Kind).HasConversion<string>().HasMaxLength(32);
        });

        modelBuilder.Entity<Assistant.AssistantTurn>(turn =>
        {
            turn.ToTable("Portal_AssistantTurns");
            turn.HasKey(t => t.Id);
            turn.Property(t => t.Language).HasMaxLength(16);
            turn.Property(t => t.Question).HasMaxLength(Assistant.QuestionTerms.MaxLength);
            turn.Property(t => t.Answer).HasMaxLength(Assistant.AssistantTurn.MaxAnswerLength);
            turn.Property(t => t.AnswerLanguage).HasMaxLength(16);
            turn.Property(t => t.Sources).HasMaxLength(1000);
            turn.Ignore(t => t.SourceSlugs);
            turn.Ignore(t => t.DomainEvents);
            turn.HasIndex(t => new { t.TenantId, t.ConversationId, t.Position }).IsUnique();
            turn.HasIndex(t => new { t.TenantId, t.AskedAt });
        });

        modelBuilder.Entity<Procedures.StepDone>(done =>
        {
            done.ToTable("Portal_StepsDone");
            done.HasKey(d => new { d.UserId, d.ItemId, d.StepKey });
            done.Property(d => d.StepKey).HasMaxLength(Procedures.ProcedureStep.MaxKeyLength);
            done.HasOne<ContentItem>().WithMany().HasForeignKey(d => d.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Search.SearchText>(text =>
        {
            text.ToTable("Portal_SearchTexts");
            text.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
            text.Property(t => t.Slug).HasMaxLength(ContentItem.MaxSlugLength);
            text.Property(t => t.Language).HasMaxLength(16);
            text.Property(t => t.Readers).HasMaxLength(200);
            text.Property(t => t.Title).HasMaxLength(ContentText.MaxTitleLength);
            text.HasIndex(t => new { t.ItemId, t.Language }).IsUnique();
            // No index of the tenant: the full-text index is how rows are found (see ContentSearch), the tenant a filter.
            text.HasOne<ContentItem>().WithMany().HasForeignKey(t => t.ItemId).OnDelete(DeleteBehavior.Cascade);
            if (provider == DatabaseProvider.Postgres)
            {
                // Written by the database from the row (migration 0005) and indexed with GIN; read by the search's own SQL only.
                text.Property<NpgsqlTypes.NpgsqlTsVector>("Document").HasComputedColumnSql(Search.SearchText.PostgresDocument, stored: true);
                text.Property<NpgsqlTypes.NpgsqlTsVector>("TitleDocument").HasComputedColumnSql(Search.SearchText.PostgresTitleDocument, stored: true);
            }
        });

        modelBuilder.Entity<Services.ServiceRating>(rating =>
        {
            rating.ToTable("Portal_ServiceRatings");
            rating.Property(r => r.Id).ValueGeneratedNever();
            rating.Property(r => r.Language).HasMaxLength(16);
            rating.Ignore(r => r.DomainEvents);
            rating.HasIndex(r => r.ItemId);
            rating.HasOne<ContentItem>().WithMany().HasForeignKey(r => r.ItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Feedback.PageFeedback>(feedback =>
        {
            feedback.ToTable("Portal_PageFeedback");
            feedback.Property(f => f.Id).ValueGeneratedNever();
            feedback.Property(f => f.Language).HasMaxLength(16);
            feedback.Ignore(f => f.DomainEvents);
            feedback.Property(f => f.Comment).HasMaxLength(Feedback.PageFeedback.MaxCommentLength);
            feedback.HasIndex(f => new { f.ItemId, f.At });
            feedback.HasOne<ContentItem>().WithMany().HasForeignKey(f => f.ItemId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
