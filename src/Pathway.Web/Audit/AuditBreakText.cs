using Microsoft.Extensions.Localization;
using Pathway.Platform.Audit;
using Pathway.Platform.Localization;

namespace Pathway.Web.Audit;

/// <summary>What is wrong with a broken link, in the reader's language.</summary>
public static class AuditBreakText
{
    public static string Describe(AuditBreak broken, IStringLocalizer<Text> text) => broken.Kind switch
    {
        AuditBreakKind.Missing => text["Entries are missing before this one."],
        AuditBreakKind.Unlinked => text["Its link to the entry before it does not match: an entry before it was changed or removed."],
        AuditBreakKind.Altered => text["Its content does not match its hash: the entry was altered."],
    };
}
