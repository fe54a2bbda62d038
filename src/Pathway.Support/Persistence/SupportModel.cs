using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;
using Pathway.Platform.Protection;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Closures;
using Pathway.Support.Gbv;
using Pathway.Support.Helpline;
using Pathway.Support.Interpreting;
using Pathway.Support.Knowledge;
using Pathway.Support.Needs;
using Pathway.Support.Plans;
using Pathway.Support.Referrals;
using Pathway.Support.Retention;
using Pathway.Support.Sealing;
using Pathway.Support.Tracing;
using Pathway.Support.Trainings;
using Pathway.Support.Transfers;

namespace Pathway.Support.Persistence;

internal sealed class SupportModel : IModuleModel
{
    public string Module => "support";

    public int Order => 50;

    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<CallRecord>(row =>
        {
            row.ToTable("Support_CallRecords");
            row.Property(r => r.Id).ValueGeneratedNever();
            // A row imported again (the same file, or a file that grew) is found by its key, not added twice.
            row.HasIndex(r => new { r.TenantId, r.Key }).IsUnique();
            row.HasIndex(r => new { r.TenantId, r.StartedAt });
            // A call's rows together: an import tells statistics each call it added to whole.
            row.HasIndex(r => new { r.TenantId, r.CallKey });
        });

        modelBuilder.Entity<QueueEntry>(entry =>
        {
            entry.ToTable("Support_QueueEntries");
            entry.Property(e => e.Id).ValueGeneratedNever();
            entry.HasIndex(e => new { e.TenantId, e.Key }).IsUnique();
            entry.HasIndex(e => new { e.TenantId, e.At });
            entry.HasIndex(e => new { e.TenantId, e.CallId });
        });

        modelBuilder.Entity<CallImport>(import =>
        {
            import.ToTable("Support_CallImports");
            import.Property(i => i.Id).ValueGeneratedNever();
            import.Property(i => i.By).HasMaxLength(256);
            import.Property(i => i.FileName).HasMaxLength(CallImport.MaxFileNameLength);
            import.Property(i => i.QueueLogName).HasMaxLength(CallImport.MaxFileNameLength);
            import.HasIndex(i => new { i.TenantId, i.At });
            import.Ignore(i => i.DomainEvents);
        });

        modelBuilder.Entity<CategoryRule>(rule =>
        {
            rule.ToTable("Support_CallRules");
            rule.Property(r => r.Id).ValueGeneratedNever();
            // Names, not numbers: the mapping is read with other tools too.
            rule.Property(r => r.Field).HasConversion<string>().HasMaxLength(32);
            rule.Property(r => r.Category).HasConversion<string>().HasMaxLength(32);
            rule.Property(r => r.Prefix).HasMaxLength(CategoryRule.MaxPrefixLength);
            rule.HasIndex(r => new { r.TenantId, r.Position }).IsUnique();
        });

        modelBuilder.Entity<LoggedCall>(call =>
        {
            call.ToTable("Support_LoggedCalls");
            call.Ignore(c => c.DomainEvents);
            call.Property(c => c.Id).ValueGeneratedNever();
            call.Property(c => c.Direction).HasConversion<string>().HasMaxLength(16);
            call.Property(c => c.Topic).HasConversion<string>().HasMaxLength(32);
            call.Property(c => c.Language).HasMaxLength(8);
            call.Property(c => c.Operator).HasMaxLength(256);
            call.HasIndex(c => new { c.TenantId, c.At });
        });

        modelBuilder.Entity<Training>(training =>
        {
            training.ToTable("Support_Trainings");
            training.Property(t => t.Id).ValueGeneratedNever();
            training.Property(t => t.Title).HasMaxLength(Training.MaxTextLength);
            training.Property(t => t.Trainer).HasMaxLength(Training.MaxTextLength);
            training.Property(t => t.Place).HasMaxLength(Training.MaxTextLength);
            training.Property(t => t.Project).HasMaxLength(Training.MaxProjectLength);
            training.Property(t => t.CreatedBy).HasMaxLength(256);
            // Names, not numbers: the register is read with other tools too.
            training.Property(t => t.Area).HasConversion<string>().HasMaxLength(32);
            training.Ignore(t => t.Participants);
            training.HasMany(t => t.Attendance).WithOne().HasForeignKey(a => a.TrainingId).OnDelete(DeleteBehavior.Cascade);
            training.HasIndex(t => new { t.TenantId, t.StartsOn });
        });

