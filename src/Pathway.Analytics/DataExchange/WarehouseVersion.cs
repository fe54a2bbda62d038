namespace Pathway.Analytics.DataExchange;

/// <summary>
/// The state of a tenant's warehouse as the datasets are cut from it: a fingerprint that changes with
/// every change of its facts (the changes its tally has counted, which only rise, when the last was
/// written, and the last rebuild), and when it last changed (a fact written or a rebuild finished).
/// </summary>
public sealed record WarehouseVersion(string Fingerprint, DateTime? UpdatedAt);
