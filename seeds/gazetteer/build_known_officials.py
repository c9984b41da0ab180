"""Build plugins/envoy/resources/known_officials.tsv from the US State Department's public-domain
records (../shared/data/history-state): US presidents and secretaries of state (travels) and the
foreign leaders who visited the US (visits), as `name <TAB> ISO country <TAB> title`.

Only names, titles and countries are kept: extraction uses the list to give a country to an
official the article names without one ("Vladimir Putin", "President Biden"), never for trips,
meetings or dates. Run: python3 seeds/gazetteer/build_known_officials.py [HISTORY_STATE_DIR]
"""

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "history-state"
OUT = ROOT / "plugins" / "envoy" / "resources" / "known_officials.tsv"
TITLE_WORDS = {line.strip().lower() for line in (OUT.parent / "title_words.txt").read_text().splitlines()
               if line.strip() and not line.startswith("#")}
TITLE_WORDS |= {"his", "her", "majesty", "royal", "highness", "crown", "interim", "acting", "first",
                "prime", "grand", "duke", "duchess", "state", "federal", "the", "of", "and", "serene"}


def country_codes() -> dict[str, str]:
    from envoy.lexicon import country_names  # pycountry's names and the hand-written others

    return country_names()


def split_visitor(visitor: str) -> list[tuple[str, str]]:
    """'Prime Minister Kyriakos Mitsotakis' -> [('Kyriakos Mitsotakis', 'Prime Minister')];
    'President A and Prime Minister B' -> two people."""
    out = []
    for part in re.split(r",? and (?=[A-Z])|; ", visitor):
        words = part.split()
        cut = 0
        while cut < len(words) - 1 and words[cut].lower().strip(",") in TITLE_WORDS:
            cut += 1
        name = " ".join(words[cut:]).strip(" ,")
        if cut and len(name.split()) >= 1 and not any(w.lower() in TITLE_WORDS for w in name.split()):
            out.append((name, " ".join(words[:cut])))
    return out


def main() -> None:
    codes = country_codes()
    rows: dict[str, tuple[str, str]] = {}
    for path in sorted((SOURCE / "travels").glob("*-travels/*.xml")):
        for trip in ET.parse(path).getroot():
            role = trip.findtext("role") or ""
            title = "Secretary of State" if role == "secretary" else "President"
            rows.setdefault(trip.findtext("name").strip(), ("US", title))
    for path in sorted((SOURCE / "visits" / "data").glob("*.xml")):
        for visit in ET.parse(path).getroot():
            code = codes.get((visit.findtext("from") or "").strip().lower())
            if not code:
                continue
            for name, title in split_visitor(" ".join((visit.findtext("visitor") or "").split())):
                rows.setdefault(name, (code, title))
    lines = ["# name\tISO 3166-1 alpha-2\ttitle -- built by seeds/gazetteer/build_known_officials.py "
             "from the US State Department Office of the Historian records (public domain)"]
    lines += [f"{name}\t{code}\t{title}" for name, (code, title) in sorted(rows.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} officials -> {OUT}")


if __name__ == "__main__":
    main()
