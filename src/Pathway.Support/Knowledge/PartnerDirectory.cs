using System.Globalization;
using System.Net.Mail;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Languages;

namespace Pathway.Support.Knowledge;

/// <summary>A partner as a form or the API sends it; <see cref="PartnerDirectory.Check(PartnerInput)"/> judges it whole.</summary>
public sealed record PartnerInput(
    string? Name, PartnerKind? Kind, IReadOnlyList<ServiceKind>? Services, IReadOnlyList<string>? Languages, string? Address, string? Phone,
    string? Email, string? Website, string? ContactPerson, string? Notes);

/// <summary>A meeting as a form or the API sends it.</summary>
public sealed record MeetingInput(DateOnly? HeldOn, string? Title, IReadOnlyList<Guid>? Partners, string? Place, string? Minutes, string? NextSteps);

public enum PartnerProblem
{
    NameMissing,
    KindMissing,
    ServiceUnknown,
    LanguageUnknown,
    TooManyLanguages,
    PhoneInvalid,
    EmailInvalid,
    WebsiteInvalid,
    TooLong,
    DayMissing,
    TitleMissing,
    PartnersMissing,
    PartnerUnknown,
    HasMeetings,
    NoOrganisation,
}

/// <summary>A problem, the field it is on (null for the request as a whole), and for a text too long its limit.</summary>
public sealed record PartnerRefusal(PartnerProblem Problem, string? Field, int Max = 0);

/// <summary>A partner as the directory shows it; <paramref name="Editable"/> when the reader's organisation recorded it and the reader may change it.</summary>
public sealed record PartnerEntry(
    Guid Id, Guid OrganisationId, string Organisation, string Name, PartnerKind Kind, IReadOnlyList<ServiceKind> Services, IReadOnlyList<string> Languages,
    string? Address, string? Phone, string? Email, string? Website, string? ContactPerson, string? Notes, DateTime CreatedAt, string CreatedBy, bool Editable);

public sealed record MeetingPartner(Guid Id, string Name);

public sealed record MeetingEntry(
    Guid Id, DateOnly HeldOn, string Title, string? Place, string? Minutes, string? NextSteps, IReadOnlyList<MeetingPartner> Partners, DateTime CreatedAt, string CreatedBy);

/// <summary>A partner with the meetings it attended that the reader may see.</summary>
public sealed record PartnerWithMeetings(PartnerEntry Partner, IReadOnlyList<MeetingEntry> Meetings);

/// <summary>What a reader asks of the directory: words of the name, a service, a language spoken (each optional).</summary>
public sealed record PartnerFilter(string? Search = null, ServiceKind? Service = null, string? Language = null);

/// <summary>
/// The directory of partner organisations and the meetings held with them. An entry names an
/// organisation and its contact, not a migrant: it is read across the office (past the organisation
/// filter), so that the office's units and its NGOs send people to the same addresses and do not
/// each record the same partner. Only the organisation that recorded an entry changes or removes it
/// (through the data scope). Meetings carry the organisation's own minutes and are read through the
/// data scope. The platform audits every change.
/// </summary>
public sealed class PartnerDirectory(PathwayDbContext db, ITenantScopeAccessor scope, OrganisationDirectory directory, PermissionCatalog access, TimeProvider clock)
{
    private const char Separator = ' ';

    private Guid Tenant => scope.Current.TenantId;

    public async Task<IReadOnlyList<PartnerEntry>> ListAsync(ClaimsPrincipal reader, PartnerFilter filter, CancellationToken cancellationToken = default)
    {
        var partners = await db.TenantRowsOf<Partner>(Tenant).AsNoTracking().ToListAsync(cancellationToken);
        var names = await NamesAsync(cancellationToken);
        var search = filter.Search?.Trim();
        // Matched here rather than in SQL: letter case and accents aside in any language, the same
        // on both databases, over an office's directory of a few hundred entries.
        return [.. partners
            .Where(p => string.IsNullOrEmpty(search) || CultureInfo.InvariantCulture.CompareInfo.IndexOf(p.Name, search, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0)
            .Where(p => filter.Service is not { } service || p.ServiceList.Contains(service))
            .Where(p => string.IsNullOrWhiteSpace(filter.Language) || p.LanguageList.Contains(filter.Language.Trim().ToLowerInvariant(), StringComparer.Ordinal))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .Select(p => Entry(p, names, reader))];
    }

    /// <summary>A partner with the meetings it attended that the reader may see; null when there is none.</summary>
    public async Task<PartnerWithMeetings?> GetAsync(Guid id, ClaimsPrincipal reader, CancellationToken cancellationToken = default)
    {
        var partner = await db.TenantRowsOf<Partner>(Tenant).AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null)
        {
            return null;
        }

        var meetings = await MeetingsAsync(db.Set<PartnerMeeting>().Where(m => m.Attendees.Any(a => a.PartnerId == id)), cancellationToken);
        return new PartnerWithMeetings(Entry(partner, await NamesAsync(cancellationToken), reader), meetings);
    }

