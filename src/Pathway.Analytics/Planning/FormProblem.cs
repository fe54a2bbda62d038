namespace Pathway.Analytics.Planning;

/// <summary>
/// A problem with a planning page's form, in the reader's language: <see cref="Field"/> is the
/// form field's name (the key of the export endpoints' validation problem), <see cref="InputId"/>
/// the page's input to mark invalid, if any.
/// </summary>
internal sealed record FormProblem(string Field, string Message, string? InputId = null);
