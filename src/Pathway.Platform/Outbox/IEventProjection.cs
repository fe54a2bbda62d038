using Pathway.Platform.Persistence;

namespace Pathway.Platform.Outbox;

/// <summary>
/// The events of one kind a module would raise for everything it holds now, told as rows of a query
/// the database runs itself: what a reader rebuilds from when the events are counted in tens of
/// millions (every line of every case's timeline), where telling each as an object would cost a read,
/// an object and a write each. The reader puts the query inside its own statement
/// (<c>INSERT … SELECT … FROM (query)</c>), so the rows never leave the database. The same events as
/// the module raises to the outbox, and as <see cref="IEventReplay"/> would tell them: a module
/// offers one or the other for an event, never both.
/// </summary>
/// <remarks>
/// The query's columns are named as the event's properties and hold them as the model stores values of
/// their type on the provider (on SQLite a Guid upper-case text, a day ISO text). It is run a page at a
/// time, the records whose key lies after <c>@after</c> and up to <c>@last</c>: parameters the reader
/// binds, so each page commits on its own and other writers wait for a page, never for the rebuild.
/// </remarks>
public interface IEventProjection
{
    /// <summary>The records it projects, in words for progress lines, e.g. "case steps".</summary>
    string Name { get; }

    /// <summary>The event each row is, e.g. <c>CaseStepTaken</c>.</summary>
    Type Event { get; }

    /// <summary>How many rows the query gives for the tenant, for progress.</summary>
    Task<long> CountAsync(Guid tenantId, CancellationToken cancellationToken);

    /// <summary>
    /// The keys that end the pages, in key order, each page about <paramref name="rows"/> rows; the
    /// last page runs to the end and has no key here. <paramref name="total"/> is what
    /// <see cref="CountAsync"/> gave: counting tens of millions of rows once is enough.
    /// </summary>
    Task<IReadOnlyList<Guid>> PageEndsAsync(Guid tenantId, int rows, long total, CancellationToken cancellationToken);

    /// <summary>The query, with the parameters <c>@tenant</c>, <c>@after</c> (exclusive) and <c>@last</c> (inclusive).</summary>
    string Sql(DatabaseProvider provider);
}
