#!/usr/bin/env python3
"""List and check the UI string keys (the English text) each resource set must translate.

Each module owns its strings: src/Pathway.<Module>/Localization/<Anchor>.resx (neutral: English names
of values looked up from code) and <Anchor>.<culture>.resx for the eleven other languages. The
platform's set (Pathway.Platform/Localization/Text.*) also serves the host (Pathway.Web) and the CLI.

    python3 tools/ui_strings.py           print each set's sorted unique keys, one per line
    python3 tools/ui_strings.py --check   list keys missing from (or duplicated in) any culture's
                                          .resx of the set whose code uses them; exit 1 if so
    python3 tools/ui_strings.py --sync    after moving code between modules: copy each missing key's
                                          translations from the set that has them, drop keys no code
                                          of the set uses any more; what it cannot copy, --check lists
"""
import html
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"

# Projects whose code looks strings up in another project's set: the host and the CLI use the platform's.
BORROWS = {"Pathway.Web": "Pathway.Platform", "Pathway.Cli": "Pathway.Platform"}

LITERAL = r'"((?:[^"\\]|\\.)*)"'  # a regular C# string literal; group 1 is its body
PATTERNS = [
    # T["..."], text["..."], T["...", args]
    (("**/*.razor", "**/*.cs"), re.compile(r'\b(?:T|text)\[\s*' + LITERAL)),
    # errors.Add(field, "...", args): FieldErrors in the modules' APIs and forms (the field may be a call: FieldOf(e.Path))
    (("**/*.cs", "**/*.razor"), re.compile(r'\b(?:errors|found)\.Add\((?:[^,()]|\([^()]*\))+,\s*' + LITERAL)),
    # new ExchangeProblem(file, unit, "...", args): what is wrong with an imported XLIFF file
    (("**/*.cs",), re.compile(r'\bnew ExchangeProblem\((?:[^,()]|\([^()]*\))+,(?:[^,()]|\([^()]*\))+,\s*' + LITERAL)),
    # Refusal.Of("...", args), Refusal.Input("field", "...", args): why a case action was refused
    (("**/*.cs",), re.compile(r'\bRefusal\.Of\(\s*' + LITERAL)),
    (("**/*.cs",), re.compile(r'\bRefusal\.Input\(\s*"[^"]*"\s*,\s*' + LITERAL)),
    # The English names of case states, actions and outcomes (CaseNames), shown translated
    (("Workflow/CaseNames.cs",), re.compile(r'=>\s*' + LITERAL)),
    # The English names of authorities, answers and checklist statuses, shown translated
    (("SecurityChecks/SecurityCheckNames.cs", "DecisionSupport/DecisionChecklistSection.razor"), re.compile(r'=>\s*' + LITERAL)),
    # Line(check, status, "...", args): a checklist line's reason; Fail/Error(..., "...", args): a mistake in decision rules
    (("DecisionSupport/DecisionChecklist.cs",), re.compile(r'\bLine\(check,\s*ChecklistStatus\.\w+,\s*' + LITERAL)),
    (("DecisionSupport/DecisionRules.cs",), re.compile(r'\b(?:Fail|Error)\((?:[^",()]+,\s*)+' + LITERAL)),
    # Error(nameof(X), "...", args): the identity error describer
    (("Identity/LocalizedIdentityErrorDescriber.cs",), re.compile(r'\bError\(nameof\(\w+\),\s*' + LITERAL)),
    # new NavigationEntry("href", "Label", ...): a module's navigation labels
    (("**/*.cs",), re.compile(r'\bNavigationEntry\(\s*' + LITERAL + r'\s*,\s*' + LITERAL)),
    # new PublicLink("href", "Label", ...): a module's links in the portal's header
    (("**/*.cs",), re.compile(r'\bPublicLink\(\s*' + LITERAL + r'\s*,\s*' + LITERAL)),
    # new(Name, "Label", "Description", typeof(...), order): a module's feature switches, label and description
    (("**/*Features.cs",), re.compile(r'\bnew\(\s*\w+\s*,\s*' + LITERAL)),
    (("**/*Features.cs",), re.compile(r'\bnew\(\s*\w+\s*,\s*"(?:[^"\\]|\\.)*"\s*,\s*' + LITERAL)),
]

