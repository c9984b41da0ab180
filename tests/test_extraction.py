"""Rule tests for the linguistic stage (envoy.extraction on envoy.nlp), one per construction,
and the seed article end to end against its gold file."""

import json

from conftest import SEED, shared_path
from envoy.enrich import analyze, extract_article
from envoy.sources import parse_seed_header
from extraction_helpers import facts, official, pairs


def test_pre_nominal_title_gives_title_and_country():
    result = facts("US Deputy Secretary of State Stephen Biegun arrived in Seoul on Tuesday.")
    biegun = official(result, "Stephen Biegun")
    assert biegun["country"] == "US"
    assert "Deputy Secretary of State" in biegun["titles"]


def test_apposition_title_and_possessive_place():
    result = facts("Biden met with Seoul’s top nuclear envoy, Lee Do-hoon, on Monday.")
    lee = official(result, "Lee Do-hoon")
    assert lee["country"] == "KR"
    assert lee["titles"] == ["Seoul’s top nuclear envoy"] or "top nuclear envoy" in lee["titles"][0]


def test_title_of_country_after_name():
    result = facts("President Biden met today with Prime Minister Draghi of Italy in Cornwall.")
    assert official(result, "Draghi")["country"] == "IT"


def test_hyphenated_korean_names_are_whole():
    result = facts("Foreign Minister Kang Kyung-wha met Unification Minister Lee In-young.")
    names = {o["name"] for o in result["officials"]}
    assert {"Kang Kyung-wha", "Lee In-young"} <= names


def test_bare_surname_joins_the_full_name():
    result = facts(
        "Israeli Foreign Minister Gabi Ashkenazi spoke on Monday. Later, Ashkenazi said more."
    )
    ashkenazi = official(result, "Gabi Ashkenazi")
    assert len(ashkenazi["mentions"]) == 2
    assert ashkenazi["aliases"] == ["Ashkenazi"]


def test_byline_is_not_an_official():
    result = facts("Foreign Minister Kang Kyung-wha spoke in Seoul.\nBy Ahn Sung-mi (ahn@ex.com)")
    assert "Ahn Sung-mi" not in {o["name"] for o in result["officials"]}


def test_arrive_trip_with_duration():
    result = facts(
        "US Deputy Secretary of State Stephen Biegun arrived in Seoul Tuesday for a four-day trip."
    )
    (trip,) = result["trips"]
    assert (trip["traveler"], trip["destination"], trip["destination_country"]) == (
        "Stephen Biegun", "Seoul", "KR")
    assert trip["start_timex"] is not None and trip["duration_timex"] is not None
    assert trip["status"] == "held"


def test_visit_tour_is_one_trip_per_country():
    result = facts(
        "Secretary of State Antony J. Blinken will travel to Jerusalem, Ramallah, Cairo, and Amman."
    )
    assert [t["destination_country"] for t in result["trips"]] == ["IL", "PS", "EG", "JO"]
    assert {t["status"] for t in result["trips"]} == {"planned"}


def test_pronoun_resolves_to_the_previous_subject():
    result = facts(
        "US Deputy Secretary of State Stephen Biegun arrived in Seoul on Tuesday. "
        "On Thursday he is scheduled to have a breakfast meeting with Unification Minister "
        "Lee In-young."
    )
    (meeting,) = result["meetings"]
    assert set(meeting["participants"]) == {"Stephen Biegun", "Lee In-young"}
    assert meeting["kind"] == "breakfast meeting"
    assert meeting["status"] == "planned"


def test_was_to_meet_is_planned():
    result = facts(
        "US envoy Stephen Biegun was to meet with Seoul’s top nuclear envoy, Lee Do-hoon, "
        "in the afternoon."
    )
    (meeting,) = result["meetings"]
    assert meeting["status"] == "planned"
    assert meeting["date_timex"] is not None


def test_expected_to_meet_a_list_gives_one_meeting_each():
    result = facts(
        "US Deputy Secretary of State Stephen Biegun arrived in Seoul on Tuesday. "
        "During his stay here, Biegun is expected to meet with other high-level officials, "
        "including Suh Hoon, President Moon Jae-in’s top security adviser, as well as "
        "Park Jie-won, chief of the National Intelligence Service."
    )
    assert pairs(result) == [{"Stephen Biegun", "Suh Hoon"}, {"Stephen Biegun", "Park Jie-won"}]
    during = [(m["during_trip"], m["status"]) for m in result["meetings"]]
    assert during == [(["Stephen Biegun", "KR"], "planned")] * 2
    assert official(result, "Moon Jae-in")["country"] == "KR"  # shares his adviser's country


def test_host_a_banquet():
    result = facts(
        "US Deputy Secretary of State Stephen Biegun arrived in Seoul on Tuesday. "
        "Foreign Minister Kang Kyung-wha is planning to host a banquet for him Friday."
    )
    (meeting,) = result["meetings"]
    assert meeting["host"] == "Kang Kyung-wha"
    assert meeting["kind"] == "banquet"
    assert set(meeting["participants"]) == {"Kang Kyung-wha", "Stephen Biegun"}
    assert official(result, "Kang Kyung-wha")["country"] == "KR"


def test_talks_noun_with_speaker_as_participant():
    result = facts(
        "“We have done great work,” US envoy Stephen Biegun said at the start of the talks with "
        "First Vice Foreign Minister Choi Jong-kun in central Seoul."
    )
    (meeting,) = result["meetings"]
    assert set(meeting["participants"]) == {"Stephen Biegun", "Choi Jong-kun"}
    assert meeting["place"] == "Seoul"
    assert meeting["status"] == "held"


def test_group_subject_is_one_meeting():
    result = facts("President Biden and Prime Minister Boris Johnson of the United Kingdom met "
                   "in Cornwall on Thursday.")
    assert pairs(result) == [{"Biden", "Boris Johnson"}]


def test_analysis_round_trips_through_json():
    analysis = analyze("President Biden met with Prime Minister Draghi of Italy in Rome.")
    assert json.loads(json.dumps(analysis)) == analysis


def test_seed_end_to_end_matches_gold():
    gold = json.loads(shared_path("seeds", "000_8899a6e04dc6c744.gold.json").read_text())
    text = SEED.read_text(encoding="utf-8")
    published, body_start = parse_seed_header(text)
    result = extract_article(text, published, body_start=body_start)
    assert {(o["name"], o["country"]) for o in result["officials"]} == {
        (o["name"], o["country"]) for o in gold["officials"]}
    assert [(t["traveler"], t["destination_country"], t["start"], t["end"])
            for t in result["trips"]] == [("Stephen Biegun", "KR", "2020-12-08", "2020-12-11")]
    def meeting_keys(meetings):
        return sorted((sorted(m["participants"]), m.get("date"), m.get("date_range"),
                       m.get("part_of_day"), m["status"]) for m in meetings)

    assert meeting_keys(result["meetings"]) == meeting_keys(gold["meetings"])
    banquet = next(m for m in result["meetings"] if m["kind"] == "banquet")
    assert banquet["host"] == "Kang Kyung-wha"
