using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Registry;
using Pathway.Platform.Tenancy;
using Pathway.Support.Numbering;
using Pathway.Support.Referrals;
using Pathway.Support.Sealing;
using Pathway.Support.Transfers;

namespace Pathway.Support.Beneficiaries;

/// <summary>Who comes to the advisory point, as the intake form or the API sends it.</summary>
/// <param name="BirthDateUnreadable">The form's birth date could not be read (rather than left out).</param>
/// <param name="ConsentsToServices">The person consented to receive the organisation's services (required when that is the legal basis).</param>
/// <param name="RegisterAnyway">The worker saw the possible duplicates (the organisation's cases, the registry's persons) and says this is someone else.</param>
/// <param name="PersonId">The person registry's record of this person, which the worker recognised: the case is linked to it.</param>
public sealed record IntakeInput(
    string? GivenNames, string? Surname, DateOnly? BirthDate, Sex? Sex, string? Citizenship, string? Language, LegalBasis? LegalBasis,
    bool ConsentsToServices, bool RegisterAnyway = false, bool BirthDateUnreadable = false, Guid? PersonId = null);

public enum IntakeProblem
{
    GivenNamesMissing,
    SurnameMissing,
    NameTooLong,
    BirthDateUnreadable,
    BirthDateInFuture,
    CitizenshipUnknown,
    LanguageUnknown,
    LegalBasisMissing,
    ServicesConsentMissing,
    NoOrganisation,
    PersonUnknown,
}

public sealed record IntakeRefusal(IntakeProblem Problem, string Field);

/// <summary>A beneficiary the duplicate check found: the number always, the name only to those who may open the case.</summary>
public sealed record PossibleDuplicate(Guid? Id, string Number, string? Name, DateOnly? BirthDate);

/// <summary>
/// What an intake did: saved the beneficiary, or found possible duplicates to look at first (the
/// organisation's cases, and the person registry's records the worker may see), or refused the input.
/// </summary>
public sealed record IntakeOutcome(Beneficiary? Saved, IReadOnlyList<PossibleDuplicate> Duplicates, IReadOnlyList<IntakeRefusal> Problems)
{
    public IReadOnlyList<RegistryPerson> RegistryMatches { get; init; } = [];

    public bool FoundAny => Duplicates.Count > 0 || RegistryMatches.Count > 0;
}

public enum ConsentProblem
{
    RecipientMissing,
    RecipientTooLong,
    RecipientUnknown,
    AlreadyGiven,
    NotFound,
    AlreadyRevoked,
    CaseClosed,
}

/// <summary>A beneficiary as its team reads it: the case, its consents, and the organisations data may go to.</summary>
public sealed record BeneficiaryFile(Beneficiary Beneficiary, IReadOnlyList<Consent> Consents, IReadOnlyDictionary<Guid, string> OrganisationNames);