        modelBuilder.Entity<TrainingAttendance>(attendance =>
        {
            attendance.ToTable("Support_TrainingAttendance");
            attendance.Property(a => a.Id).ValueGeneratedNever();
            attendance.Property(a => a.Institution).HasMaxLength(Training.MaxTextLength);
            attendance.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        });

        modelBuilder.Entity<GbvIncident>(incident =>
        {
            incident.ToTable("Support_GbvIncidents");
            incident.Property(i => i.Id).ValueGeneratedNever();
            incident.Property(i => i.Code).HasMaxLength(32);
            incident.Property(i => i.Place).IsSpecialCategory("support.gbv.place");
            // Names, not numbers: the record is read with other tools too.
            incident.Property(i => i.Context).HasConversion<string>().HasMaxLength(32);
            incident.Property(i => i.Type).HasConversion<string>().HasMaxLength(32);
            incident.Property(i => i.AgeGroup).HasConversion<string>().HasMaxLength(32);
            incident.Property(i => i.Sex).HasConversion<string>().HasMaxLength(32);
            incident.Property(i => i.Perpetrator).HasConversion<string>().HasMaxLength(32);
            incident.Property(i => i.Perpetrators).HasConversion<string>().HasMaxLength(32);
            incident.Property(i => i.Services).HasMaxLength(256);
            incident.Property(i => i.CreatedBy).HasMaxLength(256);
            incident.Ignore(i => i.ServiceList);
            // A code is the organisation's own series: given once.
            incident.HasIndex(i => new { i.TenantId, i.OrganisationId, i.Code }).IsUnique();
            incident.HasIndex(i => new { i.TenantId, i.ReportedMonth });
        });

        modelBuilder.Entity<TracingRequest>(request =>
        {
            request.ToTable("Support_TracingRequests");
            request.Property(r => r.Id).ValueGeneratedNever();
            request.Property(r => r.Number).HasMaxLength(32);
            // Names, not numbers: the requests are read with other tools too.
            request.Property(r => r.Direction).HasConversion<string>().HasMaxLength(32);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
            request.Property(r => r.SoughtSex).HasConversion<string>().HasMaxLength(16);
            request.Property(r => r.SoughtGivenNames).HasMaxLength(TracingRequest.MaxNameLength);
            request.Property(r => r.SoughtSurname).HasMaxLength(TracingRequest.MaxNameLength);
            request.Property(r => r.PlaceOfOrigin).HasMaxLength(TracingRequest.MaxPlaceLength);
            request.Property(r => r.PlaceOfSeparation).HasMaxLength(TracingRequest.MaxPlaceLength);
            request.Property(r => r.SeparatedOn).HasMaxLength(10);
            request.Property(r => r.Remarks).HasMaxLength(TracingRequest.MaxRemarksLength);
            request.Property(r => r.RequesterName).HasMaxLength(TracingRequest.MaxNameLength);
            request.Property(r => r.RequesterRelationship).HasMaxLength(TracingRequest.MaxPlaceLength);
            request.Property(r => r.RequesterContact).HasMaxLength(TracingRequest.MaxContactLength);
            request.Property(r => r.RequesterLanguage).HasMaxLength(16);
            request.Property(r => r.CreatedBy).HasMaxLength(256);
            request.Ignore(r => r.IsOpen);
            request.Ignore(r => r.SoughtName);
            request.HasOne<Beneficiary>().WithMany().HasForeignKey(r => r.ChildCaseId).OnDelete(DeleteBehavior.Cascade);
            request.HasMany<TracingMatch>().WithOne().HasForeignKey(m => m.RequestId).OnDelete(DeleteBehavior.Cascade);
            // A number is the organisation's own series: given once.
            request.HasIndex(r => new { r.TenantId, r.OrganisationId, r.Number }).IsUnique();
            // A run reads the open requests of the other direction.
            request.HasIndex(r => new { r.TenantId, r.Direction, r.Status });
        });

