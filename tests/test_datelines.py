"""Datelines and release headers (envoy.datelines) on the first lines of short articles."""

import pytest
from envoy.datelines import dateline, header_seat
from envoy.nlp import load_nlp, prepare_text

T = "Title\n\n"


def doc(text: str):
    return load_nlp()(prepare_text(text))


DATELINES = [
    (T + "SEOUL, Aug. 24 (Yonhap) -- Unification Minister Lee met.", ("Seoul", "KR", "Yonhap")),
    ("ISLAMABAD: Saudi Crown Prince Mohammed bin Salman held talks.", ("Islamabad", "PK", None)),
    (T + "JERUSALEM (AP) — Secretary of State Colin Powell arrived.", ("Jerusalem", "IL", "AP")),
    (T + "Hanoi (VNA) – Prime Minister Pham Minh Chinh met.", ("Hanoi", "VN", "VNA")),
    (T + "Caracas, Aug 7 (EFE).- Argentine President Cristina Fernández met.", ("Caracas", "VE", "EFE")),
    (T + "Mazar-i-Sharif, Afghanistan (dpa) - The minister came.", ("Afghanistan", "AF", "dpa")),
    (T + "TASHKENT. KAZINFORM – Murat Nurtleu met.", ("Tashkent", "UZ", "KAZINFORM")),
    (T + "Bogotá, April 14, 2020. Foreign Minister Claudia Blum held a call.", ("Bogotá", "CO", None)),
    ("Title\nSeptember 10, 2009, Meiendorf Castle, Moscow Region\n\nTalks.", ("Moscow", "RU", None)),
    ("Title\nBrussels, 3 June 2015\n\nPresident Juncker will receive Tsipras.", ("Brussels", "BE", None)),
    (T + "NADI, Fiji, April 5 (Xinhua) -- Chinese Vice Premier X arrived.", ("Nadi", "FJ", "Xinhua")),
    ("Maputo, 3 May (Lusa) - Foreign Minister Augusto Santos Silva met.", ("Maputo", "MZ", "Lusa")),
    (T + "Ulaanbaatar, April 27 /MONTSAME/. By B.Tsetsegmaa\n\nLi came.", ("Ulaanbaatar", "MN", "MONTSAME")),
    (T + "TEHRAN, 26/09 (BELGA) - The EU troika arrived.", ("Tehran", "IR", "BELGA")),
]

NO_DATELINES = [
    "Japan, India agree on a new partnership\n\nPrime Minister Modi met Prime Minister Kishida.",
    "Title\nNed Price, Department Spokesperson\n\nSecretary Blinken will travel to Jerusalem.",
    T + "Foreign Minister Claudia Blum, who chairs the council, spoke.",
    T + "Ukraine: Zelensky meets Duda in Kyiv.",
    T + "Paris. The minister spoke.",
    "Title\nJune 6, 2017\n\nMr. Shinzo Abe held a summit meeting.",
]


@pytest.mark.parametrize(("text", "expected"), DATELINES, ids=[e[0] for _, e in DATELINES])
def test_datelines(text, expected):
    found = dateline(doc(text))
    assert (found.place, found.country, found.agency) == expected


@pytest.mark.parametrize("text", NO_DATELINES)
def test_no_dateline(text):
    assert dateline(doc(text)) is None


def test_a_header_line_naming_a_seat_of_government_names_the_issuer():
    assert header_seat(doc("Readout\nThe White House\nOffice of the Vice President\n\nText.")) == "US"
    assert header_seat(doc("Readout\nOffice of the Spokesperson\n\nHe met White House staff.")) is None


@pytest.mark.parametrize(("text", "code"), [
    ("Visits\nMinistry for Foreign Affairs of Finland\nPress release, 16 September 1991\n\nText.", "FI"),
    ("Statement\nPresidency of the Republic of Senegal - Press Office\nDakar, 17 November 1981\n\nT.", "SN"),
    ("Visit\nOffice of the Prime Minister\n\nThe Minister of Foreign Affairs of Peru arrived.", None),
    ("Programme\nPRESS INFORMATION DEPARTMENT\nGOVERNMENT OF PAKISTAN\nISLAMABAD\n\nText.", "PK"),
])
def test_a_header_line_naming_a_state_s_ministry_names_the_issuer(text, code):
    assert header_seat(doc(text)) == code