    public async Task<(PartnerEntry? Partner, IReadOnlyList<PartnerRefusal> Problems)> CreateAsync(PartnerInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var problems = Check(input);
        if (user.GetOrganisationId() is not { } organisation)
        {
            problems.Add(new PartnerRefusal(PartnerProblem.NoOrganisation, null));
            return (null, problems);
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var partner = new Partner
        {
            TenantId = Tenant, OrganisationId = organisation, Name = input.Name!.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = user.Identity?.Name ?? "?",
        };
        Apply(partner, input);
        // The platform audits the new row itself.
        db.Add(partner);
        await db.SaveChangesAsync(cancellationToken);
        return (Entry(partner, await NamesAsync(cancellationToken), user), []);
    }

    /// <summary>Changes a partner the caller's organisation recorded; (null, no problems) when it has none such.</summary>
    public async Task<(PartnerEntry? Partner, IReadOnlyList<PartnerRefusal> Problems)> UpdateAsync(Guid id, PartnerInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var partner = await db.Set<Partner>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null)
        {
            return (null, []);
        }

        var problems = Check(input);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        partner.Name = input.Name!.Trim();
        Apply(partner, input);
        await db.SaveChangesAsync(cancellationToken);
        return (Entry(partner, await NamesAsync(cancellationToken), user), []);
    }

    /// <summary>
    /// Takes a partner the caller's organisation recorded off the directory. A partner that attended
    /// a meeting stays, or the meeting would lose who came: null when removed, else why not.
    /// </summary>
    public async Task<PartnerProblem?> RemoveAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var partner = await db.Set<Partner>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (partner is null)
        {
            return PartnerProblem.PartnerUnknown;
        }

        if (await db.Set<MeetingAttendee>().AnyAsync(a => a.PartnerId == id, cancellationToken))
        {
            return PartnerProblem.HasMeetings;
        }

        db.Remove(partner);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The meetings the reader's organisation recorded, the newest first.</summary>
    public Task<IReadOnlyList<MeetingEntry>> MeetingsAsync(CancellationToken cancellationToken = default) => MeetingsAsync(db.Set<PartnerMeeting>(), cancellationToken);