/// <summary>
/// Intake and the case file of the people an advisory point or NGO supports. Need-to-know: a case
/// opens to its team and to its organisation's supervisors only (the platform's data scope keeps
/// other organisations out already), so a colleague of the same NGO who is not on the team sees
/// neither the case nor its name in a list. Every opening and every change is audited.
/// </summary>
public sealed class BeneficiaryDesk(
    PathwayDbContext db, ITenantScopeAccessor scope, PermissionCatalog permissions, OrganisationDirectory directory, TimeProvider clock, IEnumerable<IRegistryPersons> registries)
{
    private Guid Tenant => scope.Current.TenantId;

    public bool Supervises(ClaimsPrincipal user) => permissions.IsGranted(user, SupportPermissions.BeneficiariesSupervise);

    /// <summary>
    /// The beneficiaries <paramref name="user"/> may open: their team's, or all of their
    /// organisation's but the sealed ones for a supervisor; and those they opened by break-glass, while that lasts.
    /// </summary>
    internal IQueryable<Beneficiary> Visible(ClaimsPrincipal user)
    {
        var cases = db.Set<Beneficiary>().Where(b => b.TenantId == Tenant);
        var me = user.GetUserId() ?? Guid.Empty;
        var now = clock.GetUtcNow().UtcDateTime;
        var glass = db.Set<BreakGlassAccess>().Where(a => a.UserId == me && a.ExpiresAt > now).Select(a => a.BeneficiaryId);
        return Supervises(user)
            ? cases.Where(b => b.SealedAt == null || b.Team.Any(m => m.UserId == me) || glass.Contains(b.Id))
            : cases.Where(b => b.Team.Any(m => m.UserId == me) || glass.Contains(b.Id));
    }

    /// <summary>
    /// The cases a supervisor's figures count: all of their organisation's, the sealed ones too (a
    /// count names no one); for anyone else, those they may open.
    /// </summary>
    internal IQueryable<Beneficiary> Counted(ClaimsPrincipal user) =>
        Supervises(user) ? db.Set<Beneficiary>().Where(b => b.TenantId == Tenant) : Visible(user);

    /// <summary>Null when the user may not open the case; else whether it is closed (nothing new is recorded on a closed case).</summary>
    internal async Task<bool?> IsClosedAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await Visible(user).Where(b => b.Id == id).Select(b => (bool?)(b.ClosedAt != null)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The cases the user may open, the newest first, found by number or name when <paramref name="search"/> is given. Audited as a search.</summary>
    /// <param name="closed">Only the closed cases (true), only the open ones (false), or both (null).</param>
    public async Task<IReadOnlyList<Beneficiary>> ListAsync(ClaimsPrincipal user, string? search, int most, CancellationToken cancellationToken = default, bool? closed = null)
    {
        var query = Visible(user).AsNoTracking();
        if (closed is { } wanted)
        {
            query = wanted ? query.Where(b => b.ClosedAt != null) : query.Where(b => b.ClosedAt == null);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var folded = Fold(search);
            var number = search.Trim().ToUpperInvariant();
            query = query.Where(b => b.Number == number || b.MatchKey.Contains(folded));
            await db.AuditNowAsync(new AuditRecord(AuditAction.Search, nameof(Beneficiary), "", Details: "support cases searched"), cancellationToken);
        }

        return await query.OrderByDescending(b => b.CreatedAt).Take(most).ToListAsync(cancellationToken);
    }

    /// <summary>Opens a case the user may see, with its consents; null otherwise. Audited as a read.</summary>
    public async Task<BeneficiaryFile?> OpenAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var beneficiary = await Visible(user).AsNoTracking().Include(b => b.Team).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (beneficiary is null)
        {
            return null;
        }

        var consents = await ConsentsAsync(id, cancellationToken);
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(Beneficiary), id.ToString()), cancellationToken);
        return new BeneficiaryFile(beneficiary, consents, await OrganisationNamesAsync(cancellationToken));
    }

    /// <summary>A case's consents, the oldest first, for a page that opened the case already in this request.</summary>
    internal async Task<IReadOnlyList<Consent>> ConsentsAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Set<Consent>().AsNoTracking().Where(c => c.BeneficiaryId == id).OrderBy(c => c.GivenAt).ToListAsync(cancellationToken);

    /// <summary>The other organisations of the office on the platform, which a consent may name.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> OrganisationNamesAsync(CancellationToken cancellationToken = default) =>
        (await directory.GetAsync(cancellationToken)).Organisations.Where(o => o.TenantId == Tenant).ToDictionary(o => o.Id, o => o.Name);

    /// <summary>
    /// Registers a beneficiary once: a person with the same names (letter case, accents, spacing
    /// and their order aside) and birth date in the organisation is shown first, and saved only
    /// when the worker says it is someone else. With consent as the legal basis, the consent to
    /// receive services is recorded with it.
    /// </summary>
    public async Task<IntakeOutcome> IntakeAsync(IntakeInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var problems = Check(input, clock.GetUtcNow());
        var organisation = user.GetOrganisationId();
        if (organisation is null)
        {
            problems.Add(new IntakeRefusal(IntakeProblem.NoOrganisation, "body"));
        }

        if (problems.Count > 0)
        {
            return new IntakeOutcome(null, [], problems);
        }

        // The registry's record the worker recognised must be one they may see; the registry audits the look-up.
        var registry = registries.FirstOrDefault();
        RegistryPerson? linked = null;
        if (input.PersonId is { } personId && (registry is null || (linked = await registry.FindAsync(personId, user, cancellationToken)) is null))
        {
            return new IntakeOutcome(null, [], [new IntakeRefusal(IntakeProblem.PersonUnknown, "personId")]);
        }

        var key = MatchKey(input.GivenNames!, input.Surname!, input.BirthDate);
        var swapped = MatchKey(input.Surname!, input.GivenNames!, input.BirthDate);
        if (!input.RegisterAnyway)
        {
            // The organisation's cases with the same names and date, or linked to the same registry record.
            var person = linked?.Id;
            var same = await db.Set<Beneficiary>().AsNoTracking()
                .Where(b => b.TenantId == Tenant && (b.MatchKey == key || b.MatchKey == swapped || (person != null && b.PersonId == person)))
                .Select(b => new { b.Id, b.Number, b.GivenNames, b.Surname, b.BirthDate, b.SealedAt }).ToListAsync(cancellationToken);
            var ids = same.Select(b => b.Id).ToList();
            var visible = (await Visible(user).Where(b => ids.Contains(b.Id)).Select(b => b.Id).ToListAsync(cancellationToken)).ToHashSet();
            // A sealed case the worker may not open is not named at all, not even by its number.
            same = [.. same.Where(b => b.SealedAt == null || visible.Contains(b.Id))];
            // The registry is asked only until the worker has recognised the person in it.
            IReadOnlyList<RegistryPerson> matches = linked is null && registry is not null
                ? await registry.LikelyAsync(input.GivenNames!.Trim(), input.Surname!.Trim(), input.BirthDate, user, cancellationToken)
                : [];
            if (same.Count > 0 || matches.Count > 0)
            {
                if (same.Count > 0)
                {
                    await db.AuditNowAsync(new AuditRecord(AuditAction.Search, nameof(Beneficiary), "", Details: $"intake duplicate check: {same.Count} found"), cancellationToken);
                }

                return new IntakeOutcome(null, [.. same.Select(b => visible.Contains(b.Id)
                    ? new PossibleDuplicate(b.Id, b.Number, $"{b.GivenNames} {b.Surname}", b.BirthDate)
                    : new PossibleDuplicate(null, b.Number, null, null))], [])
                { RegistryMatches = matches };
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var beneficiary = new Beneficiary
        {
            TenantId = Tenant,
            OrganisationId = organisation!.Value,
            Number = await NextNumberAsync(organisation.Value, now.Year, cancellationToken),
            GivenNames = input.GivenNames!.Trim(),
            Surname = input.Surname!.Trim(),
            BirthDate = input.BirthDate,
            Sex = input.Sex ?? Sex.Unknown,
            Citizenship = string.IsNullOrWhiteSpace(input.Citizenship) ? null : input.Citizenship.Trim().ToUpperInvariant(),
            Language = SupportedCultures.ByCode(input.Language)!.Code,
            LegalBasis = input.LegalBasis!.Value,
            MatchKey = key,
            PersonId = linked?.Id,
            CreatedAt = now,
            CreatedBy = user.Identity?.Name ?? "?",
        };
        beneficiary.Team.Add(new CaseTeamMember { BeneficiaryId = beneficiary.Id, UserId = user.GetUserId() ?? Guid.Empty, Name = user.Identity?.Name ?? "?", AddedAt = now });
        beneficiary.Told(CaseStanding.New);
        db.Add(beneficiary);
        if (input.ConsentsToServices)
        {
            db.Add(new Consent { BeneficiaryId = beneficiary.Id, Kind = ConsentKind.ReceiveServices, GivenAt = now, RecordedBy = beneficiary.CreatedBy, Language = beneficiary.Language });
        }

        // The platform audits the new rows itself; a match the worker set aside is worth its own entry.
        if (input.RegisterAnyway)
        {
            db.Audit(new AuditRecord("duplicate-override", nameof(Beneficiary), beneficiary.Id.ToString(), Reason: "registered although the duplicate check found a match"));
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new IntakeOutcome(beneficiary, [], []);
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Two intakes took the same number at once (the unique index refused the second): the next one is free.
                beneficiary.Number = await NextNumberAsync(organisation.Value, now.Year, cancellationToken);
            }
        }
    }

    /// <summary>Records a consent the person gave: to receive services, or to have data disclosed to one organisation (on the platform, or outside it by name).</summary>
    public async Task<(Consent? Consent, ConsentProblem? Problem)> GiveAsync(
        Guid beneficiaryId, ConsentKind kind, Guid? recipientOrganisationId, string? recipientName, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var beneficiary = await Visible(user).AsNoTracking().FirstOrDefaultAsync(b => b.Id == beneficiaryId, cancellationToken);
        if (beneficiary is null)
        {
            return (null, ConsentProblem.NotFound);
        }

        if (beneficiary.IsClosed)
        {
            return (null, ConsentProblem.CaseClosed);
        }

        var name = string.IsNullOrWhiteSpace(recipientName) ? null : recipientName.Trim();
        if (kind == ConsentKind.DiscloseTo)
        {
            if (recipientOrganisationId is null && name is null)
            {
                return (null, ConsentProblem.RecipientMissing);
            }

            if (name?.Length > Consent.MaxRecipientLength)
            {
                return (null, ConsentProblem.RecipientTooLong);
            }

            if (recipientOrganisationId is { } other && (other == beneficiary.OrganisationId || !(await OrganisationNamesAsync(cancellationToken)).ContainsKey(other)))
            {
                return (null, ConsentProblem.RecipientUnknown);
            }
        }
        else
        {
            recipientOrganisationId = null;
            name = null;
        }

        var active = await db.Set<Consent>().AnyAsync(c => c.BeneficiaryId == beneficiaryId && c.Kind == kind && c.RevokedAt == null
            && c.RecipientOrganisationId == recipientOrganisationId && c.RecipientName == name, cancellationToken);
        if (active)
        {
            return (null, ConsentProblem.AlreadyGiven);
        }

        var consent = new Consent
        {
            BeneficiaryId = beneficiaryId, Kind = kind, RecipientOrganisationId = recipientOrganisationId, RecipientName = name,
            GivenAt = clock.GetUtcNow().UtcDateTime, RecordedBy = user.Identity?.Name ?? "?", Language = beneficiary.Language,
        };
        db.Add(consent);
        db.Audit(new AuditRecord(AuditAction.Create, nameof(Consent), consent.Id.ToString(), Details: $"{beneficiary.Number}: {kind} {recipientOrganisationId?.ToString() ?? name}"));
        await db.SaveChangesAsync(cancellationToken);
        return (consent, null);
    }

    /// <summary>The person's active consent to disclose to a receiver (of a referral or a transfer): on the platform by its id, outside it by its name (letter case and accents aside).</summary>
    internal async Task<Consent?> DisclosureConsentAsync(Guid beneficiaryId, Guid? organisation, string? name, CancellationToken cancellationToken)
    {
        var active = await db.Set<Consent>().AsNoTracking()
            .Where(c => c.BeneficiaryId == beneficiaryId && c.Kind == ConsentKind.DiscloseTo && c.RevokedAt == null).ToListAsync(cancellationToken);
        var folded = name is null ? null : Fold(name);
        return organisation is { } id
            ? active.FirstOrDefault(c => c.RecipientOrganisationId == id)
            : active.FirstOrDefault(c => c.RecipientOrganisationId is null && c.RecipientName is { } named && Fold(named) == folded);
    }

    /// <summary>
    /// Revokes a consent from now on; what was disclosed before stays as it was, and the consent stays
    /// on record as revoked. Referrals and transfers waiting under it are withdrawn with it.
    /// </summary>
    public async Task<(Consent? Consent, ConsentProblem? Problem)> RevokeAsync(Guid beneficiaryId, Guid consentId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await Visible(user).AnyAsync(b => b.Id == beneficiaryId, cancellationToken))
        {
            return (null, ConsentProblem.NotFound);
        }

        var consent = await db.Set<Consent>().FirstOrDefaultAsync(c => c.Id == consentId && c.BeneficiaryId == beneficiaryId, cancellationToken);
        if (consent is null)
        {
            return (null, ConsentProblem.NotFound);
        }

        if (!consent.IsActive)
        {
            return (consent, ConsentProblem.AlreadyRevoked);
        }

        consent.RevokedAt = clock.GetUtcNow().UtcDateTime;
        consent.RevokedBy = user.Identity?.Name ?? "?";
        db.Audit(new AuditRecord(AuditAction.Update, nameof(Consent), consent.Id.ToString(), Details: "revoked"));
        await WithdrawReferralsAsync(consent, cancellationToken);
        var names = await OrganisationNamesAsync(cancellationToken);
        await TransferDesk.WithdrawUnderAsync(db, Tenant, consent, names.GetValueOrDefault(user.GetOrganisationId() ?? Guid.Empty) ?? "?", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return (consent, null);
    }

    /// <summary>
    /// Referrals sent under a consent now revoked that the receiver has not accepted yet are revoked
    /// with it: what they carried is erased before anyone acts on it. An accepted one stays, as the
    /// disclosure happened while the consent stood.
    /// </summary>
    private async Task WithdrawReferralsAsync(Consent consent, CancellationToken cancellationToken)
    {
        var pending = await db.Set<Referral>().Where(r => r.ConsentId == consent.Id && r.Status == ReferralStatus.Sent).ToListAsync(cancellationToken);
        IReadOnlyDictionary<Guid, string> names = pending.Count == 0 ? new Dictionary<Guid, string>() : await OrganisationNamesAsync(cancellationToken);
        foreach (var referral in pending)
        {
            referral.Status = ReferralStatus.Revoked;
            referral.ChangedAt = consent.RevokedAt!.Value;
            referral.Contents = null;
            db.Add(new ReferralStep
            {
                ReferralId = referral.Id, Status = ReferralStatus.Revoked, At = consent.RevokedAt.Value, By = consent.RevokedBy!,
                ByOrganisation = names.GetValueOrDefault(referral.OrganisationId) ?? "?", Reason = ReferralStep.ConsentRevoked,
            });
        }
    }

    private static List<IntakeRefusal> Check(IntakeInput input, DateTimeOffset now)
    {
        var problems = new List<IntakeRefusal>();
        Name(input.GivenNames, "givenNames", IntakeProblem.GivenNamesMissing, problems);
        Name(input.Surname, "surname", IntakeProblem.SurnameMissing, problems);
        if (input.BirthDateUnreadable)
        {
            problems.Add(new IntakeRefusal(IntakeProblem.BirthDateUnreadable, "birthDate"));
        }
        else if (input.BirthDate is { } born && born > DateOnly.FromDateTime(now.UtcDateTime.AddDays(1)))
        {
            problems.Add(new IntakeRefusal(IntakeProblem.BirthDateInFuture, "birthDate"));
        }

        if (!string.IsNullOrWhiteSpace(input.Citizenship) && !IsCountryCode(input.Citizenship.Trim()))
        {
            problems.Add(new IntakeRefusal(IntakeProblem.CitizenshipUnknown, "citizenship"));
        }

        if (SupportedCultures.ByCode(input.Language) is null)
        {
            problems.Add(new IntakeRefusal(IntakeProblem.LanguageUnknown, "language"));
        }

        if (input.LegalBasis is not { } basis || !Enum.IsDefined(basis))
        {
            problems.Add(new IntakeRefusal(IntakeProblem.LegalBasisMissing, "legalBasis"));
        }
        else if (basis == LegalBasis.Consent && !input.ConsentsToServices)
        {
            problems.Add(new IntakeRefusal(IntakeProblem.ServicesConsentMissing, "consentsToServices"));
        }

        return problems;
    }

    private static void Name(string? value, string field, IntakeProblem missing, List<IntakeRefusal> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new IntakeRefusal(missing, field));
        }
        else if (value.Trim().Length > Beneficiary.MaxNameLength)
        {
            problems.Add(new IntakeRefusal(IntakeProblem.NameTooLong, field));
        }
    }

    // Three capital letters as ICAO 9303 writes nationality (D for Germany is written D<<).
    private static bool IsCountryCode(string code) =>
        code.Length is >= 1 and <= 3 && code.All(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z');

    /// <summary>
    /// The organisation's next case number of the year: one past the highest it ever gave, counting
    /// the cases it has transferred away, so a number its lists still show is never given twice.
    /// </summary>
    internal async Task<string> NextNumberAsync(Guid organisation, int year, CancellationToken cancellationToken)
    {
        var prefix = YearSeries.Prefix("B", year);
        var held = await db.TenantRowsOf<Beneficiary>(Tenant).Where(b => b.OrganisationId == organisation && b.Number.StartsWith(prefix))
            .OrderByDescending(b => b.Number).Select(b => b.Number).FirstOrDefaultAsync(cancellationToken);
        var given = await db.TenantRowsOf<Transfer>(Tenant).Where(t => t.OrganisationId == organisation && t.CaseNumber.StartsWith(prefix))
            .OrderByDescending(t => t.CaseNumber).Select(t => t.CaseNumber).FirstOrDefaultAsync(cancellationToken);
        return YearSeries.Next(prefix, held, given);
    }

    public static string MatchKey(string first, string second, DateOnly? born) =>
        $"{Fold(first)}|{Fold(second)}|{born?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"}";

    /// <summary>Upper case without accents or repeated spaces; Ł, which has no decomposition, becomes L.</summary>
    internal static string Fold(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var upper = char.ToUpperInvariant(c is 'ł' or 'Ł' ? 'L' : c);
            if (char.IsWhiteSpace(upper))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                {
                    builder.Append(' ');
                }
            }
            else
            {
                builder.Append(upper);
            }
        }

        return builder.ToString();
    }
}