# Keys looked up from values at run time (enum names, role names, the platform's series), per set.
DYNAMIC = {
    "Pathway.Platform": [
        "Case officer", "Supervisor", "NGO worker", "Helpline operator", "Content editor",
        "Translator", "Analyst", "Administrator", "Migrant",
    ],
    "Pathway.People": [
        "Probably the same person", "One document number on two persons", "Document reported lost or stolen",
        "Open", "Confirmed", "Rejected", "Merged",
        "Female", "Male", "Unspecified",
        "Passport", "NationalIdCard", "ResidenceCard", "Visa", "TravelDocument",
    ],
    "Pathway.Cases": [
        # SecurityCheckCatalogue.Exemptions' texts
        "The Internal Security Agency is not asked about a child under 13.",
        # PolishHolidays.Rules' names
        "New Year's Day", "Epiphany", "Easter Sunday", "Easter Monday", "Labour Day", "Constitution Day",
        "Pentecost Sunday", "Corpus Christi", "Assumption of Mary", "All Saints' Day", "Independence Day",
        "Christmas Eve", "Christmas Day", "Second Day of Christmas",
        # PolishCatalogue's application types and documents
        "Temporary residence and work (single permit)", "EU Blue Card", "Family reunification", "Studies",
        "Business activity", "Other circumstances", "Permanent residence", "EU long-term resident",
        "Employer's annex", "Proof of higher professional qualifications", "Proof of family ties",
        "Certificate of admission to studies", "Records of the business", "Proof of the basis for permanent residence",
        "Proof of five years' legal residence", "Proof of stable and regular resources", "Proof of health insurance",
        "Copy of the passport (all pages)", "Photograph", "Proof of the stamp duty paid", "Consent of the parents or guardians",
        # PolishCatalogue.Suspensions, and the permit kinds the time-limits page offers
        "Suspension of time limits under the act on assistance to citizens of Ukraine", "Temporary residence",
        # The decision clock's start events (CasePage.ClockEventName) and the reason a case suspension does not count
        "Formally complete application", "Personal appearance", "Requested evidence delivered, or its term ended",
        "suspension of the proceedings (KPA art. 97)",
        # CaseTransitions.NoticeOut's messages, passed by the notice kind
        "A notice to cure a formal defect gives at least {0} days (KPA art. 64 §2).", "A term is at least {0} day.",
        # ConfirmationDesk's refusals, passed as the outcome's reason
        "The application is not formally complete yet: the confirmation of legal stay is issued after the formal check.",
        "The proceedings have ended: a confirmation of legal stay is issued only while the case runs.",
    ],
    "Pathway.Portal": [
        # ContentNames: kinds and translation states
        "Article", "News", "Alert", "Event or course", "Procedure", "Document", "Glossary term", "Service", "Decision tree", "Question and answer", "Survey", "missing", "machine draft", "draft", "in review", "published", "stale",
        # ContentDesk's refusals, passed as the outcome's message
        "Only the staff of an office unit or a partner organisation publish content.", "Another item has this address already.",
        "This is the source language: the editors change the source text.", "There is no text in this language to publish.",
        "This language is published already.", "A machine draft is published only after a translator has gone through it.",
        "The source changed after this translation was made: it needs updating before it is published.", "Publish the source text first.",
        # EventDesk's refusal, passed as the outcome's reason
        "Only an item of the kind event or course has a date and a place.",
        # ProcedureDesk's refusals, passed as the outcome's reason
        "A step names a document the portal does not have: add it as an item of kind Document first.", "Only a procedure has steps.",
        "The text has a different number of steps (its \"## \" headings) than this list: make them match.",
        # The glossary's refusals (ContentDesk, GlossaryDesk), passed as the outcome's reason
        "The glossary has no term \"{0}\": add it as a glossary term first, or correct the mention.",
        "There is no text in this language to mark terms in.",
        "One of these words is no longer there unmarked: open the page again and choose again.",
        # TreeDesk's refusals, passed as the outcome's reason
        "The portal has no procedure at this address.", "Only a decision tree has questions and answers.",
        "The text has other questions or answers (its \"## \" headings and their lists) than this shape: make them match.",
        # ServiceDesk's refusal, and ServiceNames: categories, staff, target groups
        "Only an item of the kind service has the facts of a service.",
        "Legal advice", "Health care", "Psychological support", "Language courses", "Housing", "Work", "Education", "Children and family",
        "Social support", "Other help", "Not stated", "Women", "Men", "Women and men", "Children", "Families", "Unaccompanied minors",
        "Older people", "People with disabilities", "LGBTQI+ people", "Survivors of violence", "Survivors of trafficking",
        # PlaceChecks' messages, shared by events and procedure steps
        "The online address is a web address starting with https://.",
        "Give both coordinates in degrees (latitude −90 to 90, longitude −180 to 180), or neither.",
    ],
    "Pathway.Analytics": [
        "Send the form of the forecasting page.", "Send the form of the hierarchy page.",
        "Send the form of the workload planning page.", "Send the form of the staffing page.",
        # The platform's own series and application types (PlatformSeriesNames).
        "Applications: Temporary residence – work", "Applications: Temporary residence – family",
        "Applications: Temporary residence – study", "Applications: Permanent residence", "Applications: EU long-term resident",
        "Temporary residence – work", "Temporary residence – family", "Temporary residence – study",
        "Permanent residence", "EU long-term resident",
        "Applications, all types: residence legalisation unit", "Applications, all types: client service unit",
        "Applications, all types: voivodeship", "Helpline calls per day",
    ],
}