        modelBuilder.Entity<TracingMatch>(match =>
        {
            match.ToTable("Support_TracingMatches");
            match.Property(m => m.Id).ValueGeneratedNever();
            match.Property(m => m.CandidateKind).HasConversion<string>().HasMaxLength(16);
            match.Property(m => m.State).HasConversion<string>().HasMaxLength(16);
            match.Property(m => m.DecidedBy).HasMaxLength(256);
            match.Property(m => m.RequestSideConfirmedBy).HasMaxLength(256);
            match.Property(m => m.HolderConfirmedBy).HasMaxLength(256);
            match.Ignore(m => m.IsAcrossOrganisations);
            // The holding organisation's list of the matches other organisations proposed to it.
            match.HasIndex(m => m.HeldBy);
            // A pair is proposed once; decided, it stays decided.
            match.HasIndex(m => new { m.RequestId, m.CandidateKind, m.CandidateId }).IsUnique();
        });

        modelBuilder.Entity<Beneficiary>(beneficiary =>
        {
            beneficiary.ToTable("Support_Beneficiaries");
            beneficiary.Property(b => b.Id).ValueGeneratedNever();
            beneficiary.Property(b => b.Number).HasMaxLength(32);
            beneficiary.Property(b => b.GivenNames).HasMaxLength(Beneficiary.MaxNameLength);
            beneficiary.Property(b => b.Surname).HasMaxLength(Beneficiary.MaxNameLength);
            beneficiary.Property(b => b.Citizenship).HasMaxLength(3);
            beneficiary.Property(b => b.Language).HasMaxLength(16);
            beneficiary.Property(b => b.MatchKey).HasMaxLength(2 * Beneficiary.MaxNameLength + 16);
            beneficiary.Property(b => b.CreatedBy).HasMaxLength(256);
            beneficiary.Property(b => b.Sex).HasConversion<string>().HasMaxLength(16);
            beneficiary.Property(b => b.LegalBasis).HasConversion<string>().HasMaxLength(32);
            beneficiary.Ignore(b => b.Name);
            beneficiary.Ignore(b => b.IsClosed);
            beneficiary.Ignore(b => b.IsSealed);
            beneficiary.Ignore(b => b.IsAnonymised);
            beneficiary.Ignore(b => b.DomainEvents);
            beneficiary.Property(b => b.SealedBy).HasMaxLength(256);
            // Two intakes at once cannot take the same number: the second takes the next.
            beneficiary.HasIndex(b => new { b.OrganisationId, b.Number }).IsUnique();
            beneficiary.HasIndex(b => new { b.TenantId, b.MatchKey });
            // The duplicate check finds a case linked to the same registry record.
            beneficiary.HasIndex(b => b.PersonId);
            beneficiary.HasMany(b => b.Team).WithOne().HasForeignKey(m => m.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CaseTeamMember>(member =>
        {
            member.ToTable("Support_CaseTeam");
            member.HasKey(m => new { m.BeneficiaryId, m.UserId });
            member.Property(m => m.Name).HasMaxLength(256);
            member.HasIndex(m => m.UserId);
        });

        modelBuilder.Entity<Consent>(consent =>
        {
            consent.ToTable("Support_Consents");
            consent.Property(c => c.Id).ValueGeneratedNever();
            consent.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
            consent.Property(c => c.RecipientName).HasMaxLength(Consent.MaxRecipientLength);
            consent.Property(c => c.RecordedBy).HasMaxLength(256);
            consent.Property(c => c.RevokedBy).HasMaxLength(256);
            consent.Property(c => c.Language).HasMaxLength(16);
            consent.Ignore(c => c.IsActive);
            consent.HasOne<Beneficiary>().WithMany().HasForeignKey(c => c.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SupportService>(service =>
        {
            service.ToTable("Support_Services");
            service.Property(s => s.Id).ValueGeneratedNever();
            service.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
            service.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            service.Property(s => s.Provider).HasMaxLength(SupportService.MaxTextLength);
            service.Property(s => s.Outcome).IsSpecialCategory("support.service.outcome");
            service.Property(s => s.LanguageFrom).HasMaxLength(8);
            service.Property(s => s.LanguageTo).HasMaxLength(8);
            service.Property(s => s.Project).HasMaxLength(64);
            service.Property(s => s.RecordedBy).HasMaxLength(256);
            service.Ignore(s => s.DomainEvents);
            service.HasOne<Beneficiary>().WithMany().HasForeignKey(s => s.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
            // The overdue list: planned services by the day they are due.
            service.HasIndex(s => new { s.Status, s.DueOn });
        });

        modelBuilder.Entity<Referral>(referral =>
        {
            referral.ToTable("Support_Referrals");
            referral.Property(r => r.Id).ValueGeneratedNever();
            referral.Property(r => r.CaseNumber).HasMaxLength(32);
            referral.Property(r => r.ToName).HasMaxLength(Consent.MaxRecipientLength);
            referral.Property(r => r.ToKind).HasConversion<string>().HasMaxLength(32);
            referral.Property(r => r.Service).HasConversion<string>().HasMaxLength(32);
            referral.Property(r => r.Note).IsSpecialCategory("support.referral.note");
            referral.Property(r => r.Contents).IsSpecialCategory("support.referral.contents");
            referral.Property(r => r.Sections).HasMaxLength(64);
            // The reason to pass a case on without consent is what the audit trail and the step keep too: it is a justification, not the person's details.
            referral.Property(r => r.OverrideReason).HasMaxLength(Referral.MaxReasonLength);
            referral.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            referral.Property(r => r.SentBy).HasMaxLength(256);
            referral.Ignore(r => r.IsOutside);
            referral.Ignore(r => r.SectionList);
            referral.HasOne<Beneficiary>().WithMany().HasForeignKey(r => r.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
            referral.HasMany(r => r.Steps).WithOne().HasForeignKey(s => s.ReferralId).OnDelete(DeleteBehavior.Cascade);
            // The receiver's list: the referrals addressed to its organisation.
            referral.HasIndex(r => new { r.TenantId, r.ToOrganisationId, r.Status });
            // A consent revoked withdraws the referrals sent under it.
            referral.HasIndex(r => r.ConsentId);
        });

        modelBuilder.Entity<ReferralStep>(step =>
        {
            step.ToTable("Support_ReferralSteps");
            step.Property(s => s.Id).ValueGeneratedNever();
            step.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            step.Property(s => s.By).HasMaxLength(256);
            step.Property(s => s.ByOrganisation).HasMaxLength(256);
            step.Property(s => s.Reason).HasMaxLength(Referral.MaxReasonLength);
        });

        modelBuilder.Entity<Transfer>(transfer =>
        {
            transfer.ToTable("Support_Transfers");
            transfer.Property(t => t.Id).ValueGeneratedNever();
            transfer.Property(t => t.CaseNumber).HasMaxLength(32);
            transfer.Property(t => t.NewCaseNumber).HasMaxLength(32);
            transfer.Property(t => t.Reason).HasMaxLength(Transfer.MaxReasonLength);
            transfer.Property(t => t.OverrideReason).HasMaxLength(Transfer.MaxReasonLength);
            transfer.Property(t => t.Status).HasConversion<string>().HasMaxLength(16);
            transfer.Property(t => t.RequestedBy).HasMaxLength(256);
            transfer.HasOne<Beneficiary>().WithMany().HasForeignKey(t => t.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
            transfer.HasMany(t => t.Steps).WithOne().HasForeignKey(s => s.TransferId).OnDelete(DeleteBehavior.Cascade);
            // One waiting request per case: two sent at once cannot both wait.
            transfer.HasIndex(t => t.BeneficiaryId).IsUnique().HasFilter("\"Status\" = 'Requested'").HasDatabaseName("IX_Support_Transfers_BeneficiaryId_Requested");
            // A case's transfers on its page.
            transfer.HasIndex(t => new { t.BeneficiaryId, t.RequestedAt });
            // The receiver's list and the sender's.
            transfer.HasIndex(t => new { t.TenantId, t.ToOrganisationId, t.Status });
            transfer.HasIndex(t => new { t.TenantId, t.OrganisationId, t.RequestedAt });
            // A consent revoked withdraws the transfers waiting under it.
            transfer.HasIndex(t => t.ConsentId);
        });

        modelBuilder.Entity<BreakGlassAccess>(access =>
        {
            access.ToTable("Support_BreakGlass");
            access.Property(a => a.Id).ValueGeneratedNever();
            access.Property(a => a.CaseNumber).HasMaxLength(32);
            access.Property(a => a.UserName).HasMaxLength(256);
            access.Property(a => a.Reason).HasMaxLength(BreakGlassAccess.MaxReasonLength);
            access.Property(a => a.ReviewedBy).HasMaxLength(256);
            access.Property(a => a.ReviewNote).HasMaxLength(BreakGlassAccess.MaxReasonLength);
            access.HasOne<Beneficiary>().WithMany().HasForeignKey(a => a.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
            // Whether a user holds an opening of a case now: asked on every reading of a case.
            access.HasIndex(a => new { a.UserId, a.BeneficiaryId, a.ExpiresAt });
            // The supervisors' list of the organisation's openings.
            access.HasIndex(a => new { a.TenantId, a.OrganisationId, a.OpenedAt });
        });

        modelBuilder.Entity<CaseClosure>(closure =>
        {
            closure.ToTable("Support_Closures");
            closure.Property(c => c.Id).ValueGeneratedNever();
            closure.Property(c => c.Reason).HasConversion<string>().HasMaxLength(32);
            closure.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);
            closure.Property(c => c.Note).HasMaxLength(CaseClosure.MaxNoteLength);
            closure.Property(c => c.DecisionNote).HasMaxLength(CaseClosure.MaxNoteLength);
            closure.Property(c => c.ReopenReason).HasMaxLength(CaseClosure.MaxNoteLength);
            closure.Property(c => c.RequestedBy).HasMaxLength(256);
            closure.Property(c => c.DecidedBy).HasMaxLength(256);
            closure.Property(c => c.ReopenedBy).HasMaxLength(256);
            closure.HasOne<Beneficiary>().WithMany().HasForeignKey(c => c.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
            // One waiting request per case: two sent at once cannot both wait.
            closure.HasIndex(c => c.BeneficiaryId).IsUnique().HasFilter("\"Status\" = 'Requested'").HasDatabaseName("IX_Support_Closures_BeneficiaryId_Requested");
            // A case's closures on its page.
            closure.HasIndex(c => new { c.BeneficiaryId, c.RequestedAt });
            // The supervisors' queue.
            closure.HasIndex(c => new { c.TenantId, c.Status, c.RequestedAt });
        });

        modelBuilder.Entity<TransferStep>(step =>
        {
            step.ToTable("Support_TransferSteps");
            step.Property(s => s.Id).ValueGeneratedNever();
            step.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            step.Property(s => s.By).HasMaxLength(256);
            step.Property(s => s.ByOrganisation).HasMaxLength(256);
            step.Property(s => s.Reason).HasMaxLength(Transfer.MaxReasonLength);
            step.HasIndex(s => s.ByUserId);
        });

        modelBuilder.Entity<NeedAssessment>(assessment =>
        {
            assessment.ToTable("Support_NeedAssessments");
            assessment.Property(a => a.Id).ValueGeneratedNever();
            assessment.Property(a => a.AssessedBy).HasMaxLength(NeedAssessment.MaxNameLength);
            assessment.Property(a => a.Note).IsSpecialCategory("support.needs.note");
            assessment.Property(a => a.RecordedBy).HasMaxLength(256);
            assessment.Ignore(a => a.NoSpecificNeeds);
            assessment.HasOne<Beneficiary>().WithMany().HasForeignKey(a => a.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
            assessment.HasMany(a => a.Needs).WithOne().HasForeignKey(n => n.AssessmentId).OnDelete(DeleteBehavior.Cascade);
            // A case's assessments, the newest (the current one) first.
            assessment.HasIndex(a => new { a.BeneficiaryId, a.AssessedOn });
        });

        modelBuilder.Entity<AssessedNeed>(need =>
        {
            need.ToTable("Support_AssessedNeeds");
            need.HasKey(n => new { n.AssessmentId, n.Category });
            // Names, not numbers: the needs are read with other tools too.
            need.Property(n => n.Category).HasConversion<string>().HasMaxLength(40);
            need.Property(n => n.UnhcrCode).HasMaxLength(8);
            need.Property(n => n.Exploitation).HasConversion<string>().HasMaxLength(32);
        });

        modelBuilder.Entity<Plan>(plan =>
        {
            plan.ToTable("Support_Plans");
            plan.Property(p => p.Id).ValueGeneratedNever();
            // Names, not numbers: the plans are read with other tools too.
            plan.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            plan.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
            plan.Property(p => p.ApprovedBy).HasMaxLength(256);
            plan.Ignore(p => p.InForce);
            plan.Ignore(p => p.IsOpen);
            plan.Ignore(p => p.Authors);
            plan.Ignore(p => p.ReturnReason);
            plan.Ignore(p => p.Tasks);
            plan.HasOne<Beneficiary>().WithMany().HasForeignKey(p => p.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
            plan.HasMany(p => p.Goals).WithOne().HasForeignKey(g => g.PlanId).OnDelete(DeleteBehavior.Cascade);
            plan.HasMany(p => p.Steps).WithOne().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
            // Two changes of one case at once cannot both make its next version: the second is told the plan moved on.
            plan.HasIndex(p => new { p.BeneficiaryId, p.Version }).IsUnique();
            // The supervisors' queue: the submitted plans.
            plan.HasIndex(p => new { p.TenantId, p.Status });
        });

        modelBuilder.Entity<PlanGoal>(goal =>
        {
            goal.ToTable("Support_PlanGoals");
            // A goal keeps its id in the versions that copy it, so the id is unique within a version only.
            goal.HasKey(g => new { g.PlanId, g.Id });
            goal.Property(g => g.Area).HasConversion<string>().HasMaxLength(32);
            goal.Property(g => g.Text).HasMaxLength(Plan.MaxTextLength);
            goal.HasMany(g => g.Tasks).WithOne().HasForeignKey(t => new { t.PlanId, t.GoalId }).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PlanTask>(task =>
        {
            task.ToTable("Support_PlanTasks");
            task.HasKey(t => new { t.PlanId, t.Id });
            task.Property(t => t.Text).HasMaxLength(Plan.MaxTextLength);
            task.Property(t => t.Assignee).HasConversion<string>().HasMaxLength(16);
            task.Property(t => t.MemberName).HasMaxLength(256);
            task.Property(t => t.DoneBy).HasMaxLength(256);
            task.Ignore(t => t.Done);
        });

        modelBuilder.Entity<PlanStep>(step =>
        {
            step.ToTable("Support_PlanSteps");
            step.Property(s => s.Id).ValueGeneratedNever();
            step.Property(s => s.Kind).HasConversion<string>().HasMaxLength(16);
            step.Property(s => s.By).HasMaxLength(256);
            step.Property(s => s.Reason).HasMaxLength(Plan.MaxReasonLength);
        });

        modelBuilder.Entity<PortalLink>(link =>
        {
            link.ToTable("Support_PortalLinks");
            link.Property(l => l.Id).ValueGeneratedNever();
            link.Property(l => l.CodeHash).HasMaxLength(64);
            link.Property(l => l.IssuedBy).HasMaxLength(256);
            link.HasOne<Beneficiary>().WithMany().HasForeignKey(l => l.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
            // A code is found by its hash when the person enters it.
            link.HasIndex(l => l.CodeHash).IsUnique();
            // The person's linked cases.
            link.HasIndex(l => new { l.TenantId, l.UserId });
        });

        modelBuilder.Entity<LibraryDocument>(document =>
        {
            document.ToTable("Support_LibraryDocuments");
            document.Property(d => d.Id).ValueGeneratedNever();
            document.Property(d => d.Title).HasMaxLength(LibraryDocument.MaxTitleLength);
            // Names, not numbers: the library is read with other tools too.
            document.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
            document.Property(d => d.Area).HasConversion<string>().HasMaxLength(32);
            document.Property(d => d.Language).HasMaxLength(16);
            document.Property(d => d.Description).HasMaxLength(LibraryDocument.MaxDescriptionLength);
            document.Property(d => d.Roles).HasMaxLength(200);
            document.Property(d => d.FileName).HasMaxLength(LibraryDocument.MaxFileNameLength);
            document.Property(d => d.ContentType).HasMaxLength(40);
            document.Property(d => d.Sha256).HasMaxLength(64);
            document.Property(d => d.UploadedBy).HasMaxLength(256);
            document.Ignore(d => d.RoleList);
            document.HasIndex(d => new { d.TenantId, d.UploadedAt });
        });

        modelBuilder.Entity<Partner>(partner =>
        {
            partner.ToTable("Support_Partners");
            partner.Property(p => p.Id).ValueGeneratedNever();
            partner.Property(p => p.Name).HasMaxLength(Partner.MaxNameLength);
            partner.Property(p => p.Kind).HasConversion<string>().HasMaxLength(32);
            partner.Property(p => p.Services).HasMaxLength(200);
            partner.Property(p => p.Languages).HasMaxLength(3 * Partner.MaxLanguages);
            partner.Property(p => p.Address).HasMaxLength(Partner.MaxAddressLength);
            partner.Property(p => p.Phone).HasMaxLength(Partner.MaxPhoneLength);
            partner.Property(p => p.Email).HasMaxLength(Partner.MaxEmailLength);
            partner.Property(p => p.Website).HasMaxLength(Partner.MaxWebsiteLength);
            partner.Property(p => p.ContactPerson).HasMaxLength(Partner.MaxNameLength);
            partner.Property(p => p.Notes).HasMaxLength(Partner.MaxNotesLength);
            partner.Property(p => p.CreatedBy).HasMaxLength(256);
            partner.Ignore(p => p.ServiceList);
            partner.Ignore(p => p.LanguageList);
            partner.HasIndex(p => new { p.TenantId, p.Name });
        });

        modelBuilder.Entity<PartnerMeeting>(meeting =>
        {
            meeting.ToTable("Support_PartnerMeetings");
            meeting.Property(m => m.Id).ValueGeneratedNever();
            meeting.Property(m => m.Title).HasMaxLength(PartnerMeeting.MaxTitleLength);
            meeting.Property(m => m.Place).HasMaxLength(PartnerMeeting.MaxPlaceLength);
            meeting.Property(m => m.Minutes).HasMaxLength(PartnerMeeting.MaxMinutesLength);
            meeting.Property(m => m.NextSteps).HasMaxLength(PartnerMeeting.MaxNextStepsLength);
            meeting.Property(m => m.CreatedBy).HasMaxLength(256);
            meeting.HasMany(m => m.Attendees).WithOne().HasForeignKey(a => a.MeetingId).OnDelete(DeleteBehavior.Cascade);
            meeting.HasIndex(m => new { m.TenantId, m.HeldOn });
        });

        modelBuilder.Entity<MeetingAttendee>(attendee =>
        {
            attendee.ToTable("Support_MeetingAttendees");
            attendee.HasKey(a => new { a.MeetingId, a.PartnerId });
            // A partner that attended a meeting is not removed from under it.
            attendee.HasOne<Partner>().WithMany().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Interpreter>(person =>
        {
            person.ToTable("Support_Interpreters");
            person.Property(p => p.Id).ValueGeneratedNever();
            person.Property(p => p.Name).HasMaxLength(Interpreter.MaxNameLength);
            person.Property(p => p.Kinds).HasMaxLength(64);
            person.Property(p => p.Languages).HasMaxLength(3 * Interpreter.MaxLanguages);
            person.Property(p => p.Phone).HasMaxLength(Partner.MaxPhoneLength);
            person.Property(p => p.Email).HasMaxLength(Partner.MaxEmailLength);
            person.Property(p => p.CreatedBy).HasMaxLength(256);
            person.Ignore(p => p.KindList);
            person.Ignore(p => p.LanguageList);
            person.HasMany(p => p.Hours).WithOne().HasForeignKey(h => h.InterpreterId).OnDelete(DeleteBehavior.Cascade);
            person.HasMany(p => p.Absences).WithOne().HasForeignKey(a => a.InterpreterId).OnDelete(DeleteBehavior.Cascade);
            person.HasIndex(p => new { p.TenantId, p.Name });
        });

        modelBuilder.Entity<WeeklyHours>(hours =>
        {
            hours.ToTable("Support_InterpreterHours");
            hours.Property(h => h.Id).ValueGeneratedNever();
            // Names, not numbers: Sunday is 0 to .NET and 7 to ISO.
            hours.Property(h => h.Day).HasConversion<string>().HasMaxLength(16);
            hours.HasIndex(h => h.InterpreterId);
        });

        modelBuilder.Entity<Absence>(absence =>
        {
            absence.ToTable("Support_InterpreterAbsences");
            absence.Property(a => a.Id).ValueGeneratedNever();
            absence.HasIndex(a => a.InterpreterId);
        });

        modelBuilder.Entity<InterpreterRequest>(request =>
        {
            request.ToTable("Support_InterpreterRequests");
            request.Property(r => r.Id).ValueGeneratedNever();
            request.Property(r => r.CaseNumber).HasMaxLength(32);
            request.Property(r => r.PersonLanguage).HasMaxLength(8);
            request.Property(r => r.WorkerLanguage).HasMaxLength(8);
            request.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
            request.Property(r => r.Mode).HasConversion<string>().HasMaxLength(16);
            request.Property(r => r.Note).HasMaxLength(InterpreterRequest.MaxNoteLength);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            request.Property(r => r.RequestedBy).HasMaxLength(256);
            request.Property(r => r.BookedBy).HasMaxLength(256);
            request.HasOne<Beneficiary>().WithMany().HasForeignKey(r => r.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
            // Someone booked is not taken off the register from under their bookings.
            request.HasOne<Interpreter>().WithMany().HasForeignKey(r => r.InterpreterId).OnDelete(DeleteBehavior.Restrict);
            // A case's requests on its page.
            request.HasIndex(r => new { r.BeneficiaryId, r.StartsAt });
            // A person's bookings in a week, for the clash check and the ranking.
            request.HasIndex(r => new { r.InterpreterId, r.Day });
            request.HasIndex(r => new { r.TenantId, r.Status, r.StartsAt });
        });

        modelBuilder.Entity<RetentionPolicy>(policy =>
        {
            policy.ToTable("Support_RetentionPolicies");
            policy.Property(p => p.Id).ValueGeneratedNever();
            // Names, not numbers: the policies are read with other tools too.
            policy.Property(p => p.RecordType).HasConversion<string>().HasMaxLength(32);
            policy.Property(p => p.Unit).HasConversion<string>().HasMaxLength(16);
            policy.Property(p => p.ChangedBy).HasMaxLength(256);
            policy.Ignore(p => p.Period);
            // One choice per kind of record per organisation.
            policy.HasIndex(p => new { p.TenantId, p.OrganisationId, p.RecordType }).IsUnique();
        });

        modelBuilder.Entity<LegalHold>(hold =>
        {
            hold.ToTable("Support_LegalHolds");
            hold.Property(h => h.Id).ValueGeneratedNever();
            hold.Property(h => h.CaseNumber).HasMaxLength(32);
            hold.Property(h => h.Reason).HasMaxLength(LegalHold.MaxReasonLength);
            hold.Property(h => h.PlacedBy).HasMaxLength(256);
            hold.Property(h => h.LiftedBy).HasMaxLength(256);
            hold.Property(h => h.LiftReason).HasMaxLength(LegalHold.MaxReasonLength);
            hold.HasOne<Beneficiary>().WithMany().HasForeignKey(h => h.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
            // A case's holds on its page, and whether one stands, asked by every run.
            hold.HasIndex(h => new { h.BeneficiaryId, h.PlacedAt });
            hold.HasIndex(h => new { h.TenantId, h.OrganisationId, h.LiftedAt });
        });

        modelBuilder.Entity<RetentionRun>(run =>
        {
            run.ToTable("Support_RetentionRuns");
            run.Property(r => r.Id).ValueGeneratedNever();
            run.Property(r => r.Trigger).HasMaxLength(64);
            run.Property(r => r.Node).HasMaxLength(200);
            run.Property(r => r.Error).HasMaxLength(2000);
            run.HasMany(r => r.Results).WithOne().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
            // The claim: one run per tenant, day and trigger, whichever node inserts it first.
            run.HasIndex(r => new { r.TenantId, r.RunDate, r.Trigger }).IsUnique();
            run.HasIndex(r => new { r.TenantId, r.StartedAt });
        });

        modelBuilder.Entity<RetentionRunResult>(result =>
        {
            result.ToTable("Support_RetentionRunResults");
            result.Property(r => r.Id).ValueGeneratedNever();
            result.Property(r => r.RecordType).HasConversion<string>().HasMaxLength(32);
            result.Property(r => r.Action).HasConversion<string>().HasMaxLength(16);
            result.HasIndex(r => r.RunId);
        });
    }
}
