#!/usr/bin/env python3
"""List the UI string keys (the English text) used with IStringLocalizer<Text>.

    python3 tools/ui_strings.py           print the sorted unique keys, one per line
    python3 tools/ui_strings.py --check   list keys missing from (or duplicated in) any
                                          src/Pathway.Platform/Localization/*.resx; exit 1 if so
"""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
RESX_DIR = SRC / "Pathway.Platform" / "Localization"

LITERAL = r'"((?:[^"\\]|\\.)*)"'  # a regular C# string literal; group 1 is its body
PATTERNS = [
    # T["..."], text["..."], T["...", args]: anywhere in src
    (("**/*.razor", "**/*.cs"), re.compile(r'\b(?:T|text)\[\s*' + LITERAL)),
    # errors.Add(field, "...", args): FieldErrors in the modules' APIs and the shared forecasting code (the field may be a call: FieldOf(e.Path))
    (("Pathway.*/Api/*.cs", "Pathway.*/Forecasts/*.cs"), re.compile(r'\berrors\.Add\((?:[^,()]|\([^()]*\))+,\s*' + LITERAL)),
    # Error(nameof(X), "...", args): the identity error describer
    (("Pathway.Platform/Identity/LocalizedIdentityErrorDescriber.cs",),
     re.compile(r'\bError\(nameof\(\w+\),\s*' + LITERAL)),
]

# Keys looked up from values at run time: enum names (Sex, DocumentKind) and role names.
DYNAMIC = [
    "Probably the same person", "One document number on two persons", "Document reported lost or stolen",
    "Open", "Confirmed", "Rejected", "Merged",
    "Female", "Male", "Unspecified",
    "Passport", "NationalIdCard", "ResidenceCard", "Visa", "TravelDocument",
    "Case officer", "Supervisor", "NGO worker", "Helpline operator", "Content editor",
    "Translator", "Analyst", "Administrator", "Migrant",
    "Send the form of the forecasting page.", "Send the form of the hierarchy page.",
    "Send the form of the workload planning page.", "Send the form of the staffing page.",
    # The platform's own series and application types (PlatformSeriesNames).
    "Applications: Temporary residence – work", "Applications: Temporary residence – family",
    "Applications: Temporary residence – study", "Applications: Permanent residence", "Applications: EU long-term resident",
    "Temporary residence – work", "Temporary residence – family", "Temporary residence – study",
    "Permanent residence", "EU long-term resident",
    "Applications, all types: residence legalisation unit", "Applications, all types: client service unit",
    "Applications, all types: voivodeship", "Helpline calls per day",
]


def unescape(body):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m[1], m[1]), body)


def keys():
    found = set(DYNAMIC)
    for globs, pattern in PATTERNS:
        for glob in globs:
            for path in SRC.glob(glob):
                if {"bin", "obj"} & set(path.relative_to(SRC).parts):
                    continue
                found.update(unescape(m[1]) for m in pattern.finditer(path.read_text(encoding="utf-8")))
    return sorted(found)


def check(expected):
    # Text.resx is the neutral fallback (English display names only); the cultures are Text.<culture>.resx.
    files = sorted(RESX_DIR.glob("Text.*.resx"))
    if not files:
        print(f"no .resx files in {RESX_DIR}")
        return 1
    problems = 0
    for path in files:
        names = [d.get("name") for d in ET.parse(path).getroot().iter("data")]
        missing = [k for k in expected if k not in set(names)]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        for label, items in (("missing", missing), ("duplicate", duplicates)):
            for key in items:
                print(f"{path.name}: {label}: {key}")
        problems += len(missing) + len(duplicates)
    print(f"{len(expected)} keys, {len(files)} files, {problems} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    all_keys = keys()
    if sys.argv[1:] == ["--check"]:
        sys.exit(check(all_keys))
    print("\n".join(all_keys))