    public async Task<MeetingEntry?> MeetingAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await MeetingsAsync(db.Set<PartnerMeeting>().Where(m => m.Id == id), cancellationToken)).FirstOrDefault();

    public async Task<(MeetingEntry? Meeting, IReadOnlyList<PartnerRefusal> Problems)> RecordMeetingAsync(MeetingInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var problems = Check(input, await KnownAsync(input.Partners, cancellationToken));
        if (user.GetOrganisationId() is not { } organisation)
        {
            problems.Add(new PartnerRefusal(PartnerProblem.NoOrganisation, null));
            return (null, problems);
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var meeting = new PartnerMeeting
        {
            TenantId = Tenant, OrganisationId = organisation, HeldOn = input.HeldOn!.Value, Title = input.Title!.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = user.Identity?.Name ?? "?",
        };
        Apply(meeting, input);
        meeting.Attendees.AddRange(input.Partners!.Distinct().Select(p => new MeetingAttendee { MeetingId = meeting.Id, PartnerId = p }));
        db.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return (await MeetingAsync(meeting.Id, cancellationToken), []);
    }

    /// <summary>Changes a meeting the caller's organisation recorded; (null, no problems) when it has none such.</summary>
    public async Task<(MeetingEntry? Meeting, IReadOnlyList<PartnerRefusal> Problems)> UpdateMeetingAsync(Guid id, MeetingInput input, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Set<PartnerMeeting>().Include(m => m.Attendees).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return (null, []);
        }

        var problems = Check(input, await KnownAsync(input.Partners, cancellationToken));
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        meeting.HeldOn = input.HeldOn!.Value;
        meeting.Title = input.Title!.Trim();
        Apply(meeting, input);
        var wanted = input.Partners!.ToHashSet();
        var gone = meeting.Attendees.Where(a => !wanted.Contains(a.PartnerId)).ToList();
        var come = wanted.Where(p => meeting.Attendees.All(a => a.PartnerId != p)).ToList();
        db.RemoveRange(gone);
        meeting.Attendees.AddRange(come.Select(p => new MeetingAttendee { MeetingId = meeting.Id, PartnerId = p }));
        if (gone.Count > 0 || come.Count > 0)
        {
            // Who came is not a column of the meeting's row, which the platform audits by itself.
            db.Audit(new AuditRecord(AuditAction.Update, nameof(PartnerMeeting), id.ToString(), Details: "Attendees"));
        }

        await db.SaveChangesAsync(cancellationToken);
        return (await MeetingAsync(id, cancellationToken), []);
    }

    public async Task<bool> RemoveMeetingAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var meeting = await db.Set<PartnerMeeting>().Include(m => m.Attendees).FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (meeting is null)
        {
            return false;
        }

        db.Remove(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>What is wrong with a partner, every field at once.</summary>
    internal static List<PartnerRefusal> Check(PartnerInput input)
    {
        var problems = new List<PartnerRefusal>();
        Text(input.Name, "name", Partner.MaxNameLength, PartnerProblem.NameMissing, problems);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            problems.Add(new PartnerRefusal(PartnerProblem.KindMissing, "kind"));
        }

        if (input.Services?.Any(s => !Enum.IsDefined(s)) == true)
        {
            problems.Add(new PartnerRefusal(PartnerProblem.ServiceUnknown, "services"));
        }

        var languages = LanguagesOf(input.Languages);
        if (languages.Any(l => !LanguageNames.IsKnown(l)))
        {
            problems.Add(new PartnerRefusal(PartnerProblem.LanguageUnknown, "languages"));
        }
        else if (languages.Count > Partner.MaxLanguages)
        {
            problems.Add(new PartnerRefusal(PartnerProblem.TooManyLanguages, "languages", Partner.MaxLanguages));
        }

        Text(input.Address, "address", Partner.MaxAddressLength, null, problems);
        if (Blank(input.Phone) is { } phone && !IsPhone(phone))
        {
            problems.Add(new PartnerRefusal(PartnerProblem.PhoneInvalid, "phone"));
        }

        if (Blank(input.Email) is { } email && !IsEmail(email))
        {
            problems.Add(new PartnerRefusal(PartnerProblem.EmailInvalid, "email"));
        }

        if (Blank(input.Website) is { } website && Website(website) is null)
        {
            problems.Add(new PartnerRefusal(PartnerProblem.WebsiteInvalid, "website"));
        }

        Text(input.ContactPerson, "contactPerson", Partner.MaxNameLength, null, problems);
        Text(input.Notes, "notes", Partner.MaxNotesLength, null, problems);
        return problems;
    }

    /// <summary>What is wrong with a meeting, every field at once; <paramref name="known"/> are the partners of the directory among those named.</summary>
    internal static List<PartnerRefusal> Check(MeetingInput input, IReadOnlySet<Guid> known)
    {
        var problems = new List<PartnerRefusal>();
        if (input.HeldOn is null)
        {
            problems.Add(new PartnerRefusal(PartnerProblem.DayMissing, "heldOn"));
        }

        Text(input.Title, "title", PartnerMeeting.MaxTitleLength, PartnerProblem.TitleMissing, problems);
        if (input.Partners is null || input.Partners.Count == 0)
        {
            problems.Add(new PartnerRefusal(PartnerProblem.PartnersMissing, "partners"));
        }
        else if (input.Partners.Any(p => !known.Contains(p)))
        {
            problems.Add(new PartnerRefusal(PartnerProblem.PartnerUnknown, "partners"));
        }

        Text(input.Place, "place", PartnerMeeting.MaxPlaceLength, null, problems);
        Text(input.Minutes, "minutes", PartnerMeeting.MaxMinutesLength, null, problems);
        Text(input.NextSteps, "nextSteps", PartnerMeeting.MaxNextStepsLength, null, problems);
        return problems;
    }

    /// <summary>A telephone number as people write it: digits (at least three), spaces, +, brackets, dashes, dots, slashes.</summary>
    internal static bool IsPhone(string value) =>
        value.Length <= Partner.MaxPhoneLength && value.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-' or '.' or '/') && value.Count(char.IsAsciiDigit) >= 3;

    /// <summary>One address, nothing around it, with a domain that has a dot.</summary>
    internal static bool IsEmail(string value) =>
        value.Length <= Partner.MaxEmailLength && !value.Any(char.IsWhiteSpace) && MailAddress.TryCreate(value, out var address)
        && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal);

    /// <summary>The address of a website over http or https, with https:// added when it is written without; null when it is no such address.</summary>
    internal static string? Website(string value)
    {
        var written = value.Contains("://", StringComparison.Ordinal) ? value : "https://" + value;
        return written.Length <= Partner.MaxWebsiteLength && !written.Any(char.IsWhiteSpace) && Uri.TryCreate(written, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.', StringComparison.Ordinal)
            ? written
            : null;
    }

    private static void Apply(Partner partner, PartnerInput input)
    {
        partner.Kind = input.Kind!.Value;
        partner.Services = string.Join(Separator, Enum.GetValues<ServiceKind>().Where(s => input.Services?.Contains(s) == true));
        partner.Languages = string.Join(Separator, LanguagesOf(input.Languages));
        partner.Address = Blank(input.Address);
        partner.Phone = Blank(input.Phone);
        partner.Email = Blank(input.Email);
        partner.Website = Blank(input.Website) is { } website ? Website(website) : null;
        partner.ContactPerson = Blank(input.ContactPerson);
        partner.Notes = Blank(input.Notes);
    }

    private static void Apply(PartnerMeeting meeting, MeetingInput input)
    {
        meeting.Place = Blank(input.Place);
        meeting.Minutes = Blank(input.Minutes);
        meeting.NextSteps = Blank(input.NextSteps);
    }

    private static List<string> LanguagesOf(IReadOnlyList<string>? languages) =>
        [.. (languages ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    private async Task<IReadOnlySet<Guid>> KnownAsync(IReadOnlyList<Guid>? partners, CancellationToken cancellationToken)
    {
        var ids = (partners ?? []).Distinct().ToList();
        return ids.Count == 0 ? new HashSet<Guid>() : (await db.TenantRowsOf<Partner>(Tenant).Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
    }

    private async Task<IReadOnlyList<MeetingEntry>> MeetingsAsync(IQueryable<PartnerMeeting> meetings, CancellationToken cancellationToken)
    {
        var found = await meetings.AsNoTracking().Include(m => m.Attendees).OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.CreatedAt).ToListAsync(cancellationToken);
        var ids = found.SelectMany(m => m.Attendees).Select(a => a.PartnerId).Distinct().ToList();
        var names = await db.TenantRowsOf<Partner>(Tenant).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        return [.. found.Select(m => new MeetingEntry(
            m.Id, m.HeldOn, m.Title, m.Place, m.Minutes, m.NextSteps,
            [.. m.Attendees.Select(a => new MeetingPartner(a.PartnerId, names.GetValueOrDefault(a.PartnerId, "?"))).OrderBy(p => p.Name, StringComparer.CurrentCulture)],
            m.CreatedAt, m.CreatedBy))];
    }

    private PartnerEntry Entry(Partner p, IReadOnlyDictionary<Guid, string> names, ClaimsPrincipal reader)
    {
        var current = scope.Current;
        var editable = (current.AllOrganisations || current.OrganisationIds.Contains(p.OrganisationId)) && access.IsGranted(reader, SupportPermissions.PartnersManage);
        return new PartnerEntry(
            p.Id, p.OrganisationId, names.GetValueOrDefault(p.OrganisationId, ""), p.Name, p.Kind, p.ServiceList, p.LanguageList, p.Address, p.Phone, p.Email,
            p.Website, p.ContactPerson, p.Notes, p.CreatedAt, p.CreatedBy, editable);
    }

    private async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(CancellationToken cancellationToken) =>
        (await directory.GetAsync(cancellationToken)).Organisations.Where(o => o.TenantId == Tenant).ToDictionary(o => o.Id, o => o.Name);

    /// <summary>A text that must be there (unless <paramref name="missing"/> is null) and not longer than the directory keeps.</summary>
    private static void Text(string? value, string field, int max, PartnerProblem? missing, List<PartnerRefusal> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (missing is { } problem)
            {
                problems.Add(new PartnerRefusal(problem, field));
            }
        }
        else if (value.Trim().Length > max)
        {
            problems.Add(new PartnerRefusal(PartnerProblem.TooLong, field, max));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
