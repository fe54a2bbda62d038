namespace Pathway.Analytics.DataExchange;

/// <summary>
/// The state of a tenant's warehouse as the datasets are cut from it: a fingerprint that changes with
/// every change of its facts (their number, the sum of their versions, which only rise, and the
/// last rebuild), and when it last changed (the newest case step recorded or rebuild finished).
/// </summary>
public sealed record WarehouseVersion(string Fingerprint, DateTime? UpdatedAt);
