using System.Globalization;

namespace Pathway.Platform.Email;

/// <summary>
/// A message to one person, in their language. The body is a list of blocks rather than ready
/// HTML, so the plain-text and the HTML part are made from the same words and cannot drift apart.
/// </summary>
public sealed record EmailMessage(string To, string? ToName, string Subject, CultureInfo Culture, IReadOnlyList<EmailBlock> Body);