def unescape(body):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), body)


def resource_sets():
    """Project name -> (folder, anchor) of every project with its own neutral <Anchor>.resx."""
    sets = {}
    for neutral in sorted(SRC.glob("Pathway.*/Localization/*.resx")):
        if neutral.stem.count(".") == 0:
            sets[neutral.parent.parent.name] = (neutral.parent, neutral.stem)
    return sets


def found_in(project):
    found = set()
    folder = SRC / project
    for globs, pattern in PATTERNS:
        for glob in globs:
            for path in folder.glob(glob):
                if {"bin", "obj"} & set(path.relative_to(folder).parts):
                    continue
                text = path.read_text(encoding="utf-8")
                for m in pattern.finditer(text):
                    found.add(unescape(m[m.lastindex]))
    return found


def keys():
    """Set name -> sorted keys its code (and the code borrowing it) uses."""
    sets = resource_sets()
    result = {name: set(DYNAMIC.get(name, [])) for name in sets}
    for folder in sorted(SRC.glob("Pathway.*")):
        owner = folder.name if folder.name in sets else BORROWS.get(folder.name)
        if owner:
            result[owner] |= found_in(folder.name)
    return {name: sorted(found) for name, found in result.items()}


def check(expected):
    problems = 0
    files_seen = 0
    for name, (folder, anchor) in resource_sets().items():
        files = sorted(folder.glob(f"{anchor}.*.resx"))
        if not files:
            print(f"{name}: no {anchor}.<culture>.resx files in {folder}")
            problems += 1
            continue
        for path in files:
            files_seen += 1
            names = [d.get("name") for d in ET.parse(path).getroot().iter("data")]
            missing = [k for k in expected[name] if k not in set(names)]
            # Resource names are matched regardless of case at build time (MSB3568 drops one), so "Decision" and "decision" clash.
            lowered = [n.lower() for n in names]
            duplicates = sorted({n for n in names if lowered.count(n.lower()) > 1})
            for label, items in (("missing", missing), ("duplicate", duplicates)):
                for key in items:
                    print(f"{path.relative_to(SRC)}: {label}: {key}")
            problems += len(missing) + len(duplicates)
    total = sum(len(k) for k in expected.values())
    print(f"{total} keys in {len(expected)} sets, {files_seen} files, {problems} problems", file=sys.stderr)
    return 1 if problems else 0


DATA = re.compile(r'  <data name="([^"]*)"[^>]*>.*?</data>\n', re.S)


def blocks(path):
    """The file's text before its first entry, and its entries as (key, raw text)."""
    text = path.read_text(encoding="utf-8")
    first = text.find("  <data ")
    head = text[:first] if first >= 0 else text[:text.rfind("</root>")]
    return head, [(html.unescape(m[1]), m[0]) for m in DATA.finditer(text)]


def sync(expected):
    sets = resource_sets()
    cultures = sorted({p.name.split(".", 1)[1] for folder, anchor in sets.values() for p in folder.glob(f"{anchor}.*.resx")})
    for culture in cultures:
        # Every translation of this culture in any set, to copy from.
        known = {}
        for folder, anchor in sets.values():
            path = folder / f"{anchor}.{culture}"
            if path.exists():
                known.update({k: raw for k, raw in blocks(path)[1] if k not in known})
        for name, (folder, anchor) in sets.items():
            path = folder / f"{anchor}.{culture}"
            if not path.exists():
                continue
            head, entries = blocks(path)
            wanted = set(expected[name])
            have = {k for k, _ in entries}
            kept = [(k, raw) for k, raw in entries if k in wanted]
            added = [(k, known[k]) for k in wanted - have if k in known]
            merged = kept + sorted(added)
            if len(merged) != len(entries) or added:
                path.write_text(head + "".join(raw for _, raw in merged) + "</root>\n", encoding="utf-8")
                print(f"{path.relative_to(SRC)}: {len(added)} copied, {len(entries) - len(kept)} dropped", file=sys.stderr)


if __name__ == "__main__":
    all_keys = keys()
    if sys.argv[1:] == ["--check"]:
        sys.exit(check(all_keys))
    if sys.argv[1:] == ["--sync"]:
        sync(all_keys)
        sys.exit(check(all_keys))
    for name, found in all_keys.items():
        print(f"# {name}")
        print("\n".join(found))
