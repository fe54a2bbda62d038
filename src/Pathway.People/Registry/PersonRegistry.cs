using System.Linq.Expressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Pathway.People.Duplicates;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.People.Registry;

internal sealed class PersonRegistry(
    PathwayDbContext db, ITenantScopeAccessor scope, TimeProvider clock, IRegistryCheck check,
    IHttpContextAccessor http, IAuthorizationService authorization) : IPersonRegistry
{
    private const int MaxNameTokens = 4;

    public async Task<PersonSearchResult> SearchAsync(PersonSearchQuery query, CancellationToken cancellationToken = default)
    {
        // Records merged into another person are reached through that person's page.
        var persons = db.Set<Person>().AsNoTracking().Where(p => p.MergedIntoId == null);
        var criteria = new List<string>();

        if (!string.IsNullOrWhiteSpace(query.Name))
        {
            var words = SearchWords.Of(query.Name, MaxNameTokens);
            // A name of nothing but punctuation ("%", "_") finds no one, rather than everyone.
            persons = words.Count == 0 ? persons.Where(p => false) : persons.Where(NameStartsWithAny(words));
            foreach (var word in words)
            {
                persons = persons.Where(NameContains(word));
            }

            criteria.Add("name");
        }

        if (!string.IsNullOrWhiteSpace(query.DocumentNumber))
        {
            var number = IdentityDocument.NormaliseNumber(query.DocumentNumber);
            var holders = db.Set<IdentityDocument>().Where(d => d.Number == number).Select(d => d.PersonId);
            persons = persons.Where(p => holders.Contains(p.Id));
            criteria.Add("document");
        }

        if (query.BirthDate is { } birthDate)
        {
            persons = persons.Where(p => p.BirthDate == birthDate);
            criteria.Add("birthDate");
        }

        var limit = Math.Clamp(query.Limit, 1, 200);
        var found = await persons
            .OrderBy(p => p.SurnameKey).ThenBy(p => p.FullNameKey).ThenBy(p => p.Id)
            .Take(limit + 1)
            .Select(PersonSummary.FromPerson)
            .ToListAsync(cancellationToken);

        var shown = found.Take(limit).ToList();
        // Showing a result list discloses those persons, so the trail names them.
        await db.AuditNowAsync(new AuditRecord(
            AuditAction.Search, nameof(Person), "",
            Details: $"criteria={string.Join('+', criteria)}; results={string.Join(',', shown.Select(p => p.Id))}"), cancellationToken);
        return new PersonSearchResult(shown, found.Count > limit);
    }

    public async Task<PersonView?> GetAsync(Guid id, string? reason = null, CancellationToken cancellationToken = default)
    {
        var person = await db.Set<Person>().AsNoTracking().Include(p => p.Documents).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (person is null)
        {
            return null;
        }

        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(Person), id.ToString(), Reason: reason), cancellationToken);
        var mergedRecords = await db.Set<Person>().AsNoTracking().Where(p => p.MergedIntoId == id).Select(p => p.Id).ToListAsync(cancellationToken);
        return ToView(person) with { MergedIntoId = person.MergedIntoId, MergedRecordIds = mergedRecords };
    }

    public async Task<RegistryOutcome> RegisterAsync(PersonDetails details, IReadOnlyList<DocumentDetails> documents, Guid organisationId,
        RegistrationAcknowledgement acknowledged, CancellationToken cancellationToken = default)
    {
        // One document sent twice is one document (the unique index would refuse the second).
        documents = [.. documents.DistinctBy(d => (d.Kind, d.IssuingState.ToUpperInvariant(), IdentityDocument.NormaliseNumber(d.Number)))];
        // The one check of this registration, run before saving so the new record cannot match itself:
        // its result is what the caller is shown and what goes to the review queue in the same transaction
        // as the person. A refusal carries it too, so the page can show what the number clashes with.
        var found = await check.CheckAsync(details, documents, cancellationToken);
        var (refused, exceptions) = await RefusedAsync(null, documents, cancellationToken);
        if (refused is not null)
        {
            return refused with { Check = found };
        }

        if (!acknowledged.Covers(found))
        {
            return new RegistryOutcome.NotAcknowledged { Check = found };
        }

        exceptions.ForEach(db.Audit);

        var current = scope.Current;
        var now = clock.GetUtcNow().UtcDateTime;
        var person = Person.Register(details, current.TenantId, organisationId, now);
        foreach (var document in documents)
        {
            Add(person, document);
        }

        db.Add(person);
        foreach (var suspicion in RegistrationSuspicions.From(person, found, now))
        {
            db.Add(suspicion);
        }

        return await SaveAsync(person, documents, cancellationToken) with { Check = found };
    }

    public async Task<RegistryOutcome> AddDocumentAsync(Guid personId, DocumentDetails document, CancellationToken cancellationToken = default)
    {
        var person = await db.Set<Person>().Include(p => p.Documents).FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
        if (person is null)
        {
            return new RegistryOutcome.PersonNotFound();
        }

        var (refused, exceptions) = await RefusedAsync(person.Id, [document], cancellationToken);
        if (refused is not null)
        {
            return refused;
        }

        exceptions.ForEach(db.Audit);

        var now = clock.GetUtcNow().UtcDateTime;
        var signals = (await check.CheckDocumentsAsync([document], cancellationToken)).Where(s => s.OtherPersonId != person.Id).ToList();
        var added = Add(person, document);
        db.Add(added);
        foreach (var suspicion in RegistrationSuspicions.From(person, new RegistryCheckResult([], signals, 0, []), now))
        {
            // The same pair may be in the queue already (the number was added to one of them before).
            if (!await KnownSuspicions.ContainsAsync(db, suspicion, cancellationToken))
            {
                db.Add(suspicion);
            }
        }

        return await SaveAsync(person, [document], cancellationToken);
    }

    /// <summary>
    /// One number of a kind and issuing state, one person: refused when someone holds it, unless the
    /// caller is a supervisor and says why (the reason goes to the audit trail with the save: the caller
    /// audits the exceptions returned once it is sure to save).
    /// </summary>
    private async Task<(RegistryOutcome? Refused, List<AuditRecord> Exceptions)> RefusedAsync(Guid? personId, IReadOnlyList<DocumentDetails> documents, CancellationToken cancellationToken)
    {
        var exceptions = new List<AuditRecord>();
        foreach (var document in documents)
        {
            var holder = await HolderAsync(document, cancellationToken);
            if (holder is null)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(document.SharedNumberReason))
            {
                return (new RegistryOutcome.NumberHeld(holder), []);
            }

            if (!await MayRecordExceptionAsync())
            {
                return (new RegistryOutcome.ExceptionNotAllowed(), []);
            }

            exceptions.Add(new AuditRecord("shared-number-exception", nameof(IdentityDocument), personId?.ToString() ?? "", Reason: document.SharedNumberReason.Trim(),
                Details: $"kind={document.Kind}; number={IdentityDocument.NormaliseNumber(document.Number)}; issuingState={document.IssuingState}; holder={holder.PersonId}"));
        }

        return (null, exceptions);
    }

    /// <summary>Whoever holds the number in the tenant, in any unit: a passport is one person's wherever it was registered.</summary>
    private async Task<DocumentHolder?> HolderAsync(DocumentDetails document, CancellationToken cancellationToken)
    {
        var tenant = scope.Current.TenantId;
        var number = IdentityDocument.NormaliseNumber(document.Number);
        var state = document.IssuingState.ToUpperInvariant();
        var held = await db.Set<IdentityDocument>().IgnoreQueryFilters().AsNoTracking()
            .Where(d => d.TenantId == tenant && d.Kind == document.Kind && d.IssuingState == state && d.Number == number)
            .OrderBy(d => d.SharedNumberReason != null).Select(d => d.PersonId).FirstOrDefaultAsync(cancellationToken);
        if (held == Guid.Empty)
        {
            return null;
        }

        var person = await db.Set<Person>().IgnoreQueryFilters().AsNoTracking().Where(p => p.Id == held)
            .Select(p => new { p.TenantId, p.OrganisationId, p.Surname, p.GivenNames, p.MergedIntoId }).FirstAsync(cancellationToken);
        return scope.Current.CanSee(new Visible(person.TenantId, person.OrganisationId))
            ? new DocumentHolder(document.Kind, number, state, held, $"{person.Surname} {person.GivenNames}")
            : new DocumentHolder(document.Kind, number, state, null, null);
    }

    private async Task<bool> MayRecordExceptionAsync() =>
        http.HttpContext?.User is { } user && (await authorization.AuthorizeAsync(user, PeoplePermissions.DuplicatesReview)).Succeeded;

    private static IdentityDocument Add(Person person, DocumentDetails document)
    {
        var added = person.AddDocument(document.Kind, document.Number, document.IssuingState, document.IssuedOn, document.ExpiresOn);
        added.SharedNumberReason = string.IsNullOrWhiteSpace(document.SharedNumberReason) ? null : document.SharedNumberReason.Trim();
        return added;
    }

    private async Task<RegistryOutcome> SaveAsync(Person person, IReadOnlyList<DocumentDetails> documents, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new RegistryOutcome.Saved(ToView(person));
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            // Another officer saved the same number a moment ago: the index refused this one.
            db.ChangeTracker.Clear();
            foreach (var document in documents)
            {
                if (await HolderAsync(document, cancellationToken) is { } holder)
                {
                    return new RegistryOutcome.NumberHeld(holder);
                }
            }

            throw;
        }
    }

    internal static PersonView ToView(Person p) => new(
        p.Id, p.Surname, p.GivenNames, p.NativeSurname, p.NativeGivenNames, p.NativeScript, p.Sex, p.BirthDate, p.BirthPlace,
        p.Citizenship, p.OrganisationId, p.RegisteredAt,
        p.Documents.OrderBy(d => d.Kind).ThenBy(d => d.Number, StringComparer.Ordinal)
            .Select(d => new DocumentView(d.Id, d.Kind, d.Number, d.IssuingState, d.IssuedOn, d.ExpiresOn)).ToList());

    /// <summary>
    /// p => some word begins the surname (Latin or native search key), or the surname or given names
    /// as skeletons (so Kowalenko finds KOVALENKO, Petro alone finds PETRO): ranges rather than LIKE
    /// so that both databases answer from the indexes on those columns.
    /// </summary>
    private static Expression<Func<Person, bool>> NameStartsWithAny(IReadOnlyList<SearchWord> words)
    {
        var person = Expression.Parameter(typeof(Person), "p");
        Expression? any = null;
        foreach (var word in words)
        {
            foreach (var (column, prefix) in Prefixes(word))
            {
                var upper = prefix[..^1] + (char)(prefix[^1] + 1);
                var range = Expression.AndAlso(
                    Compare(Expression.Property(person, column), prefix, ExpressionType.GreaterThanOrEqual),
                    Compare(Expression.Property(person, column), upper, ExpressionType.LessThan));
                any = any is null ? range : Expression.OrElse(any, range);
            }
        }

        return Expression.Lambda<Func<Person, bool>>(any!, person);
    }

    private static IEnumerable<(string Column, string Prefix)> Prefixes(SearchWord word)
    {
        yield return (nameof(Person.SurnameKey), word.Key);
        yield return (nameof(Person.NativeSurnameKey), word.Key);
        foreach (var skeleton in word.Skeletons)
        {
            yield return (nameof(Person.SurnameSkeleton), skeleton);
            yield return (nameof(Person.GivenNamesSkeleton), skeleton);
        }
    }

    /// <summary>p => the word is somewhere in the full name (search key, Latin or native) or its skeletons; the rows are few by now.</summary>
    private static Expression<Func<Person, bool>> NameContains(SearchWord word)
    {
        var person = Expression.Parameter(typeof(Person), "p");
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        var columns = new List<(string, string)> { (nameof(Person.FullNameKey), word.Key), (nameof(Person.NativeFullNameKey), word.Key) };
        columns.AddRange(word.Skeletons.SelectMany(s => new[] { (nameof(Person.SurnameSkeleton), s), (nameof(Person.GivenNamesSkeleton), s) }));
        Expression? any = null;
        foreach (var (column, value) in columns)
        {
            var test = Expression.Call(Expression.Property(person, column), contains, Parameter(value));
            any = any is null ? test : Expression.OrElse(any, test);
        }

        return Expression.Lambda<Func<Person, bool>>(any!, person);
    }

    private static BinaryExpression Compare(Expression column, string value, ExpressionType comparison)
    {
        // string.Compare(column, value) >= 0 is what EF translates into a plain comparison.
        var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, column, Parameter(value));
        return Expression.MakeBinary(comparison, compare, Expression.Constant(0));
    }

    // Wrapping the value in a closure makes EF send it as a parameter instead of inlining it.
    private static Expression Parameter(string value) =>
        Expression.Property(Expression.Constant(new Boxed(value)), nameof(Boxed.Value));

    private sealed record Boxed(string Value);

    private sealed record Visible(Guid TenantId, Guid OrganisationId) : ITenantOwned;
}
