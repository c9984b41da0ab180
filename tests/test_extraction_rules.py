"""Rule tests for the constructions added for official readouts (State Department, White House,
Kremlin, president.gov.ua): one short sentence per construction, through analyze()/resolve()."""

from datetime import date
from pathlib import Path

import pytest
from envoy.enrich import extract_article
from envoy.eval_extraction import corpus_inputs
from envoy.nlp import prepare_text
from extraction_helpers import facts, official, pairs, trips

# ---------------------------------------------------------------- text as it comes, names


def test_prepare_text_keeps_offsets_and_blanks_glued_speaker_label():
    text = ("President of Finland Sauli Niinistö Niinistö SauliPresident of Finland: Thank you."
            "\u00a0Marise\u00a0Payne")
    prepared = prepare_text(text)
    assert len(prepared) == len(text)
    assert "SauliPresident" not in prepared and "Marise Payne" in prepared


def test_no_break_space_inside_a_name():
    result = facts(
        "Secretary Blinken met today with Australian Foreign Minister Marise\u00a0Payne in Melbourne."
    )
    assert official(result, "Marise Payne")["country"] == "AU"


def test_generation_suffix_and_gazetteer_country():
    result = facts("President Joseph R. Biden, Jr. met today with Prime Minister Draghi of Italy.")
    assert official(result, "Joseph R. Biden, Jr.")["country"] == "US"
    assert pairs(result) == [{"Joseph R. Biden, Jr.", "Draghi"}]


def test_name_after_a_title_of_country():
    result = facts("Putin met with President of Finland Sauli Niinistö.")
    assert official(result, "Sauli Niinistö")["country"] == "FI"


def test_honorific_is_no_part_of_the_name():
    result = facts(
        "National Security Advisor Jake Sullivan spoke. Later, Mr. Sullivan met with Prime Minister "
        "Naftali Bennett of Israel."
    )
    assert official(result, "Jake Sullivan")["aliases"] == ["Sullivan"]


def test_royal_family_title_alone_is_no_office():
    result = facts("President Biden welcomed King Abdullah II of Jordan and Her Majesty Queen Rania.")
    names = {o["name"] for o in result["officials"]}
    assert "Abdullah II" in names and "Rania" not in names


def test_national_title_gives_the_country():
    result = facts("Secretary of State Antony J. Blinken met with Foreign Minister Sameh Shoukry of Egypt.")
    assert official(result, "Antony J. Blinken")["country"] == "US"


def test_officials_without_country_serve_the_article_s_main_country():
    result = facts(
        "Secretary of State Antony J. Blinken spoke. Ned Price, Department Spokesperson, added "
        "that Secretary Blinken will travel. Ambassador Julissa Reynoso joined."
    )
    assert official(result, "Julissa Reynoso")["country"] == "US"


# ---------------------------------------------------------------- meetings


def test_counterparts_read_off_a_broken_parse_with_place():
    result = extract_article(
        "Secretary of State Antony J. Blinken met today with Organization for Economic Cooperation and "
        "Development (OECD) Secretary General Mathias Cormann in Paris.",
        date(2021, 6, 25),
    )
    (meeting,) = result["meetings"]
    assert set(meeting["participants"]) == {"Antony J. Blinken", "Mathias Cormann"}
    assert (meeting["date"], meeting["place"]) == ("2021-06-25", "Paris")
    assert official(result, "Mathias Cormann")["country"] is None  # an OECD official


def test_kremlin_received_with_title_reference_and_visit_clause():
    result = extract_article(
        "The President of Russia received in the Kremlin President of the Republic of Finland Sauli "
        "Niinistö, who is in Russia on a working visit.\n\nPresident of Russia Vladimir Putin: Mr President, "
        "we will discuss the entire scope of our relations today.",
        date(2021, 10, 29),
    )
    (meeting,) = result["meetings"]
    assert set(meeting["participants"]) == {"Vladimir Putin", "Sauli Niinistö"}
    assert meeting["date"] == "2021-10-29"  # 'today' in the participants' own words
    assert trips(result) == [("Sauli Niinistö", "RU", None, None)]


def test_talks_between_will_take_place_are_planned_and_dated():
    result = extract_article(
        "On November 19, talks between President of Russia Vladimir Putin and President of the Republic of "
        "Uzbekistan Shavkat Mirziyoyev will take place in Moscow.",
        date(2021, 11, 18),
    )
    (meeting,) = result["meetings"]
    assert (meeting["date"], meeting["status"], meeting["place"]) == ("2021-11-19", "planned", "Moscow")


def test_date_carried_from_the_travel_clause_it_depends_on():
    result = extract_article(
        "On Friday, March 25, President Biden will travel to Warsaw, Poland, where he will hold a bilateral "
        "meeting with President Andrzej Duda.",
        date(2022, 3, 20),
    )
    (meeting,) = result["meetings"]
    assert (meeting["date"], meeting["place"]) == ("2022-03-25", "Warsaw")


def test_host_guests_for_a_trilateral_meeting_is_one_meeting():
    result = facts(
        "Secretary Blinken will host Japanese Foreign Minister Hayashi and Republic of Korea Foreign "
        "Minister Chung Eui-yong for a Trilateral Ministerial Meeting."
    )
    assert pairs(result) == [{"Blinken", "Hayashi", "Chung Eui-yong"}]


def test_joined_in_his_meetings_adds_participants_and_trips():
    result = facts(
        "National Security Advisor Jake Sullivan traveled to Israel, and was joined in his meetings by "
        "U.S. Ambassador to Israel Tom Nides and Coordinator Brett McGurk. In Jerusalem, Mr. Sullivan met "
        "with Israeli Prime Minister Naftali Bennett."
    )
    assert pairs(result) == [{"Jake Sullivan", "Tom Nides", "Brett McGurk", "Naftali Bennett"}]
    travelers = {t["traveler"] for t in result["trips"]}
    assert travelers == {"Jake Sullivan", "Brett McGurk"}  # the ambassador is posted there


# ---------------------------------------------------------------- trips


def test_tour_list_read_off_the_surface_gets_first_start_and_last_end():
    result = extract_article(
        "Deputy Secretary of State Wendy R. Sherman will travel to Japan, the Republic of Korea (ROK), and "
        "Mongolia from July 18 to July 25.",
        date(2021, 7, 15),
    )
    assert trips(result) == [
        ("Wendy R. Sherman", "JP", "2021-07-18", None),
        ("Wendy R. Sherman", "KR", None, None),
        ("Wendy R. Sherman", "MN", None, "2021-07-25"),
    ]


def test_sentence_opened_by_place_and_date_dates_the_stop():
    result = extract_article(
        "Secretary of State Antony J. Blinken will travel to Australia and Fiji February 7-13. In Fiji on "
        "February 12, Secretary Blinken will meet with Fiji Prime Minister Frank Bainimarama.",
        date(2022, 2, 4),
    )
    # the last stop of a tour ends with the tour: its days beat a meeting day there (guide; world h2-14)
    assert ("Antony J. Blinken", "FJ", None, "2022-02-13") in trips(result)
    assert result["meetings"][0]["date"] == "2022-02-12"


def test_cancelled_leg_is_no_trip():
    result = facts(
        "Deputy Secretary Wendy Sherman will travel to Algiers, Algeria and Cairo, Egypt. "
        "The Deputy Secretary will no longer travel to Egypt on March 10."
    )
    assert [t["destination_country"] for t in result["trips"]] == ["DZ"]


def test_arrival_without_a_day_starts_on_publication_day():
    result = extract_article(
        "Vladimir Putin arrived in New Delhi.\n\nThe President of Russia arrived in India "
        "on a working visit.",
        date(2021, 12, 6),
    )
    assert trips(result) == [("Vladimir Putin", "IN", "2021-12-06", None)]


def test_guest_welcomed_to_the_white_house_travels_that_day():
    result = extract_article(
        "President Biden looks forward to welcoming His Majesty King Abdullah II of Jordan "
        "to the White House on July 19, 2021.",
        date(2021, 7, 7),
    )
    assert trips(result) == [("Abdullah II", "US", "2021-07-19", "2021-07-19")]
    assert result["meetings"][0]["date"] == "2021-07-19"


def test_possessive_in_a_fronted_phrase_is_the_following_subject():
    result = facts(
        "Federal Chancellor Olaf Scholz met President Volodymyr Zelenskyy of Ukraine in Kyiv. "
        "During his visit to Russia on February 15, the Federal Chancellor will present his view."
    )
    assert ("Olaf Scholz", "RU") in {(t["traveler"], t["destination_country"]) for t in result["trips"]}
    assert "Volodymyr Zelenskyy" not in {
        t["traveler"] for t in result["trips"] if t["destination_country"] == "RU"
    }


def test_delegation_led_by_an_official_travels():
    result = facts(
        "The Ukrainian delegation led by First Deputy Prime Minister Yulia Svyrydenko arrived in France."
    )
    assert [(t["traveler"], t["destination_country"]) for t in result["trips"]] == [
        ("Yulia Svyrydenko", "FR")
    ]


def test_coarse_dates_are_kept_as_periods_not_days():
    from datetime import date

    from envoy.enrich import extract_article

    result = extract_article("Secretary of State Antony J. Blinken will travel to Japan in January.",
                             date(2020, 12, 9))
    trip = next(t for t in result["trips"] if t["destination_country"] == "JP")
    assert (trip["start"], trip["end"]) == (None, None)
    assert trip["period"] == {"first": "2021-01-01", "last": "2021-01-31", "granularity": "month"}


# ---------------------------------------------------------------- subjects, lists, delegations


def test_title_of_country_before_the_name_is_the_subject():
    result = facts("President of Ukraine Volodymyr Zelenskyy met with Secretary of State Antony Blinken.")
    assert pairs(result) == [{"Volodymyr Zelenskyy", "Antony Blinken"}]


def test_long_subject_list_read_off_the_surface():
    result = extract_article(
        "National Security Advisor Jake Sullivan, DHS Secretary Alejandro Mayorkas, and Under "
        "Secretary of State Uzra Zeya traveled to Mexico on August 10.",
        date(2021, 8, 11),
    )
    assert {t[0] for t in trips(result)} == {"Jake Sullivan", "Alejandro Mayorkas", "Uzra Zeya"}


def test_possessor_before_a_subject_does_not_travel():
    result = facts("President Biden's National Security Advisor Jake Sullivan traveled to Mexico.")
    assert [t["traveler"] for t in result["trips"]] == ["Jake Sullivan"]


def test_travelling_with_the_delegation_shares_its_days():
    result = extract_article(
        "U.S. Homeland Security Secretary Alejandro Mayorkas traveled to Mexico on August 10. U.S. "
        "Ambassador Julissa Reynoso also traveled with the delegation.",
        date(2021, 8, 11),
    )
    assert ("Julissa Reynoso", "MX", "2021-08-10", None) in trips(result)


def test_title_inside_a_companion_list_is_no_reference():
    result = facts(
        "U.S. National Security Advisor Jake Sullivan traveled to Israel and was joined in his "
        "meetings by U.S. Deputy Assistant to the President Brett McGurk. In Jerusalem, Mr. Sullivan "
        "met with Israeli President Herzog."
    )
    assert pairs(result) == [{"Jake Sullivan", "Brett McGurk", "Herzog"}]


def test_including_continues_a_counterpart_list():
    result = facts(
        "President Biden will hold bilateral meetings with fellow G7 leaders, including British "
        "Prime Minister Boris Johnson."
    )
    assert pairs(result) == [{"Biden", "Boris Johnson"}]


def test_look_forward_to_welcoming_takes_the_governing_verbs_place_and_day():
    result = extract_article(
        "The President looks forward to welcoming King Abdullah II of Jordan to the White House "
        "on July 19, 2021. President Biden will discuss the region.",
        date(2021, 7, 7),
    )
    assert ("Abdullah II", "US", "2021-07-19", "2021-07-19") in trips(result)


def test_visitors_who_arrived_meet_together_and_arrive_that_day():
    result = extract_article(
        "President of Ukraine Volodymyr Zelenskyy met with Speaker of the Saeima of the Republic of "
        "Latvia Ināra Mūrniece and President of the Riigikogu of the Republic of Estonia Jüri Ratas "
        "who arrived in Kyiv.",
        date(2022, 3, 24),
    )
    assert pairs(result) == [{"Volodymyr Zelenskyy", "Ināra Mūrniece", "Jüri Ratas"}]
    assert {t[0] for t in trips(result) if t[1:3] == ("UA", "2022-03-24")} == {"Ināra Mūrniece", "Jüri Ratas"}


def test_participants_act_reported_today_dates_the_meeting():
    result = extract_article(
        "President of Ukraine Volodymyr Zelenskyy met with British Prime Minister Boris Johnson. The "
        "President praised the signing today of a joint statement.",
        date(2022, 3, 24),
    )
    assert result["meetings"][0]["date"] == "2022-03-24"


def test_delegation_with_the_participation_of_members_meets_and_travels():
    result = facts(
        "The Ukrainian delegation led by First Deputy Prime Minister Yulia Svyrydenko arrived in "
        "France. The Ukrainian delegation with the participation of Minister of Infrastructure "
        "Oleksandr Kubrakov will hold a series of meetings with French Minister of the Economy "
        "Bruno Le Maire."
    )
    assert {t["traveler"] for t in result["trips"] if t["destination_country"] == "FR"} >= {
        "Yulia Svyrydenko",
        "Oleksandr Kubrakov",
    }
    assert pairs(result) == [{"Yulia Svyrydenko", "Oleksandr Kubrakov", "Bruno Le Maire"}]


def test_meeting_of_delegations_headed_by_and_taking_part_in_the_talks():
    result = extract_article(
        "On Monday, January 31, the Office of the President will host a meeting of the delegations "
        "of Ukraine and Poland. The Ukrainian delegation will be headed by Head of the Office of the "
        "President Andriy Yermak, and the Polish delegation will be headed by Secretary of State "
        "Jakub Kumoch. Minister of Infrastructure of Poland Andrzej Adamczyk will take part in the talks.",
        date(2022, 1, 31),
    )
    assert pairs(result) == [{"Andriy Yermak", "Jakub Kumoch", "Andrzej Adamczyk"}]
    assert result["meetings"][0]["date"] == "2022-01-31"


def test_attending_a_session_of_others_is_no_meeting_of_the_attendees():
    result = facts(
        "Head of the Office of the President Andriy Yermak and MP Andriy Kostin will take part in a "
        "meeting of political advisers to the leaders of the Normandy format countries."
    )
    assert result["meetings"] == []


# ---------------------------------------------------------------- wire and foreign-release constructions


def wire(text: str, published: str = "2023-03-21") -> dict:
    return extract_article(text, date.fromisoformat(published))


def meeting_dates(result: dict) -> list[tuple]:
    return sorted((tuple(sorted(m["participants"])), m["date"]) for m in result["meetings"])


def test_pronoun_under_a_reporting_verb_is_its_subject():
    result = wire(
        "White House press secretary Karine Jean-Pierre spoke. Australian Prime Minister Anthony Albanese "
        "said that he and Indian Prime Minister Narendra Modi would try to meet in Japan."
    )
    assert pairs(result) == [{"Anthony Albanese", "Narendra Modi"}]


def test_definite_title_is_the_principal_holder():
    result = wire(
        "Prime Minister Justin Trudeau held a video call with President Ursula von der Leyen. Prime "
        "Minister Trudeau will attend the summit hosted by Italian Prime Minister Giorgia Meloni. The "
        "Prime Minister also spoke today with the Prime Minister of Poland, Donald Tusk."
    )
    assert {"Justin Trudeau", "Donald Tusk"} in pairs(result)
    assert {"Giorgia Meloni", "Donald Tusk"} not in pairs(result)


def test_calls_have_no_place_and_imply_no_trip():
    result = wire(
        "Foreign Minister Retno Marsudi held a phone call with Egyptian Foreign Minister Sameh Shoukry "
        "about aid deliveries through Cairo on Monday."
    )
    assert result["meetings"][0]["place"] is None and result["trips"] == []


def test_headline_talks_told_as_a_call_take_no_trips_place():
    """'Minister Rau talks with Kuleba' (headline), then the body's telephone conversation: a call,
    placed by its own clause only, not at the later trip's Vienna."""
    result = extract_article(
        "Minister Zbigniew Rau talks with Dmytro Kuleba\n\nOn 18 May, Minister of Foreign Affairs Zbigniew "
        "Rau held a telephone conversation with the Minister of Foreign Affairs of Ukraine Dmytro Kuleba. On "
        "19-20 May, Minister Zbigniew Rau will pay a visit to Vienna.",
        date(2022, 5, 18),
    )
    call = next(m for m in result["meetings"] if "Dmytro Kuleba" in m["participants"])
    assert (call["date"], call["place"]) == ("2022-05-18", None)


def test_call_placed_only_by_from():
    result = wire(
        "Foreign Minister Retno Marsudi spoke by phone from Jakarta with Foreign Minister Sameh Shoukry."
    )
    assert result["meetings"][0]["place"] == "Jakarta"


def test_multi_day_visit_does_not_date_its_meetings():
    result = wire(
        "President Xi Jinping will travel to Nepal on Saturday for a two-day state visit. In Kathmandu he "
        "will meet Prime Minister K.P. Sharma Oli.",
        "2019-10-11",
    )
    assert meeting_dates(result) == [(("K.P. Sharma Oli", "Xi Jinping"), None)]


def test_european_range_with_weekdays():
    result = wire(
        "NATO Secretary General Jens Stoltenberg will travel to Japan from Sunday 29 January to "
        "Wednesday 1 February 2023.",
        "2023-01-27",
    )
    assert trips(result) == [("Jens Stoltenberg", "JP", "2023-01-29", "2023-02-01")]


def test_arrival_on_a_visit_leaves_the_end_open():
    result = wire("Japanese Prime Minister Fumio Kishida arrived in Kyiv on Tuesday on an unannounced visit.")
    assert trips(result) == [("Fumio Kishida", "UA", "2023-03-21", None)]


def test_arrival_for_a_two_day_summit_ends_the_next_day():
    result = wire(
        "Chinese President Xi Jinping arrived in southern India on Friday for a two-day informal summit.",
        "2019-10-11",
    )
    assert trips(result) == [("Xi Jinping", "IN", "2019-10-11", "2019-10-12")]


def test_return_home_ends_the_trip():
    result = wire(
        "U.S. President Joe Biden will travel to Japan on Wednesday to attend the summit and return to the "
        "United States on Sunday.",
        "2023-05-16",
    )
    assert trips(result) == [("Joe Biden", "JP", "2023-05-17", "2023-05-21")]


def test_the_two_leaders_are_the_pair_just_named():
    result = wire(
        "Chinese President Xi Jinping held talks with Russian President Vladimir Putin on Tuesday. The "
        "two leaders had dined together on Monday evening."
    )
    assert meeting_dates(result) == [
        (("Vladimir Putin", "Xi Jinping"), "2023-03-20"),
        (("Vladimir Putin", "Xi Jinping"), "2023-03-21"),
    ]


def test_the_three_leaders_held_trilateral_talks():
    result = wire(
        "President Joe Biden welcomed Japanese Prime Minister Fumio Kishida and South Korean President "
        "Yoon Suk Yeol on Friday. The three leaders held trilateral talks.",
        "2023-08-18",
    )
    assert any(len(m["participants"]) == 3 for m in result["meetings"])


def test_our_ministers_are_not_the_leaders():
    result = facts(
        "President Vladimir Putin met President Jair Bolsonaro. Our defence ministers are meeting."
    )
    assert pairs(result) == [{"Vladimir Putin", "Jair Bolsonaro"}]


def test_dialogue_and_dinner_stay_two_encounters():
    result = wire(
        "On March 7, Minister for Foreign Affairs Yoko Kamikawa held the Foreign Ministers' Strategic "
        "Dialogue with Minister of External Affairs Subrahmanyam Jaishankar. Following the Dialogue, "
        "Minister Kamikawa hosted a working dinner for Minister Jaishankar.",
        "2024-03-07",
    )
    assert sorted(m["kind"] for m in result["meetings"]) == ["strategic dialogue", "working dinner"]


def test_courtesy_call_on():
    result = facts(
        "Minister Subrahmanyam Jaishankar will pay a courtesy call on Prime Minister Fumio Kishida."
    )
    assert pairs(result) == [{"Subrahmanyam Jaishankar", "Fumio Kishida"}]
    assert result["meetings"][0]["kind"] == "courtesy call"


# ---------------------------------------------------------------- worldwide releases (round 4)


def test_dateline_date_dates_no_event():
    result = wire(
        "TOKYO, Oct. 29 Kyodo - Dutch King Willem-Alexander arrived in Tokyo on Tuesday for a four-day "
        "state visit.",
        "2014-10-29",
    )
    assert trips(result) == [("Willem-Alexander", "JP", "2014-10-28", "2014-10-31")]


def test_meeting_on_another_stop_takes_no_day_from_the_last():
    result = wire(
        "In Santiago on 1 February, President Recep Tayyip Erdoğan will hold talks with President Michelle "
        "Bachelet. In Lima, President Erdoğan will be received by President Ollanta Humala.",
        "2016-01-29",
    )
    lima = next(m for m in result["meetings"] if "Ollanta Humala" in m["participants"])
    assert lima["date"] is None


def test_joining_the_call_joins_the_call_not_an_earlier_meeting():
    result = facts(
        "Foreign Minister Retno Marsudi held a video call with Foreign Minister Vivian Balakrishnan. "
        "The call followed the meeting between President Joko Widodo and Prime Minister Lee Hsien Loong. "
        "Deputy Foreign Minister Mahendra Siregar also joined the call."
    )
    call = next(m for m in result["meetings"] if m["kind"] == "video call")
    assert "Mahendra Siregar" in call["participants"]


def test_hosted_guests_who_then_meet_together_are_one_meeting_and_travel():
    result = wire(
        "Prime Minister Bohuslav Sobotka today hosted the Prime Minister of Slovakia, Robert Fico, and the "
        "Chancellor of Austria, Werner Faymann, at Slavkov Castle, where the three heads of government held "
        "a trilateral meeting.",
        "2015-01-29",
    )
    assert pairs(result) == [{"Bohuslav Sobotka", "Robert Fico", "Werner Faymann"}]
    assert {(t[0], t[1]) for t in trips(result)} == {("Robert Fico", "CZ"), ("Werner Faymann", "CZ")}


def test_first_person_release_and_who_joins_me():
    result = wire(
        "Media release\nPrime Minister Malcolm Turnbull\n\nI will make a one-day visit to Jakarta on "
        "Thursday. In Jakarta I will meet President Joko Widodo. Foreign Minister Julie Bishop will join "
        "me in Jakarta.",
        "2015-11-10",
    )
    assert ("Malcolm Turnbull", "ID", "2015-11-12", "2015-11-12") in trips(result)
    assert ("Julie Bishop", "ID", "2015-11-12", "2015-11-12") in trips(result)
    assert [(set(m["participants"]), m["date"]) for m in result["meetings"]] == [
        ({"Malcolm Turnbull", "Joko Widodo"}, "2015-11-12")
    ]


def test_days_of_the_event_a_trip_is_for_are_not_travel_days():
    result = wire(
        "Prime Minister Malcolm Turnbull will travel to Antalya, Turkey, for the G20 Leaders' Summit on "
        "15 and 16 November.",
        "2015-11-10",
    )
    assert trips(result) == [("Malcolm Turnbull", "TR", None, None)]


def test_they_were_joined_by():
    result = wire(
        "Prime Minister Theresa May welcomed the Taoiseach, Leo Varadkar, to Downing Street in London "
        "this afternoon for their first meeting. They were joined by the Northern Ireland Secretary, "
        "James Brokenshire, and the Irish Minister for Foreign Affairs, Simon Coveney.",
        "2017-06-19",
    )
    assert pairs(result) == [{"Theresa May", "Leo Varadkar", "James Brokenshire", "Simon Coveney"}]


def test_talks_discussed_are_no_meeting():
    result = facts(
        "President Emmanuel Macron met Chancellor Olaf Scholz. The leaders discussed the Brexit negotiations."
    )
    assert pairs(result) == [{"Emmanuel Macron", "Olaf Scholz"}]


def test_leg_called_off_in_the_next_sentence():
    result = facts(
        "Minister Ronald Lamola had been scheduled to proceed to Abuja, Nigeria, for consultations with "
        "Foreign Minister Yusuf Tuggar. That leg of the visit has been postponed."
    )
    assert result["trips"] == [] and result["meetings"] == []


def test_scrapped_stops_are_no_trips():
    result = facts(
        "President Joe Biden will cut short his trip, scrapping planned stops in Papua New Guinea and "
        "Australia."
    )
    assert result["trips"] == []


def test_attended_event_then_visit_is_a_tour():
    result = wire(
        "Chinese Defense Minister Wei Fenghe will attend the Shangri-La Dialogue in Singapore and pay an "
        "official visit to Cambodia from June 9 to 14, a spokesperson said Wednesday.",
        "2022-06-08",
    )
    assert sorted(trips(result)) == [
        ("Wei Fenghe", "KH", None, "2022-06-14"),
        ("Wei Fenghe", "SG", "2022-06-09", None),
    ]


def test_met_together_is_one_meeting():
    result = facts(
        "German Chancellor Angela Merkel, who arrived in Athens on Monday, met President Prokopis "
        "Pavlopoulos and Prime Minister Kyriakos Mitsotakis together before lunch."
    )
    assert pairs(result) == [{"Angela Merkel", "Prokopis Pavlopoulos", "Kyriakos Mitsotakis"}]


def test_appositive_meeting_and_reporter_are_not_participants():
    result = facts(
        "Chinese Defense Minister Wei Fenghe will hold talks with U.S. Secretary of Defense Lloyd Austin, "
        "their first face-to-face meeting, spokesperson Wu Qian said."
    )
    assert pairs(result) == [{"Wei Fenghe", "Lloyd Austin"}]


def test_bare_take_part_joins_the_encounter_just_reported():
    result = facts(
        "President Jean-Claude Juncker will receive the Prime Minister of Greece, Alexis Tsipras, this "
        "evening for a working dinner. Vice-President Valdis Dombrovskis and Commissioner Pierre "
        "Moscovici will also take part."
    )
    assert pairs(result) == [
        {"Jean-Claude Juncker", "Alexis Tsipras", "Valdis Dombrovskis", "Pierre Moscovici"}
    ]


def test_headline_encounter_is_the_body_encounter():
    result = facts(
        "President Juncker to receive Prime Minister Tsipras\n\nPresident Jean-Claude Juncker will "
        "receive Prime Minister Alexis Tsipras this evening. Commissioner Pierre Moscovici will also "
        "take part."
    )
    assert pairs(result) == [{"Jean-Claude Juncker", "Alexis Tsipras", "Pierre Moscovici"}]


def test_a_second_round_of_talks_is_the_same_parties_again():
    result = wire(
        "North Korean leader Kim Jong-un will host a banquet for South Korean President Moon Jae-in "
        "this evening. A second round of talks is scheduled for Wednesday morning.",
        "2018-09-18",
    )
    assert meeting_dates(result) == [
        (("Kim Jong-un", "Moon Jae-in"), "2018-09-18"),
        (("Kim Jong-un", "Moon Jae-in"), "2018-09-19"),
    ]


def test_before_holding_talks_shares_the_day_of_the_clause():
    result = wire(
        "On Wednesday morning Secretary Antony Blinken met Prime Minister Fumio Kishida before holding talks "
        "with Foreign Minister Yoshimasa Hayashi.",
        "2022-08-03",
    )
    assert meeting_dates(result) == [
        (("Antony Blinken", "Fumio Kishida"), "2022-08-03"),
        (("Antony Blinken", "Yoshimasa Hayashi"), "2022-08-03"),
    ]


def test_they_are_the_officials_of_the_latest_plural_subject():
    result = facts(
        "Foreign Minister Erywan Yusof of Brunei and ASEAN Secretary-General Lim Jock Hoi visited Myanmar. "
        "During the visit, they met with Senior General Min Aung Hlaing."
    )
    assert pairs(result) == [{"Erywan Yusof", "Lim Jock Hoi", "Min Aung Hlaing"}]


def test_later_act_falls_on_the_day_of_the_sentence_before():
    result = wire(
        "Ethiopian Prime Minister Abiy Ahmed arrived in Eritrea. Crowds lined the streets of Asmara on "
        "Sunday morning. Abiy later held talks with Eritrea's President Isaias Afwerki.",
        "2018-07-08",
    )
    assert meeting_dates(result) == [(("Abiy Ahmed", "Isaias Afwerki"), "2018-07-08")]


def test_leading_a_delegation_somewhere_and_meeting_there():
    result = facts(
        "Last month, Eritrea's foreign minister, Osman Saleh, led a delegation to Addis Ababa, where he "
        "met Prime Minister Abiy Ahmed of Ethiopia."
    )
    assert ("Osman Saleh", "ET") in {(t["traveler"], t["destination_country"]) for t in result["trips"]}
    assert pairs(result) == [{"Osman Saleh", "Abiy Ahmed"}]


def test_planned_talks_and_an_earlier_meeting_elsewhere_stay_two():
    result = wire(
        "On Thursday, King Willem-Alexander will hold talks with Prime Minister Shinzo Abe. Abe visited the "
        "Netherlands in March, where he met King Willem-Alexander in The Hague.",
        "2014-10-29",
    )
    dated = sorted((m["date"] or "", m["status"]) for m in result["meetings"])
    assert dated == [("", "held"), ("2014-10-30", "planned")]


def test_welcoming_banquet_is_one_encounter():
    result = facts("North Korean leader Kim Jong-un will host a welcoming banquet for President Moon Jae-in.")
    assert [m["kind"] for m in result["meetings"]] == ["welcoming banquet"]


def test_meeting_held_in_a_relative_clause():
    result = wire(
        "U.S. Secretary of State Rex Tillerson will visit Mexico City, at the invitation of Foreign "
        "Secretary Luis Videgaray. The visit follows the meeting Secretary Videgaray held with Secretary "
        "Tillerson in Washington on February 8.",
        "2017-02-17",
    )
    assert meeting_dates(result) == [(("Luis Videgaray", "Rex Tillerson"), "2017-02-08")]


def test_late_return_ends_the_only_open_trip():
    result = wire(
        "Prime Minister Bohuslav Sobotka today hosted the Chancellor of Austria, Werner Faymann, at Slavkov "
        "Castle. Chancellor Faymann returned to Vienna in the afternoon.",
        "2015-01-29",
    )
    assert trips(result) == [("Werner Faymann", "CZ", None, "2015-01-29")]


def test_having_been_in_a_place_since_a_day_starts_the_stay():
    result = wire(
        "UN Emergency Relief Coordinator Martin Griffiths has been in Cairo since Monday for consultations "
        "with Egyptian officials.",
        "2023-10-18",
    )
    assert trips(result) == [("Martin Griffiths", "EG", "2023-10-16", None)]


def test_welcome_at_the_start_of_a_visit_is_its_arrival():
    result = wire(
        "Prime Minister Narendra Modi was welcomed by Prime Minister Benjamin Netanyahu at Ben Gurion "
        "Airport this afternoon (Tuesday, 4 July 2017) at the start of a three-day visit to Israel.",
        "2017-07-04",
    )
    assert trips(result) == [("Narendra Modi", "IL", "2017-07-04", "2017-07-06")]


def test_state_visit_that_runs_until_a_day_ends_then():
    result = wire(
        "Argentine President Alberto Fernandez arrived in Beijing on Sunday for a state visit that runs "
        "until Thursday.",
        "2022-02-08",
    )
    assert trips(result) == [("Alberto Fernandez", "CN", "2022-02-06", "2022-02-10")]


def test_state_visit_from_one_day_to_another():
    result = wire(
        "Argentine President Alberto Fernandez is in China for a state visit from Sunday to Thursday.",
        "2022-02-08",
    )
    assert trips(result) == [("Alberto Fernandez", "CN", "2022-02-06", "2022-02-10")]


def test_departing_for_a_place_on_a_day_starts_the_stay_there():
    result = wire("President Muhammadu Buhari will depart Abuja for Paris on Tuesday.", "2017-12-10")
    assert trips(result) == [("Muhammadu Buhari", "FR", "2017-12-12", None)]


def test_travel_to_a_place_on_a_day_starts_the_stay():
    result = wire("Prime Minister Narendra Modi will travel to Israel on Wednesday.", "2017-07-03")
    assert trips(result) == [("Narendra Modi", "IL", "2017-07-05", None)]


def test_leaving_for_a_place_where_he_is_due_to_meet():
    result = wire(
        "Argentine President Alberto Fernandez met Spanish Prime Minister Pedro Sanchez. Chinese Foreign "
        "Minister Wang Yi leaves Buenos Aires on Thursday for San José, where he is due to meet President "
        "Carlos Alvarado on Friday.",
        "2022-02-08",
    )
    assert ("Wang Yi", "AR", None, "2022-02-10") in trips(result)
    assert meeting_dates(result)[-1] == (("Carlos Alvarado", "Wang Yi"), "2022-02-11")


def test_meeting_days_this_evening_on_wednesday_and_a_courtesy_call():
    result = wire(
        "Indian Prime Minister Narendra Modi arrived in Israel. This evening, Prime Minister Netanyahu will "
        "host Prime Minister Modi for a private dinner. On Wednesday, the two prime ministers will hold "
        "talks. Modi will pay a courtesy call on President Reuven Rivlin on Friday.",
        "2017-07-04",
    )
    dinner = next(m for m in result["meetings"] if m["date"] == "2017-07-04")
    assert dinner["part_of_day"] == "evening"
    assert {m["date"] for m in result["meetings"]} >= {"2017-07-04", "2017-07-05", "2017-07-07"}


def test_duration_of_the_visit_in_the_next_sentence_ends_the_stay():
    result = wire(
        "Ethiopian Prime Minister Abiy Ahmed arrived in Asmara on Sunday. Eritrean officials described the "
        "two-day visit as historic.",
        "2018-07-09",
    )
    assert trips(result) == [("Abiy Ahmed", "ER", "2018-07-08", "2018-07-09")]


def test_arrived_on_one_day_and_left_on_the_next():
    result = wire(
        "Secretary of State Antony Blinken arrived in Cairo on Tuesday and left on Wednesday.", "2023-01-30"
    )
    assert trips(result) == [("Antony Blinken", "EG", "2023-01-24", "2023-01-25")]


def test_attending_a_conference_in_a_city_is_a_trip_there():
    result = wire(
        "Foreign ministers including Russian Foreign Minister Sergey Lavrov and Chinese Foreign Minister "
        "Qin Gang attended the SCO meeting in Goa.",
        "2023-05-05",
    )
    assert sorted(trips(result)) == [("Qin Gang", "IN", None, None), ("Sergey Lavrov", "IN", None, None)]
    assert result["meetings"] == []


# ---------------------------------------------------------------- news: subjects, calls, onward legs


def test_dateline_parsed_as_subject_gives_way_to_the_named_subject():
    result = wire(
        "Khan meets king\n\nRIYADH, Oct 23: Prime Minister Imran Khan met King Salman bin Abdulaziz in "
        "Riyadh on Tuesday.",
        "2018-10-23",
    )
    assert meeting_dates(result) == [(("Imran Khan", "Salman bin Abdulaziz"), "2018-10-23")]


def test_spoke_by_telephone_with_after_a_dateline_apposition():
    result = wire(
        "NAIROBI, Wednesday May 7, 2014 (PSCU) - President Uhuru Kenyatta today spoke by telephone with "
        "President Goodluck Jonathan of Nigeria.",
        "2014-05-07",
    )
    assert meeting_dates(result) == [(("Goodluck Jonathan", "Uhuru Kenyatta"), "2014-05-07")]
    assert result["meetings"][0]["kind"] == "call"


def test_place_of_a_topic_is_not_the_place_of_the_meeting():
    result = wire(
        "The Amir met today with US Secretary of State Antony Blinken. During the meeting, the Amir Sheikh "
        "Tamim bin Hamad Al-Thani and Blinken discussed the latest developments in the Gaza Strip.",
        "2024-02-06",
    )
    assert all(m["place"] != "Gaza Strip" for m in result["meetings"])
    assert all(t["destination_country"] != "PS" for t in result["trips"])


def test_before_returning_home_ends_the_stay_on_the_day_of_the_act_before():
    result = wire(
        "French President Emmanuel Macron is due to fly to Samarkand in the evening and will hold talks "
        "with Uzbek President Shavkat Mirziyoyev on Thursday before returning to Paris.",
        "2023-11-01",
    )
    assert trips(result) == [("Emmanuel Macron", "UZ", "2023-11-01", "2023-11-02")]
    assert meeting_dates(result) == [(("Emmanuel Macron", "Shavkat Mirziyoyev"), "2023-11-02")]


def test_same_day_return_keeps_the_travel_day_for_meetings_of_companions():
    result = wire(
        "Prime Minister Lee Hsien Loong will travel to Putrajaya, Malaysia on 9 April 2019. PM Lee will be "
        "accompanied by Minister for Foreign Affairs Vivian Balakrishnan. Dr Balakrishnan will also meet "
        "his Malaysian counterpart, Saifuddin Abdullah. PM Lee will return to Singapore on the same day.",
        "2019-04-08",
    )
    assert meeting_dates(result) == [(("Saifuddin Abdullah", "Vivian Balakrishnan"), "2019-04-09")]


def test_departure_day_dates_no_meeting_and_home_is_no_place():
    result = wire(
        "President Bola Ahmed Tinubu of Nigeria will depart Abuja on Tuesday for Paris, France, to attend "
        "the Summit. On the sidelines of the summit, the President will meet with the President of the "
        "World Bank Group, Mr Ajay Banga.",
        "2023-06-19",
    )
    (meeting,) = result["meetings"]
    assert (meeting["date"], meeting["place"]) == (None, "Paris")
    assert ("Ajay Banga", "FR", None, None) in trips(result)  # away from the Bank's seat


def test_international_official_at_the_seat_makes_no_trip():
    result = wire(
        "The Chairperson of the African Union Commission, Nkosazana Dlamini Zuma, met Namibian Foreign "
        "Minister Netumbo Nandi-Ndaitwah in Addis Ababa.",
        "2014-03-12",
    )
    assert [t[0] for t in trips(result)] == ["Netumbo Nandi-Ndaitwah"]


def test_welcoming_progress_is_no_meeting():
    result = wire(
        "Prime Minister Justin Trudeau will travel to Apulia, Italy. Trudeau and Prime Minister Donald "
        "Tusk welcomed the progress made since the summit."
    )
    assert result["meetings"] == []


def test_dateline_dash_ends_the_dateline_date():
    result = wire("Berlin, 7 May 2025 - One day after his election, Friedrich Merz spoke.", "2025-05-07")
    assert [t["text"] for t in result["timexes"]][-1] == "One day"


def test_day_trip_to_two_capitals_dates_both_stops_and_their_meetings():
    result = wire(
        "Merz travels to Paris and Warsaw\n\nFederal Chancellor Friedrich Merz is travelling to Paris and "
        "Warsaw today. In Paris, French President Emmanuel Macron received the Chancellor. In the "
        "afternoon the Chancellor flies on to Warsaw, where he will be received by Prime Minister Donald "
        "Tusk. Merz will return to Berlin tonight.",
        "2025-05-07",
    )
    assert sorted(trips(result)) == [
        ("Friedrich Merz", "FR", "2025-05-07", "2025-05-07"),
        ("Friedrich Merz", "PL", "2025-05-07", "2025-05-07"),
    ]
    assert {d for _, d in meeting_dates(result)} == {"2025-05-07"}


def test_person_before_a_verb_is_no_subject_when_an_object():
    result = wire(
        "In Niamey, Ayrault and Steinmeier were due to hold talks with President Mahamadou Issoufou "
        "later on Monday and to meet Foreign Minister Ibrahim Yacouba.",
        "2016-05-02",
    )
    assert {"Mahamadou Issoufou", "Ibrahim Yacouba"} not in pairs(result)


def test_meeting_upon_arrival_takes_the_arrival_day_and_place():
    result = wire(
        "GOA, May 4 (APP): Foreign Minister Bilawal Bhutto Zardari of Pakistan arrived in Goa on Thursday. "
        "Soon after his arrival, Bilawal held a bilateral meeting with Russian Foreign Minister Sergey "
        "Lavrov. The foreign minister will address the session on Friday and return home the same day.",
        "2023-05-04",
    )
    (meeting,) = result["meetings"]
    assert (meeting["date"], meeting["place"]) == ("2023-05-04", "Goa")
    assert ("Bilawal Bhutto Zardari", "IN", "2023-05-04", "2023-05-05") in trips(result)


def test_audience_greeting_and_co_chairing_are_meetings():
    result = wire(
        "President Ferdinand R. Marcos Jr. will have an audience with Emperor Naruhito on Friday. "
        "Argentine President Javier Milei was greeted at Ben Gurion Airport by Foreign Minister Israel "
        "Katz.",
        "2023-02-08",
    )
    assert sorted(map(sorted, pairs(result))) == [
        ["Ferdinand R. Marcos Jr.", "Naruhito"],
        ["Israel Katz", "Javier Milei"],
    ]


def test_co_chairs_meet():
    result = wire(
        "In Accra, Minister Ronald Lamola and his Ghanaian counterpart, the Minister of Foreign Affairs, "
        "Ms Shirley Ayorkor Botchwey, will co-chair the session of the Joint Commission.",
        "2024-09-09",
    )
    assert pairs(result) == [{"Ronald Lamola", "Shirley Ayorkor Botchwey"}]


def test_the_two_leaders_are_the_pair_of_the_sentence_before_and_its_day():
    result = wire(
        "Prime Minister Naoto Kan and his Indian counterpart Manmohan Singh agreed Monday to conclude a "
        "pact. The two leaders announced the accord after about an hour of talks in Tokyo.",
        "2010-10-25",
    )
    assert meeting_dates(result) == [(("Manmohan Singh", "Naoto Kan"), "2010-10-25")]


def test_the_two_men_spoke_privately_is_the_meeting_again():
    result = wire(
        "Iranian President Hassan Rouhani met Pope Francis at the Vatican on Tuesday. The two men spoke "
        "privately for 40 minutes in the Apostolic Palace.",
        "2016-01-26",
    )
    assert meeting_dates(result) == [(("Francis", "Hassan Rouhani"), "2016-01-26")]


def test_nationality_of_those_visited_is_no_destination():
    result = wire(
        "Foreign Minister Jean-Marc Ayrault of France arrived in Mali on Sunday to visit French and German "
        "soldiers.",
        "2016-05-02",
    )
    assert [t[1] for t in trips(result)] == ["ML"]


def test_arrival_without_a_place_goes_where_the_meetings_are_with_the_delegation():
    result = wire(
        "Prime Minister Imran Khan met King Salman bin Abdulaziz in Riyadh on Tuesday. Mr Khan, who arrived "
        "on Monday for a two-day visit, is attending a conference. Finance Minister Asad Umar and Foreign "
        "Minister Shah Mahmood Qureshi are part of the delegation.",
        "2018-10-23",
    )
    assert sorted(trips(result)) == [
        ("Asad Umar", "SA", "2018-10-22", "2018-10-23"),
        ("Imran Khan", "SA", "2018-10-22", "2018-10-23"),
        ("Shah Mahmood Qureshi", "SA", "2018-10-22", "2018-10-23"),
    ]


def test_welcome_after_an_arrival_is_on_the_arrival_day_and_companion_of_a_dateline_subject():
    result = wire(
        "Thein Sein visits Thailand\n\nBangkok, 23 July 2012 - President Thein Sein of the Republic of the "
        "Union of Myanmar, accompanied by Minister of Foreign Affairs Wunna Maung Lwin, arrived in Bangkok "
        "this morning for a two-day official visit to Thailand.\n\nPrime Minister Yingluck Shinawatra "
        "welcomed the President at an official ceremony at Government House.",
        "2012-07-23",
    )
    assert meeting_dates(result) == [(("Thein Sein", "Yingluck Shinawatra"), "2012-07-23")]
    assert ("Wunna Maung Lwin", "TH", "2012-07-23", "2012-07-24") in trips(result)


def test_greeted_at_the_airport_on_the_arrival_day_and_calling_a_name_is_no_call():
    result = wire(
        "Argentine President Javier Milei arrived in Israel on Tuesday on a three-day visit. Milei, a "
        "staunch supporter of Israel, was greeted at Ben Gurion Airport by Foreign Minister Israel Katz, who "
        'called him "a true friend of Israel".',
        "2024-02-06",
    )
    assert meeting_dates(result) == [(("Israel Katz", "Javier Milei"), "2024-02-06")]


def test_leaders_meeting_is_the_travelers_and_takes_the_travel_day():
    result = wire(
        "Chinese Premier Li Qiang arrived in Adelaide on Saturday. He will travel to Canberra on Monday for "
        "the annual leaders' meeting with Prime Minister Anthony Albanese at Parliament House.",
        "2024-06-15",
    )
    assert meeting_dates(result) == [(("Anthony Albanese", "Li Qiang"), "2024-06-17")]


def test_summit_day_does_not_date_meetings_on_its_sidelines():
    result = wire(
        "U.S. President Joe Biden will travel to Hiroshima, Japan, on Wednesday to attend the Group of "
        "Seven leaders' summit. Biden and Indian Prime Minister Narendra Modi will meet on the sidelines "
        "of the G7.",
        "2023-05-16",
    )
    assert meeting_dates(result) == [(("Joe Biden", "Narendra Modi"), None)]


def test_discussed_by_phone_with_is_a_call():
    result = wire(
        "Foreign Minister Sameh Shoukry of Egypt had discussed the dam dispute by phone on Sunday with the "
        "Chairperson of the African Union Commission, Moussa Faki Mahamat.",
        "2021-03-02",
    )
    assert meeting_dates(result) == [(("Moussa Faki Mahamat", "Sameh Shoukry"), "2021-02-28")]
    assert result["meetings"][0]["kind"] == "call"


def test_two_plus_two_talks_with_their_counterparts_and_a_while_clause():
    result = wire(
        "Russian Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu, who arrived in Cairo on "
        "Wednesday, held talks on Thursday with their Egyptian counterparts Nabil Fahmy and Abdel Fattah "
        "al-Sisi in the format. On Wednesday evening, Lavrov held a separate meeting with Fahmy, while "
        "Shoigu had a one-on-one meeting with al-Sisi. Later on Thursday, the Russian ministers were "
        "received by Egypt's interim President Adly Mansour. Lavrov told a joint news conference with "
        "Fahmy after the talks that the next round of consultations would be held in Moscow.",
        "2013-11-14",
    )
    assert sorted(meeting_dates(result)) == [
        (("Abdel Fattah al-Sisi", "Nabil Fahmy", "Sergei Lavrov", "Sergei Shoigu"), "2013-11-14"),
        (("Abdel Fattah al-Sisi", "Sergei Shoigu"), "2013-11-13"),
        (("Adly Mansour", "Sergei Lavrov", "Sergei Shoigu"), "2013-11-14"),
        (("Nabil Fahmy", "Sergei Lavrov"), "2013-11-13"),
    ]
    assert ("Sergei Lavrov", "EG", "2013-11-13", None) in trips(result)  # 'A and B, who arrived'


def test_anaphoric_parts_of_the_day_take_the_day_last_mentioned():
    result = wire(
        "On Wednesday, the two prime ministers will hold talks. Earlier that morning, Prime Minister "
        "Narendra Modi will be received by President Reuven Rivlin. Sudan's Foreign Minister Mariam "
        "al-Sadiq al-Mahdi arrived in Cairo earlier in the day.",
        "2017-07-04",
    )
    assert [t["value"] for t in result["timexes"]] == ["2017-07-05", "2017-07-05TMO", "2017-07-05"]
    assert meeting_dates(result) == [(("Narendra Modi", "Reuven Rivlin"), "2017-07-05")]


def test_welcoming_a_guest_at_the_start_of_a_visit_starts_the_guest_s_trip():
    result = wire(
        "Prime Minister Benjamin Netanyahu this afternoon welcomed Indian Prime Minister Narendra Modi at "
        "Ben Gurion Airport at the start of a historic three-day visit. Prime Minister Modi will leave "
        "Israel on Thursday.",
        "2017-07-04",
    )
    assert trips(result) == [("Narendra Modi", "IL", "2017-07-04", "2017-07-06")]


def test_visit_postponed_in_a_later_clause_is_no_trip():
    result = wire(
        "Minister Champagne had planned to travel to Mexico City in March for a meeting, but the visit was "
        "postponed because of the pandemic. Cabinet Secretary Amina Mohamed will travel to Abuja on "
        "Thursday, but the trip has been called off.",
        "2020-04-16",
    )
    assert result["trips"] == []


def test_a_year_modifying_another_noun_dates_no_meeting():
    result = wire(
        "On Thursday, Chairperson of the African Union Commission Nkosazana Dlamini Zuma will travel to "
        "Kigali, Rwanda, where she is scheduled to meet President Paul Kagame ahead of the commemoration "
        "of the 1994 genocide.",
        "2014-03-12",
    )
    assert meeting_dates(result) == [(("Nkosazana Dlamini Zuma", "Paul Kagame"), "2014-03-13")]


def test_talks_held_before_or_after_an_act_share_its_day():
    result = wire(
        "US House Speaker Nancy Pelosi landed in Taipei late on Tuesday night. On Wednesday morning she met "
        "lawmakers at the parliament, before holding talks with President Tsai Ing-wen at the presidential "
        "office.",
        "2022-08-03",
    )
    assert meeting_dates(result) == [(("Nancy Pelosi", "Tsai Ing-wen"), "2022-08-03")]


def test_arrival_in_the_same_sentence_places_the_meeting_not_the_previous_scene():
    result = wire(
        "Iranian President Hassan Rouhani met Pope Francis at the Vatican on Tuesday. Rouhani, who arrived "
        "in Rome on Monday, held talks that day with Prime Minister Matteo Renzi.",
        "2016-01-26",
    )
    assert ("Matteo Renzi", "VA", None, None) not in trips(result)
    assert {m["place"] for m in result["meetings"]} == {"Vatican", "Rome"}


def test_the_ministers_agreeing_to_speak_again_together_with_a_third_is_one_call_of_three():
    result = wire(
        "Foreign Minister François-Philippe Champagne of Canada today spoke with Mexican Foreign Secretary "
        "Marcelo Ebrard. The ministers agreed to speak again next week by video conference, together with "
        "United States Secretary of State Mike Pompeo.",
        "2020-04-16",
    )
    assert meeting_dates(result)[-1] == (
        ("François-Philippe Champagne", "Marcelo Ebrard", "Mike Pompeo"),
        None,
    )


def test_a_known_place_the_model_tags_as_a_person_is_a_destination():
    result = wire(
        "The Minister of Foreign Affairs II of Brunei Darussalam, Dato Erywan Pehin Yusof, visited Nay Pyi "
        "Taw on 4-5 June 2021.",
        "2021-06-05",
    )
    assert trips(result) == [("Erywan Pehin Yusof", "MM", "2021-06-04", "2021-06-05")]


def test_a_date_in_a_relative_clause_on_the_counterpart_dates_no_meeting():
    result = wire(
        "German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing on Friday. After talks "
        "with Xi at the Great Hall of the People, Scholz also met Premier Li Keqiang, who is due to step "
        "down in March.",
        "2022-11-04",
    )
    assert (("Li Keqiang", "Olaf Scholz"), "2022-11-04") in meeting_dates(result)


def test_a_day_beats_this_week_and_his_meetings_in_a_place_put_him_there():
    result = wire(
        "This week, President Joseph R. Biden, Jr. will travel to Poland following his meetings in "
        "Brussels, Belgium with our NATO Allies. On Friday, March 25, President Biden will travel to "
        "Warsaw, Poland, where he will hold a bilateral meeting with President Andrzej Duda.",
        "2022-03-20",
    )
    assert sorted(trips(result)) == [
        ("Joseph R. Biden, Jr.", "BE", None, None),
        ("Joseph R. Biden, Jr.", "PL", "2022-03-25", None),
    ]


def test_a_dinner_in_his_honour_is_for_the_guest_not_the_host():
    result = wire(
        "Philippine Secretary of Foreign Affairs Teodoro L. Locsin Jr. arrived in Hanoi on December 4 at the "
        "invitation of Foreign Minister Pham Binh Minh, who hosted a dinner in his honour that evening.",
        "2019-12-05",
    )
    (dinner,) = result["meetings"]
    assert (set(dinner["participants"]), dinner["host"], dinner["date"]) == (
        {"Pham Binh Minh", "Teodoro L. Locsin Jr."},
        "Pham Binh Minh",
        "2019-12-04",
    )


def test_joint_tour_of_two_ministers_day_by_day():
    result = wire(
        "The foreign ministers of France and Germany, Jean-Marc Ayrault and Frank-Walter Steinmeier, "
        "arrived in Niger on Monday after a day in neighbouring Mali.\n\nIn Bamako on Sunday the two "
        "ministers were received by Malian President Ibrahim Boubacar Keita, before flying to Gao.\n\nIn "
        "Niamey, Ayrault and Steinmeier were due to hold talks with President Mahamadou Issoufou later on "
        "Monday, before returning to Europe in the evening.",
        "2016-05-02",
    )
    assert sorted(trips(result)) == [
        ("Frank-Walter Steinmeier", "ML", "2016-05-01", "2016-05-01"),
        ("Frank-Walter Steinmeier", "NE", "2016-05-02", "2016-05-02"),
        ("Jean-Marc Ayrault", "ML", "2016-05-01", "2016-05-01"),
        ("Jean-Marc Ayrault", "NE", "2016-05-02", "2016-05-02"),
    ]
    assert meeting_dates(result) == [
        (("Frank-Walter Steinmeier", "Ibrahim Boubacar Keita", "Jean-Marc Ayrault"), "2016-05-01"),
        (("Frank-Walter Steinmeier", "Jean-Marc Ayrault", "Mahamadou Issoufou"), "2016-05-02"),
    ]


def test_a_visit_by_someone_is_their_trip():
    result = wire(
        "Prime Minister Nguyen Xuan Phuc asked the two foreign ministries to prepare for a visit to Vietnam "
        "by Philippine President Rodrigo Duterte next year.",
        "2019-12-05",
    )
    assert trips(result) == [("Rodrigo Duterte", "VN", None, None)]


def test_the_meeting_was_attended_by_joins_the_meeting_just_reported():
    result = wire(
        "His Highness the Amir Sheikh Tamim bin Hamad Al-Thani met today with US Secretary of State Antony "
        "Blinken. The meeting was attended by Prime Minister and Minister of Foreign Affairs Sheikh "
        "Mohammed bin Abdulrahman bin Jassim Al-Thani.",
        "2024-02-06",
    )
    (meeting,) = result["meetings"]
    assert len(meeting["participants"]) == 3 and meeting["date"] == "2024-02-06"


def test_a_sentence_opening_he_continues_the_subject_before_not_its_last_object():
    result = wire(
        "The Secretary-General, António Guterres, will travel to Egypt on Thursday. On Thursday, in Cairo, "
        "the Secretary-General will meet with President Abdel Fattah Al-Sisi and Foreign Minister Sameh "
        "Shoukry. On Friday, he will travel to Amman.",
        "2023-10-18",
    )
    assert [t[0] for t in trips(result) if t[1] == "JO"] == ["António Guterres"]


def test_a_banquet_in_honour_of_the_guest_or_the_royal_couple_is_for_the_visitor():
    result = wire(
        "Dutch King Willem-Alexander arrived in Tokyo on Tuesday. Emperor Akihito held talks with the king "
        "on Wednesday morning, and will host a state banquet in honor of the royal couple in the evening.",
        "2014-10-29",
    )
    banquet = next(m for m in result["meetings"] if m["kind"] == "state banquet")
    assert (set(banquet["participants"]), banquet["host"]) == ({"Akihito", "Willem-Alexander"}, "Akihito")


def test_during_a_visit_the_subject_travels_and_a_nationality_after_the_place_is_no_stop():
    result = wire(
        "During a working visit to Brussels, Ukrainian President Volodymyr Zelenskyy met with Azerbaijani "
        "President Ilham Aliyev.",
        "2021-12-15",
    )
    assert sorted(trips(result)) == [
        ("Ilham Aliyev", "BE", None, None),
        ("Volodymyr Zelenskyy", "BE", None, None),
    ]


def test_he_after_reported_speech_is_the_subject_reported_and_a_continent_is_no_destination():
    result = wire(
        "U.S. President Joe Biden will cut short his trip to Asia this week, scrapping planned stops in "
        "Papua New Guinea and Australia. Biden will travel to Hiroshima, Japan, on Wednesday, White House "
        "press secretary Karine Jean-Pierre said. He had been scheduled to travel on to Port Moresby.",
        "2023-05-16",
    )
    assert [t[:2] for t in trips(result)] == [("Joe Biden", "JP")]


# ---------------------------------------------------------------- general rules, one sentence each
# (text, publication date, what to read: "officials", "trips" or "meetings", expected)

# 'talks with visiting President X', a delegation that includes X, 'in the country until Sunday', 'him'
STATE_VISIT = (
    "BEIJING, Aug. 18 (Xinhua) -- Chinese President Hu Jintao held talks with visiting Kenyan "
    "President Mwai Kibaki in the Great Hall of the People here Thursday.\n\nKibaki arrived in "
    "Beijing on Tuesday with a delegation that includes Foreign Minister Chirau Ali Mwakwere. He "
    "will be in the country until Sunday.\n\nChinese Premier Wen Jiabao will meet Kibaki on "
    "Friday, and Wu Bangguo, chairman of the Standing Committee of the National People's Congress, "
    "will meet him on Friday afternoon."
)

# Talks, a call recalled and an invitation accepted
YEREVAN_TALKS = (
    "Foreign Minister Ararat Mirzoyan held talks in Yerevan on January 15 with Greek Foreign Minister "
    "Giorgos Gerapetritis. Mirzoyan recalled the telephone conversation held with his Greek counterpart "
    "on January 10. The Greek Foreign Minister invited Ararat Mirzoyan to pay an official visit to Athens. "
    "The invitation was accepted with gratitude."
)


# A tour told with a later visit of another official
NORDIC_TOUR = (
    "Foreign Minister Andrei Kozyrev will fly to Helsinki on Monday for two days of talks. Kozyrev is "
    "scheduled to meet Finnish Foreign Minister Paavo Vayrynen on Monday and to be received by President "
    "Mauno Koivisto the next day.\n\nThe tour comes two weeks before President Boris Yeltsin's first "
    "official visit to China, now set for Dec. 18-20, during which he is to hold talks with President Yang "
    "Shangkun."
)


# A communiqué's talks of the heads, their ministers' session, a plan and a body's name
COMMUNIQUE_TALKS = (
    "RABAT, May 22 (MAP) - King Hassan II and President Abdou Diouf held talks at the Royal Palace in Rabat "
    "on 19 May. The first round was attended by Mr. Abdellatif Filali, Minister of Foreign Affairs and "
    "Cooperation, and by Mr. Ibrahima Fall, Minister of Foreign Affairs.\n\nThe two Ministers of Foreign "
    "Affairs held a working session on 20 May and agreed to convene the Joint Commission in Dakar before "
    "the end of the year. The two Heads of State renewed their attachment to the Organisation of the "
    "Islamic Conference."
)


# A statement given whole after its author's saying; its later paragraphs open with no quote mark
GIVEN_STATEMENT = (
    "Vienna, 18 March 2010 – Foreign Minister Michael Spindelegger issued the following statement today:"
    '\n\n"I returned to Vienna last night. I travelled to Belgrade on Tuesday morning. Prime Minister Mirko '
    "Cvetkovic hosted a working lunch for me.\n\nOn Wednesday I continued to Podgorica, where I met Prime "
    "Minister Milo Djukanovic. I spoke with my Macedonian colleague Antonio Milososki by telephone this "
    'morning."'
)


# A minister's tour told by the press at home (four rows of GENERAL_RULES read it)
HAYDEN_TOUR = (
    "The Minister for Foreign Affairs, Mr Bill Hayden, flies to Jakarta on Wednesday, in what officials "
    "in Canberra describe as a deliberate effort to mend ties. Mr Hayden will stay in the Indonesian capital "
    "until Friday before going on to Port Moresby on Saturday for two days, and will finish with a day-long "
    "visit to Port Vila on February 23, returning to Canberra that night. The Prime Minister, Mr Hawke, is "
    "understood to have spoken to Mr Hayden by telephone on Sunday."
)

# The same tour with a stop called off and a host met 'during his stay' (two rows read it)
SUVA_DROPPED = (
    "Australian Foreign Minister Bill Hayden flies to Jakarta on Wednesday. He will stay in the Indonesian "
    "capital until Friday before going on to Port Moresby on Saturday for two days, and will finish with a "
    "day-long visit to Port Vila on February 23. A proposed stop in Suva, where Mr Hayden was to have "
    "called on the Fijian Prime Minister, Ratu Sir Kamisese Mara, was dropped from the program last week. "
    "Mr Hayden is also expected to be received by President Suharto during his stay."
)

# The same tour, its legs and meetings (two rows read it)
HAYDEN_LEGS = (
    "Australian Foreign Minister Bill Hayden flies to Jakarta on Wednesday and will stay there until Friday "
    "before going on to Port Moresby on Saturday for two days, and will finish with a day-long visit to Port "
    "Vila on February 23. The centrepiece of the trip is a round of talks on Thursday with the Indonesian "
    "Foreign Minister, Dr Mochtar Kusumaatmadja. The Minister for Defence, Mr Kim Beazley, will join Mr "
    "Hayden for the Port Moresby leg. In Port Vila, Mr Hayden will hold talks with the Vanuatu Prime "
    "Minister, Walter Lini."
)

# A joint communiqué quoted whole by a news agency (two rows of GENERAL_RULES read it)
DIOUF_VISIT = (
    "RABAT, May 22 (MAP) - Here follows the text of the joint communiqué:\n\n\"At the invitation of "
    "His Majesty King Hassan II, His Excellency Mr. Abdou Diouf, President of the Republic of Senegal, "
    "paid an official and friendly visit to the Kingdom of Morocco from 19 to 21 May 1989. On the "
    "evening of 19 May, His Majesty the King offered a state dinner in honour of his illustrious guest "
    "and the accompanying delegation."
)

# A call readout that announces a ministerial dialogue (two rows of GENERAL_RULES read it)
POMPEO_CALL = (
    "Secretary Michael R. Pompeo spoke today with Indian External Affairs Minister Dr. Subrahmanyam "
    "Jaishankar. The Secretary and the External Affairs Minister discussed preparations for the second "
    "U.S.-India 2+2 Ministerial Dialogue, which Secretary Pompeo will host in Washington on December 18. "
    "Secretary of Defense Mark T. Esper and Indian Defence Minister Rajnath Singh will also take part in the "
    "Dialogue. Secretary Pompeo welcomed the upcoming visit of External Affairs Minister Jaishankar and "
    "Defence Minister Singh to Washington."
)

# A first-person statement signed at its end (two rows of GENERAL_RULES read it)
SIGNED_STATEMENT = (
    "Statement by the Tánaiste\n\nToday I travelled to Brussels to meet Michel Barnier, the European "
    "Union's Chief Negotiator.\n\nOn Monday I was in London, where I co-chaired the British-Irish "
    "Intergovernmental Conference with the Secretary of State for Northern Ireland, Karen Bradley "
    "MP.\n\nSimon Coveney TD\nTánaiste and Minister for Foreign Affairs and Trade\n12 June 2019"
)

RUMOR_VISIT = (
    "Rumor to pay three-day visit to Yugoslavia\n\nROME, March 10 (ANSA) - Foreign Minister Mariano "
    "Rumor will leave for Belgrade on Monday for a three-day official visit to Yugoslavia. Rumor, who "
    "returned to Rome on Tuesday evening from a two-day tour of Trieste and Gorizia, will be accompanied "
    "by Undersecretary Luigi Granelli. Granelli is due to hold separate talks with Yugoslav officials. "
    "Yugoslav Federal Secretary for Foreign Affairs Milos Minic will host a dinner for his Italian guest "
    "on Monday evening. The two ministers will hold formal talks on Tuesday morning. On Wednesday the "
    "visiting minister is expected to be received by President Josip Broz Tito before flying back to "
    "Rome the same evening. Prime Minister Aldo Moro discussed the visit with Tito in a telephone "
    "conversation on Tuesday. Moro will brief President of the Republic Giovanni Leone on the visit at "
    "the Quirinale on Thursday. \"Rumor is going to Belgrade to turn a settlement into a relationship,\" "
    "said Paolo Venturini, a researcher."
)


# A monitor's summary of a broadcast (three rows of GENERAL_RULES read it)
KOIRALA_REPORT = (
    "Nepal: Premier to visit India\n\nText of report by Radio Nepal\n\nKathmandu, 15 December: Prime "
    "Minister Girija Prasad Koirala will leave for New Delhi on Sunday [20 December] on a four-day "
    "official visit to India.\n\nHis Majesty King Birendra granted an audience to Prime Minister Koirala "
    "yesterday [14 December]. The Indian ambassador to Nepal, K. V. Rajan, also called on the prime "
    "minister at Baluwatar yesterday.\n\n[Radio Nepal in Nepali at 1415 gmt adds:] The prime minister's "
    "visit to Dhaka, which had been planned for January, has been put off. The prime minister had "
    "earlier accepted an invitation from Bangladesh Prime Minister Sheikh Hasina."
)


# A newspaper's preview of a ministers' week in Riyadh (two rows of GENERAL_RULES read it)
RIYADH_PREVIEW = (
    "Blinken, Gulf ministers set for talks\n\nRIYADH: Last night Saudi Foreign Minister Prince Faisal bin "
    "Farhan received Jordan's Deputy Prime Minister and "
    "Foreign Minister Ayman Safadi in Riyadh. US Secretary of State Antony Blinken is expected to "
    "arrive in Riyadh on Monday. Blinken is also expected to meet Palestinian Prime Minister Mohammad "
    "Mustafa on the sidelines of the forum on Monday, and to be received by Crown Prince and Prime "
    "Minister Mohammed bin Salman during his stay."
)


# A minister's Nordic week told by the press at home (two rows of GENERAL_RULES read it)
KARJALAINEN_TOUR = (
    "Karjalainen in Oslo\n\nHELSINKI, 9 March - Foreign Minister Ahti Karjalainen arrived in Oslo on Monday. "
    "On Wednesday he goes on to Stockholm, where he is to confer with Foreign Minister Torsten Nilsson on "
    "Thursday. He is also expected to call on Prime Minister Tage Erlander before returning to Helsinki on "
    "Saturday."
)

# A state visit's programme (two rows of GENERAL_RULES read it)
YDIGORAS_PROGRAMME = (
    "Programme of the Official Visit of the President of Guatemala, General Miguel Ydígoras Fuentes\n\n"
    "The Secretariat announces the programme of the official visit which the President of Guatemala, "
    "General Miguel Ydígoras Fuentes, will make to Mexico from 14 to 16 March, at the invitation of "
    "President Adolfo López Mateos.\n\n"
    "Monday 14 March: arrival in Mexico City at noon. State dinner offered by President López Mateos at "
    "the National Palace.\n\n"
    "Tuesday 15 March\n10:00 Talks between the two Presidents at the National Palace.\n"
    "13:30 Luncheon offered in honour of the visiting President by the Secretary of Foreign Relations, "
    "Manuel Tello, at the Secretariat."
)


# A ministry's note on its minister's visit (two rows of GENERAL_RULES read it)
TOKAYEV_RESULTS = (
    "Minister in Urumqi\n\nMinister of Foreign Affairs Kassymzhomart Tokayev returned to Almaty yesterday "
    "from Urumqi. On 16 May K.K. Tokayev held talks with Foreign Minister Qian Qichen in Beijing. In Urumqi "
    "he met representatives of the business circles of the Xinjiang Uygur Autonomous Region, among them "
    "Zhang Hong, general manager of a regional foreign trade corporation."
)


# A newspaper's preview of a Caribbean tour (two rows of GENERAL_RULES read it)
PATTERSON_SWING = (
    "PM off on Caribbean swing\n\nPrime Minister P.J. Patterson leaves the island tomorrow on a five-day "
    "Caribbean tour that will take him to Trinidad and Tobago and Barbados, Jamaica House announced. Mr. "
    "Patterson, who arrives in Port of Spain tomorrow afternoon, will hold talks on Thursday with Prime "
    "Minister Basdeo Panday. The president of the Kingston Chamber of Commerce, Mr Winston Dear, welcomed "
    "the visit."
)


HAVANA_BULLETIN = (
    "Peruvian minister in Havana\n\nThe Foreign Minister of Peru, General Miguel Ángel de la Flor "
    "Valle, arrived in Havana this morning for a four-day official visit. On Thursday the visitor is "
    "expected to be received by the Prime Minister, Commander in Chief Fidel Castro. President Osvaldo "
    "Dorticós Torrado will offer a dinner in honour of the Peruvian guest on Friday evening.\n\nIn "
    "other news, Vice Prime Minister Carlos Rafael Rodríguez returned to Havana last night after a "
    "six-day visit to Mexico. In Mexico City he held talks with President Luis Echeverría Álvarez."
)
CARICOM_SUMMIT = (
    "PM off to Caricom summit in Barbados next week\n\nPrime Minister Kamla Persad-Bissessar will lead "
    "Trinidad and Tobago's delegation to the 36th Regular Meeting of the Conference of Heads of "
    "Government of the Caribbean Community in Bridgetown, Barbados, from Thursday to Saturday next "
    "week.\n\nOn the sidelines of the summit, Persad-Bissessar is expected to hold a bilateral meeting "
    "with her Jamaican counterpart, Prime Minister Portia Simpson-Miller.\n\nSummit chairman and host "
    "Freundel Stuart, Barbados's Prime Minister, will welcome the heads at a dinner on Thursday "
    "evening.\n\nForeign Affairs Minister Winston Dookeran returned on Wednesday from Caracas. Caricom "
    "Secretary-General Irwin LaRocque visited Port of Spain on Monday. The Prime Minister is expected "
    "to return home on Saturday night. Other Cabinet ministers will remain in Port of Spain."
)


TRINIDAD_COMMUNIQUE = (
    "Joint communiqué\n\nAt the invitation of the Prime Minister of Trinidad and Tobago, Dr. Eric "
    "Williams, the Prime Minister of Jamaica, Sir Alexander Bustamante, paid an official visit to "
    "Trinidad and Tobago from Tuesday 13th to Friday 16th November, 1962.\n\nThe two Prime "
    "Ministers held talks at Whitehall on 14th November. On the evening of 14th November His "
    "Excellency the Governor-General, Sir Solomon Hochoy, gave a state dinner at Government House "
    "in honour of the visiting Prime Minister."
)


HANSEN_STOCKHOLM = (
    "Hansen to hold Nordic talks in Sweden\n\nDanish Prime Minister H. C. Hansen will fly to "
    "Stockholm on Monday. On Tuesday the Danish leader will be the guest of Swedish Foreign "
    "Minister Östen Undén at a luncheon before flying home in the evening. The delegation will "
    "include Erik Holm-Nielsen, director of the Danish Shipowners' Association. Mr. Hansen spoke "
    "by telephone on Thursday with Swedish Foreign Minister Margaretha af Ugglas."
)


TUILAEPA_WELLINGTON = (
    "PM heads to Wellington for talks with Clark\n\nPRIME Minister Tuilaepa Sailele Malielegaoi "
    "leaves for Wellington on Wednesday for a four-day official visit to New Zealand. Tuilaepa is "
    "expected to hold talks with Prime Minister Helen Clark on Thursday. Pacific Islands Forum "
    "Secretary General Greg Urwin is expected in Wellington next week. Meanwhile, the Head of "
    "State, His Highness Malietoa Tanumafili II, travelled to Savai'i on Friday to open a church "
    "hall. Samoan exporters hope the visit will open doors for taro growers."
)


KYRGYZ_BRIEFING = (
    "Weekly briefing\n\nThe Minister of Foreign Affairs of Kyrgyzstan, Muratbek Imanaliev, will "
    "leave tomorrow for Tashkent on a working visit to the Republic of Uzbekistan on 24-25 June. "
    "On 24 June he will hold talks with the Minister of Foreign Affairs of Uzbekistan, Abdulaziz "
    "Komilov. During the visit the Minister is also expected to be received by President Islam "
    "Karimov."
)


# A state visit's programme with its days in capitals (two rows of GENERAL_RULES read it)
PROGRAMME_IN_CAPITALS = (
    "Programme of the State Visit of the President of Finland to Denmark\n\nAt the invitation of "
    "His Majesty King Frederik IX, President Urho Kekkonen will pay a state visit to Denmark from "
    "Tuesday 13 to Thursday 15 May 1958.\n\nWEDNESDAY 14 MAY\n10.00 Visit to the harbour.\n13.00 "
    "Luncheon offered by the Prime Minister, Mr. H. C. Hansen, at Christiansborg.\n20.00 Dinner "
    "offered by President Kekkonen in honour of King Frederik IX at the Embassy of Finland."
)

# A wire story of a state visit to a state since split up (two rows of GENERAL_RULES read it)
EMPEROR_IN_BELGRADE = (
    "BELGRADE, June 4 (Tanjug) - Emperor Haile Selassie I of Ethiopia, who arrived in Belgrade yesterday "
    "for a ten-day state visit, held talks today with President Josip Broz Tito. The Secretary of State for "
    "Foreign Affairs, Koča Popović, took part on the Yugoslav side. The Emperor is expected to leave "
    "Yugoslavia from Rijeka by sea on 12 June."
)

# A communiqué that names its visitor by a hyphenated title and its host by a style (two rows read it)
GARCIA_IN_LAOS = (
    "At the invitation of the Government of Laos, His Excellency Carlos P. Garcia, Vice-President of the "
    "Philippines, paid an official visit to Laos from 4 to 7 March 1957. On 5 March the Vice-President was "
    "received by His Majesty King Sisavang Vong and conveyed to His Majesty the greetings of President "
    "Ramon Magsaysay. On the same day he held talks with His Royal Highness Prince Souvanna Phouma, Prime "
    "Minister. In the evening His Royal Highness gave a dinner in honour of the Vice-President and Mrs. "
    "Garcia. On 6 March the Vice-President called on the Minister of Foreign Affairs, Mr. Phoui Sananikone."
)

# A home paper's story of its minister back from a tour (two rows of GENERAL_RULES read it)
KETEMA_BACK = (
    "ADDIS ABABA - Foreign Minister Ato Ketema Yifru returned to the capital on Sunday after a tour of West "
    "Africa which took him to Dakar and Lagos, on the instructions of His Imperial Majesty Haile Selassie I. "
    "In Dakar he was received by President Léopold Sédar Senghor. He was received yesterday by His Imperial "
    "Majesty at the Jubilee Palace."
)

# A minister who reports home (two rows of GENERAL_RULES read it)
LANGE_REPORTS = (
    "LONDON, March 6 - Foreign Minister Halvard Lange of Norway ended his talks in London today and flies "
    "back to Oslo tomorrow. He will report to the Prime Minister, Mr. Einar Gerhardsen, on Monday."
)

NAJIB_AND_DUNG = (
    "PUTRAJAYA, March 20 (Bernama) -- Prime Minister Datuk Seri Najib Tun Razak will leave for Bandar Seri "
    "Begawan on Friday for a two-day working visit to Brunei. He will be accompanied by Foreign Minister "
    "Datuk Seri Anifah Aman.\n\nMeanwhile, Vietnamese Prime Minister Nguyen Tan Dung, who arrived here "
    "yesterday, will attend an official luncheon hosted by Deputy Prime Minister Tan Sri Muhyiddin Yassin "
    "today. Dung is accompanied by Foreign Minister Pham Binh Minh."
)
SOLH_IN_CAIRO = (
    "Riad el-Solh Bey, the Lebanese Prime Minister, who arrived in Cairo on Monday for a five-day visit, "
    "held talks yesterday with the Prime Minister, Mustafa el-Nahhas Pasha. Tomorrow el-Solh Bey is "
    "expected to call on Abdul Rahman Azzam Pasha, Secretary-General of the Arab League."
)
STIKKER_JOURNEY = (
    "THE HAGUE, 25 March 1949.\n\nThe Minister for Foreign Affairs, Mr. Dirk U. Stikker, will leave on "
    "Wednesday, 30 March, for Washington. On the eve of his departure, Tuesday, 29 March, the Minister will "
    "be received in audience by Her Majesty Queen Juliana. Mr. Stikker is expected to arrive in Washington "
    "on Thursday, 31 March. On Tuesday, 5 April, the Minister will proceed to Ottawa. The Minister will "
    "leave Ottawa on Thursday, 7 April, and is due back in The Hague on Friday, 8 April."
)
ERIKSEN_PROGRAMME = "\n".join([
    "Official visit to Sweden of the Prime Minister of Denmark, Mr. Erik Eriksen: programme",
    "",
    "Stockholm, 29 May 1952",
    "",
    "The Prime Minister of Denmark, Mr. Erik Eriksen, will pay an official visit to Sweden from 2 to 4 June "
    "at the invitation of the Prime Minister, Mr. Tage Erlander. Mr. Eriksen will be accompanied by the "
    "Danish Minister for Foreign Affairs, Mr. Ole Bjørn Kraft. The Minister for Foreign Affairs, Mr. Östen "
    "Undén, will return to Stockholm on Saturday.",
    "",
    "Monday, 2 June",
    "13.00  Luncheon given by the Prime Minister and Mrs. Erlander at the Grand Hôtel in honour of Mr. and "
    "Mrs. Eriksen.",
    "15.30  Talks at the Prime Minister's Office between Mr. Erlander and Mr. Eriksen, in the presence of "
    "Mr. Undén and Mr. Kraft.",
    "",
    "Tuesday, 3 June",
    "10.00  Mr. Kraft calls on Mr. Undén at the Ministry for Foreign Affairs. Talks between the two Foreign "
    "Ministers.",
    "19.30  Dinner given by the Minister for Foreign Affairs and Mrs. Undén in honour of Mr. Eriksen and Mr. "
    "Kraft.",
    "",
    "Wednesday, 4 June",
    "12.00  Departure from Bromma airport. Mr. Eriksen continues to Oslo for a visit to the Norwegian Prime "
    "Minister, Mr. Oscar Torp.",
])
MAHUTA_TOUR = (
    "Foreign Minister Nanaia Mahuta will travel to Samoa and Tonga from 15 to 19 June. In Apia on "
    "Thursday 16 June, the Foreign Minister will meet the Prime Minister and Minister of Foreign Affairs "
    "and Trade, Fiamē Naomi Mata'afa. Nanaia Mahuta will travel on to Nuku'alofa on Saturday 18 June, "
    "where she will hold talks with Prime Minister Hu'akavameiliku Siaosi Sovaleni."
)
SIO_JOINS = (
    "WELLINGTON, 13 June 2022 - Foreign Minister Nanaia Mahuta will travel to Samoa and Tonga from 15 "
    "to 19 June. The Minister for Pacific Peoples, Aupito William Sio, will join the Foreign Minister in "
    "Samoa. Nanaia Mahuta will travel on to Nuku'alofa on Saturday 18 June."
)
HEUSS_PROGRAMME = (
    "State Visit of Her Majesty Queen Juliana of the Netherlands to the Federal Republic: Programme\n\n"
    "PRESS AND INFORMATION OFFICE OF THE FEDERAL GOVERNMENT\nBonn, 2 June 1958\n\nAt the invitation of "
    "the Federal President, Professor Theodor Heuss, Her Majesty The Queen of the Netherlands will pay a "
    "State Visit to the Federal Republic of Germany from Monday, 16 June, to Thursday, 19 June.\n\n"
    "Wednesday, 18 June - Hamburg\n11.00 hrs  The Queen visits the harbour.\n13.00 hrs  Luncheon given by "
    "the Federal Chancellor, Dr. Konrad Adenauer, at the Town Hall."
)

PID_PROGRAMME = (
    "PRESS INFORMATION DEPARTMENT\nGOVERNMENT OF PAKISTAN\n\nThe Prime Minister of Sri Lanka, Mr. D. B. "
    "Wijetunga, will pay an official visit to Pakistan on 4 and 5 March.\n\nSunday, 4 March\n12.00  Call on "
    "the President, Mr. Ghulam Ishaq Khan, at Aiwan-e-Sadr.\n16.00  Talks between the Foreign Minister, "
    "Mr. Sahabzada Yaqub Khan, and the Foreign Minister of Sri Lanka, Mr. Ranjan Wijeratne, at the Foreign "
    "Office.\n20.30  State banquet hosted by the President in honour of the visiting Prime Minister."
)

ZAKHAROVA_BRIEFING = (
    "Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, February 15, 2017\n\nForeign "
    "Minister Sergey Lavrov will be in Germany from February 16 to 18. In Geneva, Deputy Foreign Minister "
    "Gennady Gatilov will meet with UN Special Envoy for Syria Staffan de Mistura on February 23.\n\n"
    "Question: Mr Lavrov was expected in Tokyo at the end of February. Is that visit still on?\n\nMaria "
    "Zakharova: The visit has been postponed.\n\nQuestion: Will Sergey Lavrov meet with US Secretary of "
    "State Rex Tillerson?\n\nMaria Zakharova: I cannot say yet."
)

MUBARAK_TO_LONDON = (
    "CAIRO, Nov. 3 (MENA) - President Mubarak will address the European Parliament on Wednesday. He will fly "
    "the same evening to London for an official visit to Britain ending on Saturday, during which he is "
    "scheduled to hold talks with Prime Minister Margaret Thatcher."
)

OAS_TOUR = (
    "WASHINGTON, March 13 - The Secretary General of the Organization of American States (OAS), César "
    "Gaviria, will arrive in Port-au-Prince on Sunday, March 17. On the morning of Tuesday, March 19, Dr. "
    "Gaviria will fly from Port-au-Prince to Santo Domingo. He will return to Washington on the evening of "
    "Wednesday, March 20."
)

YEO_DOORSTOP = (
    "Transcript of Minister for Foreign Affairs George Yeo's doorstop interview with the Singapore "
    "media, Tokyo, 5 November 2007\n\nMinister George Yeo: I met Foreign Minister Masahiko Komura this "
    "morning. Tomorrow I will call on Prime Minister Fukuda, and then I leave for Beijing on Wednesday. "
    "The new Prime Minister of Myanmar, General Thein Sein, will lead the Myanmar delegation to the "
    "Summit in Singapore later this month."
)
GENERAL_RULES = [
    (  # 'den' inside a Dutch name
        "Dutch Prime Minister Joop den Uyl received Indonesian Foreign Minister Adam Malik in The Hague "
        "on Monday.",
        "1975-10-24",
        "officials",
        [("Adam Malik", "ID"), ("Joop den Uyl", "NL")],
    ),
    (  # 'Jeddah, May 8, SPA —' is a dateline of the Saudi agency; 'Prince Sultan' + 'bin Abdulaziz' is
        # one name; 'on the Jordanian side' marks the names after it; 'the Jordanian monarch' is its King
        "Jeddah, May 8, SPA — Crown Prince Abdullah bin Abdulaziz, Deputy Premier, received King Abdullah "
        "II of Jordan at Al-Salam Palace in Jeddah this evening. The Jordanian monarch arrived in Jeddah "
        "earlier today on a brief visit. The talks were attended by Prince Sultan bin Abdulaziz, Second "
        "Deputy Premier, and, on the Jordanian side, by Foreign Minister Marwan Muasher.",
        "2002-05-08",
        "officials",
        [
            ("Abdullah II", "JO"),
            ("Abdullah bin Abdulaziz", "SA"),
            ("Marwan Muasher", "JO"),
            ("Sultan bin Abdulaziz", "SA"),
        ],
    ),
    (
        "Jeddah, May 8, SPA — Crown Prince Abdullah bin Abdulaziz, Deputy Premier, received King Abdullah "
        "II of Jordan at Al-Salam Palace in Jeddah this evening. The Jordanian monarch arrived in Jeddah "
        "earlier today on a brief visit.",
        "2002-05-08",
        "trips",
        [("Abdullah II", "SA", "2002-05-08", None)],
    ),
    (  # a sitting minister who was once an ambassador is still an official; 'returned from Laos and is
        # scheduled to fly to Naypyidaw': both are abroad, so Thailand is home; 'called off a visit to
        # Canberra' is no trip
        "By SURASAK THONGJAROEN\n\nForeign Minister Kasit Piromya returned yesterday from a two-day visit "
        "to Laos and is scheduled to fly to Naypyidaw on Monday for a one-day visit. In Vientiane on Monday, "
        "Mr Kasit held "
        "talks with Lao Foreign Minister Thongloun Sisoulith. The minister had, however, called off a visit "
        "to Canberra planned for the end of the month. Mr Kasit, a former ambassador to Washington, has been "
        "a target of the protesters.",
        "2010-03-17",
        "trips",
        [
            ("Kasit Piromya", "LA", "2010-03-15", "2010-03-16"),
            ("Kasit Piromya", "MM", "2010-03-22", "2010-03-22"),
        ],
    ),
    (  # a national agency's story: whom the minister flies 'for talks with' serves that place, and
        # "Thailand's Foreign Minister" is Thai; 'High Representative/Vice-President' is the EU's
        "MOSCOW, March 2 (TASS) - Eduard Shevardnadze, Minister of Foreign Affairs of the USSR, leaves "
        "tomorrow on a tour. From Canberra the Soviet minister will fly to Jakarta for talks with Minister "
        "for Foreign Affairs Mochtar Kusumaatmadja, and on March 8 he will have talks in Bangkok with "
        "Thailand's Foreign Minister Siddhi Savetsila. High Representative/Vice-President Federica "
        "Mogherini will meet him in Moscow.",
        "1987-03-02",
        "officials",
        [
            ("Eduard Shevardnadze", "SU"),
            ("Federica Mogherini", None),
            ("Mochtar Kusumaatmadja", "ID"),
            ("Siddhi Savetsila", "TH"),
        ],
    ),
    (  # 'the HR/VP': the initials of one part of her title
        "High Representative/Vice-President Federica Mogherini met today in Brussels the Foreign Minister "
        "of Serbia, Ivica Dacic. On Monday, the HR/VP spoke by phone with US Secretary of State Rex "
        "Tillerson. On Friday 16 February, the High Representative will travel to Munich.",
        "2018-02-14",
        "meetings",
        [
            ({"Federica Mogherini", "Ivica Dacic"}, "2018-02-14"),
            ({"Federica Mogherini", "Rex Tillerson"}, "2018-02-12"),
        ],
    ),
    (  # a title between commas after a name without one is that name's apposition, not the next
        # name's; a title of two offices joined by 'and' is one title; a week made precise by the day
        # after it ('Earlier this week, on Tuesday, 16 November 2004')
        "1. At the invitation of Dr. Surakiart Sathirathai, Minister of Foreign Affairs of Thailand, H.E. "
        "Mr. Hor Namhong, Deputy Prime Minister and Minister of Foreign Affairs and International "
        "Cooperation of the Kingdom of Cambodia, will pay an official visit to Thailand from 22 to 24 "
        "November 2004.\n\n2. Earlier this week, on Tuesday, 16 November 2004, Minister Surakiart paid a "
        "one-day visit to Kuala Lumpur.",
        "2004-11-19",
        "trips",
        [
            ("Hor Namhong", "TH", "2004-11-22", "2004-11-24"),
            ("Surakiart Sathirathai", "MY", "2004-11-16", "2004-11-16"),
        ],
    ),
    (  # 'returned here on Tuesday from a two-day visit to Dhaka': the visit ended that day
        "NEW DELHI, Feb 18 (PTI) - External Affairs Minister N. D. Tiwari returned here on Tuesday from a "
        "two-day visit to Dhaka, where he held talks with Bangladesh Foreign Minister Humayun Rasheed "
        "Choudhury.",
        "1987-02-18",
        "trips",
        [("N. D. Tiwari", "BD", "1987-02-16", "1987-02-17")],
    ),
    (  # a participle of return 'from' a visit tells a day gone by, whatever the tense of the clause above
        "Indonesian Foreign Minister Marty Natalegawa is stepping up his diplomacy, returning on Wednesday "
        "from a two-day visit to Myanmar and preparing to fly to Brunei this weekend.",
        "2013-08-22",
        "trips",
        [("Marty Natalegawa", "BN", None, None), ("Marty Natalegawa", "MM", "2013-08-20", "2013-08-21")],
    ),
    (  # 'his Thai counterpart' of a foreign minister is the Thai foreign minister, though his country is
        # only known later; 'President and Mrs. Tien Soeharto' are the President and his wife, who is no
        # official; 'give a state banquet' hosts it
        "The Prime Minister of Thailand, General Prem Tinsulanonda, arrived in Jakarta this morning at the "
        "invitation of President Soeharto. The Prime Minister is accompanied by his Foreign Minister, Air "
        "Chief Marshal Siddhi Savetsila. This afternoon the Minister of Foreign Affairs, Mochtar "
        "Kusumaatmadja, and his Thai counterpart met at the Department of Foreign Affairs. On Tuesday "
        "evening President and Mrs. Tien Soeharto will give a state banquet in honour of the guest.",
        "1983-05-16",
        "meetings",
        [
            ({"Mochtar Kusumaatmadja", "Siddhi Savetsila"}, "1983-05-16"),
            ({"Soeharto", "Prem Tinsulanonda"}, "1983-05-17"),
        ],
    ),
    (
        "I spoke by telephone yesterday with the Foreign Minister of the Netherlands, Mr Chris van der "
        "Klaauw, about the Middle East, Irish Foreign Minister Michael O'Kennedy said.",
        "1979-09-21",
        "officials",
        [("Chris van der Klaauw", "NL"), ("Michael O'Kennedy", "IE")],
    ),
    (  # a programme's weekdays run on from the days it told ('Wednesday', published on a Wednesday, is the
        # visit's); a return 'from' a domestic tour ends no stay abroad; a quotation's present tense does not
        # make a planned visit done; 'his Italian guest' is the visitor the story is about, not his companion
        RUMOR_VISIT,
        "1976-03-10",
        "trips",
        [
            ("Luigi Granelli", "YU", "1976-03-15", "1976-03-17"),
            ("Mariano Rumor", "YU", "1976-03-15", "1976-03-17"),
        ],
    ),
    (
        RUMOR_VISIT,
        "1976-03-10",
        "meetings",
        [
            ({"Milos Minic", "Mariano Rumor"}, "1976-03-15"),
            ({"Milos Minic", "Mariano Rumor"}, "1976-03-16"),
            ({"Mariano Rumor", "Josip Broz Tito"}, "1976-03-17"),
            ({"Aldo Moro", "Josip Broz Tito"}, "1976-03-09"),
            ({"Aldo Moro", "Giovanni Leone"}, "1976-03-11"),
        ],
    ),
    (  # a bare surname two officials share is the one the story is about; a briefing is an encounter
        "President Kim Dae-jung will fly to Pyongyang tomorrow, officials said. President Kim will be "
        "greeted at the airport tomorrow by Kim Yong-nam, president of the Presidium. On Saturday, Kim "
        "briefed US President Bill Clinton on his plans by telephone.",
        "2000-06-12",
        "meetings",
        [({"Kim Dae-jung", "Kim Yong-nam"}, "2000-06-13"), ({"Kim Dae-jung", "Bill Clinton"}, "2000-06-10")],
    ),
    (  # countries as they were on the day: a Soviet minister in Belgrade in 1976 visits Yugoslavia, and
        # one from Tbilisi in Moscow goes nowhere abroad
        "MOSCOW (TASS) - Soviet Foreign Minister Eduard Shevardnadze left Moscow on Monday for Belgrade, "
        "where he will hold talks with Yugoslav Foreign Minister Budimir Loncar. Georgian party leader Givi "
        "Gumbaridze arrived in Moscow on Sunday.",
        "1989-03-07",
        "trips",
        [("Eduard Shevardnadze", "YU", "1989-03-06", None)],
    ),
    (
        "PRAGUE - Czechoslovak Foreign Minister Jiri Dienstbier met Soviet Foreign Minister Eduard "
        "Shevardnadze in Prague on Tuesday.",
        "1990-06-13",
        "officials",
        [("Eduard Shevardnadze", "SU"), ("Jiri Dienstbier", "CS")],
    ),
    (  # 'will be in Japan for four days before flying to Hanoi on Sunday for a two-day stay': each stay
        # its own length
        "NEW DELHI: The external affairs minister, Mr P. V. Narasimha Rao, leaves for Tokyo on Thursday on a "
        "five-day tour of Japan and Vietnam. Mr Rao will be in Japan for four days before flying to Hanoi on "
        "Sunday for a two-day stay.",
        "1984-06-12",
        "trips",
        [
            ("P. V. Narasimha Rao", "JP", "1984-06-14", "1984-06-17"),
            ("P. V. Narasimha Rao", "VN", "1984-06-17", "1984-06-18"),
        ],
    ),
    (  # 'in what officials in Canberra describe as' is no destination; 'will finish with a day-long visit
        # to Port Vila ..., returning to Canberra that night' is a stop of its own, and the return ends it,
        # not the stay 'for two days' before it
        HAYDEN_TOUR,
        "1987-02-16",
        "trips",
        [
            ("Bill Hayden", "ID", "1987-02-18", "1987-02-20"),
            ("Bill Hayden", "PG", "1987-02-21", "1987-02-22"),
            ("Bill Hayden", "VU", "1987-02-23", "1987-02-23"),
        ],
    ),
    (  # the home government is not where its minister goes; 'is understood to have spoken on Sunday': past
        HAYDEN_TOUR,
        "1987-02-16",
        "meetings",
        [({"Hawke", "Bill Hayden"}, "1987-02-15")],
    ),
    (HAYDEN_TOUR, "1987-02-16", "officials", [("Bill Hayden", "AU"), ("Hawke", "AU")]),
    (  # 'A proposed stop in Suva, where X was to have called on Y, was dropped': no trip there, no call
        # ('dropped' calls off; 'a' leg in its own sentence); a host met 'during his stay' after a tour
        # is told is met in the host's country
        SUVA_DROPPED,
        "1987-02-16",
        "trips",
        [
            ("Bill Hayden", "ID", "1987-02-18", "1987-02-20"),
            ("Bill Hayden", "PG", "1987-02-21", "1987-02-22"),
            ("Bill Hayden", "VU", "1987-02-23", "1987-02-23"),
        ],
    ),
    (SUVA_DROPPED, "1987-02-16", "places", [({"Bill Hayden", "Suharto"}, "Jakarta")]),
    (  # 'will join Mr Hayden for the Port Moresby leg': that stop only
        HAYDEN_LEGS,
        "1987-02-16",
        "trips",
        [
            ("Bill Hayden", "ID", "1987-02-18", "1987-02-20"),
            ("Bill Hayden", "PG", "1987-02-21", "1987-02-22"),
            ("Bill Hayden", "VU", "1987-02-23", "1987-02-23"),
            ("Kim Beazley", "PG", "1987-02-21", "1987-02-22"),
        ],
    ),
    (  # 'The centrepiece of the trip is a round of talks on Thursday with X': the traveller's, 'with' on
        # the round; 'In Port Vila, X will hold talks' told after them: the day of the day-long stop there
        HAYDEN_LEGS,
        "1987-02-16",
        "meetings",
        [
            ({"Bill Hayden", "Mochtar Kusumaatmadja"}, "1987-02-19"),
            ({"Bill Hayden", "Walter Lini"}, "1987-02-23"),
        ],
    ),
    (  # 'X will receive Y for the Summit, to be held in Porto from 30 January to 1 February': Y's stay
        "The Prime Minister, Aníbal Cavaco Silva, will receive the President of the Government of Spain, "
        "Felipe González, for the Portuguese-Spanish Summit, to be held in Porto from 30 January to 1 "
        "February.",
        "1989-01-18",
        "trips",
        [("Felipe González", "PT", "1989-01-30", "1989-02-01")],
    ),
    (  # a programme's items parted by semicolons, each on its own day; 'a working dinner offered by X to
        # Y'; 'a visit by Y to Lisbon, where he will be received': he is the visitor
        "The Prime Minister, Aníbal Cavaco Silva, will host the Portuguese-Spanish Summit in Porto. The "
        "programme is as follows: on the evening of 30 January, a working dinner offered by the Prime "
        "Minister to the President of the Government of Spain, Felipe González; on 1 February, a visit by "
        "the President of the Government of Spain to Lisbon, where he will be received by the President of "
        "the Republic, Mário Soares, at Belém Palace.",
        "1989-01-18",
        "meetings",
        [
            ({"Aníbal Cavaco Silva", "Felipe González"}, "1989-01-30"),
            ({"Felipe González", "Mário Soares"}, "1989-02-01"),
        ],
    ),
    (  # a quotation that opens 'At the invitation of X, Y, President of Z, paid a visit' (the parser
        # loses the subject: parsed again without the fronted phrase); 'offered a state dinner in honour
        # of his guest': the king's meal for him
        DIOUF_VISIT,
        "1989-05-22",
        "trips",
        [("Abdou Diouf", "MA", "1989-05-19", "1989-05-21")],
    ),
    (DIOUF_VISIT, "1989-05-22", "meetings", [({"Hassan II", "Abdou Diouf"}, "1989-05-19")]),
    (  # 'the upcoming visit of A and B to Washington': both travel (however the parser reads the names)
        POMPEO_CALL,
        "2019-12-11",
        "trips",
        [("Rajnath Singh", "US", None, None), ("Subrahmanyam Jaishankar", "US", None, None)],
    ),
    (  # 'discussed preparations for the Dialogue, which X will host in Washington on December 18': not only
        # a topic, an encounter of its own, on its holder's day and in its tense
        POMPEO_CALL,
        "2019-12-11",
        "meetings",
        [
            ({"Michael R. Pompeo", "Subrahmanyam Jaishankar"}, "2019-12-11"),
            ({"Michael R. Pompeo", "Mark T. Esper", "Rajnath Singh"}, "2019-12-18"),
        ],
    ),
    (  # 'received at the Moncloa Palace the President of the Republic of Chile, X': the title a second
        # 'the' opens, not the palace's (X was Spain's)
        "The President of the Government, Felipe González, today received at the Moncloa Palace the "
        "President of the Republic of Chile, Eduardo Frei Ruiz-Tagle, who is making an official visit to "
        "Spain from 6 to 9 November.",
        "1994-11-07",
        "officials",
        [("Eduardo Frei Ruiz-Tagle", "CL"), ("Felipe González", "ES")],
    ),
    (  # 'the Minister for Foreign Affairs, X, and his Chilean counterpart': X's counterpart; 'Later that
        # morning, Z will meet W': the morning of the encounter told just before, whoever took part
        "President Eduardo Frei of Chile arrived in Madrid yesterday with the Chilean Minister for Foreign "
        "Affairs, José Miguel Insulza. Tomorrow, the Minister for Foreign Affairs, Javier Solana, and his "
        "Chilean counterpart will hold a working breakfast at the Palacio de Santa Cruz. Later that morning, "
        "President Frei will meet the Minister for Economy and Finance, Pedro Solbes.",
        "1994-11-07",
        "meetings",
        [
            ({"Javier Solana", "José Miguel Insulza"}, "1994-11-08"),
            ({"Eduardo Frei", "Pedro Solbes"}, "1994-11-08"),
        ],
    ),
    (  # 'leave for Arusha on Thursday ... before proceeding to Kampala', then 'will fly to Kampala on
        # Friday afternoon for a state visit ending on Sunday': the leg's own day; 'will accompany the
        # President on both legs of the trip': every leg
        "President Kibaki will on Thursday leave for Arusha, Tanzania, to attend an extraordinary summit of "
        "East African Community heads of state before proceeding to Kampala for a three-day state visit. The "
        "two-day summit will be chaired by President Jakaya Kikwete. From Arusha, the President will fly to "
        "Kampala on Friday afternoon for a state visit ending on Sunday. Foreign Affairs minister Raphael "
        "Tuju will accompany the President on both legs of the trip.",
        "2006-03-14",
        "trips",
        [
            ("Kibaki", "TZ", "2006-03-16", "2006-03-17"),
            ("Kibaki", "UG", "2006-03-17", "2006-03-19"),
            ("Raphael Tuju", "TZ", "2006-03-16", "2006-03-17"),
            ("Raphael Tuju", "UG", "2006-03-17", "2006-03-19"),
        ],
    ),
    (  # 'will spend two days in Ulan Bator and return to Washington on Sunday': Sunday is the return's
        "U.S. Secretary of State James A. Baker III said on Wednesday he would fly to Mongolia on Friday. He "
        "will spend two days in Ulan Bator and return to Washington on Sunday.",
        "1991-07-24",
        "trips",
        [("James A. Baker III", "MN", "1991-07-26", "1991-07-28")],
    ),
    (  # 'In Budapest Mr Aubert will meet X', which the parser hangs on the name: placed there all the same
        "Swiss Federal Councillor Pierre Aubert will travel to Vienna on Thursday for a two-day official "
        "visit to Austria. He will then continue to Budapest, where he will stay from 23 to 25 May. In "
        "Budapest Mr Aubert will meet Foreign Minister Frigyes Puja on 23 May.",
        "1981-05-19",
        "places",
        [({"Pierre Aubert", "Frigyes Puja"}, "Budapest")],
    ),
    (  # 'Lagos' is the city, though a known official's surname
        "Ghana's head of state, Jerry Rawlings, arrived in Lagos on Monday for talks with President Ibrahim "
        "Babangida.",
        "1986-07-15",
        "trips",
        [("Jerry Rawlings", "NG", "1986-07-14", None)],
    ),
    (  # 'will travel on from Brussels to Luxembourg' tomorrow: the next stop, and the day the stay ends
        "Irish Foreign Minister Simon Coveney travelled to Brussels today to meet Michel Barnier. Tomorrow "
        "he will travel on from Brussels to Luxembourg, where he will meet Foreign Minister Jean Asselborn.",
        "2019-06-12",
        "trips",
        [("Simon Coveney", "BE", "2019-06-12", "2019-06-13"), ("Simon Coveney", "LU", "2019-06-13", None)],
    ),
    (  # 'The Chinese delegation includes: A; B': a list the colon opens, parted by semicolons
        "Ulaanbaatar, April 27 /MONTSAME/. Chinese Premier Li Peng arrived in Ulaanbaatar on Tuesday for an "
        "official visit that will last until April 29.\n\nThe Chinese delegation includes: Vice Premier and "
        "Minister of Foreign Affairs Qian Qichen; Minister of Foreign Trade and Economic Cooperation Wu Yi.",
        "1994-04-27",
        "trips",
        [
            ("Li Peng", "MN", "1994-04-26", "1994-04-29"),
            ("Qian Qichen", "MN", "1994-04-26", "1994-04-29"),
            ("Wu Yi", "MN", "1994-04-26", "1994-04-29"),
        ],
    ),
    (  # 'On the 16th I will travel': that day of the month the tense points to (here this month's)
        "Statement by Foreign Minister Thorvald Stoltenberg\n\nI have just concluded two days of talks in "
        "Moscow with the Russian Foreign Minister, Andrei Kozyrev. On the 16th I will travel to Copenhagen "
        "for a one-day visit, where I will meet Foreign Minister Uffe Ellemann-Jensen.",
        "1992-09-09",
        "trips",
        [("Thorvald Stoltenberg", "DK", "1992-09-16", "1992-09-16")],
    ),
    (  # a rank written out opens a name without being part of it: 'Commodore Voreqe Bainimarama'
        "Fijian Prime Minister Commodore Voreqe Bainimarama will host Papua New Guinea Prime Minister Peter "
        "O'Neill at a state dinner in Suva on Saturday.",
        "2013-07-04",
        "officials",
        [("Peter O'Neill", "PG"), ("Voreqe Bainimarama", "FJ")],
    ),
    (  # styles that open a name are no part of it: 'Comrade Mengistu Haile Mariam', 'Archbishop X'
        "ADDIS ABABA, October 25 (ENA) - Comrade Mengistu Haile Mariam, President of the People's "
        "Democratic Republic of Ethiopia, held talks today with President Ali Hassan Mwinyi of Tanzania. "
        "Archbishop Achille Silvestrini, Secretary of the Council for the Public Affairs of the Church, was "
        "present.",
        "1988-10-25",
        "meetings",
        [({"Mengistu Haile Mariam", "Ali Hassan Mwinyi"}, "1988-10-25")],
    ),
    (  # 'His Excellency X, Jr., Secretary of Foreign Affairs of the Republic of the Philippines': the
        # title after the name, not the style; 'the two Foreign Ministers held a bilateral meeting': a
        # Secretary of Foreign Affairs is one; 'pay courtesy calls on A and on B': one each
        "PRESS RELEASE\n\nHis Excellency Domingo L. Siazon, Jr., Secretary of Foreign Affairs of the "
        "Republic of the Philippines, is on an official visit to Malaysia from 16 to 18 February 1998 at the "
        "invitation of Dato' Seri Abdullah Haji Ahmad Badawi, Minister of Foreign Affairs of Malaysia."
        "\n\nIn the afternoon, the two Foreign Ministers held a bilateral meeting at Wisma Putra. Tomorrow, "
        "Secretary Siazon is scheduled to pay courtesy calls on Prime Minister Mahathir Mohamad and on "
        "Deputy Prime Minister Anwar Ibrahim.",
        "1998-02-17",
        "meetings",
        [
            ({"Domingo L. Siazon, Jr.", "Abdullah Haji Ahmad Badawi"}, "1998-02-17"),
            ({"Domingo L. Siazon, Jr.", "Mahathir Mohamad"}, "1998-02-18"),
            ({"Domingo L. Siazon, Jr.", "Anwar Ibrahim"}, "1998-02-18"),
        ],
    ),
    (  # 'the telephone conversation held with his Greek counterpart on January 10': a call of that day
        YEREVAN_TALKS,
        "2025-01-16",
        "meetings",
        [
            ({"Ararat Mirzoyan", "Giorgos Gerapetritis"}, "2025-01-15"),
            ({"Ararat Mirzoyan", "Giorgos Gerapetritis"}, "2025-01-10"),
        ],
    ),
    (  # (the same: 'invited X to pay an official visit to Athens. The invitation was accepted': X's trip,
        # planned, on no day yet; an invitation not said accepted is no trip)
        YEREVAN_TALKS,
        "2025-01-16",
        "trips",
        [("Ararat Mirzoyan", "GR", None, None), ("Giorgos Gerapetritis", "AM", None, None)],
    ),
    (  # 'took part in the summit hosted by President of Finland X. The summit was also attended by Y': one
        # meeting of all three
        "President of Ukraine Volodymyr Zelenskyy arrived in Helsinki on an official visit. Today, Volodymyr "
        "Zelenskyy took part in the Nordic-Ukrainian summit hosted by President of Finland Sauli Niinisto. "
        "The summit was also attended by Prime Minister of Sweden Ulf Kristersson.",
        "2023-05-03",
        "meetings",
        [({"Volodymyr Zelenskyy", "Sauli Niinisto", "Ulf Kristersson"}, "2023-05-03")],
    ),
    (  # 'to meet X on Monday and to be received by Y the next day': the conjoined verb's own day; 'he' of
        # 'Yeltsin's visit ..., during which he is to hold talks' is Yeltsin
        NORDIC_TOUR,
        "1992-12-03",
        "meetings",
        [
            ({"Andrei Kozyrev", "Paavo Vayrynen"}, "1992-12-07"),
            ({"Andrei Kozyrev", "Mauno Koivisto"}, "1992-12-08"),
            ({"Boris Yeltsin", "Yang Shangkun"}, None),
        ],
    ),
    (  # (the same: 'visit to China, now set for Dec. 18-20' on the days it is set for)
        NORDIC_TOUR,
        "1992-12-03",
        "trips",
        [
            ("Andrei Kozyrev", "FI", "1992-12-07", "1992-12-08"),
            ("Boris Yeltsin", "CN", "1992-12-18", "1992-12-20"),
        ],
    ),
    (  # 'The two Ministers of Foreign Affairs held a working session' after the heads' talks: the two
        # ministers; 'the Organisation of the Islamic Conference' is no meeting
        COMMUNIQUE_TALKS,
        "1989-05-22",
        "meetings",
        [
            ({"Hassan II", "Abdou Diouf"}, "1989-05-19"),
            ({"Abdellatif Filali", "Ibrahima Fall"}, "1989-05-20"),
        ],
    ),
    (  # (the same: 'and agreed to convene the Joint Commission in Dakar' is a plan's place, no trip there)
        COMMUNIQUE_TALKS,
        "1989-05-22",
        "trips",
        [("Abdou Diouf", "MA", None, None)],
    ),
    (  # 'the premier' is the Prime Minister the article is about (named before and most often), not the
        # Premier just named
        "Prime Minister Anand Panyarachun will on Wednesday depart for Beijing on a week-long trip to China "
        "and Japan. The premier will be in China from July 24 to 27 and in Japan from July 27 to 30.\n\nOn "
        "Thursday, Mr Anand will hold talks with Premier Li Peng. On Friday, the premier is scheduled to "
        "meet Vice Premier Zhu Rongji.",
        "1991-07-22",
        "meetings",
        [
            ({"Anand Panyarachun", "Li Peng"}, "1991-07-25"),
            ({"Anand Panyarachun", "Zhu Rongji"}, "1991-07-26"),
        ],
    ),
    (  # 'the premier' is the Prime Minister; 'will be in China from July 24 to 27 and in Japan from July
        # 27 to 30': each stay on its own dates (the parser hangs the second on the first range)
        "Prime Minister Anand Panyarachun will on Wednesday depart for Beijing on the first leg of a "
        "week-long trip to China and Japan. The premier will be in China from July 24 to 27 and in Japan "
        "from July 27 to 30.",
        "1991-07-22",
        "trips",
        [
            ("Anand Panyarachun", "CN", "1991-07-24", "1991-07-27"),
            ("Anand Panyarachun", "JP", "1991-07-27", "1991-07-30"),
        ],
    ),
    (  # a President-elect holds no office yet: no official, so no meeting
        "Ethiopian Prime Minister Hailemariam Desalegn arrived in Nairobi last night. The visiting premier "
        "will also pay a courtesy call on President-elect Uhuru Kenyatta at his home.",
        "2013-03-22",
        "officials",
        [("Hailemariam Desalegn", "ET")],
    ),
    (  # 'will accompany the Prime Minister on the tour, together with senior officials': the companion
        # goes; 'the Prime Minister' is the one named first when two are named as often
        "Prime Minister Ranil Wickremesinghe will be in Singapore from 2 to 4 October at the invitation of "
        "Prime Minister Lee Hsien Loong. Foreign Affairs Minister Tilak Marapana will accompany the Prime "
        "Minister on the tour, together with senior officials.\n\nOn Tuesday, Prime Minister Wickremesinghe "
        "will hold official talks with Prime Minister Lee Hsien Loong.",
        "2017-09-25",
        "trips",
        [
            ("Ranil Wickremesinghe", "SG", "2017-10-02", "2017-10-04"),
            ("Tilak Marapana", "SG", "2017-10-02", "2017-10-04"),
        ],
    ),
    (  # 'will be accompanied by A and B' after 'leaves for Tokyo on Sunday' (present tense): the
        # companions go on the one trip told before, not on a past visit told after
        "President Corazon Aquino leaves for Tokyo on Sunday for a four-day state visit to Japan. The "
        "President will be accompanied by Finance Secretary Jaime Ongpin and Trade Secretary Jose "
        "Concepcion.\n\nThe Tokyo trip comes two months after Mrs. Aquino's visit to the United States.",
        "1986-11-06",
        "trips",
        [
            ("Corazon Aquino", "JP", "1986-11-09", "1986-11-12"),
            ("Corazon Aquino", "US", None, None),
            ("Jaime Ongpin", "JP", "1986-11-09", "1986-11-12"),
            ("Jose Concepcion", "JP", "1986-11-09", "1986-11-12"),
        ],
    ),
    (  # 'I' in a statement given whole after 'X issued the following statement:' is X; 'my Macedonian
        # colleague' is an official; the host of 'hosted a working lunch for me' in Belgrade, where the
        # author travelled, serves Serbia
        GIVEN_STATEMENT,
        "2010-03-18",
        "officials",
        [
            ("Antonio Milososki", "MK"),
            ("Michael Spindelegger", "AT"),
            ("Milo Djukanovic", "ME"),
            ("Mirko Cvetkovic", "RS"),
        ],
    ),
    (  # (the same statement's meetings: the author's)
        GIVEN_STATEMENT,
        "2010-03-18",
        "meetings",
        [
            ({"Mirko Cvetkovic", "Michael Spindelegger"}, "2010-03-16"),
            ({"Michael Spindelegger", "Milo Djukanovic"}, "2010-03-17"),
            ({"Michael Spindelegger", "Antonio Milososki"}, "2010-03-18"),
        ],
    ),
    (  # in a national agency's story, an unmarked official a visitor met abroad serves the place's
        # country, not the agency's ('in Cairo, where he held talks with President Hosni Mubarak')
        "AMMAN, Oct. 11 (Petra) -- His Majesty King Hussein this morning received at the Hashimiyah Palace "
        "Japan's Foreign Minister Shintaro Abe, who arrived in the Kingdom yesterday.\n\nMr. Abe leaves for "
        "Riyadh tomorrow, where he is expected to be received by King Fahd Ibn Abdul Aziz.\n\nMr. Abe began "
        "the tour in Cairo, where he held talks with President Mohammad Hosni Mubarak on Saturday.",
        "1983-10-11",
        "officials",
        [
            ("Fahd Ibn Abdul Aziz", "SA"),
            ("Hussein", "JO"),
            ("Mohammad Hosni Mubarak", "EG"),
            ("Shintaro Abe", "JP"),
        ],
    ),
    (  # 'on Monday (2)': a weekday with its day of the month; 'from 2 to 4 October' (the model's entity
        # held only the month)
        "Prime Minister Ranil Wickremesinghe will leave the island on Monday (2) on an official tour of "
        "Singapore and Malaysia. The Prime Minister will be in Singapore from 2 to 4 October. On Tuesday "
        "(3), Prime Minister Wickremesinghe will hold official talks with Prime Minister Lee Hsien Loong.",
        "2017-09-25",
        "meetings",
        [({"Ranil Wickremesinghe", "Lee Hsien Loong"}, "2017-10-03")],
    ),
    (  # 'On 19-20 May': the model leaves the month out of the range's entity
        "On 19-20 May, as OSCE Chairman-in-Office, Polish Minister of Foreign Affairs Zbigniew Rau will "
        "pay a visit to Vienna.",
        "2022-05-18",
        "trips",
        [("Zbigniew Rau", "AT", "2022-05-19", "2022-05-20")],
    ),
    (  # a transcript's speaker labels ('PRIME MINISTER OF SPAIN JOSÉ LUIS RODRÍGUEZ ZAPATERO
        # (retranslated):'): 'I' is the speaker of the label before it
        "Talks with Prime Minister of Spain José Luis Rodríguez Zapatero\n\nPRESIDENT OF RUSSIA DMITRY "
        "MEDVEDEV: Mr Prime Minister, I am very glad to welcome you to Sochi.\n\nPRIME MINISTER OF SPAIN "
        "JOSÉ LUIS RODRÍGUEZ ZAPATERO (retranslated): Thank you, Mr President. Tomorrow I will travel on "
        "to Moscow, where I will meet with Prime Minister Vladimir Putin.",
        "2010-09-15",
        "meetings",
        [({"José Luis Rodríguez Zapatero", "Vladimir Putin"}, "2010-09-16")],
    ),
    (  # 'Statement of Minister of Foreign Affairs Nikos Dendias following his meeting with X': the
        # headline names the author of the first person (the body opens with a speaker label 'N. DENDIAS:')
        "Statement of Minister of Foreign Affairs Nikos Dendias following his meeting with the Minister of "
        "Foreign Affairs of Egypt, Sameh Shoukry\n\nDear Minister, thank you for your warm welcome. "
        "Tomorrow I will travel to Amman, where I will hold talks with the Deputy Prime Minister and "
        "Minister of Foreign Affairs, Ayman Safadi.",
        "2022-06-14",
        "meetings",
        [({"Nikos Dendias", "Ayman Safadi"}, "2022-06-15")],
    ),
    (  # a first-person statement signed at its end ('Simon Coveney TD / Tánaiste ...'): 'I' is the
        # signatory; 'the Secretary of State for Northern Ireland, Karen Bradley MP' (a post-nominal
        # after the name) is a UK minister
        SIGNED_STATEMENT,
        "2019-06-12",
        "officials",
        [("Karen Bradley", "GB"), ("Michel Barnier", None), ("Simon Coveney", "IE")],
    ),
    (  # (the same statement's trips: the signatory's)
        SIGNED_STATEMENT,
        "2019-06-12",
        "trips",
        [("Simon Coveney", "BE", "2019-06-12", None), ("Simon Coveney", "GB", "2019-06-10", "2019-06-10")],
    ),
    (  # 'the two Heads of State held a private meeting' after their ministers met: the two heads
        "At the invitation of Colombian President Álvaro Uribe, President of Peru Alejandro Toledo made a "
        "State Visit to Colombia on 18 and 19 August 2004, accompanied by Foreign Minister Manuel "
        "Rodríguez Cuadros.\n\nOn 18 August, Colombian Foreign Minister Carolina Barco and Manuel "
        "Rodríguez Cuadros met at the Palacio de San Carlos.\n\nOn 19 August the two Heads of State held "
        "a private meeting at the Casa de Nariño.",
        "2004-08-19",
        "meetings",
        [
            ({"Carolina Barco", "Manuel Rodríguez Cuadros"}, "2004-08-18"),
            ({"Álvaro Uribe", "Alejandro Toledo"}, "2004-08-19"),
        ],
    ),
    (  # 'On October 22-25, at the invitation of President X, President of Mongolia Y will pay a state
        # visit': the fronted phrases parsed away, Y is the subject (the parser hung him on X)
        "On October 22-25, at the invitation of President of Kazakhstan Nursultan Nazarbayev, President "
        "of Mongolia Tsakhiagiin Elbegdorj will pay a state visit to Kazakhstan.",
        "2013-10-21",
        "trips",
        [("Tsakhiagiin Elbegdorj", "KZ", "2013-10-22", "2013-10-25")],
    ),
    (  # 'Later in the day' after 'During the talks, A and B witnessed ...': the talks' day (told in the
        # lead), not the arrival's told in between; 'met X on Tuesday and later dined with Y' keeps
        # its parse (no day ends 'on Tuesday and later')
        "TEHRAN, May 2 (Yonhap) -- President Park Geun-hye held summit talks with Iranian President "
        "Hassan Rouhani on Monday.\n\nPark arrived in Tehran on Sunday for a three-day state visit.\n\n"
        "During the talks at Saadabad Palace, Park and Rouhani witnessed the signing of 19 memorandums."
        "\n\nLater in the day, Park met Supreme Leader Ayatollah Ali Khamenei.",
        "2016-05-02",
        "meetings",
        [
            ({"Park Geun-hye", "Hassan Rouhani"}, "2016-05-02"),
            ({"Park Geun-hye", "Ali Khamenei"}, "2016-05-02"),
        ],
    ),
    (  # 'the leaders welcomed the meeting between A and B': that meeting only, not the leaders'
        "Kyiv, 14 December 2010\n\nPresident Viktor Yanukovych and President of the European Council "
        "Herman Van Rompuy held talks today. The leaders welcomed the meeting between High "
        "Representative Catherine Ashton and Foreign Minister Kostyantyn Gryshchenko in Brussels on "
        "6 December.",
        "2010-12-14",
        "meetings",
        [
            ({"Viktor Yanukovych", "Herman Van Rompuy"}, "2010-12-14"),
            ({"Catherine Ashton", "Kostyantyn Gryshchenko"}, "2010-12-06"),
        ],
    ),
    (  # a programme: 'Tuesday, 22 October.' heads its paragraph and dates its 'In the evening'; the visit's
        # 'October 22-25' outlasts a move within the country ('will fly to Almaty'); 'in Asia' is no place
        "On October 22-25, at the invitation of President of Kazakhstan Nursultan Nazarbayev, President of "
        "Mongolia Tsakhiagiin Elbegdorj will pay a state visit to Kazakhstan.\n\nTuesday, 22 October. "
        "Arrival of the President of Mongolia in Astana. In the evening, Nursultan Nazarbayev will host an "
        "informal dinner in honour of President Elbegdorj.\n\nThursday, 24 October. In the morning, "
        "Tsakhiagiin Elbegdorj will meet with Prime Minister of Kazakhstan Serik Akhmetov. In the "
        "afternoon, the President of Mongolia will fly to Almaty.\n\nThe ministers will discuss the "
        "Conference on Interaction and Confidence-Building Measures in Asia.",
        "2013-10-21",
        "trips",
        [("Tsakhiagiin Elbegdorj", "KZ", "2013-10-22", "2013-10-25")],
    ),
    (  # (the same programme's meetings)
        "On October 22-25, President of Mongolia Tsakhiagiin Elbegdorj will pay a state visit to "
        "Kazakhstan.\n\nTuesday, 22 October. Arrival of the President of Mongolia in Astana. In the "
        "evening, President Nursultan Nazarbayev will host an informal dinner in honour of President "
        "Elbegdorj.\n\nThursday, 24 October. In the morning, Tsakhiagiin Elbegdorj will meet with Prime "
        "Minister of Kazakhstan Serik Akhmetov.",
        "2013-10-21",
        "meetings",
        [
            ({"Nursultan Nazarbayev", "Tsakhiagiin Elbegdorj"}, "2013-10-22"),
            ({"Tsakhiagiin Elbegdorj", "Serik Akhmetov"}, "2013-10-24"),
        ],
    ),
    (  # 'The Summit took place in Kyiv today. The European Union was represented by A and B. Ukraine
        # was represented by C.': one meeting of them all; 'They reviewed ...' is that meeting again
        "Joint Statement following the EU-Ukraine Summit\n\nKyiv, 14 December 2010\n\nThe EU-Ukraine "
        "Summit took place in Kyiv today. The European Union was represented by Herman Van Rompuy, "
        "President of the European Council, and José Manuel Barroso, President of the European "
        "Commission. Ukraine was represented by Viktor Yanukovych, President of Ukraine.\n\nThe leaders "
        "reaffirmed their commitment to political association. They reviewed progress in the "
        "negotiations on the Association Agreement.",
        "2010-12-14",
        "meetings",
        [({"Herman Van Rompuy", "José Manuel Barroso", "Viktor Yanukovych"}, "2010-12-14")],
    ),
    (  # a body's release (its first official serves no country): a minister serves the country the
        # release is filed from, the body's officials none
        "Joint Statement following the EU-Ukraine Summit\n\nKyiv, 14 December 2010\n\nHerman Van Rompuy, "
        "President of the European Council, and Commissioner Štefan Füle met Prime Minister Mykola Azarov "
        "today.",
        "2010-12-14",
        "officials",
        [("Herman Van Rompuy", None), ("Mykola Azarov", "UA"), ("Štefan Füle", None)],
    ),
    (  # 'A and the visiting President of Ghana, B, on Wednesday held talks': parsed without the day;
        # then 'B arrived on Tuesday evening ... The two leaders first held a closed-door meeting': the
        # arrival told after the lead's talks is background, the meeting is the talks' day
        "President Olusegun Obasanjo and the visiting President of the Republic of Ghana, Mr. John Agyekum "
        "Kufuor, on Wednesday held talks at the Presidential Villa, Abuja.\n\nPresident Kufuor arrived in "
        "Abuja on Tuesday evening for a working visit and was received at the airport by senior government "
        "officials.\n\nThe two leaders first held a closed-door meeting lasting about one hour.",
        "2004-07-15",
        "meetings",
        [({"Olusegun Obasanjo", "John Agyekum Kufuor"}, "2004-07-14")],  # (one pair, one day: one record)
    ),
    (  # 'talks between the delegations, which were attended on the Brazilian side by A and B, and on
        # the Mozambican side by C': one meeting of all of them
        "President Luiz Inácio Lula da Silva received the President of Mozambique, Joaquim Chissano, this "
        "morning. Chissano is accompanied by Foreign Minister Leonardo Simão. After a private meeting, the "
        "two presidents led the talks between the delegations, which were attended on the Brazilian side "
        "by the Minister of Foreign Affairs, Celso Amorim, and the Minister of Development, Luiz Fernando "
        "Furlan, and on the Mozambican side by Minister Simão.",
        "2004-05-19",
        "meetings",
        [
            ({"Luiz Inácio Lula da Silva", "Joaquim Chissano"}, "2004-05-19"),
            ({"Luiz Inácio Lula da Silva", "Joaquim Chissano", "Celso Amorim", "Luiz Fernando Furlan",
              "Leonardo Simão"}, "2004-05-19"),
        ],
    ),
    (  # 'will travel to São Paulo tomorrow, where he will meet the governor of the state, X': the
        # journey's day, and a title in lower case before the name
        "Tomorrow Mozambican President Joaquim Chissano will travel to São Paulo, where he will meet the "
        "governor of the state, Geraldo Alckmin, and business leaders.",
        "2004-05-19",
        "meetings",
        [({"Joaquim Chissano", "Geraldo Alckmin"}, "2004-05-20")],
    ),
    (  # 'the Governor of Nuevo León, Jaime Rodríguez Calderón': a place the NER called a person does
        # not stop the title; no bare 'Calderón' taken for President Santos Calderón
        "Canada's Trade Minister François-Philippe Champagne will travel on to Monterrey to meet exporters "
        "and the Governor of Nuevo León, Jaime Rodríguez Calderón. On December 14, Canadian Foreign "
        "Minister Chrystia Freeland is scheduled to meet with President Juan Manuel Santos Calderón in "
        "Bogotá.",
        "2017-12-06",
        "officials",
        [
            ("Chrystia Freeland", "CA"), ("François-Philippe Champagne", "CA"),
            ("Jaime Rodríguez Calderón", "MX"), ("Juan Manuel Santos Calderón", "CO"),
        ],
    ),
    (  # 'The Honorable X, Title,': a style of address opens a name the NER missed
        "The Honorable Domingo L. Siazon, Jr., Secretary of Foreign Affairs of the Republic of the "
        "Philippines, is visiting Japan from February 12 to 16.",
        "1996-02-14",
        "trips",
        [("Domingo L. Siazon, Jr.", "JP", "1996-02-12", "1996-02-16")],
    ),
    (  # 'from 10:30 a.m. to 11:40 a.m. on February 13': a time of day takes the date told after it
        "Japanese Foreign Minister Yukihiko Ikeda held a meeting with Philippine Foreign Secretary "
        "Domingo Siazon from 10:30 a.m. to 11:40 a.m. on February 13 at the Iikura Guest House.",
        "1996-02-14",
        "meetings",
        [({"Yukihiko Ikeda", "Domingo Siazon"}, "1996-02-13")],
    ),
    (  # 'will on Saturday embark on a visit': the verb after a day told before it (parsed again)
        "President Bola Ahmed Tinubu will on Saturday embark on a three-day state visit to Qatar, the "
        "Presidency said on Friday.",
        "2024-03-01",
        "trips",
        [("Bola Ahmed Tinubu", "QA", "2024-03-02", "2024-03-04")],
    ),
    (  # a title as the subject of a main clause is an antecedent of a later 'he', as a name is
        "Nigerian President Bola Tinubu will visit Qatar on Saturday. Foreign Minister Yusuf Tuggar is "
        "expected to meet Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani during the visit. The "
        "President will return to Abuja on Monday, the statement said. The trip comes at the end of a busy "
        "week for the President.\n\nOn Tuesday, he held a video "
        "call with Ghana's President Nana Akufo-Addo.",
        "2024-03-01",
        "meetings",
        [
            ({"Yusuf Tuggar", "Mohammed bin Abdulrahman Al Thani"}, None),
            ({"Bola Tinubu", "Nana Akufo-Addo"}, "2024-02-27"),
        ],
    ),
    (  # 'HE the Prime Minister and Minister of Foreign Affairs': a style, and two titles of one man
        "Doha, February 06 (QNA) - His Highness the Amir Sheikh Tamim bin Hamad Al-Thani met at the Amiri "
        "Diwan today with US Secretary of State HE Antony Blinken.\n\nDuring the meeting, HH the Amir and "
        "the US Secretary of State reviewed the strategic relations.\n\nThe meeting was attended by HE "
        "Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin Abdulrahman bin Jassim "
        "Al-Thani.\n\nLater, HE the Prime Minister and Minister of Foreign Affairs held a session of talks "
        "with the US Secretary of State.",
        "2024-02-06",
        "meetings",
        [
            ({"Tamim bin Hamad Al-Thani", "Antony Blinken", "Mohammed bin Abdulrahman bin Jassim Al-Thani"},
             "2024-02-06"),
            ({"Mohammed bin Abdulrahman bin Jassim Al-Thani", "Antony Blinken"}, "2024-02-06"),
        ],
    ),
    (  # 'the crown prince's visit to Pakistan': a destination of the prince, so Alvi is no Indian
        "Saudi Crown Prince Mohammed bin Salman held talks with Prime Minister Imran Khan on Monday, on the "
        "second day of the crown prince's visit to Pakistan.\n\nOn Monday, the crown prince called on "
        "President Arif Alvi. The crown prince was due to fly out on Monday night. He travels to New Delhi "
        "on Tuesday.",
        "2019-02-18",
        "officials",
        [("Arif Alvi", "PK"), ("Imran Khan", "PK"), ("Mohammed bin Salman", "SA")],
    ),
    (  # '... tomorrow ..., and will then go on to Kuala Lumpur': a later move, not on tomorrow
        "Visit to Indonesia\n\nMEDIA RELEASE\nThe Hon Alexander Downer MP, Minister for Foreign Affairs"
        "\n\nI will travel to Jakarta tomorrow for a two-day visit to Indonesia, and will then go on to "
        "Kuala Lumpur for talks with the Malaysian Government.\n\nOn Thursday I will travel to Kuala "
        "Lumpur. I will return to Canberra on Saturday.",
        "1998-10-12",
        "trips",
        [
            ("Alexander Downer", "ID", "1998-10-13", "1998-10-14"),
            ("Alexander Downer", "MY", "1998-10-15", "1998-10-17"),
        ],
    ),
    (  # published on a Thursday: 'on Wednesday and Thursday' ahead is the Thursday after that Wednesday
        "French President Jacques Chirac leaves on Friday for a week-long tour of West Africa. He ends the "
        "tour in Cotonou on Wednesday and Thursday, holding talks with Beninese President Nicephore Soglo "
        "on Wednesday before flying home on Thursday evening.",
        "1995-07-20",
        "trips",
        [("Jacques Chirac", "BJ", "1995-07-26", "1995-07-27")],
    ),
    (  # 'Prof' is an honorific, no part of the name
        "Ethiopian Foreign Minister Tedros Adhanom Ghebreyesus was received by Foreign Affairs minister Sam "
        "Ongeri. Dr Tedros will meet Prof Ongeri this afternoon.",
        "2013-03-22",
        "meetings",
        [
            ({"Tedros Adhanom Ghebreyesus", "Sam Ongeri"}, None),
            ({"Tedros Adhanom Ghebreyesus", "Sam Ongeri"}, "2013-03-22"),
        ],
    ),
    (  # 'Yesterday, X worked in Odesa region, where he ... met Y': the day of the clause the place's
        # 'where' clause hangs in; 'which the two Koreas agreed on at their June summit': no officials'
        "Yesterday, President Petro Poroshenko worked in Odesa region, where he inspected the new border "
        "checkpoint and met with the region's governor Mikheil Saakashvili. Foreign Minister Pavlo "
        "Klimkin met Prime Minister Algirdas Butkevičius today. North Korean leader Kim Jong-il is expected "
        "to make a return visit to Seoul, which the two Koreas agreed on at their June summit.",
        "2016-06-07",
        "meetings",
        [
            ({"Petro Poroshenko", "Mikheil Saakashvili"}, "2016-06-06"),
            ({"Pavlo Klimkin", "Algirdas Butkevičius"}, "2016-06-07"),
        ],
    ),
    (  # 'spoke this morning ... to discuss the Prime Minister's upcoming visit' (not that day); 'the
        # President congratulated the Prime Minister on his visit to Japan' (the Prime Minister's)
        "This morning, President Obama spoke by phone with Prime Minister Narendra Modi of India to discuss "
        "the Prime Minister's upcoming visit to the United States. The President congratulated the Prime "
        "Minister on his successful visit to Japan earlier this month.",
        "2014-09-16",
        "trips",
        [("Narendra Modi", "JP", None, None), ("Narendra Modi", "US", None, None)],
    ),
    (  # 'hosting X for a dinner on September 29 and for a meeting on September 30' (the parser hangs
        # the second 'for' elsewhere)
        "President Obama looks forward to hosting Prime Minister Narendra Modi for a private dinner at the "
        "White House on September 29 and for a bilateral meeting in the Oval Office on September 30.",
        "2014-09-16",
        "meetings",
        [({"Obama", "Narendra Modi"}, "2014-09-29"), ({"Obama", "Narendra Modi"}, "2014-09-30")],
    ),
    (  # 'The Minister ..., will from 16 to 18 May 2011 undertake a visit to X' (the parser hangs the
        # subject on 'will'), 'and will proceed to Y'; 'will join A and B for a trilateral meeting'
        "The Minister of International Relations and Cooperation, Ms Maite Nkoana-Mashabane, will from 16 "
        "to 18 May 2011 undertake a working visit to the United Republic of Tanzania, and will proceed to "
        "the Republic of Uganda on 19 May 2011.\n\nIn Kampala on 19 May 2011, Minister Nkoana-Mashabane "
        "will join Tanzanian Foreign Minister Bernard Membe and Uganda's Minister of Foreign Affairs, Mr "
        "Sam Kutesa, for a trilateral meeting. The visit forms part of South Africa's efforts.",
        "2011-05-15",
        "meetings",
        [({"Maite Nkoana-Mashabane", "Bernard Membe", "Sam Kutesa"}, "2011-05-19")],
    ),
    (
        "The Minister of International Relations and Cooperation, Ms Maite Nkoana-Mashabane, will from 16 "
        "to 18 May 2011 undertake a working visit to the United Republic of Tanzania, and will proceed to "
        "the Republic of Uganda on 19 May 2011. The visit forms part of South Africa's efforts.",
        "2011-05-15",
        "trips",
        [
            ("Maite Nkoana-Mashabane", "TZ", "2011-05-16", "2011-05-18"),
            ("Maite Nkoana-Mashabane", "UG", "2011-05-19", None),
        ],
    ),
    (  # a capital that is also a known official's name ('Colombo'); 'but the Dhaka leg of his tour ...
        # has been postponed' calls off that stop only; 'The Minister will be accompanied throughout by
        # X': the article's principal minister, not the one named last
        "NEW DELHI: External Affairs Minister Pranab Mukherjee will be in Colombo from January 18 to 20 for "
        "the meeting of the Joint Commission, but the Dhaka leg of his tour, originally scheduled for "
        "January 16 and 17, has been postponed, official sources said here on Friday.\n\nIn Colombo, the "
        "Minister will meet Sri Lankan Foreign Minister Mangala Samaraweera on January 18. Mr. Mukherjee "
        "will also call on the President.\n\nThe Minister will be accompanied throughout by Foreign "
        "Secretary Shivshankar Menon.",
        "2007-01-13",
        "trips",
        [
            ("Pranab Mukherjee", "LK", "2007-01-18", "2007-01-20"),
            ("Shivshankar Menon", "LK", "2007-01-18", "2007-01-20"),
        ],
    ),
    (  # 'continued with the participation of the two countries' delegations, including A and B';
        # 'Earlier in the day' is the story's day, not the day an arrival told in passing ('who arrived
        # ... on September 14'), which only its own sentence refers back to ('held talks that day')
        "September 15, 2010, Sochi\n\nDmitry Medvedev held talks today with Prime Minister of Spain José "
        "Luis Rodríguez Zapatero, who arrived in Sochi on September 14 on a working visit to Russia.\n\nThe "
        "talks began in a restricted format and continued with the participation of the two countries' "
        "delegations, including Minister of Foreign Affairs of Russia Sergei Lavrov and Minister of Foreign "
        "Affairs and Cooperation of Spain Miguel Ángel Moratinos.\n\nEarlier in the day, Dmitry Medvedev had "
        "a telephone conversation with President of Ukraine Viktor Yanukovych.\n\nMoratinos, who arrived "
        "in Moscow on Monday, held talks that day with Foreign Minister Sergei Lavrov.",
        "2010-09-15",
        "meetings",
        [
            ({"Dmitry Medvedev", "José Luis Rodríguez Zapatero", "Sergei Lavrov", "Miguel Ángel Moratinos"},
             "2010-09-15"),
            ({"Dmitry Medvedev", "Viktor Yanukovych"}, "2010-09-15"),
            ({"Miguel Ángel Moratinos", "Sergei Lavrov"}, "2010-09-13"),
        ],
    ),
    (  # 'held a meeting earlier in the day with X' (the parser hangs 'with X' on 'day'), the day of the
        # sentence before, not of the arrival told in a relative clause
        "PORT MORESBY, Nov. 17 Kyodo - Prime Minister Shinzo Abe and his Papua New Guinea counterpart Peter "
        "O'Neill agreed Saturday to expand cooperation, in talks held on the sidelines of the APEC summit."
        "\n\nAbe, who arrived in Port Moresby on Friday night, also held a trilateral meeting earlier in the "
        "day with U.S. Vice President Mike Pence and Australian Prime Minister Scott Morrison.",
        "2018-11-17",
        "meetings",
        [
            ({"Shinzo Abe", "Peter O'Neill"}, "2018-11-17"),
            ({"Shinzo Abe", "Mike Pence", "Scott Morrison"}, "2018-11-17"),
        ],
    ),
    (  # 'left the city-state on Thursday' ends the stay there; going home ends the last stay told that
        # is not a one-day stop
        "Prime Minister Shinzo Abe arrived in Port Moresby on Friday night.\n\nBefore coming to Papua New "
        "Guinea, Abe made a one-day stop in Darwin on Friday.\n\nAbe began the tour in Singapore on "
        "Wednesday and left the city-state on Thursday.\n\nAbe will return to Tokyo on Sunday.",
        "2018-11-17",
        "trips",
        [
            ("Shinzo Abe", "AU", "2018-11-16", "2018-11-16"),
            ("Shinzo Abe", "PG", "2018-11-16", "2018-11-18"),
            ("Shinzo Abe", "SG", "2018-11-14", "2018-11-15"),
        ],
    ),
    (  # 'received X ... for talks on energy, the trade bloc and ...' (things the parser hangs on the verb
        # beside the guest); 'a dinner offered by X'; 'De la Rúa leaves Friday for Quebec City' (the
        # parser's compound of 'leaves' is its subject; 'X City' is the city X)
        "President Fernando de la Rúa received the visiting Chilean President Ricardo Lagos at Government "
        "House yesterday for talks on energy, the Mercosur trade bloc and the mining treaty.\n\nLagos "
        "arrived on Monday evening and was the guest of honour that night at a dinner offered by De la Rúa "
        "at the Olivos presidential residence.\n\nDe la Rúa leaves Friday for Quebec City, where he will "
        "attend the hemispheric summit, and is expected to hold a meeting with US President George W. Bush "
        "on the sidelines on Saturday.",
        "2001-04-18",
        "meetings",
        [
            ({"Fernando de la Rúa", "Ricardo Lagos"}, "2001-04-17"),
            ({"Fernando de la Rúa", "Ricardo Lagos"}, "2001-04-16"),
            ({"Fernando de la Rúa", "George W. Bush"}, "2001-04-21"),
        ],
    ),
    (  # (the parser's 'visiting' takes X as its object, and the day; 'him' is the object of the
        # same verb conjoined before)
        STATE_VISIT,
        "2005-08-18",
        "meetings",
        [
            ({"Hu Jintao", "Mwai Kibaki"}, "2005-08-18"),
            ({"Wen Jiabao", "Mwai Kibaki"}, "2005-08-19"),
            ({"Wu Bangguo", "Mwai Kibaki"}, "2005-08-19"),
        ],
    ),
    (
        STATE_VISIT,
        "2005-08-18",
        "trips",
        [
            ("Chirau Ali Mwakwere", "CN", "2005-08-16", "2005-08-21"),
            ("Mwai Kibaki", "CN", "2005-08-16", "2005-08-21"),
        ],
    ),
    (  # 'will spend Friday and Saturday in Dakar' (the model tags Friday only)
        "French President Jacques Chirac leaves on Friday for a tour of West Africa. The president will "
        "spend Friday and Saturday in Dakar.",
        "1995-07-20",
        "trips",
        [("Jacques Chirac", "SN", "1995-07-21", "1995-07-22")],
    ),
    (  # 'On Saturday Chirac flies on to X' (the parser takes the day into the name's phrase); 'where he
        # will stay until Monday' is the stay's last day, not its first
        "French President Jacques Chirac will visit Senegal. On Saturday Chirac flies on to Abidjan, where "
        "he will stay until Monday.",
        "1995-07-20",
        "trips",
        [("Jacques Chirac", "CI", "1995-07-22", "1995-07-24"), ("Jacques Chirac", "SN", None, None)],
    ),
    (  # ... and is the subject 'his' and 'the two leaders' refer back to
        "French President Jacques Chirac leaves on Friday for West Africa. Foreign Minister Herve de "
        "Charette will hold talks in Dakar with Senegalese Foreign Minister Moustapha Niasse on Friday. On "
        "Saturday Chirac flies on to Abidjan. Ivorian President Henri Konan Bedie will give a state banquet "
        "in his honour on Saturday evening, and the two leaders will hold formal talks on Monday morning.",
        "1995-07-20",
        "meetings",
        [
            ({"Herve de Charette", "Moustapha Niasse"}, "1995-07-21"),
            ({"Henri Konan Bedie", "Jacques Chirac"}, "1995-07-22"),
            ({"Henri Konan Bedie", "Jacques Chirac"}, "1995-07-24"),
        ],
    ),
    (  # a header line 'Name MP, Title' names the author, who speaks as 'I'; whom 'I' calls on in a
        # place serves that place's country
        "Visit to Malaysia\n\nMEDIA RELEASE\nThe Hon Alexander Downer MP, Minister for Foreign Affairs\n\n"
        "On Thursday I will travel to Kuala Lumpur, where I will call on the Prime Minister, Dr Mahathir "
        "Mohamad. I will return to Canberra on Saturday.",
        "1998-10-12",
        "officials",
        [("Alexander Downer", "AU"), ("Mahathir Mohamad", "MY")],
    ),
    (  # a conjoined clause with its own subject keeps its day; a meeting told after a stay of a range of
        # days is undated within it, not dated by the clause before the stay
        "On February 22, Secretary Albright will travel to Tokyo for a one-day stop. In Tokyo, she will "
        "meet with Prime Minister Ryutaro Hashimoto.\n\nThe Secretary will conclude her trip in Beijing "
        "February 23-25. She will meet with President Jiang Zemin, and on February 24, Vice Premier and "
        "Foreign Minister Qian Qichen will host a working lunch for the Secretary.",
        "1997-02-14",
        "meetings",
        [
            ({"Albright", "Ryutaro Hashimoto"}, "1997-02-22"),
            ({"Albright", "Jiang Zemin"}, None),
            ({"Qian Qichen", "Albright"}, "1997-02-24"),
        ],
    ),
    (  # the days right after a trip noun's phrase, hung by the parser on the clause's verb
        "The visit comes ahead of US President Barack Obama's trip to Cuba on March 20-22.",
        "2016-03-11",
        "trips",
        [("Barack Obama", "CU", "2016-03-20", "2016-03-22")],
    ),
    (  # 'the two': the two officials of the encounter just told, or the two its sentence names
        "EU foreign policy chief Federica Mogherini held talks with Cuban Foreign Minister Bruno "
        "Rodríguez Parrilla on Thursday evening, and the two will meet again on Friday. Prime Minister "
        "Junichiro Koizumi briefed U.S. President George W. Bush on his plans when the two met in New York "
        "on Thursday.",
        "2016-03-11",
        "meetings",
        [
            ({"Federica Mogherini", "Bruno Rodríguez Parrilla"}, "2016-03-10"),
            ({"Federica Mogherini", "Bruno Rodríguez Parrilla"}, "2016-03-11"),
            ({"Junichiro Koizumi", "George W. Bush"}, "2016-03-10"),
        ],
    ),
    (  # 'the U.N. chief' is the U.N.'s titled head; 'King Hussein' is not President Saddam Hussein
        "U.N. Secretary-General Kofi Annan is expected to meet President Saddam Hussein on Sunday. The "
        "U.N. chief stopped in Paris on Thursday for talks with French President Jacques Chirac. A planned "
        "stop in Amman to meet King Hussein was called off.",
        "1998-02-21",
        "meetings",
        [({"Kofi Annan", "Saddam Hussein"}, "1998-02-22"), ({"Kofi Annan", "Jacques Chirac"}, "1998-02-19")],
    ),
    (  # 'his American counterpart': the American official of his rank; 'the two leaders' after it
        "US President Barack Obama arrived in Accra last night. This morning, President John Evans Atta "
        "Mills will host a breakfast meeting for his American counterpart at the Osu Castle, after which "
        "the two leaders will hold bilateral talks.",
        "2009-07-11",
        "meetings",
        [
            ({"John Evans Atta Mills", "Barack Obama"}, "2009-07-11"),
            ({"John Evans Atta Mills", "Barack Obama"}, "2009-07-11"),
        ],
    ),
    (  # 'Seoul's chief negotiator' (a place's title, no name with it) is the official so titled
        "South Korea's chief nuclear negotiator Chun Yung-woo will leave for Beijing on Wednesday. "
        "Seoul's chief negotiator will hold a trilateral meeting with his U.S. and Japanese "
        "counterparts, Christopher Hill and Kenichiro Sasae, on Wednesday evening.",
        "2007-02-06",
        "meetings",
        [({"Chun Yung-woo", "Christopher Hill", "Kenichiro Sasae"}, "2007-02-07")],
    ),
    (  # a name the NER cuts after its second word ('Claudia Ruiz' + 'Massieu Salinas'), and its
        # country from 'of the United Mexican States'; 'X also attended.' joins the meeting told
        "On November 16, Mr. Fumio Kishida, Minister for Foreign Affairs, held a meeting with H.E. Ms. "
        "Claudia Ruiz Massieu Salinas, Secretary of Foreign Affairs of the United Mexican States. "
        "Undersecretary for Foreign Affairs Carlos de Icaza also attended.",
        "2015-11-16",
        "meetings",
        [({"Fumio Kishida", "Claudia Ruiz Massieu Salinas", "Carlos de Icaza"}, "2015-11-16")],
    ),
    (  # 'X, who will accompany me on the visit' (the name inside 'Mr X SC MP') goes on my days;
        # 'a working lunch for me and X' (a 'for' parsed as a dative) has us both; 'his visit' in
        # my clause is the one just named; 'business leaders, including Y' are not officials
        "Visit to Indonesia\n\nMedia Release\nThe Hon Stephen Smith MP\nMinister for Foreign Affairs\n\n"
        "I will travel to Jakarta tomorrow for a two-day visit to Indonesia.\n\nOn Wednesday Dr Wirajuda "
        "will host a working lunch for me and the Parliamentary Secretary for Pacific Island Affairs, "
        "Mr Duncan Kerr SC MP, who will accompany me on the visit. On Thursday I will call on President "
        "Susilo Bambang Yudhoyono to discuss preparations for his visit to Australia later this year. I "
        "will also meet Indonesian business leaders, including Arief Santoso, President Director of the "
        "Nusantara Trade Council.",
        "2008-08-19",
        "trips",
        [
            ("Duncan Kerr", "ID", "2008-08-20", "2008-08-21"),
            ("Stephen Smith", "ID", "2008-08-20", "2008-08-21"),
            ("Susilo Bambang Yudhoyono", "AU", None, None),
        ],
    ),
    (  # 'EAM' abbreviates the External Affairs Minister's title; 'to Kazakhstan and Tajikistan'
        # (the second tagged a nationality) is two stops; 'begin his visit in Astana on Monday'
        # is its first day only; meetings 'during which' a two-day visit are not dated
        "External Affairs Minister Yashwant Sinha will pay official visits to Kazakhstan and Tajikistan "
        "from 9-12 June 2003. EAM will begin his visit in Astana on Monday, 9 June. EAM will travel on "
        "to Dushanbe on 11 June for a two-day visit, during which he will call on the President of "
        "Tajikistan, Emomali Rakhmonov.",
        "2003-06-05",
        "trips",
        [
            ("Yashwant Sinha", "KZ", "2003-06-09", "2003-06-11"),
            ("Yashwant Sinha", "TJ", "2003-06-11", "2003-06-12"),
        ],
    ),
    (
        "EAM will travel on to Dushanbe on 11 June for a two-day visit, during which External Affairs "
        "Minister Yashwant Sinha will call on the President of Tajikistan, Emomali Rakhmonov.",
        "2003-06-05",
        "meetings",
        [({"Yashwant Sinha", "Emomali Rakhmonov"}, None)],
    ),
    (  # 'H.E.' ends no sentence
        "On 10 June, External Affairs Minister Yashwant Sinha will call on the President of Kazakhstan, "
        "H.E. Mr. Nursultan Nazarbayev, and hold talks with Foreign Minister H.E. Mr. Kassymzhomart Tokayev.",
        "2003-06-05",
        "meetings",
        [
            ({"Yashwant Sinha", "Nursultan Nazarbayev"}, "2003-06-10"),
            ({"Yashwant Sinha", "Kassymzhomart Tokayev"}, "2003-06-10"),
        ],
    ),
    (  # a plenary session the leaders take part in is no meeting of theirs; a day trip made on
        # another day is not where today's meeting is (no trip of Abe or Modi to Mongolia)
        "Vladimir Putin met with Prime Minister of Japan Shinzo Abe today. The leaders discussed the Treaty "
        "signed during the Russian President's one-day visit to Ulaanbaatar on Tuesday. Later today, "
        "Vladimir Putin, Shinzo Abe and Prime Minister of India Narendra Modi will take part in the "
        "plenary session of the Forum.",
        "2019-09-05",
        "trips",
        [("Vladimir Putin", "MN", "2019-09-03", "2019-09-03")],
    ),
    (
        "Later today, Vladimir Putin, Shinzo Abe and Prime Minister of India Narendra Modi will take part "
        "in the plenary session of the Forum.",
        "2019-09-05",
        "meetings",
        [],
    ),
    (  # 'the President hosted him': 'him' is not the President; 'Following the Oval Office
        # meeting' is that meeting's day, whatever the tense, not the dinner's
        "President Obama welcomed Prime Minister Narendra Modi of India to the White House today for a "
        "meeting in the Oval Office. The Prime Minister arrived in Washington on Monday, and the President "
        "hosted him for a private working dinner at the White House on Monday evening. Following the Oval "
        "Office meeting, Secretary of State John Kerry will host a lunch for the Prime Minister.",
        "2014-09-30",
        "meetings",
        [
            ({"Obama", "Narendra Modi"}, "2014-09-30"),
            ({"Obama", "Narendra Modi"}, "2014-09-29"),
            ({"John Kerry", "Narendra Modi"}, "2014-09-30"),
        ],
    ),
    (  # 'The Prime Minister's delegation includes X': X travels with the Prime Minister and serves
        # the Prime Minister's country, not the host's
        "President Obama welcomed Prime Minister Narendra Modi of India to the White House today. The "
        "Prime Minister arrived in Washington on Monday. The Prime Minister's delegation includes "
        "Minister of External Affairs Sushma Swaraj.",
        "2014-09-30",
        "trips",
        [("Narendra Modi", "US", "2014-09-29", None), ("Sushma Swaraj", "US", "2014-09-29", None)],
    ),
    (  # 'will accompany the Secretary to Tokyo and Seoul': those stops only, and no end of the
        # last one from the lead's moving on without them
        "Secretary of State Condoleezza Rice will arrive in Tokyo on Wednesday, October 18. She will "
        "travel on to Seoul on Thursday, October 19. She will conclude her trip in Moscow on "
        "October 21-22. Under Secretary of State for Political Affairs R. Nicholas Burns will accompany "
        "the Secretary to Tokyo and Seoul.",
        "2006-10-16",
        "trips",
        [
            ("Condoleezza Rice", "JP", "2006-10-18", "2006-10-19"),
            ("Condoleezza Rice", "KR", "2006-10-19", "2006-10-21"),
            ("Condoleezza Rice", "RU", "2006-10-21", "2006-10-22"),
            ("R. Nicholas Burns", "JP", "2006-10-18", "2006-10-19"),
            ("R. Nicholas Burns", "KR", "2006-10-19", None),
        ],
    ),
    (  # a weekday range is every day from the first to the next of the second weekday
        "US Vice-President Kamala Harris will be in Singapore from Sunday to Tuesday on an official visit.",
        "2021-08-21",
        "trips",
        [("Kamala Harris", "SG", "2021-08-22", "2021-08-24")],
    ),
    (  # 'until Thursday' ends the stay and dates none of its meetings
        "US Vice-President Kamala Harris will be in Vietnam until Thursday and is expected to meet "
        "President Nguyen Xuan Phuc.",
        "2021-08-21",
        "meetings",
        [({"Kamala Harris", "Nguyen Xuan Phuc"}, None)],
    ),
    (
        "US Vice-President Kamala Harris will leave for Hanoi on Tuesday. She will be in Vietnam until "
        "Thursday.",
        "2021-08-21",
        "trips",
        [("Kamala Harris", "VN", "2021-08-24", "2021-08-26")],
    ),
    (  # the length of the visit beats a one-day reading of another mention of it
        "Prime Minister Shinzo Abe welcomed his Indian counterpart, Narendra Modi, to Kyoto on Saturday "
        "evening as Modi began a five-day visit to Japan. Modi, then chief minister of Gujarat, visited "
        "Japan in 2012. Modi landed at Kansai International Airport on Saturday afternoon.",
        "2014-08-31",
        "trips",
        [("Narendra Modi", "JP", "2014-08-30", "2014-09-03")],
    ),
    (  # 'the libertarian leader': the official the article is about
        "Argentine President Javier Milei attended Mass on Sunday. The libertarian leader, who arrived in "
        "Rome on Friday night, will meet Italian President Sergio Mattarella on Monday.",
        "2024-02-11",
        "trips",
        [("Javier Milei", "IT", "2024-02-09", None)],
    ),
    (  # 'the President', two holders named once each: the one named first, the article's principal
        "Brazilian President Luiz Inácio Lula da Silva met Vietnamese President Luong Cuong in Hanoi on "
        "Friday. On Saturday, the President will travel to Tokyo.",
        "2025-03-26",
        "trips",
        [
            ("Luiz Inácio Lula da Silva", "JP", "2025-03-29", None),
            ("Luiz Inácio Lula da Silva", "VN", None, None),
        ],
    ),
    (  # 'Minister Rau's visit ..., during which he was to meet X, has been postponed': neither
        "Polish Foreign Minister Zbigniew Rau spoke today. Minister Rau's visit to Chisinau, during which "
        "he was to meet Moldovan Foreign Minister Nicu Popescu, has been postponed.",
        "2023-06-16",
        "meetings",
        [],
    ),
    (  # a headline's 'visit to X postponed'
        "Rau's talks with Blinken; visit to Chisinau postponed\n\nPolish Foreign Minister Zbigniew Rau "
        "held a telephone conversation with US Secretary of State Antony Blinken on Thursday.",
        "2023-06-16",
        "trips",
        [],
    ),
    (  # the headline's 'talks' are the body's call: one record
        "Rau's talks with Blinken; visit to Chisinau postponed\n\nPolish Foreign Minister Zbigniew Rau "
        "held a telephone conversation with US Secretary of State Antony Blinken on Thursday.",
        "2023-06-16",
        "meetings",
        [({"Zbigniew Rau", "Antony Blinken"}, "2023-06-15")],
    ),
    (  # an ambassador received in the country of his post is not travelling
        "Polish Deputy Foreign Minister Pawel Jablonski received the Ambassador of Ukraine to Poland, "
        "Vasyl Zvarych, in Warsaw on Wednesday.",
        "2023-06-16",
        "trips",
        [],
    ),
    (  # a videoconference with A and B is one session of three
        "On Friday, Polish Foreign Minister Zbigniew Rau took part in a videoconference with the Minister "
        "of Foreign Affairs of Lithuania, Gabrielius Landsbergis, and the Minister of Foreign Affairs of "
        "Latvia, Edgars Rinkevics.",
        "2023-06-16",
        "meetings",
        [({"Zbigniew Rau", "Gabrielius Landsbergis", "Edgars Rinkevics"}, "2023-06-16")],
    ),
    (  # 'the two foreign ministers' of a meeting of three: the two so titled
        "Canadian Foreign Minister John Baird will meet with President Thein Sein and with Foreign Minister "
        "Wunna Maung Lwin. The two foreign ministers spoke by telephone in January.",
        "2012-03-06",
        "meetings",
        [
            ({"John Baird", "Thein Sein"}, None),
            ({"John Baird", "Wunna Maung Lwin"}, None),
            ({"John Baird", "Wunna Maung Lwin"}, None),
        ],
    ),
    (  # 'since Kim's trip to Beijing in March': another's trip takes no day of the clause it sits in
        "Chinese Foreign Minister Wang Yi met North Korean leader Kim Jong-un in Pyongyang on Thursday, "
        "the highest-level Chinese visitor since Kim's surprise trip to Beijing in March.",
        "2018-05-03",
        "trips",
        [("Kim Jong-un", "CN", None, None), ("Wang Yi", "KP", None, None)],
    ),
    (  # a venue the gazetteer cannot place: the meeting is not put on a participant's other trip
        "North Korean leader Kim Jong-un visited Beijing in March. Last Friday he held a summit with South "
        "Korean President Moon Jae-in at the Peace House in Panmunjom.",
        "2018-05-03",
        "trips",
        [("Kim Jong-un", "CN", None, None)],
    ),
    (  # 'He travels to New Delhi, where he will hold talks': the second he is the first
        "Saudi Crown Prince Mohammed bin Salman met Pakistani Prime Minister Imran Khan on Monday. Khan "
        "praised the visit. The crown prince was due to fly out of Islamabad on Monday night. He travels "
        "to New Delhi on Tuesday, where he will hold talks with Indian Prime Minister Narendra Modi.",
        "2019-02-18",
        "meetings",
        [
            ({"Mohammed bin Salman", "Imran Khan"}, "2019-02-18"),
            ({"Mohammed bin Salman", "Narendra Modi"}, "2019-02-19"),
        ],
    ),
    (  # an arrival at no named place is at the dateline's place, not at the next stop
        "ISLAMABAD: Saudi Crown Prince Mohammed bin Salman held talks with Pakistani Prime Minister Imran "
        "Khan on Monday. The crown prince arrived at Nur Khan Air Base on Sunday evening. He travels to New "
        "Delhi on Wednesday.",
        "2019-02-18",
        "trips",
        [
            ("Mohammed bin Salman", "IN", "2019-02-20", None),
            ("Mohammed bin Salman", "PK", "2019-02-17", "2019-02-20"),
        ],
    ),
    (  # 'fly out of Islamabad on Monday night' ends the stay there, before moving on
        "Saudi Crown Prince Mohammed bin Salman arrived in Islamabad on Sunday. The crown prince was due to "
        "fly out of Islamabad on Monday night. He travels to New Delhi on Tuesday.",
        "2019-02-18",
        "trips",
        [
            ("Mohammed bin Salman", "IN", "2019-02-19", None),
            ("Mohammed bin Salman", "PK", "2019-02-17", "2019-02-18"),
        ],
    ),
    (  # 'to see' an official is to meet them; 'will not see' is no meeting
        "US Secretary of State Colin Powell flies to Amman on Sunday evening to see Jordan's King Abdullah "
        "II. Powell will not see Palestinian leader Yasser Arafat.",
        "2003-05-10",
        "meetings",
        [({"Colin Powell", "Abdullah II"}, "2003-05-11")],
    ),
    (  # 'talks with Abbas, who will host him': him is the subject the relative clause hangs in,
        # and the talks he hosts, joined by Shaath, are one meeting
        "On Sunday, US Secretary of State Colin Powell travels to Jericho for talks with Palestinian Prime "
        "Minister Mahmoud Abbas, who will host him at his office there. Palestinian Foreign Minister Nabil "
        "Shaath said he would join the meeting.",
        "2003-05-10",
        "meetings",
        [({"Colin Powell", "Mahmoud Abbas", "Nabil Shaath"}, "2003-05-11")],
    ),
    (  # 'began on Monday (24), when the President landed': landed that day, at the stop the story is
        # at (not the next leg), and departing for the next leg ends it
        "Brazilian President Luiz Inácio Lula da Silva held a bilateral meeting with the Prime Minister of "
        "Japan, Shigeru Ishiba, this Wednesday, 26 March, in Tokyo. The state visit began on Monday (24), "
        "when the President landed at Haneda Airport. On Thursday (27), the President departs for Hanoi, "
        "where he will make a state visit to Vietnam until Saturday (29).",
        "2025-03-26",
        "trips",
        [
            ("Luiz Inácio Lula da Silva", "JP", "2025-03-24", "2025-03-27"),
            ("Luiz Inácio Lula da Silva", "VN", "2025-03-27", "2025-03-29"),
        ],
    ),
    (  # 'the Egyptian resort of Sharm el-Sheikh': a nationality naming a place's country
        "On Monday, US Secretary of State Colin Powell heads to the Egyptian resort of Sharm el-Sheikh for "
        "talks with President Hosni Mubarak.",
        "2003-05-10",
        "trips",
        [("Colin Powell", "EG", "2003-05-12", None)],
    ),
    (  # 'was also expected at the dinner' joins the dinner; 'was not present at the meeting' does not
        "US Secretary of State Colin Powell was to dine with Israeli Prime Minister Ariel Sharon on Saturday "
        "night. Israeli Foreign Minister Silvan Shalom was also expected at the dinner. Israeli President "
        "Moshe Katsav, who was not present at the dinner, praised the visit.",
        "2003-05-10",
        "meetings",
        [({"Colin Powell", "Ariel Sharon", "Silvan Shalom"}, "2003-05-10")],
    ),
    (  # 'will continue her visit to Dhaka' tomorrow moves on, ending the stay before (not the place
        # she departed from); the visit to Dhaka is no one-day stop
        "Indonesian Foreign Minister Retno Marsudi arrived in Nay Pyi Taw on Monday evening. On Monday "
        "morning, before departing Jakarta, she held a telephone conversation with Singaporean Foreign "
        "Minister Vivian Balakrishnan. Tomorrow, Minister Retno will continue her visit to Dhaka.",
        "2016-12-06",
        "trips",
        [("Retno Marsudi", "BD", "2016-12-07", None), ("Retno Marsudi", "MM", "2016-12-05", "2016-12-07")],
    ),
    (  # 'leaves for Jakarta on Tuesday morning, where he will hold talks': that day
        "US President Barack Obama leaves for Jakarta on Tuesday morning, where he will hold talks with "
        "Indonesian President Susilo Bambang Yudhoyono.",
        "2010-11-04",
        "meetings",
        [({"Barack Obama", "Susilo Bambang Yudhoyono"}, "2010-11-09")],
    ),
    (  # the length of another's visit to another country is not the length of this stay
        "Saudi Crown Prince Mohammed bin Salman held talks with Pakistani Prime Minister Imran Khan in "
        "Islamabad on Monday. Saudi Minister of State for Foreign Affairs Adel Al-Jubeir arrived in "
        "Islamabad on Sunday. The crown prince travels to New Delhi on Tuesday for a two-day visit.",
        "2019-02-18",
        "trips",
        [
            ("Adel Al-Jubeir", "PK", "2019-02-17", None),
            ("Mohammed bin Salman", "IN", "2019-02-19", "2019-02-20"),
            ("Mohammed bin Salman", "PK", None, None),
        ],
    ),
    (  # a hope to visit is no reported plan
        "Pope Francis met Argentine President Javier Milei at the Vatican. Francis still hopes to visit "
        "Argentina.",
        "2024-02-12",
        "trips",
        [("Javier Milei", "VA", None, None)],
    ),
    (  # 'his' on the object of a verb is the verb's subject, here named in apposition
        "British Foreign Secretary David Miliband flew to Washington on Monday. Mr Brown's predecessor, "
        "Tony Blair, is now the Middle East envoy of the Quartet and made his first visit to Jerusalem in "
        "that role last week.",
        "2007-07-30",
        "trips",
        [("David Miliband", "US", "2007-07-30", None), ("Tony Blair", "IL", None, None)],
    ),
    (  # 'held his first talks as prime minister with X': the parser hangs 'with' on the role
        "British Prime Minister Gordon Brown has held his first talks as prime minister with US President "
        "George W Bush.",
        "2007-07-30",
        "meetings",
        [({"Gordon Brown", "George W Bush"}, None)],
    ),
    (  # 'Seoul, where he will meet X' places the meeting there, not a conjoined event's 'in Yokohama'
        "US President Barack Obama will then attend the G-20 summit in Seoul, where he is expected to hold "
        "a bilateral meeting with South Korean President Lee Myung-bak on the sidelines, and the APEC "
        "leaders' meeting in Yokohama.",
        "2010-11-04",
        "trips",
        [("Barack Obama", "KR", None, None)],
    ),
    (  # 'Austin, who met X when he was here': he is Austin, and here is the dateline's place
        "SINGAPORE - US Vice-President Kamala Harris will visit Singapore on Sunday. The trip follows that "
        "of US Defence Secretary Lloyd Austin, who called on PM Lee and met Defence Minister Ng Eng Hen "
        "when he was here in late July.",
        "2021-08-21",
        "trips",
        [("Kamala Harris", "SG", "2021-08-22", "2021-08-22"), ("Lloyd Austin", "SG", None, None)],
    ),
    (  # 'from Tuesday to Thursday' is one span of days, however the model splits it
        "Argentine President Javier Milei was in Israel from Tuesday to Thursday.",
        "2024-02-11",
        "trips",
        [("Javier Milei", "IL", "2024-02-06", "2024-02-08")],
    ),
    (  # 'will join the meeting with Meloni': the meeting Meloni is at
        "Argentine President Javier Milei will hold talks with Italian Prime Minister Giorgia Meloni on "
        "Monday. Argentine Foreign Minister Diana Mondino will join the meeting with Meloni.",
        "2024-02-11",
        "meetings",
        [({"Javier Milei", "Giorgia Meloni", "Diana Mondino"}, "2024-02-12")],
    ),
    (  # 'Taking part in the talks were A and B; on the other side, C': inverted subject, both sides
        "President Vladimir Putin held talks with Chairman Kim Jong-un today. Taking part in the talks "
        "on the Russian side was Foreign Minister Sergei Lavrov; on the Korean side, Foreign Minister "
        "Ri Yong-ho.",
        "2019-04-25",
        "meetings",
        [({"Vladimir Putin", "Kim Jong-un", "Sergei Lavrov", "Ri Yong-ho"}, "2019-04-25")],
    ),
    (  # a team or a country 'represented by' stands for its members, met together
        "The Ukrainian team will hold a meeting with representatives of the United States on Tuesday. "
        "Ukraine will be represented by Foreign Minister Andrii Sybiha and Defence Minister Rustem "
        "Umerov. The American delegation will be led by Secretary of State Marco Rubio.",
        "2025-03-10",
        "meetings",
        [({"Andrii Sybiha", "Rustem Umerov", "Marco Rubio"}, "2025-03-11")],
    ),
    (  # 'the delegation ... It also included A and B': members; 'a dinner for the envoys' meets them all
        "The South Korean delegation, led by Foreign Minister Kang Kyung-wha, flew to Pyongyang on Monday. "
        "It also included Unification Minister Cho Myoung-gyon. Chairman Kim Jong-un hosted a dinner for "
        "the envoys on Monday evening.",
        "2018-03-06",
        "meetings",
        [({"Kim Jong-un", "Kang Kyung-wha", "Cho Myoung-gyon"}, "2018-03-05")],
    ),
    (  # 'returned home Tuesday from a trip to X' ends the stop in X, even told before it
        "Foreign Minister Kang Kyung-wha returned home Tuesday from a trip to Pyongyang. Kang flew to "
        "Pyongyang on Monday. Kang will travel to Tokyo later this week.",
        "2018-03-06",
        "trips",
        [("Kang Kyung-wha", "JP", None, None), ("Kang Kyung-wha", "KP", "2018-03-05", "2018-03-06")],
    ),
    (  # 'last night' is the night before the publication day
        "Foreign Secretary David Cameron, who arrived in Astana last night, is holding talks today.",
        "2024-04-24",
        "trips",
        [("David Cameron", "KZ", "2024-04-23", None)],
    ),
    (  # a dated stop dates the meetings of its own sentence ('..., where he met X')
        "Foreign Secretary David Cameron began the tour on Monday in Tajikistan, where he met President "
        "Emomali Rahmon.",
        "2024-04-24",
        "meetings",
        [({"David Cameron", "Emomali Rahmon"}, "2024-04-22")],
    ),
    (  # a day under 'before ending the tour ...' is that later act's, not the meeting's
        "Foreign Secretary David Cameron is in Astana. He travels on to Uzbekistan tomorrow (Thursday 25 "
        "April), where he will meet President Shavkat Mirziyoyev in Samarkand, and will also visit "
        "Turkmenistan, before ending the tour with a visit to Ulaanbaatar on Friday 26 April.",
        "2024-04-24",
        "meetings",
        [({"David Cameron", "Shavkat Mirziyoyev"}, "2024-04-25")],
    ),
    (  # 'with A, B and C as Quad Leaders': a role in the plural makes them one group
        "President Biden looks forward to meeting with Prime Minister Anthony Albanese, Prime Minister "
        "Fumio Kishida, and Prime Minister Narendra Modi of India as Quad Leaders in Hiroshima.",
        "2023-05-16",
        "meetings",
        [({"Biden", "Anthony Albanese", "Fumio Kishida", "Narendra Modi"}, None)],
    ),
    (  # a venue the gazetteer lacks, placed by the town after it ('at State House, Nairobi')
        "US President Barack Obama will hold talks with President Uhuru Kenyatta at State House, Nairobi, "
        "tomorrow.",
        "2015-07-24",
        "trips",
        [("Barack Obama", "KE", None, None)],
    ),
    (  # 'A and B met with X respectively': one meeting each
        "Chinese Premier Li Qiang and Zhao Leji, chairman of the National People's Congress Standing "
        "Committee, met with Brazilian President Luiz Inacio Lula da Silva respectively on Friday.",
        "2023-04-14",
        "meetings",
        [
            ({"Li Qiang", "Luiz Inacio Lula da Silva"}, "2023-04-14"),
            ({"Zhao Leji", "Luiz Inacio Lula da Silva"}, "2023-04-14"),
        ],
    ),
    (  # 'the Secretary-General' is the holder of that office, not the 'Spokesman for the Secretary-General'
        "The statement was issued by Stephane Dujarric, Spokesman for the Secretary-General. The "
        "Secretary-General, Antonio Guterres, arrived in Cairo on Monday. The Secretary-General met with "
        "Foreign Minister Sameh Shoukry on Tuesday.",
        "2023-03-22",
        "meetings",
        [({"Antonio Guterres", "Sameh Shoukry"}, "2023-03-21")],
    ),
    (  # 'The video conference was joined by A and B': they take part in the conference just told
        "Foreign Minister Penny Wong took part in a video conference of G20 ministers on Tuesday, hosted by "
        "Indian External Affairs Minister S. Jaishankar. The video conference was joined by Japanese Foreign "
        "Minister Yoshimasa Hayashi and Canadian Foreign Minister Melanie Joly.",
        "2023-03-22",
        "meetings",
        [({"Penny Wong", "S. Jaishankar", "Yoshimasa Hayashi", "Melanie Joly"}, "2023-03-21")],
    ),
    (  # 'held a summit ..., hosted by X' is the summit's host, no meeting of its own; 'The summit was
        # preceded on Thursday by a meeting of the foreign ministers, A, B and C': one meeting of three,
        # that day
        "President William Ruto, President Yoweri Museveni of Uganda and President Samia Suluhu Hassan of "
        "Tanzania held a trilateral summit in Arusha on Friday, hosted by President Hassan. The summit was "
        "preceded on Thursday by a meeting of the foreign ministers, Alfred Mutua, Jeje Odongo and "
        "Stergomena Tax.",
        "2023-03-25",
        "meetings",
        [
            ({"William Ruto", "Yoweri Museveni", "Samia Suluhu Hassan"}, "2023-03-24"),
            ({"Alfred Mutua", "Jeje Odongo", "Stergomena Tax"}, "2023-03-23"),
        ],
    ),
    (  # 'received a phone call from X': a call, which places no one
        "Prime Minister Anthony Albanese received a phone call from New Zealand Prime Minister Chris Hipkins "
        "on Monday while in Sydney.",
        "2023-03-22",
        "trips",
        [],
    ),
    (  # a quoted 'I' is who says it ('X said: "I ...'), over paragraphs the quotation runs on;
        # 'our Ambassador joined me for that meeting' joins it
        'Speaking in Hanoi, the Foreign Secretary, James Cleverly, said:\n\n"I arrived in Vietnam this '
        "morning. I met today with President Vo Van Thuong, and our Ambassador, Iain Frew, joined me for "
        'that meeting.\n\n"I then held talks with Foreign Minister Bui Thanh Son."',
        "2023-03-22",
        "meetings",
        [
            ({"James Cleverly", "Vo Van Thuong", "Iain Frew"}, "2023-03-22"),
            ({"James Cleverly", "Bui Thanh Son"}, "2023-03-22"),
        ],
    ),
    (  # a quoted 'I' attributed after the quotation is its speaker, not the release's author
        "Statement by Prime Minister Justin Trudeau\n\nPrime Minister Justin Trudeau welcomed the talks in"
        ' Ottawa. Foreign Minister Sergey Lavrov of Russia spoke to reporters. "I met President Xi Jinping'
        ' in Beijing yesterday," Lavrov said.',
        "2023-03-22",
        "meetings",
        [({"Sergey Lavrov", "Xi Jinping"}, "2023-03-21")],
    ),
    (  # 'held talks here' is at the dateline's place; 'X also attended the talks' joins them
        "KYIV, March 21 (Reuters) - Polish Prime Minister Mateusz Morawiecki held talks here on Tuesday with "
        "Ukrainian Prime Minister Denys Shmyhal. Polish Defence Minister Mariusz Blaszczak also attended the "
        "talks.",
        "2023-03-21",
        "trips",
        [("Mariusz Blaszczak", "UA", None, None), ("Mateusz Morawiecki", "UA", None, None)],
    ),
    (  # 'a tour that will also take him to A and B': undated legs there
        "Indian Prime Minister Narendra Modi will fly to Tokyo on Thursday, the first leg of a three-nation "
        "tour that will also take him to Papua New Guinea and Australia.",
        "2023-05-17",
        "trips",
        [
            ("Narendra Modi", "AU", None, None),
            ("Narendra Modi", "JP", "2023-05-18", None),
            ("Narendra Modi", "PG", None, None),
        ],
    ),
    (  # 'Later in the day' / 'in the evening' after 'During the talks': the talks' day, not the arrival's
        # told in between; 'X will host a state dinner for him': 'him' is the other clause's subject
        "French President Emmanuel Macron held talks with Chinese President Xi Jinping in Beijing on "
        "Thursday. Macron arrived in Beijing on Wednesday for a three-day state visit. During the talks, the "
        "two leaders discussed Ukraine. Later in the day, Macron met Premier Li Qiang, and Xi will host a "
        "state dinner for him in the evening.",
        "2023-04-06",
        "meetings",
        [
            ({"Emmanuel Macron", "Xi Jinping"}, "2023-04-06"),
            ({"Emmanuel Macron", "Li Qiang"}, "2023-04-06"),
            ({"Emmanuel Macron", "Xi Jinping"}, "2023-04-06"),
        ],
    ),
    (  # 'a lunch ..., at which the two leaders will hold talks': one encounter; 'the Prime Minister' is
        # the one so titled; 'the same day' is the day just told
        "On Thursday, the Prime Minister, Narendra Modi, will host a lunch in honour of President Joe Biden "
        "at Hyderabad House, at which the two leaders will hold talks. The Minister of External Affairs, "
        "S. Jaishankar, will meet Secretary of State Antony Blinken the same day.",
        "2023-06-19",
        "meetings",
        [({"Narendra Modi", "Joe Biden"}, "2023-06-22"), ({"S. Jaishankar", "Antony Blinken"}, "2023-06-22")],
    ),
    (  # a verbless heading 'Visit of X to Y (dates)' has no tense: the body's 'will' makes the trip
        # planned, and who 'will be accompanied' goes with it
        "Visit of the President of Kenya to Germany (June 5-7, 2023)\n\nPresident William Ruto will visit "
        "Germany from June 5-7, 2023. He will arrive in Berlin on June 5. He will be accompanied by Foreign "
        "Minister Alfred Mutua.",
        "2023-06-01",
        "trips",
        [
            ("Alfred Mutua", "DE", "2023-06-05", "2023-06-07"),
            ("William Ruto", "DE", "2023-06-05", "2023-06-07"),
        ],
    ),
    (  # 'return ... the same evening' ends a one-day stop; 'The Minister' is the 'Minister of Foreign
        # Affairs', not the 'Prime Minister'; returning 'with the President' ends on the President's day
        "On Wednesday, President Gustavo Petro will travel to Quito, where he will be received by President "
        "Guillermo Lasso. He will also meet Prime Minister Juan Perez. The President will return to Bogota "
        "the same evening. The Minister of Foreign Affairs, Alvaro Leyva, will arrive in Quito on Tuesday to "
        "prepare the visit. The Minister will return to Colombia with the President.",
        "2023-06-19",
        "trips",
        [
            ("Alvaro Leyva", "EC", "2023-06-20", "2023-06-21"),
            ("Gustavo Petro", "EC", "2023-06-21", "2023-06-21"),
        ],
    ),
    (  # a return dates no meeting told at the place returned from; 'took part in the talks on Thursday
        # evening' dates them; 'flew to the sultanate' is the country named before; a meeting where
        # someone 'spent three days' takes no day from around it
        "Prime Minister Benjamin Netanyahu returned on Friday from a visit to Oman, where he was received by "
        "Sultan Qaboos bin Said. Netanyahu flew to the sultanate on Thursday. He was accompanied by Mossad "
        "chief Yossi Cohen, who took part in the talks on Thursday evening. Days earlier, President Mahmoud "
        "Abbas spent three days in Muscat, where he met the sultan.",
        "2018-10-26",
        "meetings",
        [
            ({"Benjamin Netanyahu", "Qaboos bin Said", "Yossi Cohen"}, "2018-10-25"),
            ({"Mahmoud Abbas", "Qaboos bin Said"}, None),
        ],
    ),
    (  # 'after a working dinner that X hosted for his guest ... the night before': the dinner, hosted
        # by X for the other, on its own day (not the day of the talks it came before)
        "BERLIN, June 7 (AFP) - French President Emmanuel Macron and German Chancellor Olaf Scholz held "
        "talks on Wednesday morning, after a working dinner that Scholz hosted for his guest at the "
        "Chancellery the night before.",
        "2023-06-07",
        "meetings",
        [
            ({"Emmanuel Macron", "Olaf Scholz"}, "2023-06-07"),
            ({"Emmanuel Macron", "Olaf Scholz"}, "2023-06-06"),
        ],
    ),
    (  # 'The banquet ... was hosted by X': X hosts the banquet just told, and meets its guest
        "King Charles told guests at a state banquet in Berlin last night that the two nations were friends. "
        "The banquet, the highlight of the visit, was hosted by President Frank-Walter Steinmeier.",
        "2023-03-30",
        "meetings",
        [({"Charles", "Frank-Walter Steinmeier"}, "2023-03-29")],
    ),
    (  # a one-day stop done and a one-day stop planned on another day in the same country: two visits
        "Secretary-General Antonio Guterres stopped in Paris on Thursday, where he met with Foreign Minister "
        "Catherine Colonna. He will be in Paris on Tuesday for a meeting with President Emmanuel Macron.",
        "2023-03-20",
        "trips",
        [
            ("Antonio Guterres", "FR", "2023-03-16", "2023-03-16"),
            ("Antonio Guterres", "FR", "2023-03-21", "2023-03-21"),
        ],
    ),
    (  # talks placed nowhere else, with an official of the dateline's country: at the dateline's place
        "ANKARA, March 21 (AFP) - Greek Foreign Minister Nikos Dendias held talks with his Turkish "
        "counterpart, Mevlut Cavusoglu, on Monday.",
        "2023-03-21",
        "trips",
        [("Nikos Dendias", "TR", None, None)],
    ),
    (  # 'The Foreign Secretary's last visit ... was to A and B': the holder of that title, to both
        "British Foreign Secretary William Hague arrived in Burma on Thursday. The Foreign Secretary's last "
        "visit to the region was to Thailand and Indonesia in July 2011.",
        "2012-01-05",
        "trips",
        [
            ("William Hague", "ID", None, None),
            ("William Hague", "MM", "2012-01-05", None),
            ("William Hague", "TH", None, None),
        ],
    ),
    (  # 'on the second and final day of the Emir's visit': a day within the visit, not its one day
        "ISLAMABAD: Qatari Emir Tamim bin Hamad Al Thani held talks with Prime Minister Shehbaz Sharif on "
        "Monday, on the second and final day of the Emir's visit to Pakistan. The Emir arrived on Sunday "
        "evening and was due to fly out of Islamabad on Monday night.",
        "2023-03-20",
        "trips",
        [("Tamim bin Hamad Al Thani", "PK", "2023-03-19", "2023-03-20")],
    ),
    (  # 'X, accompanied by Y, spent an hour with Z': Y is there, on days not told (not X's journey)
        "Indonesian President Joko Widodo arrived in Canberra on Monday for a three-day visit. Widodo, "
        "accompanied by Foreign Minister Retno Marsudi, spent an hour with Prime Minister Anthony Albanese.",
        "2023-07-04",
        "trips",
        [("Joko Widodo", "AU", "2023-07-03", "2023-07-05"), ("Retno Marsudi", "AU", None, None)],
    ),
    (  # 'the presidents of A, X; B, Y; and C, Z': a semicolon list of 'Country, Name' goes on; a
        # videoconference with them is one session, and who 'took part ..., accompanied by' W joins it
        "President Alberto Fernández of Argentina on Thursday held a video conference with the presidents of "
        "Uruguay, Luis Lacalle Pou; Chile, Sebastián Piñera; and Bolivia, Luis Arce. The President took part "
        "from the Casa Rosada, accompanied by Foreign Minister Felipe Solá.",
        "2021-04-09",
        "meetings",
        [
            (
                {"Alberto Fernández", "Luis Lacalle Pou", "Sebastián Piñera", "Luis Arce", "Felipe Solá"},
                "2021-04-08",
            )
        ],
    ),
    (  # a journey 'for a summit ..., which has been cancelled' is called off with its purpose
        "Foreign Minister Felipe Solá of Argentina had been due to travel to Brasilia next week for a summit "
        "of Mercosur, which has been cancelled.",
        "2021-04-09",
        "trips",
        [],
    ),
    (  # 'four-way talks with A, B and C': one meeting of all
        "BANGKOK (Reuters) - Indian Foreign Minister Subrahmanyam Jaishankar held four-way talks with his "
        "Japanese, Australian and American counterparts, Toshimitsu Motegi, Marise Payne and Mike Pompeo, "
        "here on Monday.",
        "2019-11-05",
        "meetings",
        [({"Subrahmanyam Jaishankar", "Toshimitsu Motegi", "Marise Payne", "Mike Pompeo"}, "2019-11-04")],
    ),
    (  # 'leaves A for B on Wednesday for talks ..., and flies to C on Thursday for the final stop of
        # the tour, a meeting with Y': each verb its own day and place, a stop ended by moving on still
        # dates the talks it is for, the apposed meeting is the leg's, and days to come are planned
        "NATO Secretary General Jens Stoltenberg arrived in Sarajevo on Monday. Stoltenberg leaves Sarajevo "
        "for Belgrade on Wednesday for talks with Serbian President Aleksandar Vucic, and flies to Podgorica "
        "on Thursday for the final stop of the tour, a meeting with Montenegrin Prime Minister Dusko "
        "Markovic.",
        "2019-11-05",
        "meetings",
        [
            ({"Jens Stoltenberg", "Aleksandar Vucic"}, "2019-11-06"),
            ({"Jens Stoltenberg", "Dusko Markovic"}, "2019-11-07"),
        ],
    ),
    (  # the same: trips
        "NATO Secretary General Jens Stoltenberg arrived in Sarajevo on Monday. Stoltenberg leaves Sarajevo "
        "for Belgrade on Wednesday for talks with Serbian President Aleksandar Vucic, and flies to Podgorica "
        "on Thursday for the final stop of the tour, a meeting with Montenegrin Prime Minister Dusko "
        "Markovic.",
        "2019-11-05",
        "trips",
        [
            ("Jens Stoltenberg", "BA", "2019-11-04", "2019-11-06"),
            ("Jens Stoltenberg", "ME", "2019-11-07", None),
            ("Jens Stoltenberg", "RS", "2019-11-06", "2019-11-07"),
        ],
    ),
    (  # 'A stop in X ... has been postponed. Y had been expected to meet Z there.': neither happens
        "Chilean President Sebastian Pinera will travel to Lima on Thursday. A stop in Quito, first planned "
        "for the same tour, has been postponed. Pinera had been expected to meet Ecuadorian President Lenin "
        "Moreno there.",
        "2019-11-05",
        "meetings",
        [],
    ),
    (  # 'X will lead a delegation ... The delegation includes Y. The delegation will be in A on days':
        # the lead and members are there on those days, and go on with the lead
        "Foreign Minister Marise Payne of Australia will lead a delegation on a visit to Fiji and Tonga from "
        "November 11 to 15. The delegation includes Australian Trade Minister Simon Birmingham. The "
        "delegation will be in Suva November 11-13.",
        "2019-11-05",
        "trips",
        [
            ("Marise Payne", "FJ", "2019-11-11", "2019-11-13"),
            ("Marise Payne", "TO", None, "2019-11-15"),
            ("Simon Birmingham", "FJ", "2019-11-11", "2019-11-13"),
            ("Simon Birmingham", "TO", None, "2019-11-15"),
        ],
    ),
    (  # a lead sentence ending in a full stop is no headline (its 'talks' are not the dinner); 'a
        # dinner for his guest' is for the visitor who is the subject, not his companion; 'The two
        # foreign ministers, A and B, met' are A and B
        "PRAGUE, March 10 (Reuters) - Slovak President Andrej Kiska and Czech President Milos Zeman signed a "
        "declaration on Tuesday, after talks at Prague Castle.\n\nKiska, accompanied by Foreign Minister "
        "Miroslav Lajcak, arrived on Monday for a two-day visit.\n\nZeman hosted a dinner for his guest on "
        "Monday night. The two foreign ministers, Lajcak and the Czech Republic's Lubomir Zaoralek, met "
        "separately earlier that evening.",
        "2015-03-10",
        "meetings",
        [
            ({"Andrej Kiska", "Milos Zeman"}, None),
            ({"Andrej Kiska", "Milos Zeman"}, "2015-03-09"),
            ({"Miroslav Lajcak", "Lubomir Zaoralek"}, "2015-03-09"),
        ],
    ),
    (  # a particle of a name the parser takes for a verb ('... Dias dos Santos') ends no list
        "Lisbon, 3 May (Lusa) - Portuguese President Jorge Sampaio meets Angolan Prime Minister Fernando da "
        "Piedade Dias dos Santos today at Belem Palace.",
        "2004-05-03",
        "meetings",
        [({"Jorge Sampaio", "Fernando da Piedade Dias dos Santos"}, "2004-05-03")],
    ),
    (  # 'will host a working lunch for A and B': one lunch of the three
        "On Thursday, July 2, Prime Minister Keith Mitchell of Grenada will host a working lunch for Prime "
        "Minister Denzil Douglas of Saint Kitts and Nevis and Prime Minister Lester Bird of Antigua and "
        "Barbuda in St. George's.",
        "1998-06-30",
        "meetings",
        [({"Keith Mitchell", "Denzil Douglas", "Lester Bird"}, "1998-07-02")],
    ),
    (  # 'reviewed preparations for the next summit': the summit is what they work on, no encounter
        "Foreign Minister Celso Amorim of Brazil and his Argentine counterpart, Jorge Taiana, reviewed "
        "preparations for the next summit of Mercosur.",
        "2006-04-12",
        "meetings",
        [],
    ),
    (  # 'X says ties are stronger after talks in Jakarta with Y on Friday': the reporter's talks,
        # over before the present of 'says' (last Friday, not the next)
        "Australia's Foreign Minister, Julie Bishop, says ties with Indonesia are stronger after talks in "
        "Jakarta with the Foreign Minister, Retno Marsudi, on Friday.",
        "2016-03-14",
        "meetings",
        [({"Julie Bishop", "Retno Marsudi"}, "2016-03-11")],
    ),
    (  # 'had spoken to X by phone': a call with X
        "Prime Minister Malcolm Turnbull of Australia said he had spoken to President Joko Widodo of "
        "Indonesia by phone on Sunday.",
        "2016-03-14",
        "meetings",
        [({"Malcolm Turnbull", "Joko Widodo"}, "2016-03-13")],
    ),
    (  # 'the Fijian leader' is Fiji's head of government, not the 'Opposition Leader'
        "Prime Minister Malcolm Turnbull of Australia met Opposition Leader Bill Shorten. Prime Minister "
        "Frank Bainimarama of Fiji arrived in Canberra. Mr Turnbull will host the Fijian leader at the Lodge "
        "on Thursday.",
        "2016-03-14",
        "meetings",
        [
            ({"Malcolm Turnbull", "Bill Shorten"}, None),
            ({"Malcolm Turnbull", "Frank Bainimarama"}, "2016-03-17"),
        ],
    ),
    (  # 'had asked to see X': a request, no encounter
        "Indonesian Foreign Minister Retno Marsudi arrived in Canberra on Sunday. Opposition Leader Bill "
        "Shorten of Australia said he had asked to see Ms Marsudi but was told her programme was full.",
        "2016-03-14",
        "meetings",
        [],
    ),
    (  # 'met A, and the Defence Minister, B, together to discuss': one meeting of the three
        "Indonesian Foreign Minister Retno Marsudi arrived in Canberra on Sunday. On Monday she met "
        "Australia's Foreign Minister, Julie Bishop, and the Defence Minister, Marise Payne, together to "
        "discuss maritime security.",
        "2016-03-14",
        "meetings",
        [({"Retno Marsudi", "Julie Bishop", "Marise Payne"}, "2016-03-14")],
    ),
    (  # 'arrived in X ..., heading a delegation that includes Y': Y is with the lead there, not on
        # the legs told later
        "Kuwaiti Foreign Minister Sabah Khalid Al-Sabah arrived in Cairo on Sunday, heading a delegation "
        "that includes Deputy Foreign Minister Khalid Al-Jarallah of Kuwait. He will leave Cairo for Amman "
        "on Tuesday.",
        "2016-03-14",
        "trips",
        [
            ("Khalid Al-Jarallah", "EG", "2016-03-13", "2016-03-15"),
            ("Sabah Khalid Al-Sabah", "EG", "2016-03-13", "2016-03-15"),
            ("Sabah Khalid Al-Sabah", "JO", "2016-03-15", None),
        ],
    ),
    (  # a statement given whole as a quotation under its author's header: 'I' is the author; a
        # journey told after a meeting of another day places none of it
        "Statement by the Minister of Foreign Affairs of Norway, Ine Eriksen Soreide\n\n\"I met today in "
        "Berlin with the German Foreign Minister, Heiko Maas, to discuss Arctic cooperation.\n\nThis "
        "afternoon I will also meet the German Defence Minister, Annegret Kramp-Karrenbauer.\n\nI will "
        "travel to Paris on Monday for a meeting of the OECD.\"",
        "2019-06-13",
        "trips",
        [("Ine Eriksen Soreide", "DE", None, None), ("Ine Eriksen Soreide", "FR", "2019-06-17", None)],
    ),
    (  # 'X, accompanied by Y, met today with Z': Y takes part; 'recalled his talks in Suva yesterday
        # with W' (the parser hangs 'with W' on 'recalled'): talks with W
        "The Secretary-General Ban Ki-moon, accompanied by UNDP Administrator Helen Clark, met today in Apia "
        "with Prime Minister Tuilaepa Sailele Malielegaoi of Samoa. He recalled his talks in Suva yesterday "
        "with Prime Minister Frank Bainimarama of Fiji, which focused on elections.",
        "2011-09-05",
        "meetings",
        [
            ({"Ban Ki-moon", "Helen Clark", "Tuilaepa Sailele Malielegaoi"}, "2011-09-05"),
            ({"Ban Ki-moon", "Frank Bainimarama"}, "2011-09-04"),
        ],
    ),
    (  # 'the hospitality extended to X during his visit to Y': X's visit, not the subject's
        "Foreign Minister Fumio Kishida of Japan thanked Foreign Minister Julie Bishop of Australia for the "
        "hospitality extended to Prime Minister Shinzo Abe during his visit to Canberra in July.",
        "2016-10-14",
        "trips",
        [("Shinzo Abe", "AU", None, None)],
    ),
    (  # 'to co-chair a session of the Commission with her counterpart X' (the parser breaks up
        # 'co-chair'): a meeting with X, no day ('next week')
        "Foreign Minister Naledi Pandor of South Africa will travel to Maputo next week to co-chair a "
        "session of the Bi-National Commission with her Mozambican counterpart, Veronica Macamo.",
        "2022-06-16",
        "meetings",
        [({"Naledi Pandor", "Veronica Macamo"}, None)],
    ),
    (  # 'will spend Thursday in X, where he is due to hold talks': a one-day stop dating its talks;
        # 'will hold a working session' is a meeting
        "President Jacob Zuma of South Africa will leave Pretoria on Thursday for a tour of Namibia and "
        "Botswana. Zuma will spend Thursday in Windhoek, where he is due to hold talks with President "
        "Hifikepunye Pohamba of Namibia. He will then fly to Gaborone on Friday. Zuma and his Botswana "
        "counterpart, President Ian Khama, will hold a working session on Saturday.",
        "2011-03-08",
        "meetings",
        [({"Jacob Zuma", "Hifikepunye Pohamba"}, "2011-03-10"), ({"Jacob Zuma", "Ian Khama"}, "2011-03-12")],
    ),
    (  # the same: trips
        "President Jacob Zuma of South Africa will leave Pretoria on Thursday for a tour of Namibia and "
        "Botswana. Zuma will spend Thursday in Windhoek, where he is due to hold talks with President "
        "Hifikepunye Pohamba of Namibia. He will then fly to Gaborone on Friday. Zuma and his Botswana "
        "counterpart, President Ian Khama, will hold a working session on Saturday.",
        "2011-03-08",
        "trips",
        [("Jacob Zuma", "BW", "2011-03-11", None), ("Jacob Zuma", "NA", "2011-03-10", "2011-03-10")],
    ),
    (  # 'Y, meanwhile, held talks': the day of the sentence before, not the earlier travel clause's
        "King Charles arrived in Berlin on Wednesday for a three-day state visit. He is accompanied by "
        "Foreign Secretary James Cleverly, who flew in with him on Wednesday. Earlier today the King met "
        "Chancellor Olaf Scholz. Mr Cleverly, meanwhile, held talks with Foreign Minister Annalena Baerbock.",
        "2023-03-30",
        "meetings",
        [({"Charles", "Olaf Scholz"}, "2023-03-30"), ({"James Cleverly", "Annalena Baerbock"}, "2023-03-30")],
    ),
    (  # a range the parser splits ('8' hung on the main verb) dates the relative clause; 'the first
        # since his visit in May last year': that earlier visit's time does not date this one
        "On June 6, Mr. Shinzo Abe, Prime Minister of Japan, held a summit meeting with Mr. Nguyen Xuan"
        " Phuc, Prime Minister of Viet Nam, who is visiting Japan from June 5 to 8 to attend the"
        " International Conference on the Future of Asia. Abe welcomed Prime Minister Phuc's visit to"
        " Japan, the first since his visit in May last year.",
        "2017-06-06",
        "trips",
        [("Nguyen Xuan Phuc", "JP", "2017-06-05", "2017-06-08")],
    ),
    (  # 'X and Y will accompany Z': they travel with Z, on Z's days (the trip told in the present tense)
        "Indian Prime Minister Manmohan Singh arrives in Dhaka tomorrow on a two-day state visit. External"
        " Affairs Minister S.M. Krishna and the chief ministers of Assam and Tripura, Tarun Gogoi and Manik"
        " Sarkar, will accompany Singh.",
        "2011-09-05",
        "trips",
        [
            ("Manik Sarkar", "BD", "2011-09-06", "2011-09-07"),
            ("Manmohan Singh", "BD", "2011-09-06", "2011-09-07"),
            ("S.M. Krishna", "BD", "2011-09-06", "2011-09-07"),
            ("Tarun Gogoi", "BD", "2011-09-06", "2011-09-07"),
        ],
    ),
    (  # 'the Foreign Ministers of Peru, A; of Ecuador, B; and of Brazil, C', and 'X also took part in
        # the session': one videoconference of five
        "Blum holds videoconference\n\nBogotá, April 14, 2020. Foreign Minister Claudia Blum held a"
        " videoconference this Tuesday with the Foreign Ministers of Peru, Gustavo Meza-Cuadra; of Ecuador,"
        " José Valencia; and of Brazil, Ernesto Araújo.\n\nThe Director of Migración Colombia, Juan"
        " Francisco Espinosa, also took part in the session.",
        "2020-04-14",
        "meetings",
        [
            (
                {"Claudia Blum", "Gustavo Meza-Cuadra", "José Valencia", "Ernesto Araújo",
                 "Juan Francisco Espinosa"},
                "2020-04-14",
            )
        ],
    ),
    (  # a first-person release: its header names the author ('The Hon ... MP' over a title line),
        # who speaks as 'I' (returning to Australia: an Australian abroad, on a dated trip)
        "Visit to Papua New Guinea\nThe Hon Julie Bishop MP\nMinister for Foreign Affairs\n\n10 December"
        " 2015\n\nToday in Port Moresby I held talks with Papua New Guinea's Minister for Foreign Affairs,"
        " Rimbink Pato.\n\nI arrived in Port Moresby yesterday. I will return to Australia on Saturday.",
        "2015-12-10",
        "trips",
        [("Julie Bishop", "PG", "2015-12-09", "2015-12-12")],
    ),
    (  # 'joined the Vice President for the meeting': at the meeting, not on his journey; an
        # ambassador whose post is unsaid is posted where he meets (no trip there)
        "Vice President Joe Biden arrived in Ankara this morning and met with Prime Minister Binali"
        " Yıldırım. U.S. Ambassador John Bass joined the Vice President for the meeting.",
        "2016-08-24",
        "trips",
        [("Joe Biden", "TR", "2016-08-24", None)],
    ),
    (  # 'On June 6, commencing at 5:40 p.m.': the time of the summit the aspect clause hangs on;
        # 'In the evening' after a past day told of is that day's evening
        "On June 6, commencing at 5:40 p.m. for approximately 70 minutes, Prime Minister Shinzo Abe held a"
        " summit meeting with Prime Minister Nguyen Xuan Phuc. Argentine President Cristina Fernández"
        " arrived in Caracas on Wednesday morning. In the evening she met President Hugo Chávez.",
        "2017-06-08",
        "meetings",
        [
            ({"Shinzo Abe", "Nguyen Xuan Phuc"}, "2017-06-06"),
            ({"Cristina Fernández", "Hugo Chávez"}, "2017-06-07"),
        ],
    ),
    (  # a tour's range starts its first stop, and moving on to the next stop ends it
        "Minister for Foreign Affairs George Yeo will visit the Kingdom of Saudi Arabia and the United Arab"
        " Emirates from 3 to 7 March 2009.\n\nIn Riyadh, Minister Yeo will call on King Abdullah.\n\n"
        "Minister Yeo will travel to Abu Dhabi on 5 March.",
        "2009-03-02",
        "trips",
        [("George Yeo", "AE", "2009-03-05", "2009-03-07"), ("George Yeo", "SA", "2009-03-03", "2009-03-05")],
    ),
    (  # 'a three-day visit that began on Monday' starts the visit; 'X, accompanied by Y, is on a
        # visit': Y travels on X's days
        "President Obama welcomed President Ollanta Humala of Peru to the White House today. President"
        " Humala, accompanied by Foreign Minister Eda Rivas, is on a three-day visit to Washington that"
        " began on Monday.",
        "2013-06-11",
        "trips",
        [
            ("Eda Rivas", "US", "2013-06-10", "2013-06-12"),
            ("Ollanta Humala", "US", "2013-06-10", "2013-06-12"),
        ],
    ),
    (  # a day told in passing ('that began on Monday') is no reference for 'Earlier in the day';
        # 'a working lunch ..., which X and Y are also due to join': they take part
        "President Obama welcomed President Ollanta Humala of Peru to the White House today. President"
        " Humala is on a three-day visit to Washington that began on Monday. Earlier in the day, Secretary"
        " of State John Kerry met with Foreign Minister Eda Rivas. Vice President Joe Biden will host"
        " President Humala for a working lunch, which Foreign Minister Rivas and Ambassador Harold Forsyth"
        " are also due to join.",
        "2013-06-11",
        "meetings",
        [
            ({"Obama", "Ollanta Humala"}, "2013-06-11"),
            ({"John Kerry", "Eda Rivas"}, "2013-06-11"),
            ({"Joe Biden", "Ollanta Humala", "Eda Rivas", "Harold Forsyth"}, None),
        ],
    ),
    (  # the days of a tour of a region are the tour's, not the first stop's (ended by the next);
        # 'a four-day tour of Japan' is the stay's
        "President Donald J. Trump arrived in Riyadh on Tuesday, opening a four-day tour of the Gulf that"
        " will also take him to Qatar. Mr. Trump flies to Doha on Wednesday afternoon. Prime Minister"
        " Shigeru Ishiba arrived in Manila on Tuesday for a four-day tour of the Philippines.",
        "2025-05-13",
        "trips",
        [
            ("Donald J. Trump", "QA", "2025-05-14", None),
            ("Donald J. Trump", "SA", "2025-05-13", "2025-05-14"),
            ("Shigeru Ishiba", "PH", "2025-05-13", "2025-05-16"),
        ],
    ),
    (  # 'X will accompany the Secretary throughout the trip': on every leg
        "Secretary of State Madeleine K. Albright will travel to Malaysia and Singapore. Under Secretary"
        " Thomas R. Pickering will accompany the Secretary throughout the trip.",
        "1997-07-21",
        "trips",
        [
            ("Madeleine K. Albright", "MY", None, None),
            ("Madeleine K. Albright", "SG", None, None),
            ("Thomas R. Pickering", "MY", None, None),
            ("Thomas R. Pickering", "SG", None, None),
        ],
    ),
    (  # a bare surname with its particle the NER calls an organisation ('Le Drian spoke ...')
        "French Foreign Minister Jean-Yves Le Drian will travel to Berlin on Thursday. Le Drian spoke by"
        " telephone with Russian Foreign Minister Sergei Lavrov on Monday.",
        "2017-06-20",
        "meetings",
        [({"Jean-Yves Le Drian", "Sergei Lavrov"}, "2017-06-19")],
    ),
    (  # 'X and Y are accompanying the Prime Minister on the two-nation tour': every leg, whatever its
        # tense (held in Abu Dhabi, planned to Doha); a listed name spelt another way ('Dmitry')
        "Prime Minister Narendra Modi arrived in Abu Dhabi on Tuesday on a two-day visit to the UAE."
        " External Affairs Minister S. Jaishankar and Foreign Secretary Vinay Kwatra are accompanying the"
        " Prime Minister on the two-nation tour. Modi will leave for Doha tonight.",
        "2024-02-14",
        "trips",
        [
            ("Narendra Modi", "AE", "2024-02-13", "2024-02-14"),
            ("Narendra Modi", "QA", "2024-02-14", None),
            ("S. Jaishankar", "AE", "2024-02-13", "2024-02-14"),
            ("S. Jaishankar", "QA", "2024-02-14", None),
            ("Vinay Kwatra", "AE", "2024-02-13", "2024-02-14"),
            ("Vinay Kwatra", "QA", "2024-02-14", None),
        ],
    ),
    (  # a first-person statement's 'we' is its author's party: 'We will return to Paris tonight'
        # ends the author's stay and says home (the author's 'I arrived in Baghdad' is abroad)
        "Iraq - Statement by Jean-Yves Le Drian, Minister for Europe and Foreign Affairs\n\nI arrived in"
        " Baghdad this morning with Florence Parly, Minister for the Armed Forces.\n\nWe will return to"
        " Paris tonight.",
        "2017-08-26",
        "trips",
        [("Jean-Yves Le Drian", "IQ", "2017-08-26", "2017-08-26")],
    ),
    (  # 'The visit to Venezuela will last two days': that stay's length, though the tour has others
        "The President of Russia Dmitry Medvedev arrived in Caracas on an official visit. The visit to"
        " Venezuela will last two days. From Caracas, Dmitry Medvedev will travel to Cuba.",
        "2008-11-26",
        "trips",
        [("Dmitry Medvedev", "CU", None, None), ("Dmitry Medvedev", "VE", "2008-11-26", "2008-11-27")],
    ),
    (  # a town of one name in several countries: the one the article's countries point to
        # ('Queenstown' is South Africa's by population); a city of a million keeps its own
        "Australian Prime Minister Scott Morrison flew to Queenstown on Sunday for talks with New Zealand"
        " Prime Minister Jacinda Ardern. Peruvian President Martín Vizcarra will travel to Santiago on"
        " Tuesday.",
        "2021-05-31",
        "trips",
        [("Martín Vizcarra", "CL", "2021-06-01", None), ("Scott Morrison", "NZ", "2021-05-30", None)],
    ),
    (  # a planned meeting placed nowhere is not at the dateline's place: no trip there for the guest
        "Calls\n\nJakarta, 4 February 2025 - Foreign Minister Sugiono held a video call with Malaysian"
        " Foreign Minister Mohamad Hasan on Monday. The two ministers agreed to meet again next month.",
        "2025-02-04",
        "trips",
        [],
    ),
    (  # a meal's participle carries its day
        "Chinese President Jiang Zemin flew in on Sunday. At a banquet hosted by Argentine President Fernando"
        " de la Rua at the Casa Rosada on Monday evening, Jiang praised Argentina.",
        "2001-04-09",
        "meetings",
        [({"Jiang Zemin", "Fernando de la Rua"}, "2001-04-09")],
    ),
    (  # 'where he will be from March 6 to 8': the stay at the place the relative clause hangs on
        "Secretary of State Rex W. Tillerson will begin his trip in Addis Ababa, where he will be from"
        " March 6 to 8.",
        "2018-03-05",
        "trips",
        [("Rex W. Tillerson", "ET", "2018-03-06", "2018-03-08")],
    ),
    (  # 'continue to Nairobi' moves on, and ends the stop before it that day
        "On March 9, Secretary of State Rex Tillerson will travel to Djibouti. Later that day he will"
        " continue to Nairobi.",
        "2018-03-05",
        "trips",
        [("Rex Tillerson", "DJ", "2018-03-09", "2018-03-09"), ("Rex Tillerson", "KE", "2018-03-09", None)],
    ),
    (  # a stay with no end of its own ends when the next stop of the tour begins
        "Russian President Dmitry Medvedev arrived in Caracas on Wednesday for talks with President Hugo"
        " Chavez. He will be in Havana from Friday to Sunday.",
        "2008-11-26",
        "trips",
        [
            ("Dmitry Medvedev", "CU", "2008-11-28", "2008-11-30"),
            ("Dmitry Medvedev", "VE", "2008-11-26", "2008-11-28"),
        ],
    ),
    (  # a border crossing named after a town is no stop in the town's country
        "The Secretary-General, António Guterres, will travel to Egypt on Thursday. On Friday, he will visit"
        " the Rafah crossing point between Egypt and Gaza.",
        "2023-10-18",
        "trips",
        [("António Guterres", "EG", "2023-10-19", None)],
    ),
    (  # 'The President of Russia' is the one Russian the article names without a title
        "On November 26, Dmitry Medvedev held talks with President of Venezuela Hugo Chavez. The President of"
        " Russia arrived in Venezuela on an official visit after visiting Peru. He is accompanied by Foreign"
        " Minister Sergei Lavrov. On November 27, the President of Russia will fly to Havana. Medvedev's"
        " visit to Cuba will conclude on November 28.",
        "2008-11-26",
        "trips",
        [  # Lavrov goes along on this stay (not the leg before it), to the day it ends
            ("Dmitry Medvedev", "CU", "2008-11-27", "2008-11-28"),
            ("Dmitry Medvedev", "PE", None, None),
            ("Dmitry Medvedev", "VE", "2008-11-26", "2008-11-27"),
            ("Sergei Lavrov", "VE", "2008-11-26", "2008-11-27"),
        ],
    ),
    (  # 'In Buenos Aires he is accompanied by X': that stop only; 'flew in' is here, from there
        "BUENOS AIRES, April 9 - Chinese President Jiang Zemin held talks with Argentine President Fernando"
        " de la Rua on Monday. Jiang flew in from Santiago on Sunday after a three-day stay in Chile. In"
        " Buenos Aires he is accompanied by Vice Premier Qian Qichen. The tour then takes Jiang to Cuba.",
        "2001-04-09",
        "trips",
        [
            ("Jiang Zemin", "AR", "2001-04-08", None),
            ("Jiang Zemin", "CL", "2001-04-06", "2001-04-08"),
            ("Jiang Zemin", "CU", None, None),
            ("Qian Qichen", "AR", "2001-04-08", None),
        ],
    ),
    (  # companions named after a fronted participle go on the whole trip
        "TASHKENT - President Park Geun-hye arrived in Tashkent on Monday for a three-day state visit to"
        " Uzbekistan. Park will fly to Astana on Thursday. Accompanying Park are Trade, Industry and Energy"
        " Minister Yoon Sang-jick and presidential secretary for economic affairs Ahn Chong-bum.",
        "2014-06-16",
        "trips",
        [
            ("Ahn Chong-bum", "KZ", "2014-06-19", None),
            ("Ahn Chong-bum", "UZ", "2014-06-16", "2014-06-18"),
            ("Park Geun-hye", "KZ", "2014-06-19", None),
            ("Park Geun-hye", "UZ", "2014-06-16", "2014-06-18"),
            ("Yoon Sang-jick", "KZ", "2014-06-19", None),
            ("Yoon Sang-jick", "UZ", "2014-06-16", "2014-06-18"),
        ],
    ),
    (
        "President Moon Jae-in arrived in Bangkok on Sunday. Joining Moon on the trip are Foreign Minister"
        " Kang Kyung-wha and Trade Minister Yoo Myung-hee.",
        "2019-09-02",
        "trips",
        [
            ("Kang Kyung-wha", "TH", "2019-09-01", None),
            ("Moon Jae-in", "TH", "2019-09-01", None),
            ("Yoo Myung-hee", "TH", "2019-09-01", None),
        ],
    ),
    (  # a length that spans later stops is the tour's: the first stop ends when the next begins, the
        # last one on the tour's last day
        "President Moon Jae-in arrived in Bangkok on Sunday, kicking off a six-day tour of Thailand, Myanmar"
        " and Laos. Moon is scheduled to travel to Naypyidaw on Tuesday. He will wrap up the tour in"
        " Vientiane, where he will meet Lao President Bounnhang Vorachit.",
        "2019-09-02",
        "trips",
        [
            ("Moon Jae-in", "LA", None, "2019-09-06"),
            ("Moon Jae-in", "MM", "2019-09-03", None),
            ("Moon Jae-in", "TH", "2019-09-01", "2019-09-03"),
        ],
    ),
    (  # ... not a visit's length that ends the day the next stop begins
        "U.S. President Barack Obama will arrive in Mumbai on Saturday on a four-day visit to India. Mr."
        " Obama leaves for Jakarta on Tuesday morning.",
        "2010-11-03",
        "trips",
        [("Barack Obama", "ID", "2010-11-09", None), ("Barack Obama", "IN", "2010-11-06", "2010-11-09")],
    ),
    (  # the members of 'the delegation of African leaders who arrived in our country', here Kyiv's
        "Today, President of Ukraine Volodymyr Zelenskyy met in Kyiv with the delegation of African leaders"
        " who arrived in our country as part of the African peace initiative.\n\nThe delegation included"
        " President of the Republic of South Africa Cyril Ramaphosa and President of the Republic of Senegal"
        " Macky Sall.",
        "2023-06-16",
        "trips",
        [("Cyril Ramaphosa", "UA", "2023-06-16", None), ("Macky Sall", "UA", "2023-06-16", None)],
    ),
    (  # 'our country' with no place above it: the country the release speaks for
        "On Monday, the Office of the President of Ukraine will host a meeting of the delegations of Ukraine"
        " and the Republic of Poland. The Polish delegation arrived in our country to fulfill the agreements"
        " reached during the visit of President of Ukraine Volodymyr Zelenskyy to the Republic of Poland."
        " The Polish delegation will be headed by Secretary of State in the Chancellery of the President of"
        " Poland Jakub Kumoch.",
        "2022-01-31",
        "trips",
        # (and the visit of X to Poland the agreements were reached during, undated here)
        [("Jakub Kumoch", "UA", "2022-01-31", None), ("Volodymyr Zelenskyy", "PL", None, None)],
    ),
    (  # the place of a topic ('the humanitarian situation in South Sudan') is no meeting place
        "Secretary of State Rex W. Tillerson will travel to Nairobi, Kenya on March 9. On March 10, he will"
        " meet with President Uhuru Kenyatta to discuss regional security, the humanitarian situation in"
        " South Sudan and Somalia, and trade.",
        "2018-03-05",
        "trips",
        [("Rex W. Tillerson", "KE", "2018-03-09", None)],
    ),
    (  # 'called for a ceasefire in Gaza after talks with X': no call, no meeting in Gaza; the talks that day
        "CAIRO - Brazilian President Luiz Inácio Lula da Silva called for an immediate ceasefire in Gaza on"
        " Thursday after talks with Egyptian President Abdel Fattah al-Sisi at the Ittihadiya palace.",
        "2024-02-15",
        "meetings",
        [({"Luiz Inácio Lula da Silva", "Abdel Fattah al-Sisi"}, "2024-02-15")],
    ),
    (  # 'X, who is accompanying the president on the trip' travels with the president
        "Brazilian President Luiz Inácio Lula da Silva landed in Cairo on Wednesday. Egyptian President Abdel"
        " Fattah al-Sisi hosted a lunch for Lula and Foreign Minister Mauro Vieira, who is accompanying the"
        " president on the trip.",
        "2024-02-15",
        "trips",
        [("Luiz Inácio Lula da Silva", "EG", "2024-02-14", None), ("Mauro Vieira", "EG", "2024-02-14", None)],
    ),
    (  # a dateline's day with the agency in brackets dates nothing; a leg postponed in its own sentence;
        # 'who will accompany the president' is the article's president, not the last one named
        "SANTIAGO, April 23 (Andes Press Service) - Chilean President Sebastián Piñera will travel to Buenos"
        " Aires on Thursday for a one-day working visit. The president had also been due to stop in"
        " Montevideo on Friday to meet Uruguayan President Tabaré Vázquez, but that leg has been postponed."
        " Foreign Minister Roberto Ampuero, who will accompany the president, said he would hold a separate"
        " meeting with his Argentine counterpart, Jorge Faurie, during the visit.",
        "2018-04-23",
        "trips",
        [
            ("Roberto Ampuero", "AR", "2018-04-26", "2018-04-26"),
            ("Sebastián Piñera", "AR", "2018-04-26", "2018-04-26"),
        ],
    ),
    (  # a companion 'who also joined all three meetings' is there for the meetings: undated
        "President John Dramani Mahama began the tour in Bamako on Saturday, 8th March, where he held talks"
        " with General Assimi Goïta. The President was accompanied by the Minister for Foreign Affairs, Hon."
        " Samuel Okudzeto Ablakwa, who also joined all three meetings.",
        "2025-03-10",
        "trips",
        [("John Dramani Mahama", "ML", "2025-03-08", None), ("Samuel Okudzeto Ablakwa", "ML", None, None)],
    ),
    (  # a relative clause of accompanying hung on the companion's country or title
        "Vietnamese Prime Minister Nguyen Xuan Phuc is visiting Japan from June 5 to 8. Pham Binh Minh,"
        " Deputy Prime Minister and Minister of Foreign Affairs of Viet Nam, who is accompanying Prime"
        " Minister Phuc, met Minister for Foreign Affairs Fumio Kishida. Deputy Foreign Minister Lee"
        " Soo-hyuck of the ROK, who is accompanying Phuc, will hold consultations.",
        "2017-06-06",
        "trips",
        [
            ("Lee Soo-hyuck", "JP", "2017-06-05", "2017-06-08"),
            ("Nguyen Xuan Phuc", "JP", "2017-06-05", "2017-06-08"),
            ("Pham Binh Minh", "JP", "2017-06-05", "2017-06-08"),
        ],
    ),
    (  # 'A and B of the ROK, who is accompanying Ban': B goes with Ban, not A
        "ROK Foreign Minister Ban Ki-moon is visiting China from March 22 to 25. Chinese Vice Foreign"
        " Minister Wang Yi and Deputy Foreign Minister Lee Soo-hyuck of the ROK, who is accompanying Ban,"
        " will hold consultations.",
        "2004-03-23",
        "trips",
        [
            ("Ban Ki-moon", "CN", "2004-03-22", "2004-03-25"),
            ("Lee Soo-hyuck", "CN", "2004-03-22", "2004-03-25"),
        ],
    ),
    (  # 'President Moon Jae-in held summit talks with X', parsed as one noun phrase
        "President Moon Jae-in held summit talks with Thai Prime Minister Prayut Chan-o-cha in Bangkok on"
        " Monday, agreeing to expand cooperation in infrastructure.",
        "2019-09-02",
        "meetings",
        [({"Moon Jae-in", "Prayut Chan-o-cha"}, "2019-09-02")],
    ),
    (  # a relative clause's meeting ('where she met X the day before') does not date the main clause's;
        # 'shortly after landing' is on the day of the arrival
        "JAKARTA, Feb 18 - U.S. Secretary of State Hillary Clinton arrived in Indonesia on Wednesday.\n\n"
        "Clinton, who flew in from Tokyo, where she met Japanese Prime Minister Taro Aso the day before,"
        " held talks with Indonesian Foreign Minister Hassan Wirajuda shortly after landing.",
        "2009-02-18",
        "meetings",
        [
            ({"Hillary Clinton", "Taro Aso"}, "2009-02-17"),
            ({"Hillary Clinton", "Hassan Wirajuda"}, "2009-02-18"),
        ],
    ),
    (  # the delegations join the talks; 'The Russian delegation included A' goes with the Russian named
        # first; 'took part in the talks on the Serbian side' is Serbia's
        "Vladimir Putin, who arrived in Belgrade on an official visit, held talks with President of the"
        " Republic of Serbia Aleksandar Vucic.\n\nThe talks began in a restricted format and continued with"
        " the participation of the two countries' delegations. The Russian delegation included Foreign"
        " Minister Sergei Lavrov. First Deputy Prime Minister – Minister of Foreign Affairs Ivica Dacic took"
        " part in the talks on the Serbian side.",
        "2019-01-17",
        "meetings",
        [({"Vladimir Putin", "Aleksandar Vucic", "Ivica Dacic", "Sergei Lavrov"}, None)],
    ),
    (
        "Vladimir Putin, who arrived in Belgrade on an official visit, held talks with President of the"
        " Republic of Serbia Aleksandar Vucic. The Russian delegation included Foreign Minister Sergei"
        " Lavrov.",
        "2019-01-17",
        "trips",
        [("Sergei Lavrov", "RS", "2019-01-17", None), ("Vladimir Putin", "RS", "2019-01-17", None)],
    ),
    (  # 'His programme in X will continue until April 26' ends the stay
        "Chairman of the State Affairs Commission of the DPRK Kim Jong-un arrived in Vladivostok by train on"
        " April 24. His programme in Primorye Territory will continue until April 26.",
        "2019-04-25",
        "trips",
        [("Kim Jong-un", "RU", "2019-04-24", "2019-04-26")],
    ),
    (  # 'will sit down with A and B on Wednesday'
        "Seoul's top nuclear envoy Kim Gunn will leave for Tokyo on Tuesday. Kim will sit down with Sung Kim,"
        " the US special representative for North Korea, on Wednesday.",
        "2022-09-05",
        "meetings",
        [({"Kim Gunn", "Sung Kim"}, "2022-09-07")],
    ),
    (  # '..., and on to Abu Dhabi on Thursday': an elliptical leg with its own day; a participle the
        # parser hangs on a 'when' clause is the main subject's ('Rubio will leave when Trump departs,
        # staying behind ... before flying to Antalya')
        "RIYADH - President Donald J. Trump arrived in Riyadh on Tuesday. Mr. Trump flies to Doha on"
        " Wednesday afternoon, where Emir Sheikh Tamim bin Hamad Al Thani will host a state dinner in his"
        " honour that evening, and on to Abu Dhabi on Thursday for talks the same day with President Sheikh"
        " Mohamed bin Zayed Al Nahyan. Secretary of State Marco Rubio will leave the tour when Mr. Trump"
        " departs Riyadh, staying behind until Wednesday evening before flying to Antalya, Turkey.",
        "2025-05-13",
        "trips",
        [
            ("Donald J. Trump", "AE", "2025-05-15", None),
            ("Donald J. Trump", "QA", "2025-05-14", "2025-05-15"),
            ("Donald J. Trump", "SA", "2025-05-13", "2025-05-14"),
            ("Marco Rubio", "TR", "2025-05-14", None),
        ],
    ),
    (  # ... but a day trip told after it on its arrival day is no move onward
        "Foreign Secretary David Cameron, who arrived in Astana last night, is today holding talks in"
        " Kazakhstan. On Tuesday he visited Kyrgyzstan, holding talks in Bishkek with President Sadyr"
        " Japarov.",
        "2024-04-24",
        "trips",
        [("David Cameron", "KG", "2024-04-23", "2024-04-23"), ("David Cameron", "KZ", "2024-04-23", None)],
    ),
    (  # a Secretary of State for a department Britain lacks serves the visitor's government; the partner
        # of talks the visitors (named by no name) held in a place they travel to serves that place
        "Belgian Foreign Minister Leo Tindemans paid an official visit to Zaire from 10 to 14 March. He was "
        "accompanied by Mr. André Kempinaire, Secretary of State for Development Cooperation. On 10 March "
        "the Belgian ministers held talks in Kinshasa with the First State Commissioner, Mr. Mulumba Lukoji.",
        "1986-03-14",
        "officials",
        [("André Kempinaire", "BE"), ("Leo Tindemans", "BE"), ("Mulumba Lukoji", "ZR")],
    ),
    (  # 'Per' after a title is a given name; 'wa' inside a name; the head of an executive council holds
        # an office of state
        "Foreign Minister Per Hækkerup of Denmark will call on the President of the Federal Executive "
        "Council, Mr. Petar Stambolić, in Belgrade on Tuesday. Mr. Hækkerup will then meet the President of "
        "Kenya, Jomo Kenyatta, and Foreign Minister Ngala wa Mwendwa of Kenya in Nairobi.",
        "1965-10-22",
        "officials",
        [
            ("Jomo Kenyatta", "KE"),
            ("Ngala wa Mwendwa", "KE"),
            ("Per Hækkerup", "DK"),
            ("Petar Stambolić", "YU"),
        ],
    ),
    (  # 'from Monday, 25 October, to Thursday, 28 October': the visit's first and last days
        "Danish Foreign Minister Per Hækkerup will pay an official visit to Yugoslavia from Monday, 25 "
        "October, to Thursday, 28 October, at the invitation of Federal Secretary Marko Nikezić.",
        "1965-10-22",
        "trips",
        [("Per Hækkerup", "YU", "1965-10-25", "1965-10-28")],
    ),
    (  # a programme's slots ('Evening:') under its day headings; a dinner given by one in honour of
        # another ('the Danish Foreign Minister', whose country the release settles only later)
        "Foreign Minister Per Hækkerup will pay an official visit to Yugoslavia at the invitation of the "
        "Federal Secretary for Foreign Affairs, Mr. Marko Nikezić.\n\nMonday, 25 October\nAfternoon: "
        "arrival at Belgrade airport.\nEvening: dinner given by Mr. Nikezić in honour of the Danish Foreign "
        "Minister.\n\nTuesday, 26 October\nMorning: official talks.\nAfternoon: Mr. Hækkerup will call on "
        "the President of the Federal Executive Council, Mr. Petar Stambolić.",
        "1965-10-22",
        "meetings",
        [
            ({"Marko Nikezić", "Per Hækkerup"}, "1965-10-25"),
            ({"Per Hækkerup", "Petar Stambolić"}, "1965-10-26"),
        ],
    ),    (  # a programme's clock slots under its day headings (a meeting 'between' two told without a verb);
        # 'will arrive tomorrow evening and will leave on Monday afternoon' bounds the stay
        "Programme of the visit of the President of Egypt\n\nPrime Minister's Office\nJerusalem, 18 November "
        "1977\n\nThe Prime Minister's Office announces the programme for the visit to Israel of the "
        "President of the Arab Republic of Egypt, Mr. Anwar el-Sadat. The President will arrive tomorrow "
        "evening and will leave on Monday afternoon. He accepted the invitation of Prime Minister Menachem "
        "Begin.\n\nSunday, 20 November\n13:00 — Luncheon given by the Prime Minister in honour of the "
        "President at the King David Hotel.\n\nMonday, "
        "21 November\n09:00 — Working meeting between the Minister for Foreign Affairs, Mr. Moshe Dayan, "
        "and the Acting Minister of Foreign Affairs of Egypt, Dr. Boutros Boutros-Ghali.",
        "1977-11-18",
        "meetings",
        [
            ({"Anwar el-Sadat", "Menachem Begin"}, "1977-11-20"),
            ({"Boutros Boutros-Ghali", "Moshe Dayan"}, "1977-11-21"),
        ],
    ),
    (
        "Programme of the visit of the President of Egypt\n\nPrime Minister's Office\nJerusalem, 18 November "
        "1977\n\nThe Prime Minister's Office announces the programme for the visit to Israel of the "
        "President of the Arab Republic of Egypt, Mr. Anwar el-Sadat. The President will arrive tomorrow "
        "evening and will leave on Monday afternoon.",
        "1977-11-18",
        "trips",
        [("Anwar el-Sadat", "IL", "1977-11-19", "1977-11-21")],
    ),
    (  # a venue named after a person is none ('the King David Hotel'); 'Herr' is a style; whom a
        # visitor met in a place ('X, who met President Y in Moscow') serves that place's country
        "Soviet Foreign Minister Eduard Shevardnadze arrived in Bonn and drove to the King David Hotel for "
        "a working dinner with Foreign Minister Hans-Dietrich Genscher. Herr Genscher hosted the dinner. "
        "East German Prime Minister Lothar de Maizière, who met President Mikhail Gorbachev in Moscow on "
        "Sunday, is expected tomorrow.",
        "1990-05-04",
        "officials",
        [
            ("Eduard Shevardnadze", "SU"),
            ("Hans-Dietrich Genscher", "DE"),
            ("Lothar de Maizière", "DD"),
            ("Mikhail Gorbachev", "SU"),
        ],
    ),
    (  # a monitor's gloss '[14 December]' names the day; 'yesterday' in a story filed on the 15th and
        # printed on the 16th is the 14th; a Prime Minister received at home before his visit abroad
        # serves the country the story is filed from; 'from Bangladesh Prime Minister X' is X's country;
        # an editor's note opens no clause, so 'has been put off' calls the Dhaka visit off
        KOIRALA_REPORT,
        "1998-12-16",
        "officials",
        [
            ("Birendra", "NP"),
            ("Girija Prasad Koirala", "NP"),
            ("K. V. Rajan", "IN"),
            ("Sheikh Hasina", "BD"),
        ],
    ),
    (
        KOIRALA_REPORT,
        "1998-12-16",
        "meetings",
        [
            ({"Birendra", "Girija Prasad Koirala"}, "1998-12-14"),
            ({"Girija Prasad Koirala", "K. V. Rajan"}, "1998-12-14"),
        ],
    ),
    (
        KOIRALA_REPORT,
        "1998-12-16",
        "trips",
        [("Girija Prasad Koirala", "IN", "1998-12-20", "1998-12-23")],
    ),    (  # 'Deputy PM Minh' (the NER's place) is the minister named before; a visit 'that began on Sunday'
        # gives its first day only, and leaving the city for the next country its last
        "Deputy PM, FM Phạm Bình Minh holds talks with Japanese counterpart\n\nTokyo (VNA) – Deputy Prime "
        "Minister and Foreign Minister Phạm Bình Minh held talks with Japanese "
        "Minister for Foreign Affairs Fumio Kishida in Tokyo yesterday, as part of his official visit to "
        "Japan that began on Sunday. Deputy PM Minh will leave Tokyo for Seoul tomorrow to begin a two-day "
        "visit to the Republic of Korea.",
        "2015-09-15",
        "trips",
        [
            ("Phạm Bình Minh", "JP", "2015-09-13", "2015-09-16"),
            ("Phạm Bình Minh", "KR", "2015-09-16", "2015-09-17"),
        ],
    ),
    (  # "Jordan's Deputy Prime Minister" (no place to the NER) marks his country; a reception 'during his
        # stay', joined to a meeting 'on Monday', is not dated by it
        RIYADH_PREVIEW,
        "2024-04-23",
        "meetings",
        [
            ({"Ayman Safadi", "Faisal bin Farhan"}, "2024-04-22"),
            ({"Antony Blinken", "Mohammad Mustafa"}, "2024-04-29"),
            ({"Antony Blinken", "Mohammed bin Salman"}, None),
        ],
    ),
    (
        RIYADH_PREVIEW,
        "2024-04-23",
        "officials",
        [
            ("Antony Blinken", "US"),
            ("Ayman Safadi", "JO"),
            ("Faisal bin Farhan", "SA"),
            ("Mohammad Mustafa", "PS"),
            ("Mohammed bin Salman", "SA"),
        ],
    ),    (  # an agency's dash ends a dateline, not a title ('Accra, July 19, GNA - President'); 'Madam' is a
        # style; representing one's country at a conference in a foreign city is a trip there
        "Liberian President arrives tomorrow\n\nAccra, July 19, GNA - President Ellen Johnson Sirleaf of "
        "Liberia arrives in Accra tomorrow for a three-day state visit to Ghana at the invitation of "
        "President John Agyekum Kufuor. Madam Johnson Sirleaf took office in January. Ghana's Deputy Foreign "
        "Minister, Akwasi Osei-Adjei, will represent Ghana at a conference on refugees in Monrovia on "
        "Thursday.",
        "2006-07-19",
        "trips",
        [
            ("Akwasi Osei-Adjei", "LR", None, None),
            ("Ellen Johnson Sirleaf", "GH", "2006-07-20", "2006-07-22"),
        ],
    ),    (  # whom a headline's unparsed subject sees do not meet each other ('PM to see Nixon, Heath'); 'the
        # future of the alliance' is no day of the talks
        "PM to see Nixon, Heath on overseas tour\n\nCANBERRA, Wednesday. — The Prime Minister, Mr William "
        "McMahon, will fly to the United States at the end of the month for talks with President Nixon. "
        "The talks are expected to range over the future of the ANZUS alliance. The British Prime "
        "Minister, Mr Edward Heath, will give a luncheon for him at 10 Downing Street on November 5.",
        "1971-10-14",
        "meetings",
        [({"Nixon", "William McMahon"}, None), ({"Edward Heath", "William McMahon"}, "1971-11-05")],
    ),
    (  # a dated dateline is no day of the arrival told in its sentence ('last night' is); a leader of
        # the United Arab Republic is Egyptian; 'is expected in Belgrade tomorrow morning' is an arrival;
        # 'President Sukarno of Indonesia' (a place to the NER) is a name
        "Nehru and Nkrumah in Belgrade on eve of conference\n\nBELGRADE, August 31 (Tanjug) - Indian Prime "
        "Minister Jawaharlal Nehru arrived in Belgrade last night for the conference. President Sukarno of "
        "Indonesia is expected in Belgrade tomorrow morning. On Sunday, President Tito, Mr. Nehru and "
        "President Gamal Abdel Nasser of the United Arab Republic will hold a tripartite discussion.",
        "1961-08-31",
        "trips",
        [
            ("Gamal Abdel Nasser", "YU", None, None),
            ("Jawaharlal Nehru", "YU", "1961-08-30", None),
            ("Sukarno", "YU", "1961-09-01", None),
        ],
    ),
    (  # the same: officials; a relative named as such is no official ('his daughter, Mrs. Indira Gandhi')
        "Nehru in Belgrade\n\nBELGRADE, August 31 (Tanjug) - Indian Prime Minister Jawaharlal Nehru arrived "
        "in Belgrade last night. Mr. Nehru, who is accompanied by his daughter, Mrs. Indira Gandhi, will "
        "meet President Gamal Abdel Nasser of the United Arab Republic on Saturday.",
        "1961-08-31",
        "officials",
        [("Gamal Abdel Nasser", "EG"), ("Jawaharlal Nehru", "IN")],
    ),
    (  # 'fly to Ottawa, where he will spend one day, Thursday, March 25': the return home the day
        # after does not end that stay
        "Visit\n\nThe Foreign Secretary, Mr. Michael Stewart, will arrive in Washington on Sunday, March 21 "
        "and will stay until Wednesday, March 24. "
        "From Washington Mr. Stewart will fly to Ottawa, where he will spend one day, Thursday, March 25, "
        "as the guest of the Canadian Government. The Foreign Secretary will return to London on Friday, "
        "March 26.",
        "1965-03-19",
        "trips",
        [
            ("Michael Stewart", "CA", "1965-03-25", "1965-03-25"),
            ("Michael Stewart", "US", "1965-03-21", "1965-03-24"),
        ],
    ),
    (  # a title returning to a capital is at home there, though it met a compatriot named before
        "Visit\n\nThe Foreign Secretary, Mr. Michael Stewart, will fly to Washington on Sunday for "
        "talks with "
        "the Secretary of State, Mr. Dean Rusk, and then to Ottawa for talks with the Canadian Prime "
        "Minister, Mr. Lester B. Pearson. He saw the Prime Minister, Mr. Harold Wilson, yesterday. The "
        "Foreign Secretary will return to London on Friday.",
        "1965-03-19",
        "officials",
        [
            ("Dean Rusk", "US"),
            ("Harold Wilson", "GB"),
            ("Lester B. Pearson", "CA"),
            ("Michael Stewart", "GB"),
        ],
    ),
    (  # two subjects, a title and a name between commas: the name is the title's apposition; 'a tour of
        # Tanzania and Uganda' goes to both; 'will spend two days in Tanzania' is the stay's length
        "Bulletin\n\nThe Vice-President and Minister for Home Affairs, Mr. Daniel arap Moi, left Nairobi "
        "this morning for a five-day tour of Tanzania and Uganda. Mr. arap Moi will spend two days in "
        "Tanzania before flying to Kampala on Friday for three days of talks. Tanzania's Second "
        "Vice-President, Mr. Rashidi Kawawa, will host a state dinner for Mr. arap Moi tonight.",
        "1969-05-14",
        "trips",
        [
            ("Daniel arap Moi", "TZ", "1969-05-14", "1969-05-15"),
            ("Daniel arap Moi", "UG", "1969-05-16", "1969-05-18"),
        ],
    ),
    (  # 'will tour Namibia and Botswana': its objects are the stops
        "Tour\n\nPresident Jacob Zuma of South Africa will tour Namibia and Botswana next week.",
        "2011-03-08",
        "trips",
        [("Jacob Zuma", "BW", None, None), ("Jacob Zuma", "NA", None, None)],
    ),
    (  # 'who flew back from New York yesterday': a stay there that ended then; 'during his one-day
        # visit to London' dates the lunch
        "O'Kennedy to see Owen\n\nIrish Foreign Minister Michael O'Kennedy will travel to London on Monday "
        "for talks. Mr. O'Kennedy, who flew back from New York yesterday, had addressed "
        "the United Nations General Assembly. During his one-day visit to London the Minister will also "
        "have a working lunch with the Northern Ireland Secretary, Mr. Roy Mason.",
        "1977-09-22",
        "trips",
        [
            ("Michael O'Kennedy", "GB", "1977-09-26", "1977-09-26"),
            ("Michael O'Kennedy", "US", None, "1977-09-21"),
        ],
    ),
    (  # the same: the lunch
        "O'Kennedy to see Owen\n\nThe Minister for Foreign Affairs, Mr. Michael O'Kennedy, will travel to "
        "London on Monday for talks. During his one-day visit to London the Minister will also have a "
        "working lunch with the Northern Ireland Secretary, Mr. Roy Mason.",
        "1977-09-22",
        "meetings",
        [({"Michael O'Kennedy", "Roy Mason"}, "1977-09-26")],
    ),
    (  # 'in her honor': the woman named before ('Mrs. Aquino'), not the Prime Minister named last;
        # 'accompanied on the visit by X' (the 'by' hung on the visit)
        "Aquino in Tokyo\n\nTOKYO, Nov. 11 (PNA) - President Corazon C. Aquino held talks with Prime "
        "Minister Yasuhiro Nakasone this morning, the first day of her state visit to Japan. Mrs. Aquino "
        "arrived yesterday. She is accompanied on the visit by Finance Secretary Jaime V. Ongpin. Nakasone "
        "pledged support. Emperor Hirohito will host a state banquet in her honor tonight.",
        "1986-11-11",
        "meetings",
        [
            ({"Corazon C. Aquino", "Yasuhiro Nakasone"}, "1986-11-11"),
            ({"Corazon C. Aquino", "Hirohito"}, "1986-11-11"),
        ],
    ),
    (  # the same: the companion's trip
        "Aquino in Tokyo\n\nTOKYO, Nov. 11 (PNA) - President Corazon C. Aquino arrived in Tokyo yesterday "
        "for a four-day state visit to Japan. She is accompanied on the visit by Finance Secretary Jaime V. "
        "Ongpin.",
        "1986-11-11",
        "trips",
        [
            ("Corazon C. Aquino", "JP", "1986-11-10", "1986-11-13"),
            ("Jaime V. Ongpin", "JP", "1986-11-10", "1986-11-13"),
        ],
    ),
    (  # a companion is not foreign to home because the lead goes home to a city there; 'y' joins
        # Spanish surnames
        "Aquino in Tokyo\n\nTOKYO, Nov. 11 (PNA) - President Corazon C. Aquino arrived in Tokyo yesterday. "
        "She is accompanied by Vice President Salvador H. Laurel. Laurel met Foreign Minister Tadashi "
        "Kuranari yesterday evening. Mrs. Aquino would go to Davao City on Saturday. Mexican Foreign "
        "Secretary Jorge Castañeda y Álvarez de la Rosa sent greetings.",
        "1986-11-11",
        "officials",
        [
            ("Corazon C. Aquino", "PH"),
            ("Jorge Castañeda y Álvarez de la Rosa", "MX"),
            ("Salvador H. Laurel", "PH"),
            ("Tadashi Kuranari", "JP"),
        ],
    ),
    (  # 'The next morning' is the day after the one told before; 'before leaving for Baghdad, he held
        # discussions' is not in Baghdad; a stay left for another stop of the journey is not ended by the
        # return home
        "Statement\n\nIndian External Affairs Minister I.K. Gujral returned to New Delhi last night from a "
        "visit to Jordan and Iraq. He arrived in Amman on Sunday, 19 August. The next morning, before "
        "leaving for Baghdad, he held discussions with the Foreign Minister of Jordan, Mr. Marwan "
        "al-Qasim. He left Baghdad yesterday morning.",
        "1990-08-24",
        "trips",
        [
            ("I.K. Gujral", "IQ", "1990-08-20", "1990-08-23"),
            ("I.K. Gujral", "JO", "1990-08-19", "1990-08-20"),
        ],
    ),
    (  # the same: the discussions
        "Statement\n\nIndian External Affairs Minister I.K. Gujral returned to New Delhi last night from a "
        "visit to Jordan and Iraq. He arrived in Amman on Sunday, 19 August. The next morning, before "
        "leaving for Baghdad, he held discussions with the Foreign Minister of Jordan, Mr. Marwan "
        "al-Qasim. He left Baghdad yesterday morning.",
        "1990-08-24",
        "meetings",
        [({"I.K. Gujral", "Marwan al-Qasim"}, "1990-08-20")],
    ),
    (  # a guest's one-day stay told in a relative clause dates the reception ('Earlier this week': no day)
        "Press statement\n\nEarlier this week, Singapore Foreign Minister S Jayakumar received the Thai "
        "Minister of Foreign Affairs Dr Surin Pitsuwan, who was in Singapore on 8 March for a one-day "
        "working visit.",
        "2000-03-10",
        "meetings",
        [({"S Jayakumar", "Surin Pitsuwan"}, "2000-03-08")],
    ),
    (  # 'Begum' is a style; 'Khan told reporters that she would hold talks': the woman named before
        "Khaleda leaves for Delhi\n\nPrime Minister Begum Khaleda Zia leaves for New Delhi tomorrow on a "
        "three-day state visit to India. Foreign Minister M. Morshed Khan told reporters yesterday that "
        "she would hold talks with her Indian counterpart Dr Manmohan Singh on Tuesday.",
        "2006-03-19",
        "meetings",
        [({"Khaleda Zia", "Manmohan Singh"}, "2006-03-21")],
    ),
    (  # 'concluded a three-day visit to Kathmandu on Wednesday': its last day (the visit's own length,
        # not the 'week' of the clause around it)
        "Deuba to visit India\n\nThe visit comes a week after Chinese Foreign Minister Wang Yi concluded a "
        "three-day visit to Kathmandu on Wednesday, August 16.",
        "2017-08-22",
        "trips",
        [("Wang Yi", "NP", "2017-08-14", "2017-08-16")],
    ),
    (  # calls 'during the Delhi leg of the visit' are in the visit, on no day of their own
        "Deuba to visit India\n\nNepali Prime Minister Sher Bahadur Deuba is leaving for New Delhi tomorrow "
        "on a five-day state visit to India. He will hold talks with Prime Minister Narendra Modi on "
        "Thursday. Deuba will call on President Ram Nath Kovind during the Delhi leg of the visit.",
        "2017-08-22",
        "meetings",
        [
            ({"Narendra Modi", "Sher Bahadur Deuba"}, "2017-08-24"),
            ({"Ram Nath Kovind", "Sher Bahadur Deuba"}, None),
        ],
    ),
    (  # 'will attend the meeting of the European Council in Brussels' on 'Thursday and Friday': a stay
        "Press release\n\nOn Thursday and Friday, Spanish Prime Minister José Luis Rodríguez Zapatero will "
        "attend the meeting of the European Council in Brussels, which will address economic governance.",
        "2011-06-20",
        "trips",
        [("José Luis Rodríguez Zapatero", "BE", "2011-06-23", "2011-06-24")],
    ),
    (  # 'is on a working visit that ends tomorrow' ends the stay (not the event attended on the way,
        # 'from Georgetown, Guyana, where he attended the meeting of CARICOM Heads of Government')
        "Ruto hosts Henry\n\nState House, Nairobi, Friday, 1 March 2024\n\nPresident William Ruto today "
        "hosted the Prime Minister of Haiti, Dr Ariel Henry, at State House, Nairobi.\n\nDr Henry, who "
        "arrived in Nairobi on Wednesday night from Georgetown, Guyana, where he attended the meeting of "
        "CARICOM Heads of Government, is on a working visit that ends tomorrow.",
        "2024-03-01",
        "trips",
        [("Ariel Henry", "GY", None, None), ("Ariel Henry", "KE", "2024-02-28", "2024-03-02")],
    ),
    (  # 'a one-day working visit, during which he will hold talks': the visit's place and day
        "Ruto to visit Kampala\n\nState House, Nairobi, Friday, 1 March 2024\n\nOn Tuesday, President "
        "William Ruto spoke by phone with United States Secretary of State Antony Blinken. Next Tuesday, "
        "the President will travel to Kampala for a one-day working visit, during which he will hold talks "
        "with President Yoweri Kaguta Museveni. The President's planned visit to Port-au-Prince would be "
        "announced later.",
        "2024-03-01",
        "meetings",
        [
            ({"Antony Blinken", "William Ruto"}, "2024-02-27"),
            ({"William Ruto", "Yoweri Kaguta Museveni"}, "2024-03-05"),
        ],
    ),
    (  # the headline's 'Ruto hosts Haiti's Prime Minister Henry' is the body's meeting at home, not one
        # at the host's own planned destination
        "President Ruto hosts Haiti's Prime Minister Henry\n\nState House, Nairobi, Friday, 1 March 2024\n\n"
        "President William Ruto today hosted the Prime Minister of Haiti, Dr Ariel Henry, at State House, "
        "Nairobi. Dr Henry arrived in Nairobi on Wednesday night. Next Tuesday, the President will travel "
        "to Kampala for a one-day working visit. The President's planned visit to Port-au-Prince would be "
        "announced later.",
        "2024-03-01",
        "meetings",
        [({"Ariel Henry", "William Ruto"}, "2024-03-01")],
    ),
    (  # 'the prime minister', said twice of the one untitled official ('Gordon Brown'), is his title;
        # 'He is due back in London on Tuesday night' ends the stay abroad
        "Brown and Bush hail alliance\n\nGordon Brown has held his first talks with US President George W "
        "Bush. Mr Bush hosted a dinner for the prime minister at Camp David on Sunday evening. Mr Brown "
        "arrived in the US on Sunday afternoon. On Tuesday the prime minister travels to New York. He is "
        "due back in London on Tuesday night.",
        "2007-07-30",
        "trips",
        [("Gordon Brown", "US", "2007-07-29", "2007-07-31")],
    ),
    (  # "with India's National Security Advisor X": the possessive is the title's country, not a scene
        "Readout of the President's Call with Prime Minister Modi of India\n\nThe White House\n\nThis "
        "morning, President Obama spoke by phone with Prime Minister Narendra Modi of India. Yesterday, "
        "National Security Advisor Susan E. Rice spoke with India's National Security Advisor Ajit Doval "
        "to review preparations for the visit.",
        "2014-09-16",
        "officials",
        [("Ajit Doval", "IN"), ("Narendra Modi", "IN"), ("Obama", "US"), ("Susan E. Rice", "US")],
    ),
    (  # 'arriving on the evening of the 10th': a day of the month told alone ends the first stop
        "Ishiba to visit Malaysia and Indonesia\n\nPrime Minister Shigeru Ishiba will visit Malaysia and "
        "Indonesia from Thursday, January 9 to Sunday, January 12. In Malaysia, the Prime Minister will hold "
        "a summit meeting with Prime Minister Anwar Ibrahim in Putrajaya on Friday. He will then leave for "
        "Jakarta, arriving on the evening of the 10th.",
        "2025-01-08",
        "trips",
        [("Shigeru Ishiba", "ID", "2025-01-10", None), ("Shigeru Ishiba", "MY", "2025-01-09", "2025-01-10")],
    ),
    (  # a reporter's question and a denial give no companion
        "Prime Minister Shigeru Ishiba will visit Malaysia on Thursday, January 9. REPORTER: Will Minister "
        "for Foreign Affairs Takeshi Iwaya accompany the Prime Minister? HAYASHI: Minister Iwaya will not "
        "accompany the Prime Minister.",
        "2025-01-08",
        "trips",
        [("Shigeru Ishiba", "MY", "2025-01-09", "2025-01-09")],
    ),
    (  # 'the Minister' is the minister the release follows, not the host styled 'Minister Di Tella'; a
        # meeting the parser coordinates with the travel is at its destination
        "The Minister of Foreign Affairs, Carlos Figueroa Serrano, will make an official visit to "
        "Argentina at the invitation of the Minister of Foreign Relations, Guido Di Tella. That evening "
        "Minister Di Tella will offer a dinner in his honour. On Thursday, 12 May, the Minister will "
        "travel to Montevideo, where he will hold talks with the Minister of Foreign Relations of Uruguay, "
        "Sergio Abreu, and will be received by President Luis Alberto Lacalle. Chancellor Figueroa will "
        "return to Santiago on Friday, 13 May.",
        "1994-05-06",
        "trips",
        [
            ("Carlos Figueroa Serrano", "AR", None, None),
            ("Carlos Figueroa Serrano", "UY", "1994-05-12", "1994-05-13"),
        ],
    ),
    (  # 'the visiting minister' is the one told arriving, not the host
        "The Foreign Minister of Hungary, Péter Várkonyi, arrives in Vienna today at the invitation of the "
        "Federal Minister for Foreign Affairs, Erwin Lanc. Minister Lanc will give a dinner in honour of his "
        "guest. Tomorrow morning the visiting minister will be received by Federal President Rudolf "
        "Kirchschläger.",
        "1983-11-14",
        "meetings",
        [
            ({"Erwin Lanc", "Péter Várkonyi"}, None),
            ({"Péter Várkonyi", "Rudolf Kirchschläger"}, "1983-11-15"),
        ],
    ),
    (  # the next sentence of a plan goes on on its day: 'Tomorrow morning ... He will then ... after which
        # he returns in the afternoon'
        "The Foreign Minister of Hungary, Péter Várkonyi, arrives in Vienna today for a two-day official "
        "visit. Tomorrow morning he will be received by Federal President Rudolf Kirchschläger. He will then "
        "attend a working luncheon, after which he returns to Budapest in the afternoon.",
        "1983-11-14",
        "trips",
        [("Péter Várkonyi", "AT", "1983-11-14", "1983-11-15")],
    ),
    (  # 'Talks between the two leaders are scheduled for Friday': the pair of the visit; seeing a guest
        # off is no meeting
        "President Ellen Johnson Sirleaf of Liberia arrives in Accra tomorrow. President Kufuor will host a "
        "state banquet in honour of his guest on Thursday evening. Talks between the two leaders are "
        "scheduled for Friday morning. The President will on Saturday tour the Volta Region, after seeing "
        "off his Liberian counterpart at the airport.",
        "2006-07-19",
        "meetings",
        [
            ({"Kufuor", "Ellen Johnson Sirleaf"}, "2006-07-20"),
            ({"Kufuor", "Ellen Johnson Sirleaf"}, "2006-07-21"),
        ],
    ),
    (  # 'The President will be accompanied throughout by X': the President the programme follows
        "The President of the Republic, Mr. François Mitterrand, will pay a state visit to Mexico from "
        "Monday 19 to Wednesday 21 October 1981, at the invitation of the President of the United Mexican "
        "States, Mr. José López Portillo. The President will be accompanied throughout by Mr. Claude "
        "Cheysson, Minister for External Relations. Monday 19 October: State dinner offered by President "
        "López Portillo and Mrs. López Portillo.",
        "1981-10-16",
        "trips",
        [
            ("Claude Cheysson", "MX", "1981-10-19", "1981-10-21"),
            ("François Mitterrand", "MX", "1981-10-19", "1981-10-21"),
        ],
    ),
    (  # 'the prime minister' in lower case is the Prime Minister, not the Foreign Minister
        "Prime Minister Begum Khaleda Zia leaves for New Delhi tomorrow on a three-day state visit to "
        "India. Foreign Minister M. Morshed Khan, who will accompany the prime minister on the visit, told "
        "reporters that she would hold talks with Dr Manmohan Singh. Morshed Khan said so again. Khan will "
        "leave for Colombo on Thursday.",
        "2006-03-19",
        "trips",
        [
            ("Khaleda Zia", "IN", "2006-03-20", "2006-03-22"),
            ("M. Morshed Khan", "IN", "2006-03-20", "2006-03-22"),
            ("M. Morshed Khan", "LK", "2006-03-23", None),
        ],
    ),
    (  # 'talks on 18 and 19 October': two days
        "The Taoiseach, Mr. Jack Lynch, will attend the meeting of the European Council in Brussels on 22 "
        "and 23 October.",
        "1977-10-12",
        "trips",
        [("Jack Lynch", "BE", "1977-10-22", "1977-10-23")],
    ),
    (  # 'departs' after a lower-case 'jeou' is a verb, not a plural noun
        "News\n\nPresident Ma Ying-jeou (馬英九) departs this afternoon on a nine-day trip to Paraguay, his "
        "first overseas trip since taking office. Ma is scheduled to meet President Nicanor Duarte Frutos on "
        "Thursday.",
        "2008-08-12",
        "trips",
        [("Ma Ying-jeou", "PY", "2008-08-12", "2008-08-20")],
    ),
    (  # the host who invites serves the country visited; a denied journey is none; the CSCE's
        # commissioner serves no country; 'the two ministers' with no meeting told before
        "Minister to visit Poland\n\nMinister of Foreign Affairs Povilas Gylys will pay an official visit to "
        "the Republic of Poland on 17-18 June at the invitation of Minister of Foreign Affairs Krzysztof "
        "Skubiszewski. In Warsaw on Thursday the two ministers will hold talks on the draft Treaty. On 10 "
        "June the minister received the CSCE High Commissioner on National Minorities, Max van der Stoel. "
        "The Ministry denies reports that Mr Gylys will travel to Moscow.",
        "1993-06-15",
        "officials",
        [("Krzysztof Skubiszewski", "PL"), ("Max van der Stoel", None), ("Povilas Gylys", None)],
    ),
    (
        "Minister to visit Poland\n\nMinister of Foreign Affairs Povilas Gylys will pay an official visit to "
        "the Republic of Poland on 17-18 June at the invitation of Minister of Foreign Affairs Krzysztof "
        "Skubiszewski. In Warsaw on Thursday the two ministers will hold talks on the draft Treaty. The "
        "Ministry denies reports that Mr Gylys will travel to Moscow.",
        "1993-06-15",
        "trips",
        [("Povilas Gylys", "PL", "1993-06-17", "1993-06-18")],
    ),
    (
        "Minister to visit Poland\n\nMinister of Foreign Affairs Povilas Gylys will pay an official visit to "
        "the Republic of Poland on 17-18 June at the invitation of Minister of Foreign Affairs Krzysztof "
        "Skubiszewski. In Warsaw on Thursday the two ministers will hold talks on the draft Treaty.",
        "1993-06-15",
        "meetings",
        [({"Povilas Gylys", "Krzysztof Skubiszewski"}, "1993-06-17")],
    ),
    (  # 'the Lithuanian minister' received by the Prime Minister is the visiting minister, not her
        "Minister to visit Poland\n\nMinister of Foreign Affairs Povilas Gylys will pay an official visit to "
        "Poland on 17-18 June at the invitation of Minister of Foreign Affairs Krzysztof Skubiszewski. The "
        "Lithuanian minister will also be received by Prime Minister "
        "Hanna Suchocka during the visit.",
        "1993-06-15",
        "officials",
        [("Hanna Suchocka", "PL"), ("Krzysztof Skubiszewski", "PL"), ("Povilas Gylys", None)],
    ),
    (  # a headline's meeting is the body's, wherever a guess placed the headline
        "Secretary Blinken's Meeting with Brazilian Foreign Minister Vieira\n\nSecretary of State Antony J. "
        "Blinken met today with Brazilian Foreign Minister Mauro Vieira in Rio de Janeiro. The Secretary "
        "travels this evening to Buenos Aires, where he will meet tomorrow with President Javier Milei.",
        "2024-02-22",
        "meetings",
        [
            ({"Antony J. Blinken", "Mauro Vieira"}, "2024-02-22"),
            ({"Antony J. Blinken", "Javier Milei"}, "2024-02-22"),
        ],
    ),
    (  # 'Vice-Chancellor and Minister of Foreign Affairs of the Federal Republic of Germany': one title
        "Talks open\n\nTalks between Corneliu Mănescu, Minister of Foreign Affairs of Romania, and Willy "
        "Brandt, Vice-Chancellor and Minister of Foreign Affairs of the Federal Republic of Germany, "
        "opened this morning. The West German minister arrived at Băneasa airport on Thursday for a "
        "five-day official visit to Romania.",
        "1967-08-04",
        "trips",
        [("Willy Brandt", "RO", "1967-08-03", "1967-08-07")],
    ),
    (  # 'the visiting minister' is the one a title told arriving ('The West German minister arrived')
        "Talks open\n\nTalks between Corneliu Mănescu, Minister of Foreign Affairs of Romania, and Willy "
        "Brandt, Vice-Chancellor and Minister of Foreign Affairs of the Federal Republic of Germany, "
        "opened this morning. The West German minister arrived at Băneasa airport on Thursday for a "
        "five-day official visit to Romania. Tomorrow the visiting minister will be received by Ion "
        "Gheorghe Maurer, Chairman of the Council of Ministers.",
        "1967-08-04",
        "meetings",
        [
            ({"Corneliu Mănescu", "Willy Brandt"}, "1967-08-04"),
            ({"Willy Brandt", "Ion Gheorghe Maurer"}, "1967-08-05"),
        ],
    ),
    (  # Ceylon is Sri Lanka
        "Leaders arrive\n\nThe Prime Minister of Ceylon, Sir John Kotelawala, will fly directly to Bandung.",
        "1955-04-16",
        "officials",
        [("John Kotelawala", "LK")],
    ),
    (  # a header line's name is whole though the body has another 'Jean'
        "Statement by the Minister\n\nStatement by Jean Asselborn, Deputy Prime Minister, Minister of "
        "Foreign Affairs\n\nI arrived in New York on Sunday. This morning I briefed Prime Minister "
        "Jean-Claude Juncker by telephone.",
        "2013-04-16",
        "meetings",
        [({"Jean Asselborn", "Jean-Claude Juncker"}, "2013-04-16")],
    ),
    (  # a journalist's byline names no official, even one whose name an official bore
        "Nakasone Arrives Today\n\nBy Park Sung-hee Staff Reporter\n\nJapanese Prime Minister Yasuhiro "
        "Nakasone arrives in Seoul today for a two-day official visit.",
        "1983-01-11",
        "officials",
        [("Yasuhiro Nakasone", "JP")],
    ),
    (  # 'at 11 a.m.', 'at 3 p.m.': clock times without minutes are times, on the day told
        "Nakasone Arrives Today\n\nJapanese Prime Minister Yasuhiro Nakasone arrives at Kimpo "
        "International Airport at 11 a.m. today for a two-day official visit.\n\nNakasone will be greeted "
        "at the airport by Prime Minister Kim Sang-hyup before driving to Chong Wa Dae, where he is to "
        "hold a summit with President Chun Doo-hwan at 3 p.m.",
        "1983-01-11",
        "meetings",
        [
            ({"Kim Sang-hyup", "Yasuhiro Nakasone"}, None),
            ({"Chun Doo-hwan", "Yasuhiro Nakasone"}, "1983-01-11"),
        ],
    ),
    (  # 'Her Majesty' alone is the queen named before, not the last official named
        "Programme for the State Visit\n\nThe Ministry of Information announces the programme for the State "
        "Visit to Ghana of Her Majesty Queen Elizabeth II. Her Majesty comes at the invitation of Osagyefo "
        "Dr. Kwame Nkrumah, President of the Republic of Ghana. On Thursday the President will give a State "
        "Banquet in honour of the Queen. On leaving Ghana, Her Majesty will pay a one-day "
        "visit to Liberia on 23rd November, where she will be received by President William V. S. Tubman.",
        "1961-11-07",
        "trips",
        [("Elizabeth II", "GH", None, None), ("Elizabeth II", "LR", "1961-11-23", "1961-11-23")],
    ),
    (  # 'when the Secretary leaves Ho Chi Minh City' with no day of its own ends nothing
        "Spokesman's statement\n\nAt the invitation of Minister of Foreign Affairs Nguyen Manh Cam, "
        "Secretary of State of the United States of America Madeleine K. Albright will pay an official "
        "visit to Viet Nam from 26 to 28 June 1997. On Saturday the Secretary will travel to Ho Chi Minh "
        "City, where she will visit a vocational training centre. The visit will end on Saturday evening, "
        "when the Secretary leaves Ho Chi Minh City.",
        "1997-06-25",
        "trips",
        [("Madeleine K. Albright", "VN", "1997-06-26", "1997-06-28")],
    ),
    (  # a call told 'before returning ... on Saturday' after a dated meeting is on one of the days
        # between; 'He' goes on with the 'he' of the sentence before
        KARJALAINEN_TOUR,
        "1965-03-09",
        "meetings",
        [
            ({"Ahti Karjalainen", "Torsten Nilsson"}, "1965-03-11"),
            ({"Ahti Karjalainen", "Tage Erlander"}, None),
        ],
    ),
    (  # the return ends the stay whose day's meeting was told in a 'where' clause
        KARJALAINEN_TOUR,
        "1965-03-09",
        "trips",
        [
            ("Ahti Karjalainen", "NO", "1965-03-08", "1965-03-10"),
            ("Ahti Karjalainen", "SE", "1965-03-10", "1965-03-13"),
        ],
    ),
    (  # ', and by a delegation of ministers, ...' is no title of the wife named before it
        "Visit of the President of Guatemala\n\nThe President of Guatemala, General Miguel Ydígoras "
        "Fuentes, will arrive in Mexico City on Monday. The distinguished visitor will be accompanied by his "
        "wife, Señora María Teresa Laparra de Ydígoras, and by a delegation of ministers, legislators and "
        "advisers.",
        "1960-03-10",
        "officials",
        [("Miguel Ydígoras Fuentes", "GT")],
    ),
    (  # 'the visit which X will make to Mexico from 14 to 16 March' (the parser hangs the relative on
        # the programme)
        YDIGORAS_PROGRAMME,
        "1960-03-10",
        "trips",
        [("Miguel Ydígoras Fuentes", "MX", "1960-03-14", "1960-03-16")],
    ),
    (  # a programme's lines: a day heading dates its line; a dinner a host offers for no one named is
        # the visitor's; 'Talks between the two Presidents' in a verbless line; 'Luncheon offered ... by
        # X' that the parser reads as a past tense
        YDIGORAS_PROGRAMME,
        "1960-03-10",
        "meetings",
        [
            ({"Adolfo López Mateos", "Miguel Ydígoras Fuentes"}, "1960-03-14"),
            ({"Adolfo López Mateos", "Miguel Ydígoras Fuentes"}, "1960-03-15"),
            ({"Manuel Tello", "Miguel Ydígoras Fuentes"}, "1960-03-15"),
        ],
    ),
    (  # 'Ratu' is a Fijian style; 'leaves Nadi tomorrow for official visits to A and B' is the first
        # stop's start only; 'Wednesday next week' is in the week after the publication's
        "PM off to Tokyo and Seoul\n\nThe Prime Minister, Ratu Sir Kamisese Mara, leaves Nadi tomorrow for "
        "official visits to Japan and South Korea. The Prime Minister flies to Seoul on Saturday. He returns "
        "to Suva on Wednesday next week.",
        "1981-03-10",
        "trips",
        [
            ("Kamisese Mara", "JP", "1981-03-11", "1981-03-14"),
            ("Kamisese Mara", "KR", "1981-03-14", "1981-03-18"),
        ],
    ),
    (  # 'K.K. Tokayev' is Kassymzhomart Tokayev; 'On 16 May' though the model takes 'May' into the name;
        # 'among them X' of business representatives is a private person
        TOKAYEV_RESULTS,
        "1995-05-19",
        "officials",
        [("Kassymzhomart Tokayev", "KZ"), ("Qian Qichen", "CN")],
    ),
    (
        TOKAYEV_RESULTS,
        "1995-05-19",
        "meetings",
        [({"Kassymzhomart Tokayev", "Qian Qichen"}, "1995-05-16")],
    ),
    (  # 'Trinidad and Tobago' and 'Port of Spain' are one place each though the model cuts them
        PATTERSON_SWING,
        "2000-02-15",
        "trips",
        [("P.J. Patterson", "BB", None, None), ("P.J. Patterson", "TT", "2000-02-16", None)],
    ),
    (  # the president of a chamber of commerce is no official
        PATTERSON_SWING,
        "2000-02-15",
        "officials",
        [("Basdeo Panday", "TT"), ("P.J. Patterson", "JM")],
    ),
    (  # 'X gave a dinner in honour of his French counterpart': X's counterpart, not the last named
        "Couve de Murville in Warsaw\n\nThe French Foreign Minister, Maurice Couve de Murville, arrived in "
        "Warsaw on Tuesday at the invitation of Foreign Minister Adam Rapacki. President Charles de Gaulle "
        "has invited Mr. Rapacki to Paris. Last night Minister Rapacki gave a dinner in honour of his French "
        "counterpart.",
        "1964-05-21",
        "meetings",
        [({"Adam Rapacki", "Maurice Couve de Murville"}, "1964-05-20")],
    ),
    (  # 'Asked whether the President would meet X, the Spokesman said ...': a question, no meeting
        "President to visit Brussels\n\nNicosia, 23 October 2006\n\nGovernment Spokesman Kypros "
        "Chrysostomides announced today that President Tassos Papadopoulos will meet the President of the "
        "European Commission, José Manuel Barroso, in Brussels on Friday. Asked whether the President would "
        "meet Turkish Prime Minister Recep Tayyip Erdoğan in Brussels, Mr Chrysostomides said that no such "
        "meeting was foreseen.",
        "2006-10-23",
        "meetings",
        [({"José Manuel Barroso", "Tassos Papadopoulos"}, "2006-10-27")],
    ),
    (  # 'the visitor', 'the Peruvian guest': the traveller named before; the article is told from where
        # they visit; 'returned to Havana after a six-day visit to Mexico' (home, and the visit's days); 'Luis
        # Echeverría Álvarez' is the listed 'Luis Echeverria' (MX), not 'Luis Monge Alvarez' (CR)
        HAVANA_BULLETIN,
        "1974-10-08",
        "officials",
        [
            ("Carlos Rafael Rodríguez", "CU"), ("Fidel Castro", "CU"), ("Luis Echeverría Álvarez", "MX"),
            ("Miguel Ángel de la Flor Valle", "PE"), ("Osvaldo Dorticós Torrado", "CU"),
        ],
    ),
    (
        HAVANA_BULLETIN,
        "1974-10-08",
        "meetings",
        [
            ({"Miguel Ángel de la Flor Valle", "Fidel Castro"}, "1974-10-10"),
            ({"Osvaldo Dorticós Torrado", "Miguel Ángel de la Flor Valle"}, "1974-10-11"),
            ({"Carlos Rafael Rodríguez", "Luis Echeverría Álvarez"}, None),
        ],
    ),
    (
        HAVANA_BULLETIN,
        "1974-10-08",
        "trips",
        [
            ("Carlos Rafael Rodríguez", "MX", "1974-10-02", "1974-10-07"),
            ("Miguel Ángel de la Flor Valle", "CU", "1974-10-08", "1974-10-11"),
        ],
    ),
    (  # 'Summit chairman and host X': no town called Summit (US); 'Port of Spain' names Trinidad and Tobago,
        # not Spain, so the home ministers serve it
        CARICOM_SUMMIT,
        "2015-06-26",
        "officials",
        [
            ("Freundel Stuart", "BB"), ("Irwin LaRocque", None), ("Kamla Persad-Bissessar", "TT"),
            ("Portia Simpson-Miller", "JM"), ("Winston Dookeran", "TT"),
        ],
    ),
    (  # leading a delegation to a meeting in a place is going there; the range closes the stay against a
        # weekday 'return home on Saturday night' read as this week's
        CARICOM_SUMMIT,
        "2015-06-26",
        "trips",
        [
            ("Irwin LaRocque", "TT", "2015-06-22", "2015-06-22"),
            ("Kamla Persad-Bissessar", "BB", "2015-07-02", "2015-07-04"),
            ("Portia Simpson-Miller", "BB", None, None),
            ("Winston Dookeran", "VE", None, "2015-06-24"),
        ],
    ),
    (  # 'Persad-Bissessar', tagged an organisation: the surname of the name given before
        CARICOM_SUMMIT,
        "2015-06-26",
        "meetings",
        [({"Kamla Persad-Bissessar", "Portia Simpson-Miller"}, None)],
    ),
    (  # 'a return visit by X to Belgrade was possible': no trip announced
        "Jeremic in Zagreb\n\nSerbian Foreign Minister Vuk Jeremic paid a one-day visit to Zagreb on Monday, "
        "holding talks with Croatian President Stjepan Mesic. Croatian officials said a return visit by "
        "Mesic to Belgrade was possible \"in the coming months\", but no date has been set.",
        "2007-10-09",
        "trips",
        [("Vuk Jeremic", "HR", "2007-10-08", "2007-10-08")],
    ),
    (  # 'the Prime Minister of Trinidad and Tobago, Dr. X, the Prime Minister of Jamaica, Sir Y': 'Tobago'
        # is no name and 'Sir' no end of Jamaica's title; 'His Excellency the Governor-General, Sir Z' is Z,
        # not 'his' (the visitor's) staff, and the host of a dinner for the visitor is the host country's
        TRINIDAD_COMMUNIQUE,
        "1962-11-16",
        "officials",
        [("Alexander Bustamante", "JM"), ("Eric Williams", "TT"), ("Solomon Hochoy", "TT")],
    ),
    (  # 'The two Prime Ministers' (a count, though 'Prime' is a compound); 'the evening of 14th November'
        TRINIDAD_COMMUNIQUE,
        "1962-11-16",
        "meetings",
        [
            ({"Eric Williams", "Alexander Bustamante"}, "1962-11-14"),
            ({"Solomon Hochoy", "Alexander Bustamante"}, "1962-11-14"),
        ],
    ),
    (  # 'Cde' (Comrade) is a style, not a given name
        "PM to hold talks with Machel in Maputo\n\nTHE Prime Minister, Cde Robert Mugabe, flies to "
        "Maputo tomorrow for a one-day working visit to Mozambique during which he will hold talks "
        "with President Samora Machel.",
        "1982-03-12",
        "officials",
        [("Robert Mugabe", "ZW"), ("Samora Machel", "MZ")],
    ),
    (  # 'The two Prime Ministers, joined by A and B, will hold talks': all four in the talks
        "Vajpayee in Lahore\n\nIndian Prime Minister Atal Behari Vajpayee was received at Wagah "
        "yesterday by Pakistani Prime Minister Nawaz Sharif. Indian Foreign Minister Jaswant Singh "
        "held a brief meeting at Wagah with his Pakistani counterpart, Sartaj Aziz.\n\nThe two Prime "
        "Ministers, joined by Mr. Singh and Mr. Aziz, will hold delegation-level talks at the "
        "Governor's House in Lahore this morning.",
        "1999-02-21",
        "meetings",
        [
            ({"Atal Behari Vajpayee", "Nawaz Sharif"}, "1999-02-20"),
            ({"Jaswant Singh", "Sartaj Aziz"}, None),
            ({"Atal Behari Vajpayee", "Nawaz Sharif", "Jaswant Singh", "Sartaj Aziz"}, "1999-02-21"),
        ],
    ),
    (  # a day right after a 'where' clause is its meeting's, though the parser hangs it on the journey
        # ('the afternoon of Monday 29 September', one time, not the Monday ahead)
        "Lyng to visit Iceland and the United Kingdom\n\nNorwegian Foreign Minister John Lyng will pay "
        "an official visit to Iceland from 24 to 26 September.\n\nOn Friday 26 September Mr. Lyng will "
        "travel on to London, where he is to meet the Secretary of State for Foreign and Commonwealth "
        "Affairs, Michael Stewart, on the afternoon of Monday 29 September.",
        "1969-09-19",
        "meetings",
        [({"John Lyng", "Michael Stewart"}, "1969-09-29")],
    ),
    (  # 'will be the guest of X at a luncheon': a meeting X hosts; 'af' in a Swedish name; the director of a
        # trade association is no official
        HANSEN_STOCKHOLM,
        "1957-05-10",
        "officials",
        [("H. C. Hansen", "DK"), ("Margaretha af Ugglas", "SE"), ("Östen Undén", "SE")],
    ),
    (
        HANSEN_STOCKHOLM,
        "1957-05-10",
        "meetings",
        [
            ({"H. C. Hansen", "Östen Undén"}, "1957-05-14"),
            ({"H. C. Hansen", "Margaretha af Ugglas"}, "1957-05-09"),
        ],
    ),
    (  # the article's lead is the first official its body names (the headline names the host first), so
        # home is not where the lead travels; a Pacific Islands Forum official serves no country
        TUILAEPA_WELLINGTON,
        "2004-09-06",
        "officials",
        [
            ("Greg Urwin", None), ("Helen Clark", "NZ"), ("Malietoa Tanumafili II", "WS"),
            ("Tuilaepa Sailele Malielegaoi", "WS"),
        ],
    ),
    (
        TUILAEPA_WELLINGTON,
        "2004-09-06",
        "trips",
        [
            ("Greg Urwin", "NZ", None, None),
            ("Tuilaepa Sailele Malielegaoi", "NZ", "2004-09-08", "2004-09-11"),
        ],
    ),
    (  # a return told in a past relative clause is done, though the main clause is a plan
        "Kaunda to visit Tanzania\n\nPresident Kenneth Kaunda of Zambia will leave for Dar es Salaam "
        "on Saturday for a three-day state visit to Tanzania. The President will be accompanied by the "
        "Zambian Minister of Foreign Affairs, Mr. Simon Kapwepwe, who returned yesterday from Kampala.",
        "1966-08-11",
        "trips",
        [
            ("Kenneth Kaunda", "TZ", "1966-08-13", "1966-08-15"),
            ("Simon Kapwepwe", "TZ", "1966-08-13", "1966-08-15"),
            ("Simon Kapwepwe", "UG", None, "1966-08-10"),
        ],
    ),
    (  # 'met A and B for trilateral consultations': one meeting of the three
        "Liimets in Riga\n\nOn Monday, Estonian Foreign Minister Eva-Maria Liimets made a one-day "
        "visit to Riga, where she met Latvian Foreign Minister Edgars Rinkēvičs and Lithuanian Foreign "
        "Minister Gabrielius Landsbergis for trilateral consultations of the Baltic foreign ministers.",
        "2021-03-17",
        "meetings",
        [({"Eva-Maria Liimets", "Edgars Rinkēvičs", "Gabrielius Landsbergis"}, "2021-03-15")],
    ),
    (  # 'will leave tomorrow for Tashkent on a working visit ... on 24-25 June': the visit's told days,
        # and 'During the visit' bounds the reception by them
        KYRGYZ_BRIEFING,
        "1999-06-23",
        "trips",
        [("Muratbek Imanaliev", "UZ", "1999-06-24", "1999-06-25")],
    ),
    (
        KYRGYZ_BRIEFING,
        "1999-06-23",
        "meetings",
        [
            ({"Muratbek Imanaliev", "Abdulaziz Komilov"}, "1999-06-24"),
            ({"Muratbek Imanaliev", "Islam Karimov"}, None),
        ],
    ),
    (  # 'held talks ... within hours of his arrival': on the day of the arrival
        "Danish Foreign Minister arrives in Riga for two-day visit\n\nRIGA, April 14 (LETA) - Danish "
        "Foreign Minister Uffe Ellemann-Jensen arrived in Riga on Tuesday morning for a two-day visit "
        "to Latvia. Ellemann-Jensen held talks with his Latvian counterpart, Foreign Minister Janis "
        "Jurkans, at the Foreign Ministry within hours of his arrival.",
        "1992-04-14",
        "meetings",
        [({"Uffe Ellemann-Jensen", "Janis Jurkans"}, "1992-04-14")],
    ),
    (  # 'Luncheon offered by the President ..., Dr. X, in honour of the visiting Minister': the honour
        # hung on the meal still makes it given by one to another
        "Programme of the official visit to Uruguay of the Minister of External Relations of "
        "Brazil\n\nThe Minister of External Relations of Brazil, Roberto de Abreu Sodré, will pay an "
        "official visit to Uruguay from Monday 27 to Wednesday 29 April 1987.\n\nTuesday 28 "
        "April\n12:30 Luncheon offered by the President of the Republic, Dr. Julio María Sanguinetti, "
        "in honour of the visiting Minister. Residencia de Suárez.",
        "1987-04-21",
        "meetings",
        [({"Julio María Sanguinetti", "Roberto de Abreu Sodré"}, "1987-04-28")],
    ),
    (  # an official of a country the lead travels to tells no home ('the Secretary of State for Foreign
        # and Commonwealth Affairs' met in London), a home official does (Per Borten)
        "Foreign Minister Lyng to visit Iceland and the United Kingdom\n\nForeign Minister John Lyng "
        "will pay an official visit to Iceland from 24 to 26 September at the invitation of the "
        "Icelandic Minister for Foreign Affairs, Emil Jónsson. On Friday 26 September Mr. Lyng will "
        "travel on to London, where he is to meet the Secretary of State for Foreign and Commonwealth "
        "Affairs, Michael Stewart.\n\nPrime Minister Per Borten discussed Nordic economic co-operation "
        "by telephone on Thursday with the Prime Minister of Denmark, Hilmar Baunsgaard.",
        "1969-09-19",
        "officials",
        [
            ("Emil Jónsson", "IS"), ("Hilmar Baunsgaard", "DK"), ("John Lyng", "NO"),
            ("Michael Stewart", "GB"), ("Per Borten", "NO"),
        ],
    ),
    (  # a programme in capitals with dotted slot times: 'WEDNESDAY 14 MAY' dates its '13.00' meal; the
        # visitor's return dinner counts too
        PROGRAMME_IN_CAPITALS,
        "1958-05-02",
        "meetings",
        [({"H. C. Hansen", "Urho Kekkonen"}, "1958-05-14"), ({"Frederik IX", "Urho Kekkonen"}, "1958-05-14")],
    ),
    (  # the same programme's visit: 'pay a state visit to Denmark' with 'to' hung on 'pay', and no trip to
        # Finland for the King dined by his visitor
        PROGRAMME_IN_CAPITALS,
        "1958-05-02",
        "trips",
        [("Urho Kekkonen", "DK", "1958-05-13", "1958-05-15")],
    ),
    (  # a regnal number the parser takes for 'I' still owns its relative clause; Belgrade and Rijeka in
        # 1959 are one trip to Yugoslavia
        EMPEROR_IN_BELGRADE,
        "1959-06-04",
        "trips",
        [("Haile Selassie", "YU", "1959-06-03", "1959-06-12")],
    ),
    (  # 'took part on the Yugoslav side': in the talks just told
        EMPEROR_IN_BELGRADE,
        "1959-06-04",
        "meetings",
        [({"Haile Selassie", "Josip Broz Tito", "Koča Popović"}, "1959-06-04")],
    ),
    (  # 'the Vice-President' however the parser splits it; 'His Royal Highness' the one so styled before
        GARCIA_IN_LAOS,
        "1957-03-10",
        "meetings",
        [
            ({"Carlos P. Garcia", "Sisavang Vong"}, "1957-03-05"),
            ({"Carlos P. Garcia", "Souvanna Phouma"}, "1957-03-05"),
            ({"Carlos P. Garcia", "Souvanna Phouma"}, "1957-03-05"),
            ({"Carlos P. Garcia", "Phoui Sananikone"}, "1957-03-06"),
        ],
    ),
    (  # the greetings a visitor conveys in a conjoined clause are his own president's
        GARCIA_IN_LAOS,
        "1957-03-10",
        "officials",
        [
            ("Carlos P. Garcia", "PH"), ("Phoui Sananikone", "LA"), ("Ramon Magsaysay", "PH"),
            ("Sisavang Vong", "LA"), ("Souvanna Phouma", "LA"),
        ],
    ),
    (  # 'President Senghor' is the President, not 'Mrs. Colette Senghor' named after him
        "The President of the Republic, Léopold Sédar Senghor, will pay an official visit to Mali on "
        "Monday. The Head of State will be accompanied by Mrs. Colette Senghor and by the Minister of "
        "Foreign Affairs, Doudou Thiam. On his arrival in Bamako on Monday morning, President Senghor will "
        "hold talks with President Modibo Keïta.",
        "1962-06-13",
        "meetings",
        [({"Léopold Sédar Senghor", "Modibo Keïta"}, "1962-06-18")],
    ),
    (  # 'Ato' is a style; an emperor's style is his title; a tour that 'took him to Dakar' makes him no
        # Senegalese
        KETEMA_BACK,
        "1963-03-12",
        "officials",
        [("Haile Selassie I", "ET"), ("Ketema Yifru", "ET"), ("Léopold Sédar Senghor", "SN")],
    ),
    (  # 'received by His Imperial Majesty': the emperor named before
        KETEMA_BACK,
        "1963-03-12",
        "meetings",
        [
            ({"Ketema Yifru", "Léopold Sédar Senghor"}, None),
            ({"Ketema Yifru", "Haile Selassie I"}, "1963-03-11"),
        ],
    ),
    (  # 'have lunch at the Norwegian Embassy with X': the parser hangs 'with' on the venue
        "Foreign Minister Halvard Lange of Norway arrived in London today. Mr. Lange will have lunch on "
        "Wednesday at the Norwegian Embassy with the Prime Minister, Mr. Harold Macmillan.",
        "1959-03-02",
        "meetings",
        [({"Halvard Lange", "Harold Macmillan"}, "1959-03-04")],
    ),
    (  # 'will report to the Prime Minister, Mr. X, on Monday': an encounter in person
        LANGE_REPORTS,
        "1959-03-06",
        "meetings",
        [({"Halvard Lange", "Einar Gerhardsen"}, "1959-03-09")],
    ),
    (  # the head of government a minister reports to is his own, not the dateline's
        LANGE_REPORTS,
        "1959-03-06",
        "officials",
        [("Einar Gerhardsen", "NO"), ("Halvard Lange", "NO")],
    ),
    (  # 'Before his departure he will have a final conversation': on the leaving day told before
        "President Josip Broz Tito will leave Prague for Belgrade tomorrow morning. Before his departure he "
        "will have a final conversation with Premier Oldřich Černík at the Castle.",
        "1968-08-10",
        "meetings",
        [({"Josip Broz Tito", "Oldřich Černík"}, "1968-08-11")],
    ),
    (  # 'The talks will begin on Monday' dates the talks the trip was for; 'a working dinner for the two
        # ministers' is theirs; 'No meeting ... is planned' is none; "Giscard d'Estaing" whole
        "Foreign Minister K. B. Andersen will travel to Bonn tomorrow, Sunday, for talks with the "
        "Foreign Minister of France, Jean Sauvagnargues. The meeting has been arranged by the German "
        "Foreign Minister, Hans-Dietrich Genscher.\n\nThe talks will begin on Monday morning, 31 May, in "
        "Bonn. On Monday evening Mr. Genscher will give a working dinner for the two ministers at the "
        "Palais Schaumburg.\n\nPrime Minister Anker Jørgensen spoke by telephone yesterday with the "
        "President of France, Valéry Giscard d'Estaing. No meeting between the two leaders is planned.",
        "1976-05-29",
        "meetings",
        [
            ({"K. B. Andersen", "Jean Sauvagnargues"}, "1976-05-31"),
            ({"Hans-Dietrich Genscher", "K. B. Andersen", "Jean Sauvagnargues"}, "1976-05-31"),
            ({"Anker Jørgensen", "Valéry Giscard d'Estaing"}, "1976-05-28"),
        ],
    ),
    (  # a visit 'following the restoration of relations between Finland and the Baltic states' goes to
        # no Finland
        "Baltic visits\nMinistry for Foreign Affairs of Finland\nPress release, 16 September 1991\n\nForeign "
        "Minister Paavo Väyrynen will pay official visits to Estonia and Latvia from 18 to 20 September, "
        "following the restoration of diplomatic relations between Finland and the Baltic states. In Tallinn "
        "he will hold talks with Foreign Minister Lennart Meri.",
        "1991-09-16",
        "officials",
        [("Lennart Meri", "EE"), ("Paavo Väyrynen", "FI")],
    ),
    (  # 'a six-day visit to Burma that ended on Tuesday': its last day, and so its first
        "Vice-Premier Deng Xiaoping of China arrived in Kathmandu this afternoon for a three-day visit to "
        "Nepal. He came to Kathmandu from Rangoon, where he had paid a six-day visit to Burma that ended on "
        "Tuesday.",
        "1978-02-03",
        "trips",
        [
            ("Deng Xiaoping", "MM", "1978-01-26", "1978-01-31"),
            ("Deng Xiaoping", "NP", "1978-02-03", "1978-02-05"),
        ],
    ),
    (  # 'will host a working lunch here' is at home, not at the host's stop abroad
        "The Minister of Foreign Affairs of Venezuela, Arístides Calvani, will travel to Bogotá on Monday "
        "for talks with the Foreign Minister of Colombia, Alfredo Vázquez Carrizosa. On Thursday, after his "
        "return, Dr. Calvani will host a working lunch here for the Foreign Minister of Brazil, Mário "
        "Gibson Barboza.",
        "1971-05-20",
        "trips",
        [("Arístides Calvani", "CO", "1971-05-24", None), ("Mário Gibson Barboza", "VE", None, None)],
    ),
    (  # 'On the Portuguese side, X will take part' three sentences after a reception: the summit's
        "Prime Minister Mário Soares will receive the President of the Government of Spain, Felipe "
        "González, for the Summit, to be held in Évora next month. The agenda covers the single market. The "
        "Spanish delegation will include the Minister of Foreign Affairs, Fernando Morán. On the Portuguese "
        "side, the Minister of Foreign Affairs, Jaime Gama, will take part.",
        "1985-01-10",
        "meetings",
        [({"Mário Soares", "Felipe González"}, None)],
    ),
    (  # 'The two heads of government will continue their talks at a working lunch': a second encounter
        "Chancellor Ludwig Erhard will meet the French Prime Minister, Georges Pompidou, in Paris on "
        "Thursday, 7 January. The two heads of government will continue their talks at a working lunch on "
        "the same day.",
        "1965-01-04",
        "meetings",
        [
            ({"Ludwig Erhard", "Georges Pompidou"}, "1965-01-07"),
            ({"Ludwig Erhard", "Georges Pompidou"}, "1965-01-07"),
        ],
    ),
    (  # 'the fact that the two ministers are talking at all': a comment on the talks, no encounter of its own
        "Foreign Minister Evangelos Averoff will meet his Turkish counterpart, Fatin Rüştü Zorlu, on "
        "Wednesday. Tomorrow morning the Greek minister will call on the Secretary General of NATO, Mr. "
        "Paul-Henri Spaak, at the alliance's headquarters. \"But the fact that the two ministers are talking "
        "at all is something,\" said Professor Dimitrios Kalligas.",
        "1958-12-15",
        "meetings",
        [
            ({"Evangelos Averoff", "Fatin Rüştü Zorlu"}, "1958-12-17"),
            ({"Evangelos Averoff", "Paul-Henri Spaak"}, "1958-12-16"),
        ],
    ),
    (  # Malay styles before and inside names ('Tan Sri' is no surname 'Tan'); who travels with a
        # foreign lead serves the lead's country
        NAJIB_AND_DUNG,
        "2013-03-20",
        "officials",
        [
            ("Anifah Aman", "MY"), ("Muhyiddin Yassin", "MY"), ("Najib Tun Razak", "MY"),
            ("Nguyen Tan Dung", "VN"), ("Pham Binh Minh", "VN"),
        ],
    ),
    (  # a style after a name ('Bey', 'Pasha'); a name the NER missed, with its title in apposition;
        # a relative clause between a subject and its verb
        SOLH_IN_CAIRO,
        "1950-11-08",
        "meetings",
        [
            ({"Riad el-Solh", "Mustafa el-Nahhas"}, "1950-11-07"),
            ({"Riad el-Solh", "Abdul Rahman Azzam"}, "1950-11-09"),
        ],
    ),
    (  # 'X, the Lebanese Prime Minister, who arrived in Cairo': X arrived
        SOLH_IN_CAIRO,
        "1950-11-08",
        "trips",
        [("Riad el-Solh", "EG", "1950-11-06", "1950-11-10")],
    ),
    (  # 'joined in Mexico by X': X is on that leg, not at the talks in Bogotá
        "The Minister of Foreign Affairs, Chrystia Freeland, will travel to Mexico City and Bogotá from "
        "December 10 to 14. She will be joined in Mexico by the Minister of International Trade, "
        "François-Philippe Champagne. On December 13, the minister will hold talks in Bogotá with "
        "Colombia's Minister of Foreign Affairs, María Ángela Holguín.",
        "2017-12-06",
        "meetings",
        [({"Chrystia Freeland", "María Ángela Holguín"}, "2017-12-13")],
    ),
    (  # the spokesman of a body described as private is no official
        "Nigerian President Bola Ahmed Tinubu will depart Abuja for Doha on Saturday. Emeka Obi, a spokesman "
        "for the Nigerian Economic Summit Group, a private sector think tank, said the business community "
        "expected investment commitments.",
        "2024-03-01",
        "officials",
        [("Bola Ahmed Tinubu", "NG")],
    ),
    (  # 'Count' is a style; a Prince Regent an official; 'In the Belgian capital' places the talks
        "ROME, October 14 (ANSA) -- Foreign Minister Count Carlo Sforza will arrive in Brussels on Thursday. "
        "In the Belgian capital Count Sforza will confer on Friday with the Prime Minister, Paul-Henri "
        "Spaak. On Friday afternoon the Italian Minister will be received in audience by the Prince Regent, "
        "Prince Charles.",
        "1947-10-14",
        "officials",
        [("Carlo Sforza", "IT"), ("Charles", "BE"), ("Paul-Henri Spaak", "BE")],
    ),
    (  # an audience dated before the journey starts is at home: no trip for the Queen; a journey's
        # return day ends its last leg, not the first
        STIKKER_JOURNEY,
        "1949-03-25",
        "trips",
        [
            ("Dirk U. Stikker", "CA", "1949-04-05", "1949-04-07"),
            ("Dirk U. Stikker", "US", "1949-03-31", "1949-04-05"),
        ],
    ),
    (  # 'Before his departure, X conferred with President Y': at home, with a compatriot
        "Foreign Secretary Carlos P. Romulo left Manila yesterday and arrived in Jakarta last night. Before "
        "his departure, Romulo conferred for an hour with President Ferdinand E. Marcos at Malacañang on "
        "Tuesday afternoon. In Jakarta the Secretary is scheduled to call on President Suharto this morning. "
        "Romulo goes on to Singapore on Monday for talks with Foreign Minister S. Rajaratnam.",
        "1973-06-14",
        "officials",
        [
            ("Carlos P. Romulo", "PH"), ("Ferdinand E. Marcos", "PH"), ("S. Rajaratnam", "SG"),
            ("Suharto", "ID"),
        ],
    ),
    (  # a meeting dated before a trip begins is not on it: 'tomorrow', told of a visit from Friday
        "PUTRAJAYA, March 20 (Bernama) -- Prime Minister Najib Tun Razak will leave for Brunei on Friday for "
        "a two-day working visit. He will be accompanied by Foreign Minister Anifah Aman. Vietnamese Foreign "
        "Minister Pham Binh Minh arrived here yesterday for a three-day visit. Anifah will meet Minh "
        "tomorrow.",
        "2013-03-20",
        "trips",
        [
            ("Anifah Aman", "BN", "2013-03-22", "2013-03-23"),
            ("Najib Tun Razak", "BN", "2013-03-22", "2013-03-23"),
            ("Pham Binh Minh", "MY", "2013-03-19", "2013-03-21"),
        ],
    ),
    (  # a programme: 'the Prime Minister and Mrs. X' is Mr. X; 'Talks at the Office between A and B, in the
        # presence of C and D'; a dinner in honour of two guests is one table; a call on X and 'talks
        # between the two' the same encounter; 'a visit to X' on a journey's day is undated
        ERIKSEN_PROGRAMME,
        "1952-05-29",
        "hosts",
        [
            ({"Tage Erlander", "Erik Eriksen"}, "1952-06-02", "Tage Erlander"),
            ({"Tage Erlander", "Erik Eriksen", "Östen Undén", "Ole Bjørn Kraft"}, "1952-06-02", None),
            ({"Ole Bjørn Kraft", "Östen Undén"}, "1952-06-03", None),
            ({"Östen Undén", "Erik Eriksen", "Ole Bjørn Kraft"}, "1952-06-03", "Östen Undén"),
            ({"Erik Eriksen", "Oscar Torp"}, None, None),
        ],
    ),
    (  # the headline's 'Official visit to Sweden of the' is no title; a clock opening a programme's line
        # dates the journey on it
        ERIKSEN_PROGRAMME,
        "1952-05-29",
        "trips",
        [("Erik Eriksen", "NO", "1952-06-04", None), ("Erik Eriksen", "SE", "1952-06-02", "1952-06-04"),
         ("Ole Bjørn Kraft", "SE", "1952-06-02", "1952-06-04")],
    ),
    (  # 'The visit of the Prime Minister, X': his title after the journey's words
        "DAKAR, 17 November 1981 - The visit of the Prime Minister, Habib Thiam, to Nouakchott, which had "
        "been planned for next week, has been postponed.",
        "1981-11-17",
        "titles",
        [("Habib Thiam", ["Prime Minister"])],
    ),
    (  # a messenger delivers a message from his own president; a return from a tour is no length of
        # another's stay; 'The meeting was attended by X' (the parser hangs X on 'The meeting')
        "H.E. President Yoweri Kaguta Museveni yesterday received at State House Entebbe the Minister for "
        "Foreign Affairs of the United Republic of Tanzania, Dr. Augustine Mahiga, who delivered a special "
        "message from President John Pombe Joseph Magufuli. The meeting was attended by the Minister of "
        "Foreign Affairs, Hon. Sam Kutesa, and by officials of the two Ministries.\n\nPresident Museveni "
        "will on Thursday make a one-day working visit to Kigali, where he will hold talks with President "
        "Paul Kagame.",
        "2017-07-11",
        "officials",
        [
            ("Augustine Mahiga", "TZ"), ("John Pombe Joseph Magufuli", "TZ"), ("Paul Kagame", "RW"),
            ("Sam Kutesa", "UG"), ("Yoweri Kaguta Museveni", "UG"),
        ],
    ),
    (  # the same, the meeting's party
        "H.E. President Yoweri Kaguta Museveni yesterday received at State House Entebbe the Minister for "
        "Foreign Affairs of Tanzania, Dr. Augustine Mahiga. The meeting was attended by the Minister of "
        "Foreign Affairs, Hon. Sam Kutesa, and by officials of the two Ministries.",
        "2017-07-11",
        "meetings",
        [({"Yoweri Kaguta Museveni", "Augustine Mahiga", "Sam Kutesa"}, "2017-07-10")],
    ),
    (  # the same, the visitor's stay
        "Dr. Augustine Mahiga, Tanzania's Minister for Foreign Affairs, arrived in Uganda on Sunday. The "
        "President returned to Entebbe on Saturday from a three-day tour of the Karamoja sub-region.",
        "2017-07-11",
        "trips",
        [("Augustine Mahiga", "UG", "2017-07-09", None)],
    ),
    (  # "Nuku'alofa" (a capital after the apostrophe); 'the Prime Minister and Minister of Foreign Affairs
        # and Trade, X' is X's double title, not another Prime Minister's
        MAHUTA_TOUR,
        "2022-06-13",
        "meetings",
        [
            ({"Nanaia Mahuta", "Fiamē Naomi Mata'afa"}, "2022-06-16"),
            ({"Nanaia Mahuta", "Hu'akavameiliku Siaosi Sovaleni"}, "2022-06-18"),
        ],
    ),
    (  # the same: the tour's legs
        MAHUTA_TOUR,
        "2022-06-13",
        "trips",
        [
            ("Nanaia Mahuta", "TO", "2022-06-18", "2022-06-19"),
            ("Nanaia Mahuta", "WS", "2022-06-15", "2022-06-18"),
        ],
    ),
    (  # 'the Minister for Pacific Peoples' is a portfolio, not a person; 'will join the Foreign Minister in
        # Samoa' (the parser hangs the place on the lead): that leg only
        SIO_JOINS,
        "2022-06-13",
        "trips",
        [
            ("Aupito William Sio", "WS", "2022-06-15", "2022-06-18"),
            ("Nanaia Mahuta", "TO", "2022-06-18", "2022-06-19"),
            ("Nanaia Mahuta", "WS", "2022-06-15", "2022-06-18"),
        ],
    ),
    (  # a transcript's heading gives the day the words were spoken, released the next day
        YEO_DOORSTOP,
        "2007-11-06",
        "meetings",
        [({"George Yeo", "Masahiko Komura"}, "2007-11-05"), ({"George Yeo", "Fukuda"}, "2007-11-06")],
    ),
    (  # 'to the Summit in Singapore' is no town called Summit
        YEO_DOORSTOP,
        "2007-11-06",
        "trips",
        [("George Yeo", "CN", "2007-11-07", None), ("Thein Sein", "SG", None, None)],
    ),
    (  # 'His programme in the United States provides for talks with X': his talks; Canada's 'Secretary of
        # State for External Affairs' is no American Secretary of State
        "The Netherlands Minister for Foreign Affairs, Mr. Dirk U. Stikker, will arrive in Washington on "
        "Thursday, 31 March. On Wednesday, 6 April, the Secretary of State for External Affairs, Mr. L. B. "
        "Pearson, will offer him a luncheon.",
        "1949-03-25",
        "officials",
        [("Dirk U. Stikker", "NL"), ("L. B. Pearson", "CA")],
    ),
    (  # the same: his talks
        "THE HAGUE, 25 March 1949.\n\nThe Minister for Foreign Affairs, Mr. Dirk U. Stikker, will arrive in "
        "Washington on Thursday, 31 March. His programme in the United States provides for talks with the "
        "Secretary of State, Mr. Dean Acheson, on Friday, 1 April.",
        "1949-03-25",
        "meetings",
        [({"Dirk U. Stikker", "Dean Acheson"}, "1949-04-01")],
    ),
    (  # 'On 18 September Prime Minister X paid a courtesy call' (a fronted day, no comma); 'The two Prime
        # Ministers' are the two so titled, not the last pair met
        "At the invitation of the Prime Minister of Barbados, the Rt. Hon. Owen Arthur, the Prime Minister "
        "of Trinidad and Tobago, the Hon. Basdeo Panday, paid an official visit to Barbados from 18 to 21 "
        "September 1997.\n\nOn 18 September Prime Minister Panday paid a courtesy call on the "
        "Governor-General of Barbados, His Excellency Sir Clifford Husbands, at Government House.\n\nThe two "
        "Prime Ministers held official talks at Government Headquarters, Bridgetown, on 19 September.",
        "1997-09-22",
        "meetings",
        [
            ({"Basdeo Panday", "Clifford Husbands"}, "1997-09-18"),
            ({"Owen Arthur", "Basdeo Panday"}, "1997-09-19"),
        ],
    ),
    (  # 'the Federal President, X, Her Majesty The Queen ... will pay': the style opens the subject, no
        # title of X's; a capitalised 'State Visit' is a visit (the inviter serves the country visited)
        HEUSS_PROGRAMME,
        "1958-06-02",
        "officials",
        [("Juliana", "NL"), ("Konrad Adenauer", "DE"), ("Theodor Heuss", "DE")],
    ),
    (  # the same: 'from Monday, 16 June, to Thursday, 19 June' (two days the parser splits) ends the stay
        HEUSS_PROGRAMME,
        "1958-06-02",
        "trips",
        [("Juliana", "DE", "1958-06-16", "1958-06-19")],
    ),
    (  # the same: a day heading with its place ('Wednesday, 18 June - Hamburg') dates its clocks; the meal's
        # guest is the one a title names as the subject before ('The Queen visits')
        HEUSS_PROGRAMME,
        "1958-06-02",
        "meetings",
        [({"Juliana", "Konrad Adenauer"}, "1958-06-18")],
    ),
    (  # the one country a marked foreign official visits is the story's home; a US Senate committee chair
        "Foreign Secretary Fernando Solana will fly to Washington on Sunday with the ministers of the Lima "
        "group, Peru among them, who back the talks in Lima. On Tuesday they will have breakfast with "
        "Senator Claiborne Pell, chairman of the Senate Foreign Relations Committee.\n\nMeanwhile, the "
        "Foreign Ministry announced that Guatemala's president, Vinicio Cerezo, will pay a state visit to "
        "Mexico in March.",
        "1990-02-07",
        "officials",
        [("Claiborne Pell", "US"), ("Fernando Solana", "MX"), ("Vinicio Cerezo", "GT")],
    ),
    (  # 'TEHRAN, 26/09 (BELGA) -' (a numeric day); 'the troika led by X' is X's delegation
        "TEHRAN, 26/09 (BELGA) - The European Union troika led by Belgian Foreign Minister Louis Michel "
        "arrived in Tehran on Wednesday morning. The delegation was received in the afternoon by President "
        "Mohammad Khatami.",
        "2001-09-26",
        "meetings",
        [({"Louis Michel", "Mohammad Khatami"}, "2001-09-26")],
    ),
    (  # a programme's lines: '12.00 Call on the President, X' (the visitor calls); a meal 'hosted by' one
        # in honour of another; a line's meal hosted by X joins no talks told before it
        PID_PROGRAMME,
        "1990-03-02",
        "meetings",
        [
            ({"D. B. Wijetunga", "Ghulam Ishaq Khan"}, "1990-03-04"),
            ({"Sahabzada Yaqub Khan", "Ranjan Wijeratne"}, "1990-03-04"),
            ({"D. B. Wijetunga", "Ghulam Ishaq Khan"}, "1990-03-04"),
        ],
    ),
    (  # 'Beijing - Vice President X meets ...': the dateline before the dash is no part of the title
        "Alencar meets Wen\n\nBeijing - Vice President José Alencar meets Chinese Premier Wen Jiabao this "
        "Monday afternoon (16) at the Great Hall of the People.",
        "2009-03-16",
        "officials",
        [("José Alencar", None), ("Wen Jiabao", "CN")],
    ),
    (  # 'Question: Will Sergey Lavrov meet ...?': the question's auxiliary is no given name
        ZAKHAROVA_BRIEFING,
        "2017-02-15",
        "officials",
        [
            ("Gennady Gatilov", "RU"), ("Maria Zakharova", "RU"), ("Rex Tillerson", "US"),
            ("Sergey Lavrov", "RU"), ("Staffan de Mistura", None),
        ],
    ),
    (  # the same: 'Is that visit still on? - The visit has been postponed' calls off the Tokyo trip;
        # Geneva is Switzerland's, not a small American namesake's though the US is named
        ZAKHAROVA_BRIEFING,
        "2017-02-15",
        "trips",
        [("Gennady Gatilov", "CH", None, None), ("Sergey Lavrov", "DE", "2017-02-16", "2017-02-18")],
    ),
    (  # 'H.H. Sheikh X bin Y' is 'X bin Y'
        "ABU DHABI, 10th March, 2023 (WAM) -- President His Highness Sheikh Mohamed bin Zayed Al Nahyan "
        "received Egyptian President Abdel Fattah el-Sisi today. The talks were attended by H.H. Sheikh "
        "Tahnoun bin Zayed Al Nahyan, National Security Advisor.",
        "2023-03-10",
        "officials",
        [
            ("Abdel Fattah el-Sisi", "EG"), ("Mohamed bin Zayed Al Nahyan", "AE"),
            ("Tahnoun bin Zayed Al Nahyan", "AE"),
        ],
    ),
    (  # 'attended on the American side by A and on the Jordanian side by B': the side nearest before B; a
        # messenger's 'message from President X' where the parser hangs X on the clause after it
        "AMMAN, May 4 (Petra) - King Hussein held talks with United States President Ronald Reagan in "
        "Washington yesterday. The talks were attended on the American side by Secretary of State George "
        "Shultz and on the Jordanian side by Prime Minister Zaid al-Rifai.\n\nIn Amman, Crown Prince Hassan "
        "today received Iraqi Foreign Minister Tariq Aziz. Aziz handed Hassan a message from President "
        "Saddam Hussein dealing with the Gulf war.",
        "1986-05-04",
        "officials",
        [
            ("George Shultz", "US"), ("Hussein", "JO"), ("Ronald Reagan", "US"), ("Saddam Hussein", "IQ"),
            ("Tariq Aziz", "IQ"), ("Zaid al-Rifai", "JO"),
        ],
    ),
    (  # 'an official visit to Britain ending on Saturday' ends the stay
        MUBARAK_TO_LONDON,
        "1986-11-03",
        "trips",
        [("Mubarak", "GB", "1986-11-05", "1986-11-08")],
    ),
    (  # the same: talks 'during which' (the visit) are bounded by it, not on the travel day
        MUBARAK_TO_LONDON,
        "1986-11-03",
        "meetings",
        [({"Mubarak", "Margaret Thatcher"}, None)],
    ),
    (  # 'on Friday and Saturday, 27 and 28 July' is one pair of days
        "The Commonwealth Secretary-General, Sir Shridath Ramphal, will be in Dar es Salaam on Friday and "
        "Saturday, 27 and 28 July. He will call on President Julius K. Nyerere.",
        "1979-07-24",
        "trips",
        [("Shridath Ramphal", "TZ", "1979-07-27", "1979-07-28")],
    ),
    (  # a programme's '8.00 p.m.' slot dates its line; 'the visit to Canada of X' is no call on anyone;
        # every subject before the meal the host's countryman, the guest is the visitor named
        "The Secretary of State for External Affairs, Mr. L. B. Pearson, today made public the programme "
        "for the visit to Canada of the Prime Minister of Pakistan, Mr. Liaquat Ali Khan.\n\nSaturday, May "
        "27\n8.00 p.m. Dinner given by the Prime Minister of Canada, the Right Honourable Louis S. St. "
        "Laurent, at the Chateau Laurier.",
        "1950-05-20",
        "meetings",
        [({"Liaquat Ali Khan", "Louis S. St. Laurent"}, "1950-05-27")],
    ),
    (  # 'Speaker of the House of Commons, the' is no Speaker of the (US) House; a ministry's
        # 'Secretary-General' serves a government, not an international body
        "OTTAWA, October 20 - Prime Minister Jawaharlal Nehru of India will address Parliament on Monday. "
        "The Speaker of the House of Commons, the Honourable W. Ross Macdonald, will preside. He will be "
        "accompanied by Sir Girja Shankar Bajpai, Secretary-General of the Ministry of External Affairs.",
        "1949-10-20",
        "officials",
        [("Girja Shankar Bajpai", "CA"), ("Jawaharlal Nehru", "IN"), ("W. Ross Macdonald", "CA")],
    ),
    (  # 'The first round of talks between ...' held on a day; 'A second round of talks is fixed for Monday':
        # the talks' parties again, not the banquet's between
        "Prime Minister Jawaharlal Nehru of India will fly to Karachi on Saturday.\n\nThe first round of "
        "talks between Mr. Nehru and Prime Minister Mohammad Ali of Pakistan will be held on Saturday "
        "afternoon. On Sunday the Governor-General, Mr. Ghulam Mohammad, will give a banquet in honour of "
        "Mr. Nehru. A second round of talks is fixed for Monday morning.",
        "1953-07-24",
        "meetings",
        [
            ({"Jawaharlal Nehru", "Mohammad Ali"}, "1953-07-25"),
            ({"Jawaharlal Nehru", "Ghulam Mohammad"}, "1953-07-26"),
            ({"Jawaharlal Nehru", "Mohammad Ali"}, "1953-07-27"),
        ],
    ),
    (  # 'The Secretary General of the Organization of American States (OAS), X,': the body's title, past
        # its abbreviation, and no American
        OAS_TOUR,
        "1996-03-13",
        "officials",
        [("César Gaviria", None)],
    ),
    (  # the same: 'On the morning of Tuesday, March 19' (the part of a dated day) ends the stay and starts
        # the next at 'Santo Domingo' (a capital the NER leaves untagged)
        OAS_TOUR,
        "1996-03-13",
        "trips",
        [
            ("César Gaviria", "DO", "1996-03-19", "1996-03-20"),
            ("César Gaviria", "HT", "1996-03-17", "1996-03-19"),
        ],
    ),
    (  # a stop in an overseas department is no journey abroad
        "PARIS, 16 October - President François Mitterrand will attend the summit in Cancún, Mexico, on 22 "
        "and 23 October. On the return journey on 24 October he will stop in Pointe-à-Pitre, Guadeloupe.",
        "1981-10-16",
        "trips",
        [("François Mitterrand", "MX", "1981-10-22", "1981-10-23")],
    ),
    (  # 'will skip a planned trip to Tokyo': called off
        "MANILA, May 4 (AFP) - Philippine President Gloria Macapagal Arroyo will skip a planned trip to "
        "Tokyo next week because of the crisis at home, her spokesman said.",
        "2005-05-04",
        "trips",
        [],
    ),
    (  # 'made a State Visit ..., accompanied by X': a capitalised visit is a journey, X on its days
        "LIMA, 9 November - The President of the Republic of Colombia, Juan Manuel Santos Calderón, made a "
        "State Visit to Peru on 8 and 9 November 2012, accompanied by the Minister of Foreign Affairs, María "
        "Ángela Holguín Cuéllar.",
        "2012-11-09",
        "trips",
        [
            ("Juan Manuel Santos Calderón", "PE", "2012-11-08", "2012-11-09"),
            ("María Ángela Holguín Cuéllar", "PE", "2012-11-08", "2012-11-09"),
        ],
    ),
    (  # 'on Saturday, the fifth of January' (the day written out, one date with its weekday): the stay
        "The Prime Minister, Mrs. Sirimavo Bandaranaike, arrived in Peking this afternoon. From Peking the "
        "Prime Minister will fly to New Delhi on Saturday, the fifth of January. She will leave New Delhi "
        "for Colombo on Wednesday, the ninth of January.",
        "1962-12-31",
        "trips",
        [
            ("Sirimavo Bandaranaike", "CN", "1962-12-31", "1963-01-05"),
            ("Sirimavo Bandaranaike", "IN", "1963-01-05", "1963-01-09"),
        ],
    ),
    (  # 'accompanied by Mrs. X, the Minister of External Affairs, Mr. Y, and senior officials': Y's title
        "The Indian Prime Minister, Mr. Rajiv Gandhi, will visit Pakistan. He will be accompanied by Mrs. "
        "Sonia Gandhi, the Minister of External Affairs, Mr. P. V. Narasimha Rao, and senior officials.",
        "1989-07-15",
        "officials",
        [("P. V. Narasimha Rao", "IN"), ("Rajiv Gandhi", "IN")],
    ),
    (  # 'A, President B and Prime Minister C of Great Britain': a title two in the list share is one each
        "WASHINGTON, Nov. 12 — Prime Minister W. L. Mackenzie King of Canada, President Harry S. Truman "
        "and Prime Minister Clement R. Attlee of Great Britain sat down together in the White House this "
        "morning.",
        "1945-11-12",
        "officials",
        [("Clement R. Attlee", "GB"), ("Harry S. Truman", "US"), ("W. L. Mackenzie King", "CA")],
    ),
    (  # 'is staying at the Canadian Embassy': a guest of a country's mission serves it; 'Mr. King' (a title
        # word as a surname); 'reached the capital' (the dateline's) is an arrival
        "WASHINGTON, Nov. 12 — Prime Minister W. L. Mackenzie King and President Harry S. Truman met this "
        "morning. Mr. King reached the capital by train from Ottawa yesterday afternoon. He is "
        "accompanied by Norman Robertson, Under-Secretary of State for External Affairs, and is staying "
        "at the Canadian Embassy.",
        "1945-11-12",
        "officials",
        [("Harry S. Truman", "US"), ("Norman Robertson", "CA"), ("W. L. Mackenzie King", "CA")],
    ),
    (
        "WASHINGTON, Nov. 12 — Prime Minister W. L. Mackenzie King and President Harry S. Truman met this "
        "morning. Mr. King reached the capital by train from Ottawa yesterday afternoon. He is "
        "accompanied by Norman Robertson, Under-Secretary of State for External Affairs, and is staying "
        "at the Canadian Embassy.",
        "1945-11-12",
        "trips",
        [("Norman Robertson", "US", "1945-11-11", None), ("W. L. Mackenzie King", "US", "1945-11-11", None)],
    ),
    (  # 'In Bonn, Herr Walter Scheel, ...': a styled name the NER took for a place
        "ERFURT, East Germany\n\nHerr Willy Brandt, the West German Chancellor, met Herr Willi Stoph "
        "yesterday. In Bonn, Herr Walter Scheel, the Foreign Minister, said the Government was satisfied.",
        "1970-03-20",
        "officials",
        [("Walter Scheel", "DE"), ("Willy Brandt", "DE")],
    ),
    (  # 'SANNIQUELLIE, Liberia.' on a line of its own is a dateline; 'reached the town': there
        "SANNIQUELLIE, Liberia.\n\nPresident Sékou Touré of Guinea, who crossed the frontier at Ganta "
        "with a large party of ministers, reached the town on Wednesday night.",
        "1959-07-17",
        "trips",
        [("Sékou Touré", "LR", "1959-07-15", None)],
    ),
    (  # 'Mr. King will fly north with him': a companion on the leaving only; his own arrival stands
        "WASHINGTON, Nov. 12 — Prime Minister Clement R. Attlee of Great Britain landed on Saturday. "
        "Prime Minister W. L. Mackenzie King of Canada reached the capital yesterday afternoon. Mr. "
        "Attlee leaves Washington on Friday and is due in Ottawa the same evening. Mr. King will fly "
        "north with him.",
        "1945-11-12",
        "trips",
        [
            ("Clement R. Attlee", "CA", "1945-11-16", None),
            ("Clement R. Attlee", "US", "1945-11-10", "1945-11-16"),
            ("W. L. Mackenzie King", "US", "1945-11-11", "1945-11-16"),
        ],
    ),
    (  # 'His Eminence Cardinal X, Secretary of State' in a Holy See bulletin: the Holy See's
        "HOLY SEE PRESS OFFICE\n\nThe President of Portugal subsequently met with His Eminence Cardinal "
        "Agostino Casaroli, Secretary of State, who was accompanied by His Excellency Archbishop Achille "
        "Silvestrini, Secretary of the Council for the Public Affairs of the Church.",
        "1984-03-22",
        "officials",
        [("Achille Silvestrini", "VA"), ("Agostino Casaroli", "VA")],
    ),
    (  # a broadcast's sign-off 'Nadia Farouk, VOA News, Cairo.' places the story
        "ANCHOR: Saudi Arabia's King Salman is in Cairo on his first official visit to Egypt.\n\nNADIA "
        "FAROUK: Foreign Minister Adel al-Jubeir, who arrived with the king, is meeting his Egyptian "
        "counterpart Sameh Shoukry today. Prime Minister Sherif Ismail told state television Wednesday "
        "that the visit reflects a strategic partnership.\n\nNadia Farouk, VOA News, Cairo.\n\nANCHOR: "
        "From Cairo, the king is expected to fly to Ankara on Monday for talks with Turkish leaders.",
        "2016-04-08",
        "officials",
        [("Adel al-Jubeir", "SA"), ("Salman", "SA"), ("Sameh Shoukry", "EG"), ("Sherif Ismail", "EG")],
    ),
    (  # 'X, who arrived with the king': there on the king's days
        "Saudi Arabia's King Salman bin Abdulaziz Al Saud arrived in Cairo on Thursday for a five-day "
        "visit. Foreign Minister Adel al-Jubeir, who arrived with the king, is meeting his Egyptian "
        "counterpart Sameh Shoukry today.",
        "2016-04-08",
        "trips",
        [
            ("Adel al-Jubeir", "EG", "2016-04-07", "2016-04-11"),
            ("Salman bin Abdulaziz Al Saud", "EG", "2016-04-07", "2016-04-11"),
        ],
    ),
    (  # 'The party will leave Calcutta for Rangoon': the travelling party (Calcutta is India's); 'He will be
        # accompanied by Y' after the one trip told before, in another tense: on it
        "New Delhi, November 27, 1956\n\nMr. Chou En-lai, Prime Minister of the People's Republic of "
        "China, arrives in New Delhi tomorrow. He will be accompanied by Marshal Ho Lung, Vice-Premier of "
        "the State Council. From Agra the Chinese Prime Minister will proceed on a tour which will "
        "include Bombay and Calcutta. The party will leave Calcutta for Rangoon on December 10.",
        "1956-11-27",
        "trips",
        [
            ("Chou En-lai", "IN", "1956-11-28", "1956-12-10"),
            ("Chou En-lai", "MM", "1956-12-10", None),
            ("Ho Lung", "IN", "1956-11-28", "1956-12-10"),
            ("Ho Lung", "MM", "1956-12-10", None),
        ],
    ),
    (  # 'The Thai party flies on to Kuala Lumpur on Wednesday'
        "Prime Minister Gen Prem Tinsulanonda leaves on Monday for a five-day official tour of Indonesia "
        "and Malaysia. In Jakarta, Prem will hold talks with President Suharto on Tuesday morning. The "
        "Thai party flies on to Kuala Lumpur on Wednesday. Prem returns to Bangkok on Friday.",
        "1985-03-09",
        "trips",
        [
            ("Prem Tinsulanonda", "ID", "1985-03-11", "1985-03-13"),
            ("Prem Tinsulanonda", "MY", "1985-03-13", "1985-03-15"),
        ],
    ),
    (  # 'arrived at Lusaka International Airport': the town; 'Mwalimu' is a style
        "Lusaka, 30th July, 1979\n\nThe British Prime Minister, Mrs Margaret Thatcher, arrived at Lusaka "
        "International Airport this afternoon for the Commonwealth Heads of Government Meeting. Mwalimu "
        "Julius Nyerere, President of the United Republic of Tanzania, is expected in Lusaka tomorrow "
        "morning.",
        "1979-07-30",
        "trips",
        [("Julius Nyerere", "ZM", "1979-07-31", None), ("Margaret Thatcher", "ZM", "1979-07-30", None)],
    ),
    (  # 'will meet over breakfast': one meeting, a breakfast
        "Lusaka, 30th July, 1979\n\nThe British Prime Minister, Mrs Margaret Thatcher, arrived this "
        "afternoon. The Prime Minister of Australia, Mr Malcolm Fraser, arrived on Saturday. Mrs Thatcher "
        "and Mr Fraser will meet over breakfast on Wednesday before the opening session.",
        "1979-07-30",
        "meetings",
        [({"Malcolm Fraser", "Margaret Thatcher"}, "1979-08-01")],
    ),
    (  # 'to the city of Cúcuta', 'to the Venezuelan city of San Cristóbal'
        "Caracas, 17 February 1967\n\nThe President of the Republic of Venezuela, Dr. Raúl Leoni, "
        "travelled to the city of Cúcuta on Thursday, 16 February 1967. That evening President Leoni and "
        "the President of Colombia, Dr. Carlos Lleras Restrepo, continued to the Venezuelan city of San "
        "Cristóbal.",
        "1967-02-17",
        "trips",
        [
            ("Carlos Lleras Restrepo", "VE", "1967-02-16", None),
            ("Raúl Leoni", "CO", "1967-02-16", "1967-02-16"),
        ],
    ),
    (  # 'a dinner in honour of President X and Minister Y': guests of one party; 'Germán' is no demonym
        "Caracas, 17 February 1967\n\nThe President of the Republic of Colombia, Dr. Carlos Lleras "
        "Restrepo, arrived in San Cristóbal on Thursday, 16 February, where President Raúl Leoni of "
        "Venezuela gave a dinner in honour of President Lleras Restrepo and Minister Germán Zea "
        "Hernández. The Ministers of Foreign Relations, Dr. Ignacio Iribarren Borges and Dr. Germán Zea "
        "Hernández, met separately.",
        "1967-02-17",
        "officials",
        [
            ("Carlos Lleras Restrepo", "CO"),
            ("Germán Zea Hernández", "CO"),
            ("Ignacio Iribarren Borges", "VE"),
            ("Raúl Leoni", "VE"),
        ],
    ),
    (  # 'His Highness Sayyid X, Minister of Foreign Affairs, today concluded a visit' (the style heads the
        # subject); the head of a 'Business Council' is no official
        "Tokyo, 5 March 2025\n\nHis Highness Sayyid Badr bin Hamad bin Hamood Albusaidi, Minister of "
        "Foreign Affairs, today concluded a three-day official visit to Japan, during which he met "
        "Foreign Minister Iwaya Takeshi. Mr. Iwaya then hosted a working lunch in honour of his Omani "
        "counterpart. His Highness also met Mr. Kenji Morooka, President of the Japan-Oman Business "
        "Council.",
        "2025-03-05",
        "officials",
        [("Badr bin Hamad bin Hamood Albusaidi", "OM"), ("Iwaya Takeshi", "JP")],
    ),
    (
        "Tokyo, 5 March 2025\n\nHis Highness Sayyid Badr bin Hamad bin Hamood Albusaidi, Minister of "
        "Foreign Affairs, today concluded a three-day official visit to Japan, during which he met "
        "Foreign Minister Iwaya Takeshi.",
        "2025-03-05",
        "trips",
        [("Badr bin Hamad bin Hamood Albusaidi", "JP", "2025-03-03", "2025-03-05")],
    ),
    (  # a NATO briefing: its 'Secretary General' serves NATO (not the country he returns to); a headline's
        # 'Dr. Jamie Shea' is written in full as a speaker's label, whatever a reporter's 'Jamie, ...'
        "Press briefing by the NATO Spokesman, Jamie Shea\n\nNATO HEADQUARTERS, BRUSSELS\n12 May "
        "1997\n\nPress briefing by the NATO Spokesman, Dr. Jamie Shea\n\nJAMIE SHEA: Good afternoon. Let "
        "me start with the Secretary General's programme. Dr. Javier Solana will travel to Moscow "
        "tomorrow for talks with the Russian Foreign Minister, Mr. Yevgeny Primakov. The Secretary "
        "General is also expected to be received by Prime Minister Viktor Chernomyrdin. He will return to "
        "Brussels on Wednesday night.\n\nQ: (Dieter Kranz, Frankfurter Rundschau) Jamie, when would the "
        "document be signed?",
        "1997-05-12",
        "officials",
        [
            ("Jamie Shea", None),
            ("Javier Solana", None),
            ("Viktor Chernomyrdin", "RU"),
            ("Yevgeny Primakov", "RU"),
        ],
    ),
    (  # 'ACM' (Air Chief Marshal) is a style
        "Prime Minister Gen Prem Tinsulanonda leaves on Monday for Jakarta. Foreign Minister ACM Siddhi "
        "Savetsila will accompany the premier.",
        "1985-03-09",
        "officials",
        [("Prem Tinsulanonda", "TH"), ("Siddhi Savetsila", "TH")],
    ),
    (  # 'the late Mwalimu X' (a style before the name) is no sitting official, listed or not
        "DAR ES SALAAM, Jan 27 - President Benjamin Mkapa held talks with President Joaquim Chissano of "
        "Mozambique today. The two leaders recalled the ties forged under the late Mwalimu Julius "
        "Kambarage Nyerere.",
        "2004-01-27",
        "officials",
        [("Benjamin Mkapa", "TZ"), ("Joaquim Chissano", "MZ")],
    ),
    (  # 'where the two Heads of State held a private conversation' (no subject names both: the heads);
        # 'the two Presidents, with their Ministers of Foreign Relations, held a working session'
        "Caracas, 17 February 1967\n\nAt the invitation of the President of the Republic of Colombia, Dr. "
        "Carlos Lleras Restrepo, the President of the Republic of Venezuela, Dr. Raúl Leoni, travelled to "
        "the city of Cúcuta on Thursday, 16 February 1967, where the two Heads of State held a private "
        "conversation. President Leoni was accompanied by the Minister of Foreign Relations of Venezuela, "
        "Dr. Ignacio Iribarren Borges. On Friday, 17 February, the two Presidents, with their Ministers "
        "of Foreign Relations, held a working session in San Cristóbal.",
        "1967-02-17",
        "meetings",
        [
            ({"Carlos Lleras Restrepo", "Raúl Leoni"}, "1967-02-16"),
            ({"Carlos Lleras Restrepo", "Ignacio Iribarren Borges", "Raúl Leoni"}, "1967-02-17"),
        ],
    ),
    (  # 'will meet on Tuesday evening and again on Wednesday morning': two meetings
        "Dr. Javier Solana, the NATO Secretary General, will travel to Moscow tomorrow for talks with the "
        "Russian Foreign Minister, Mr. Yevgeny Primakov. The two men will meet on Tuesday evening and "
        "again on Wednesday morning.",
        "1997-05-12",
        "meetings",
        [
            ({"Javier Solana", "Yevgeny Primakov"}, "1997-05-13"),
            ({"Javier Solana", "Yevgeny Primakov"}, "1997-05-14"),
        ],
    ),
    (  # a broadcast: 'Our reporter X is in Nuku'alofa' places the story; 'flew in yesterday', 'arrived on
        # Saturday' (no place named) are arrivals there; 'And what about Australia?' answered by naming an
        # official is that official's country (not the story's place, where she arrived)
        "PRESENTER: Pacific leaders are converging on Tonga's capital for the Forum. Our reporter Sione "
        "Latu-Fifita is in Nuku'alofa.\n\nSIONE LATU-FIFITA: New Zealand's Prime Minister Christopher Luxon "
        "flew in yesterday.\n\nPRESENTER: And what about Australia?\n\nSIONE LATU-FIFITA: Foreign Minister "
        "Penny Wong arrived on Saturday and has been working the corridors.",
        "2024-08-27",
        "officials",
        [("Christopher Luxon", "NZ"), ("Penny Wong", "AU")],
    ),
    (
        "PRESENTER: Pacific leaders are converging on Tonga's capital for the Forum. Our reporter Sione "
        "Latu-Fifita is in Nuku'alofa.\n\nSIONE LATU-FIFITA: New Zealand's Prime Minister Christopher Luxon "
        "flew in yesterday.\n\nPRESENTER: And what about Australia?\n\nSIONE LATU-FIFITA: Foreign Minister "
        "Penny Wong arrived on Saturday and has been working the corridors.",
        "2024-08-27",
        "trips",
        [("Christopher Luxon", "TO", "2024-08-26", None), ("Penny Wong", "TO", "2024-08-24", None)],
    ),
    (  # 'spent an hour with X'; 'will give a luncheon ... for the two Prime Ministers' (the 'for' hung on the
        # verb); 'will entertain A and B at a state dinner' (hosts them, at one table)
        "WASHINGTON, Nov. 12 — Prime Minister Clement R. Attlee of Great Britain landed on Saturday and is "
        "the guest of the British Ambassador, Lord Halifax. On Saturday afternoon the British Prime Minister "
        "spent an hour with Secretary of State James F. Byrnes at the State Department. Prime Minister W. L. "
        "Mackenzie King of Canada arrived yesterday. Lord Halifax will give a luncheon at the Embassy on "
        "Wednesday for the two Prime Ministers, and on Thursday evening President Harry S. Truman will "
        "entertain Mr. Attlee and Mr. King at a state dinner at the White House.",
        "1945-11-12",
        "hosts",
        [
            ({"Clement R. Attlee", "James F. Byrnes"}, "1945-11-10", None),
            ({"Clement R. Attlee", "Lord Halifax", "W. L. Mackenzie King"}, "1945-11-14", "Lord Halifax"),
            (
                {"Clement R. Attlee", "Harry S. Truman", "W. L. Mackenzie King"},
                "1945-11-15",
                "Harry S. Truman",
            ),
        ],
    ),
    (  # a national agency's story: 'In Santiago, Interior Minister X said' speaks where he serves
        "BUENOS AIRES, Aug 20 (Télam) — President Néstor Kirchner will arrive in Santiago on Thursday for a "
        "three-day state visit to Chile. In Santiago, Interior Minister José Miguel Insulza said on Tuesday "
        "that the visit would open a new chapter.",
        "2003-08-20",
        "officials",
        [("José Miguel Insulza", "CL"), ("Néstor Kirchner", "AR")],
    ),
    (  # 'A will arrive in X on Sunday morning and B on Sunday afternoon' (the verb left out for B);
        # 'Both leaders will depart on Monday' (no place named: the stay they are on ends)
        "Mexico City, August 7, 2009\n\nPresident Felipe Calderón Hinojosa will host the President of the "
        "United States, Barack Obama, and the Prime Minister of Canada, Stephen Harper, at the summit in "
        "Guadalajara. Prime Minister Harper will arrive in Guadalajara on Sunday morning and President Obama "
        "on Sunday afternoon. Both leaders will depart on Monday after the closing press conference.",
        "2009-08-07",
        "trips",
        [
            ("Barack Obama", "MX", "2009-08-09", "2009-08-10"),
            ("Stephen Harper", "MX", "2009-08-09", "2009-08-10"),
        ],
    ),
    (  # 'X is expected in Lusaka tomorrow morning, and the Nigerian Head of State, General Obasanjo, on
        # Wednesday morning'
        "Lusaka, 30th July, 1979\n\nMwalimu Julius Nyerere, President of the United Republic of Tanzania, is "
        "expected in Lusaka tomorrow morning, and the Nigerian Head of State, General Obasanjo, on Wednesday "
        "morning.",
        "1979-07-30",
        "trips",
        [("Julius Nyerere", "ZM", "1979-07-31", None), ("Obasanjo", "ZM", "1979-08-01", None)],
    ),
    (  # 'He will leave on Wednesday': the stay he is on ends
        "ROME, Aug 3 - President Barack Obama of the United States arrived in Rome today. He will leave on "
        "Wednesday.",
        "2009-08-03",
        "trips",
        [("Barack Obama", "IT", "2009-08-03", "2009-08-05")],
    ),
    (  # 'X is due tomorrow', 'Y is expected on Thursday' (no place named): arrivals where the story is
        "NUKU'ALOFA, Aug 27 (AAP) - Prime Minister Anthony Albanese of Australia is due tomorrow. Foreign "
        "Minister Penny Wong of Australia is expected on Thursday. A decision is expected on Friday.",
        "2024-08-27",
        "trips",
        [("Anthony Albanese", "TO", "2024-08-28", None), ("Penny Wong", "TO", "2024-08-29", None)],
    ),
    (  # an office's header line names the town it writes from: 'Federal Foreign Office, Berlin.'
        "Press conference\n\nFederal Foreign Office, Berlin. Transcript of the regular government press "
        "conference, Friday, 12 September 2025.\n\nFederal Foreign Minister Johann Wadephul will travel to "
        "the South Caucasus from Sunday to Tuesday. A meeting with President Ilham Aliyev is also planned "
        "during the Minister's stay in Baku.",
        "2025-09-12",
        "officials",
        [("Ilham Aliyev", "AZ"), ("Johann Wadephul", "DE")],
    ),
    (  # a ministry of a named state in one part of a header line: 'Ministry of Foreign Affairs of Ecuador,
        # Press Office. Quito, 23 March 2001.'
        "Visit\n\nMinistry of Foreign Affairs of Colombia, Press Office. Quito, 23 March 2001.\n\nThe "
        "Minister of Foreign Affairs, Guillermo Fernández de Soto, met President Gustavo Noboa in Quito on "
        "Thursday.",
        "2001-03-23",
        "officials",
        [("Guillermo Fernández de Soto", "CO"), ("Gustavo Noboa", "EC")],
    ),
    (  # an unmarked lead sets out from home: 'will leave Canberra on Saturday on a tour'
        "Freeth to visit Asia\n\nBy JOHN HALLORAN\n\nThe Minister for External Affairs, Mr Gordon Freeth, "
        "will leave Canberra on Saturday on a tour of South-East Asia. In Singapore Mr Freeth is expected "
        "to call on the Prime Minister, Mr Lee Kuan Yew.",
        "1969-06-05",
        "officials",
        [("Gordon Freeth", "AU"), ("Lee Kuan Yew", "SG")],
    ),
    (  # a title inside the phrase the parser hangs the name on: 'A proposed call on the Cambodian Head of
        # State, Prince X, ...'
        "A proposed call on the Cambodian Head of State, Prince Norodom Sihanouk, in Phnom Penh has been "
        "dropped from the itinerary, the Department said yesterday.",
        "1969-06-05",
        "titles",
        [("Norodom Sihanouk", ["Head of State"])],
    ),
    (  # a hyphenated rank before the name: 'the President of the Supreme Military Council of Niger,
        # Lieutenant-Colonel Seyni Kountché'
        "LAGOS, Nov 12 - He will deliver a message to the President of the Supreme Military Council of "
        "Niger, Lieutenant-Colonel Seyni Kountché, on relief measures.",
        "1974-11-12",
        "titles",
        [("Seyni Kountché", ["President of the Supreme Military Council of Niger"])],
    ),
    (  # a country's name the NER takes for a headline name is no surname in the body: 'Commissioner to
        # Tour Niger'
        "Commissioner to Tour Niger\n\nLAGOS, Nov 12 - The Commissioner for External Affairs, Dr. Okoi "
        "Arikpo, will deliver a message to the President of the Supreme Military Council of Niger, "
        "Lieutenant-Colonel Seyni Kountché.",
        "1974-11-12",
        "officials",
        [("Okoi Arikpo", "NG"), ("Seyni Kountché", "NE")],
    ),
    (  # 'The tour will end in Lomé': a stop of the journey told before; a tour that names no place
        # starts its first stop told after it ('first stop will be Niamey')
        "Tour\n\nFederal Ministry of Information, Lagos. Press Release No. 2187.\n\nThe Federal "
        "Commissioner for External Affairs, Dr. Okoi Arikpo, will on Thursday begin a six-day tour of three "
        "neighbouring countries. Dr. Arikpo's first stop will be Niamey, where he will stay until Friday. "
        "The Commissioner will proceed to Yaoundé on Saturday. The tour will end in Lomé, where Dr. Arikpo "
        "will be received by President Gnassingbé Eyadéma. He is expected back in Lagos on Tuesday, 19th "
        "November.",
        "1974-11-12",
        "trips",
        [
            ("Okoi Arikpo", "CM", "1974-11-16", None),
            ("Okoi Arikpo", "NE", "1974-11-14", "1974-11-15"),
            ("Okoi Arikpo", "TG", None, "1974-11-19"),
        ],
    ),
    (  # 'had an hour's talks ... on Tuesday morning' ('an hour' is a length, not the day); 'Later in the day
        # X lunched with Y' (a lunch, on the day of the encounter told before); a definite 'the talks with
        # the Prime Minister' told again is the talks told before
        "NEW DELHI, June 15.\n\nU Tin Maung Lwin, Foreign Minister of the Union of Burma, who arrived here "
        "on Monday, had an hour's talks with the Prime Minister, Pandit Jawaharlal Nehru, on Tuesday "
        "morning. The Burmese Ambassador, U Win Pe, was present at the talks.\n\nLater in the day U Tin "
        "Maung Lwin lunched with the Minister for Commerce, Mr. Hari Krishna Sethna.\n\nOfficial circles "
        "said that the talks with the Prime Minister covered the position of Indian settlers in Burma.",
        "1948-06-16",
        "meetings",
        [
            ({"U Tin Maung Lwin", "Pandit Jawaharlal Nehru", "U Win Pe"}, "1948-06-15"),
            ({"U Tin Maung Lwin", "Hari Krishna Sethna"}, "1948-06-15"),
        ],
    ),
    (  # the paper's own man is no official: 'Speaking to our representative, Mr. P. N. Sharma'
        "NEW DELHI, June 15.\n\nSpeaking to our representative, Mr. P. N. Sharma, at Hyderabad House, U Tin "
        "Maung Lwin, Foreign Minister of the Union of Burma, said that no question was beyond settlement.",
        "1948-06-16",
        "officials",
        [("U Tin Maung Lwin", "MM")],
    ),
    (  # 'The Burmese party will leave for Karachi on Friday morning, where X is expected to call on Y': the
        # Burmese traveller with his companions; the call on that day, in Karachi
        "NEW DELHI, June 15.\n\nU Tin Maung Lwin, Foreign Minister of the Union of Burma, arrived here on "
        "Monday. The Burmese Minister is accompanied by U Ba Thein, Permanent Secretary of the Burmese "
        "Foreign Office. The Prime Minister, Pandit Nehru, who returned to the capital on Monday evening "
        "from a tour of the East Punjab, will give a banquet in his honour on Thursday.\n\nThe Burmese "
        "party will leave for Karachi on Friday morning, where U Tin Maung Lwin is expected to call on the "
        "Pakistan Foreign Minister, Sir Muhammad Zafrulla Khan, before returning to Rangoon.",
        "1948-06-16",
        "trips",
        [
            ("U Ba Thein", "IN", "1948-06-14", "1948-06-18"),
            ("U Ba Thein", "PK", "1948-06-18", None),
            ("U Tin Maung Lwin", "IN", "1948-06-14", "1948-06-18"),
            ("U Tin Maung Lwin", "PK", "1948-06-18", None),
        ],
    ),
    (  # 'had been scheduled to visit Oman on 27-28 October, where he was to meet X. The visit to Oman has
        # been postponed': the leg the sentence before names is called off, and its meeting
        "Minister of State Shri M.J. Akbar will pay an official visit to Bahrain on 24 October 2016.\n\nMoS "
        "had also been scheduled to visit the Sultanate of Oman on 27-28 October 2016, where he was to meet "
        "His Excellency Yusuf bin Alawi bin Abdullah, Minister Responsible for Foreign Affairs. The visit "
        "to Oman has been postponed owing to the prior commitments of the host side.",
        "2016-10-23",
        "meetings",
        [],
    ),
    (  # a programme's day heading on its own line dates the slots in the paragraphs under it; an envoy's
        # luncheon is for his own minister; a verbless 'Audience with His Majesty ...' is the visitor's
        "Programme for the Official Visit to Denmark of the Minister for Foreign Affairs of Iceland, Mr. "
        "Bjarni Benediktsson, 22-24 October 1952\n\nPress Department, Royal Danish Ministry of Foreign "
        "Affairs, Copenhagen, 18 October 1952\n\nThe programme of the visit is as follows:\n\nWednesday 22 "
        "October\n\n13.00 Luncheon given by the Minister for Foreign Affairs, Mr. Ole Bjørn Kraft, at the "
        "Ministry.\n\nThursday 23 October\n\n10.30 Audience with His Majesty King Frederik IX at "
        "Amalienborg Palace.\n\n13.30 Luncheon given by the Icelandic Minister to Denmark, Mr. Sigurður "
        "Nordal, at the Icelandic Legation.",
        "1952-10-18",
        "meetings",
        [
            ({"Bjarni Benediktsson", "Ole Bjørn Kraft"}, "1952-10-22"),
            ({"Bjarni Benediktsson", "Frederik IX"}, "1952-10-23"),
            ({"Bjarni Benediktsson", "Sigurður Nordal"}, "1952-10-23"),
        ],
    ),
    (  # the title after a visit's 'of' is the visitor's ('the Official Visit to Denmark of the Minister for
        # Foreign Affairs of Iceland, Mr. X'), no post in Denmark: his visit there is a trip
        "Programme for the Official Visit to Denmark of the Minister for Foreign Affairs of Iceland, Mr. "
        "Bjarni Benediktsson, 22-24 October 1952\n\nPress Department, Royal Danish Ministry of Foreign "
        "Affairs, Copenhagen, 18 October 1952\n\nAt the invitation of the Danish Government, the Minister "
        "for Foreign Affairs of Iceland, Mr. Bjarni Benediktsson, will pay an official visit to Denmark "
        "from Wednesday 22 October to Friday 24 October 1952.",
        "1952-10-18",
        "trips",
        [("Bjarni Benediktsson", "DK", "1952-10-22", "1952-10-24")],
    ),
    (  # 'A government delegation of the Kingdom of Afghanistan, headed by the Prime Minister, X, arrived';
        # 'The delegation includes A and B': they serve Afghanistan, and travel with X
        "MOSCOW, July 15 (TASS). A government delegation of the Kingdom of Afghanistan, headed by the Prime "
        "Minister, Sardar Mohammed Daoud, arrived in Moscow by air today on a ten-day official visit to the "
        "Soviet Union. The delegation includes the Minister of Foreign Affairs, Sardar Mohammed Naim, and "
        "the Minister of Mines and Industries, Mohammad Yusuf Rahimi.",
        "1958-07-15",
        "trips",
        [
            ("Mohammad Yusuf Rahimi", "SU", "1958-07-15", "1958-07-24"),
            ("Sardar Mohammed Daoud", "SU", "1958-07-15", "1958-07-24"),
            ("Sardar Mohammed Naim", "SU", "1958-07-15", "1958-07-24"),
        ],
    ),
    (  # the model takes a name given in full into the weekday before it: 'On Monday A. A. Gromyko received'
        "MOSCOW, July 15 (TASS). The USSR Minister of Foreign Affairs, A. A. Gromyko, will take part in the "
        "talks. On Monday A. A. Gromyko received Ambassador Ghulam Yahya Tarzi at the latter's request.",
        "1958-07-15",
        "meetings",
        [({"A. A. Gromyko", "Ghulam Yahya Tarzi"}, "1958-07-14")],
    ),
    (  # a state's 'Executive Secretary' holds an office; 'The Prime Minister and his party, which included X,
        # arrived in Manila': X travels with him
        "Office of the President of the Philippines, Malacañang, Manila, 9 April 1964\n\nHis Excellency "
        "Field Marshal Thanom Kittikachorn, Prime Minister of the Kingdom of Thailand, paid a state visit "
        "to the Philippines from 6 to 9 April 1964. The Prime Minister and his party, which included His "
        "Excellency Thanat Khoman, Minister of Foreign Affairs of Thailand, arrived in Manila on 6 April. "
        "The Executive Secretary, His Excellency Rufino G. Hechanova, took part in the talks.",
        "1964-04-09",
        "trips",
        [
            ("Thanat Khoman", "PH", "1964-04-06", "1964-04-09"),
            ("Thanom Kittikachorn", "PH", "1964-04-06", "1964-04-09"),
        ],
    ),
    (
        "MANILA, April 9 - The Executive Secretary, His Excellency Rufino G. Hechanova, attended the talks.",
        "1964-04-09",
        "officials",
        [("Rufino G. Hechanova", "PH")],
    ),
    (  # 'the President of the Republic' in a French communiqué is the one so titled, not the visiting
        # 'President of the Portuguese Republic' named more often
        "State Visit to France of Mr. Mário Soares, President of the Portuguese Republic\n\nPresidency of "
        "the Republic, Press Service. Paris, 15 November 1988.\n\nThe President of the Republic, Mr. "
        "François Mitterrand, received this morning at the Élysée Palace the President of the Portuguese "
        "Republic, Mr. Mário Soares. Mr. Soares arrived in Paris yesterday. At midday, Mr. Soares visited "
        "the Hôtel de Ville.\n\nThis afternoon, the President of the Republic had a telephone conversation "
        "with the Chancellor of the Federal Republic of Germany, Mr. Helmut Kohl.",
        "1988-11-15",
        "meetings",
        [
            ({"François Mitterrand", "Mário Soares"}, "1988-11-15"),
            ({"François Mitterrand", "Helmut Kohl"}, "1988-11-15"),
        ],
    ),
    (  # a listed official's namesake spelt alike is not him: 'Mrs. Maria Barroso Soares' is no 'Mario
        # Soares'; a country the NER reads into a venue still marks the title ('received at the Hashimiyah
        # Palace Japan's Foreign Minister Shintaro Abe')
        "AMMAN, Oct. 11 (Petra) -- His Majesty King Hussein this morning received at the Hashimiyah Palace "
        "Japan's Foreign Minister Shintaro Abe. Yesterday evening Portuguese President Mário Soares and "
        "Mrs. Maria Barroso Soares attended a concert.",
        "1983-10-11",
        "officials",
        [("Hussein", "JO"), ("Mário Soares", "PT"), ("Shintaro Abe", "JP")],
    ),
    (  # 'Batumi hosted the second trilateral meeting of the Ministers ... The meeting was hosted by X, and
        # attended by A and B' (one meeting of the three, on its day); 'hosted a working dinner in honour of
        # her colleagues' (the two told arriving); 'In the margins of the trilateral meeting, X held separate
        # bilateral meetings with A and B' (on the trilateral meeting's day)
        "Ministry of Foreign Affairs of Georgia, Press and Information Department. 28 March 2013.\n\nOn 28 "
        "March, Batumi hosted the second trilateral meeting of the Ministers of Foreign Affairs of Georgia, "
        "the Republic of Azerbaijan and the Republic of Turkey. The meeting was hosted by the Minister of "
        "Foreign Affairs of Georgia, Maia Panjikidze, and attended by the Minister of Foreign Affairs of "
        "the Republic of Azerbaijan, Elmar Mammadyarov, and the Minister of Foreign Affairs of the Republic "
        "of Turkey, Ahmet Davutoğlu.\n\nElmar Mammadyarov and Ahmet Davutoğlu arrived in Batumi on the "
        "evening of 27 March. Minister Panjikidze, who had travelled to Batumi from Tbilisi earlier that "
        "day, hosted a working dinner in honour of her colleagues the same evening.\n\nIn the margins of "
        "the trilateral meeting, Maia Panjikidze held separate bilateral meetings with Elmar Mammadyarov "
        "and Ahmet Davutoğlu.",
        "2013-03-28",
        "meetings",
        [
            ({"Maia Panjikidze", "Elmar Mammadyarov", "Ahmet Davutoğlu"}, "2013-03-28"),
            ({"Maia Panjikidze", "Elmar Mammadyarov", "Ahmet Davutoğlu"}, "2013-03-27"),
            ({"Maia Panjikidze", "Elmar Mammadyarov"}, "2013-03-28"),
            ({"Maia Panjikidze", "Ahmet Davutoğlu"}, "2013-03-28"),
        ],
    ),
    (  # 'The two Heads of State first had a private meeting, which was followed by plenary talks in which X
        # and Y took part' (the talks are the heads' with X and Y, that day); 'Mr. Soares was the guest of the
        # Prime Minister, Mr. Michel Rocard, at a working luncheon'
        "Presidency of the Republic, Press Service. Paris, 15 November 1988.\n\nThe President of the "
        "Republic, Mr. François Mitterrand, received this morning at the Élysée Palace the President of the "
        "Portuguese Republic, Mr. Mário Soares. Mr. Soares and the Portuguese Minister of Foreign Affairs, "
        "Mr. João de Deus Pinheiro, arrived in Paris yesterday.\n\nThe two Heads of State first had a "
        "private meeting, which was followed by plenary talks in which the Minister of Foreign Affairs, Mr. "
        "Roland Dumas, and Mr. João de Deus Pinheiro took part.\n\nAt midday, Mr. Soares was the guest of "
        "the Prime Minister, Mr. Michel Rocard, at a working luncheon at the Hôtel Matignon.",
        "1988-11-15",
        "meetings",
        [
            ({"François Mitterrand", "Mário Soares"}, "1988-11-15"),
            ({"François Mitterrand", "Mário Soares", "João de Deus Pinheiro", "Roland Dumas"}, "1988-11-15"),
            ({"Mário Soares", "Michel Rocard"}, "1988-11-15"),
        ],
    ),
    (  # 'At the invitation of the Minister ... of Ecuador, Heinz Moeller Freile, the Minister ... of
        # Colombia, Guillermo Fernández de Soto, made a visit' (each title is the name's after it); 'offered a
        # dinner in honour of his Colombian colleague'
        "Ministry of Foreign Affairs of Ecuador, Press Office. Quito, 23 March 2001.\n\nAt the invitation "
        "of the Minister of Foreign Affairs of Ecuador, Heinz Moeller Freile, the Minister of Foreign "
        "Affairs of Colombia, Guillermo Fernández de Soto, made an official visit to Quito on 22 and 23 "
        "March 2001.\n\nOn 22 March, the two Foreign Ministers held a working meeting at the Palacio de "
        "Najas. That evening, Minister Moeller offered a dinner in honour of his Colombian colleague.",
        "2001-03-23",
        "meetings",
        [
            ({"Heinz Moeller Freile", "Guillermo Fernández de Soto"}, "2001-03-22"),
            ({"Heinz Moeller Freile", "Guillermo Fernández de Soto"}, "2001-03-22"),
        ],
    ),
    (  # a colleague holds a like office: 'Malik will host a dinner for his Philippine colleague' is Foreign
        # Secretary Romulo, named before, not President Marcos
        "MANILA, June 14 - Foreign Secretary Carlos P. Romulo called on President Ferdinand E. Marcos at "
        "Malacañang yesterday before leaving for Jakarta, where he will hold talks with Indonesian Foreign "
        "Minister Adam Malik on Friday. Malik will host a dinner for his Philippine colleague on Friday "
        "evening.",
        "1973-06-14",
        "meetings",
        [
            ({"Carlos P. Romulo", "Ferdinand E. Marcos"}, "1973-06-13"),
            ({"Carlos P. Romulo", "Adam Malik"}, "1973-06-15"),
            ({"Adam Malik", "Carlos P. Romulo"}, "1973-06-15"),
        ],
    ),
    (  # a briefing's 'Speakers: Tobias Harms, Deputy Government Spokesperson; ...' (a label is no title)
        "Press conference\n\nFederal Foreign Office, Berlin. Transcript of the regular government press "
        "conference, Friday, 12 September 2025. Speakers: Tobias Harms, Deputy Government Spokesperson; Dr "
        "Katrin Behrendt, Spokesperson of the Federal Foreign Office.\n\nHARMS: Good afternoon.",
        "2025-09-12",
        "officials",
        [("Katrin Behrendt", "DE"), ("Tobias Harms", "DE")],
    ),
    (  # 'will be in Berlin on Wednesday and Thursday' (the stay, both days); 'This will be followed by talks
        # and a working lunch hosted by the Chancellor' (the encounter before's parties)
        "BERLIN, Sept 12 - On Wednesday, Federal Chancellor Friedrich Merz will receive the President of "
        "the Republic of Kazakhstan, Kassym-Jomart Tokayev, at the Federal Chancellery. This will be "
        "followed by talks and a working lunch hosted by the Chancellor. President Tokayev will be in "
        "Berlin on Wednesday and Thursday.",
        "2025-09-12",
        "meetings",
        [
            ({"Friedrich Merz", "Kassym-Jomart Tokayev"}, "2025-09-17"),
            ({"Friedrich Merz", "Kassym-Jomart Tokayev"}, "2025-09-17"),
        ],
    ),
    (
        "BERLIN, Sept 12 - On Wednesday, Federal Chancellor Friedrich Merz will receive the President of "
        "the Republic of Kazakhstan, Kassym-Jomart Tokayev, at the Federal Chancellery. President Tokayev "
        "will be in Berlin on Wednesday and Thursday.",
        "2025-09-12",
        "trips",
        [("Kassym-Jomart Tokayev", "DE", "2025-09-17", "2025-09-18")],
    ),
    (  # 'A meeting with President X is also planned during the Minister's stay in Baku': the Minister's
        "BERLIN, Sept 12 - Foreign Minister Johann Wadephul will travel to Baku on Monday, where on Tuesday "
        "he will hold talks with Foreign Minister Jeyhun Bayramov. A meeting with President Ilham Aliyev is "
        "also planned during the Minister's stay in Baku.",
        "2025-09-12",
        "meetings",
        [({"Johann Wadephul", "Jeyhun Bayramov"}, "2025-09-16"), ({"Johann Wadephul", "Ilham Aliyev"}, None)],
    ),
    (  # 'Prime Minister Ohira telephoned Sonoda at his hotel Tuesday evening': a call; a business
        # association's chairman is no official ('had breakfast with Kazuo Hamada, chairman of the
        # Japan-Philippines Economic Association')
        "MANILA, May 9 (Jiji Press)--Foreign Minister Sunao Sonoda held talks with Philippine Foreign "
        "Minister Carlos P. Romulo here Tuesday. Prime Minister Masayoshi Ohira telephoned Sonoda at his "
        "hotel Tuesday evening to discuss the summit. Sonoda also had breakfast with Kazuo Hamada, chairman "
        "of the Japan-Philippines Economic Association, on Tuesday.",
        "1979-05-09",
        "meetings",
        [
            ({"Sunao Sonoda", "Carlos P. Romulo"}, "1979-05-08"),
            ({"Masayoshi Ohira", "Sunao Sonoda"}, "1979-05-08"),
        ],
    ),
    (  # 'The tour will end in Saigon' is the tour's traveller's, the tour told before by that word (not the
        # owner of a stay told in between)
        "Freeth to visit Asia\n\nBy JOHN HALLORAN\n\nThe Minister for External Affairs, Mr Gordon Freeth, "
        "will leave Canberra on Saturday on a tour of South-East Asia. On Wednesday he will be in Kuala "
        "Lumpur. The Malaysian Prime Minister, Tunku Abdul Rahman, will give a dinner in his honour on "
        "Wednesday evening. During his stay Mr Freeth will also see the Deputy Prime Minister. The tour "
        "will end in Saigon.",
        "1969-06-05",
        "trips",
        [("Gordon Freeth", "MY", "1969-06-11", "1969-06-11"), ("Gordon Freeth", "VN", None, None)],
    ),

    (  # a programme's bare clock time goes on with the day told before it ('On Tuesday ... At 10 a.m.
        # ... In the afternoon'), not back to the publication day
        "On Tuesday, at 8 a.m., President Kennedy and President Orlich will meet at breakfast. At 10 a.m. "
        "the "
        "Presidents will hold their first working session. In the afternoon, Secretary of State Dean Rusk "
        "will "
        "hold talks with the Minister of Foreign Relations, Mr. Daniel Oduber Quirós, at the Ministry.",
        "1963-03-15",
        "parts",
        [({"Kennedy", "Orlich"}, "1963-03-19", None), ({"Kennedy", "Orlich"}, "1963-03-19", None),
         ({"Dean Rusk", "Daniel Oduber Quirós"}, "1963-03-19", "afternoon")],
    ),
    (  # 'In the afternoon' after 'This morning' of the same day keeps its own part of the day
        "Dr. Herbert V. Evatt, Australian Minister for External Affairs, arrived in Manila yesterday for a "
        "four-day visit.\n\nThis morning the Australian minister will call on President Manuel Roxas at "
        "Malacañan. In the afternoon he and Vice President Quirino are scheduled to open formal talks.",
        "1947-07-16",
        "parts",
        [({"Herbert V. Evatt", "Manuel Roxas"}, "1947-07-16", "morning"),
         ({"Herbert V. Evatt", "Quirino"}, "1947-07-16", "afternoon")],
    ),
    (  # a host whom a visitor calls on serves the country though he travels within it later ('will fly
        # to Baguio on Saturday'): no trip
        "Evatt here for talks\n\nDr. Herbert V. Evatt, Australian Minister for External Affairs, arrived in "
        "Manila yesterday afternoon.\n\nThis morning the Australian minister will call on President Manuel "
        "Roxas at Malacañan Palace, Manila.\n\nThe minister would leave Manila on Friday and arrive in "
        "Tokyo on Saturday for "
        "discussions with General Douglas MacArthur.\n\nPresident Roxas, for his part, will fly to Baguio on "
        "Saturday to spend a week at the Mansion House.",
        "1947-07-16",
        "trips",
        [("Herbert V. Evatt", "JP", "1947-07-19", None),
         ("Herbert V. Evatt", "PH", "1947-07-15", "1947-07-18")],
    ),
    (  # 'His Majesty King Hussein': the style before the title is no part of the name
        "Secretary of State Henry Kissinger held talks this morning with His Majesty King Hussein of Jordan.",
        "1974-10-13",
        "meetings",
        [({"Henry Kissinger", "Hussein"}, "1974-10-13")],
    ),
    (  # 'His Majesty' alone is the article's own monarch, not one named as a foreigner ('of Jordan')
        "Jeddah, 13 October 1974\n\nHis Majesty King Faisal received Secretary of State Henry Kissinger in "
        "Riyadh this evening. Dr. Kissinger held talks in Amman this morning with His Majesty King Hussein "
        "of Jordan. His Majesty will lead the delegation of the Kingdom to the Rabat summit.",
        "1974-10-13",
        "trips",
        [("Faisal", "MA", None, None), ("Henry Kissinger", "JO", None, None),
         ("Henry Kissinger", "SA", None, None)],
    ),
    (  # 'has been in the city since Sunday' (the city told before), 'who has been in Nairobi since last
        # Wednesday': stays begun then
        "Nigeria's President Shehu Shagari arrived in Nairobi yesterday evening for the summit. Zambia's "
        "President Kenneth Kaunda has been in the city since Sunday. Kenya's Foreign Minister Robert Ouko "
        "held "
        "talks with Nigeria's External Affairs Minister, Professor Ishaya Audu, who has been in Nairobi "
        "since "
        "last Wednesday.",
        "1981-06-23",
        "trips",
        [("Ishaya Audu", "KE", "1981-06-17", None), ("Kenneth Kaunda", "KE", "1981-06-21", None),
         ("Shehu Shagari", "KE", "1981-06-22", None)],
    ),
    (  # 'the incoming chairman of the OAU': a head of state in a body's rotating chair serves his state
        "Nigeria's President Shehu Shagari arrived in Nairobi yesterday and held talks with President Daniel "
        "arap Moi, the host and incoming chairman of the OAU.",
        "1981-06-23",
        "officials",
        [("Daniel arap Moi", "KE"), ("Shehu Shagari", "NG")],
    ),
    (  # 'the two Heads of State' after the ministers' session: the two heads named by then (not the
        # President of Zambia named after)
        "At the invitation of President Seretse Khama Ian Khama of Botswana, President Hage Geingob of "
        "Namibia "
        "paid a State Visit to Botswana from 14 to 16 June 2016.\n\nOn 14 June, Foreign Minister Pelonomi "
        "Venson-Moitoi of Botswana and Foreign Minister Netumbo Nandi-Ndaitwah of Namibia co-chaired a "
        "session "
        "of the Joint Permanent Commission.\n\nOn 15 June, the two Heads of State held official talks. They "
        "later held a telephone conversation with President Edgar Lungu of Zambia.",
        "2016-06-16",
        "meetings",
        [({"Pelonomi Venson-Moitoi", "Netumbo Nandi-Ndaitwah"}, "2016-06-14"),
         ({"Seretse Khama Ian Khama", "Hage Geingob"}, "2016-06-15"),
         ({"Seretse Khama Ian Khama", "Hage Geingob", "Edgar Lungu"}, "2016-06-15")],
    ),
    (  # a host who goes along on his guest's journey within his own country is with him on that leg
        # only: no trip home with the guest
        "At the invitation of President Seretse Khama Ian Khama of Botswana, President Hage Geingob of "
        "Namibia "
        "paid a State Visit to Botswana from 14 to 16 June 2016.\n\nDuring the visit, President Geingob, "
        "accompanied by President Khama, travelled to Francistown.\n\nPresident Geingob departed for "
        "Windhoek on 16 June 2016.",
        "2016-06-16",
        "trips",
        [("Hage Geingob", "BW", "2016-06-14", "2016-06-16")],
    ),
    (  # 'will co-chair a session of the Commission with X' (the parser hangs 'with' on the body)
        "Minister Naledi Pandor arrived in Gaborone on Monday. She will today co-chair a session of the "
        "Joint "
        "Permanent Commission with Foreign Minister Lemogang Kwape.",
        "2016-06-16",
        "meetings",
        [({"Naledi Pandor", "Lemogang Kwape"}, "2016-06-16")],
    ),
    (  # 'the two Ministers will co-chair the Fifth Meeting': one meeting, not the verb's and the noun's
        "Minister Surakiart will host a dinner in honour of the Cambodian Deputy Prime Minister, Hor "
        "Namhong, "
        "on Monday, 22 November 2004. On the following day, the two Ministers will co-chair the Fifth "
        "Meeting "
        "of the Joint Commission in Bangkok.",
        "2004-11-19",
        "meetings",
        [({"Surakiart", "Hor Namhong"}, "2004-11-22"), ({"Surakiart", "Hor Namhong"}, "2004-11-23")],
    ),
    (  # 'at State House, Dar es Salaam': the town in apposition to a venue places the talks, and the
        # visitor who 'arrived in the country' is there
        "President Benjamin Mkapa yesterday held official talks at State House, Dar es Salaam, with "
        "President "
        "Joaquim Chissano of Mozambique, who arrived in the country yesterday morning for a two-day working "
        "visit.",
        "2004-01-27",
        "places",
        [({"Benjamin Mkapa", "Joaquim Chissano"}, "Dar es Salaam")],
    ),
    (  # 'The two Prime Ministers, joined by A and B, will hold talks': all four (not only those joined)
        "Prime Minister Atal Behari Vajpayee arrived in Lahore yesterday and was received by Prime Minister "
        "Nawaz Sharif. The two Prime Ministers, joined by Foreign Minister Jaswant Singh and Foreign "
        "Minister "
        "Sartaj Aziz, will hold delegation-level talks this morning.",
        "1999-02-21",
        "meetings",
        [({"Atal Behari Vajpayee", "Nawaz Sharif"}, "1999-02-20"),
         ({"Atal Behari Vajpayee", "Nawaz Sharif", "Jaswant Singh", "Sartaj Aziz"}, "1999-02-21")],
    ),
    (  # 'attended the talks in Tokyo': the talks told in Tokyo, not a later session elsewhere
        "Tokyo (VNA) – Deputy Prime Minister Pham Binh Minh held talks with Japanese Foreign Minister Fumio "
        "Kishida in Tokyo yesterday. In Hanoi, Lao Prime Minister Thongsing Thammavong will co-chair the "
        "committee session with Prime Minister Nguyen Tan Dung today. The Vietnamese Ambassador to Japan, "
        "Nguyen Quoc Cuong, attended the talks in Tokyo.",
        "2015-09-15",
        "meetings",
        [({"Pham Binh Minh", "Fumio Kishida", "Nguyen Quoc Cuong"}, "2015-09-14"),
         ({"Thongsing Thammavong", "Nguyen Tan Dung"}, "2015-09-15")],
    ),
    (  # 'the Holy Father John Paul II' (the Pope's style), a time fronted before the subject that the
        # parser made the sentence's head, the 'Union of Soviet Socialist Republics' no person's name
        "Vatican City, 1 December 1989\n\nThis morning at 11 o'clock the Holy Father John Paul II received "
        "in "
        "audience in the Apostolic Palace His Excellency Mr. Mikhail Sergeyevich Gorbachev, Chairman of the "
        "Supreme Soviet of the Union of Soviet Socialist Republics, who is paying an official visit to "
        "Italy.",
        "1989-12-01",
        "places",
        [({"John Paul II", "Mikhail Sergeyevich Gorbachev"}, "Apostolic Palace")],
    ),
    (  # 'At the same time, X had a meeting with Y': while the encounter told before went on
        "On Friday Pope John Paul II received President Mikhail Gorbachev. At the same time, Foreign "
        "Minister "
        "Eduard Shevardnadze had a meeting with Cardinal Agostino Casaroli, Secretary of State.",
        "1989-12-01",
        "meetings",
        [({"John Paul II", "Mikhail Gorbachev"}, "1989-12-01"),
         ({"Eduard Shevardnadze", "Agostino Casaroli"}, "1989-12-01")],
    ),
    (  # 'A and B were among the guests' of the dinner just told; 'will breakfast with X'
        "Last night Prime Minister Menzies was host at a State dinner for the visitor, Prime Minister Kishi "
        "of Japan. The Leader of the Opposition, Dr. H. V. Evatt, and the Minister for External Affairs, Mr. "
        "R. G. Casey, were among the guests. This morning Mr. Kishi will breakfast with Mr. Casey.",
        "1957-12-05",
        "meetings",
        [({"Menzies", "Kishi", "H. V. Evatt", "R. G. Casey"}, "1957-12-04"), ({"Kishi", "R. G. Casey"},
                                                                            "1957-12-05")],
    ),
    (  # 'is among those invited' joins no encounter
        "Foreign Minister Carl Bildt will meet President John Atta Mills in Accra on Monday. Kwame Mensah, "
        "chairman of the Ghana Cocoa Exporters' Association, is among those invited.",
        "2009-10-08",
        "officials",
        [("Carl Bildt", "SE"), ("John Atta Mills", "GH")],
    ),
    (  # 'in the afternoon.' takes no day from the next sentence's 'Tomorrow'
        "LONDON — Mr. Per Borten, the Prime Minister of Norway, arrived last night. He will begin talks "
        "with the Prime Minister, Mr. Harold Wilson, this morning, and his Foreign Minister, Mr. John Lyng, "
        "will "
        "see the Foreign Secretary, Mr. Michael Stewart, in the afternoon.\n\nTomorrow Mr. Stewart will "
        "give a "
        "luncheon for the Norwegian Prime Minister.",
        "1968-10-15",
        "meetings",
        [({"Per Borten", "Harold Wilson"}, "1968-10-15"), ({"John Lyng", "Michael Stewart"}, "1968-10-15"),
         ({"Michael Stewart", "Per Borten"}, "1968-10-16")],
    ),
    (  # a companion's own return home ends his stay before the lead's; a fishermen's federation's
        # secretary is no official
        "LONDON — Mr. Per Borten, the Prime Minister of Norway, arrived at Heathrow last night for a "
        "four-day "
        "official visit to Britain. Mr. Borten is accompanied by his Foreign Minister, Mr. John Lyng. Mr. "
        "Lyng "
        "will return to Oslo tomorrow night. Mr. Robert Fraser, secretary of the Scottish Fishermen's "
        "Federation, said he hoped to see Mr. Borten.",
        "1968-10-15",
        "trips",
        [("John Lyng", "GB", "1968-10-14", "1968-10-16"), ("Per Borten", "GB", "1968-10-14", "1968-10-17")],
    ),
    (  # 'The tour ends in Paramaribo on May 24': the stop's last day (planned), not its first; 'before
        # going on to Georgetown' after a later day told between: no day of its own
        "Cuban Foreign Minister Roberto Robaina is on a Caribbean tour. On Thursday Robaina travels to Port "
        "of "
        "Spain, where he is due to meet Prime Minister Basdeo Panday on Friday, before going on to "
        "Georgetown, "
        "Guyana. The tour ends in Paramaribo on May 24.",
        "1996-05-15",
        "trips",
        [("Roberto Robaina", "GY", None, None), ("Roberto Robaina", "SR", None, "1996-05-24"),
         ("Roberto Robaina", "TT", "1996-05-16", None)],
    ),
    (  # a regnal number ('Haile Selassie I') is no first-person 'I' of a header's name: the release
        # speaks for the country it is filed from
        "Programme of the State Visit of Marshal Josip Broz Tito, President of Yugoslavia\nAddis Ababa, 14 "
        "December 1955\n\nMarshal Tito will pay a State Visit to Ethiopia from 15 to 20 December 1955, at "
        "the "
        "invitation of His Imperial Majesty Haile Selassie I, Emperor of Ethiopia.\n\nFriday, 16 December\n"
        "10.00 Conversations between the Minister of Foreign Affairs, Ato Aklilu Habte-Wold, and the State "
        "Secretary for Foreign Affairs of Yugoslavia, Mr. Koča Popović.",
        "1955-12-14",
        "officials",
        [("Aklilu Habte-Wold", "ET"), ("Haile Selassie I", "ET"), ("Josip Broz Tito", "YU"),
         ("Koča Popović", "YU")],
    ),
    (  # 'the Secretary-General of ASEAN, His Excellency Mr. X'; 'On the margins of the Summit, X will hold
        # a meeting with A, and will meet B': both on the summit's day
        "Prime Minister Helen Clark of New Zealand will attend the ASEAN Summit to be held in Vientiane on "
        "30 "
        "November. On the margins of the Summit, Prime Minister Clark will hold a bilateral meeting with the "
        "Prime Minister of Australia, John Howard, and will meet the Secretary-General of ASEAN, His "
        "Excellency Mr. Ong Keng Yong.",
        "2004-11-26",
        "meetings",
        [({"Helen Clark", "John Howard"}, "2004-11-30"), ({"Helen Clark", "Ong Keng Yong"}, "2004-11-30")],
    ),
    (  # 'his first visit to the Gulf region' is no trip to Papua New Guinea's Gulf Province
        "Minister of State for External Affairs M.J. Akbar will pay an official visit to Bahrain from 24 to "
        "25 October 2016. This will be his first visit to the Gulf region.",
        "2016-10-23",
        "trips",
        [("M.J. Akbar", "BH", "2016-10-24", "2016-10-25")],
    ),
    (  # talks 'there' on a day a dated stay holds: that stay's country, not a later leg's that is undated
        "Cuban Foreign Minister Roberto Robaina began the tour in Jamaica, arriving in Kingston last "
        "Thursday. "
        "On Friday he held talks there with Prime Minister P. J. Patterson. On Thursday Robaina travels to "
        "Port of Spain, before going on to Georgetown, Guyana. The tour ends in Paramaribo on May 24.",
        "1996-05-15",
        "officials",
        [("P. J. Patterson", "JM"), ("Roberto Robaina", "CU")],
    ),
    (  # 'travels to Damascus this evening for talks with X on Tuesday': the talks' own day; 'they saw his
        # tour as a sign' is no encounter
        "AMMAN — Spanish Foreign Minister Miguel Ángel Moratinos arrived in Amman on Sunday. The Spanish "
        "minister travels to Damascus this evening for talks with President Bashar Assad on Tuesday, and on "
        "Wednesday goes on to Beirut, where he is expected to meet Prime Minister Saad Hariri. Officials "
        "said "
        "they saw his tour as a sign that Europe intended to play a larger part.",
        "2010-03-08",
        "meetings",
        [({"Miguel Ángel Moratinos", "Bashar Assad"}, "2010-03-09"),
         ({"Miguel Ángel Moratinos", "Saad Hariri"}, "2010-03-10")],
    ),
    (  # a transcript's speaker label 'SPOKESPERSON (Name):' titles the name
        "Weekly press briefing\nAsunción, Thursday 12 March 2026\n\nSPOKESPERSON (Mariela Duarte Acosta): "
        "Good "
        "morning. The Minister of Foreign Affairs, Rubén Ramírez Lezcano, returned last night from Brasília.",
        "2026-03-12",
        "officials",
        [("Mariela Duarte Acosta", "PY"), ("Rubén Ramírez Lezcano", "PY")],
    ),
    (  # 'In the afternoon' right after a sentence dated 'On Monday morning' is that Monday, not the day
        # of its participant's last meeting told before; 'followed by a luncheon that X will offer in his
        # honour': the guest's, on the talks' day
        "On Tuesday Foreign Minister Rubén Ramírez Lezcano of Paraguay had a working breakfast in Brasília "
        "with "
        "Brazil's Foreign Minister, Mauro Vieira.\n\nPresident Yamandú Orsi of Uruguay will arrive in "
        "Asunción "
        "on Sunday, accompanied by Foreign Minister Mario Lubetkin. On Monday morning, President Santiago "
        "Peña "
        "will receive President Orsi at the Palacio de López for official talks, followed by a luncheon that "
        "President Peña will offer in his honour. In the afternoon, Minister Ramírez Lezcano and Minister "
        "Lubetkin will hold a working meeting.",
        "2026-03-12",
        "meetings",
        [({"Rubén Ramírez Lezcano", "Mauro Vieira"}, "2026-03-10"),
         ({"Santiago Peña", "Yamandú Orsi"}, "2026-03-16"), ({"Santiago Peña", "Yamandú Orsi"}, "2026-03-16"),
         ({"Rubén Ramírez Lezcano", "Mario Lubetkin"}, "2026-03-16")],
    ),
    (  # 'will host a breakfast for X this morning before the delegation flies to Tarawa': the parser hangs
        # the time on the later clause; 'Vanuatu, Papua New Guinea' (the NER's one name) are two stops
        "China's Foreign Minister Wang Yi arrived in Honiara yesterday afternoon. Foreign Minister Jeremiah "
        "Manele will host a breakfast for Mr Wang this morning before the Chinese delegation flies to "
        "Tarawa, "
        "Kiribati. The tour will also take Mr Wang to Samoa, Tonga, Vanuatu, Papua New Guinea and "
        "Timor-Leste.",
        "2022-05-27",
        "trips",
        [("Wang Yi", "KI", "2022-05-27", None), ("Wang Yi", "PG", None, None),
         ("Wang Yi", "SB", "2022-05-26", "2022-05-27"),
         ("Wang Yi", "TL", None, None), ("Wang Yi", "TO", None, None), ("Wang Yi", "VU", None, None),
         ("Wang Yi", "WS", None, None)],
    ),
    (
        "China's Foreign Minister Wang Yi arrived in Honiara yesterday afternoon. Foreign Minister Jeremiah "
        "Manele will host a breakfast for Mr Wang this morning before the Chinese delegation flies to "
        "Tarawa.",
        "2022-05-27",
        "meetings",
        [({"Jeremiah Manele", "Wang Yi"}, "2022-05-27")],
    ),
    (  # 'The tour ends in Cairo on Friday' ends the tour's stop, not the stay found last ('spent the day
        # in Islamabad')
        "TEHRAN, 26/09 (BELGA) - Belgian Foreign Minister Louis Michel arrived in Tehran on Wednesday "
        "morning, "
        "having left Islamabad late on Tuesday.\n\nOn Tuesday Michel spent the day in Islamabad, where he "
        "held "
        "talks with President Pervez Musharraf.\n\nThe tour ends in Cairo on Friday.",
        "2001-09-26",
        "trips",
        [("Louis Michel", "EG", None, "2001-09-28"), ("Louis Michel", "IR", "2001-09-26", None),
         ("Louis Michel", "PK", "2001-09-25", "2001-09-25")],
    ),

    (  # 'X, who flew in on Monday, was later guest of honour at a luncheon': 'later' is the day of the
        # sentence before, not of the arrival told in passing
        "BRIDGETOWN, Barbados, May 15 (CANA) — Cuban Foreign Minister Roberto Robaina held talks here "
        "yesterday with Prime Minister Owen Arthur.\n\nRobaina, who flew in from Kingston on Monday, was "
        "later "
        "guest of honour at a luncheon hosted by Foreign Minister Billie Miller.",
        "1996-05-15",
        "meetings",
        [({"Roberto Robaina", "Owen Arthur"}, "1996-05-14"),
         ({"Roberto Robaina", "Billie Miller"}, "1996-05-14")],
    ),
    (  # 'The two Frontline leaders' after a sentence whose two clauses have one head of state each as
        # subject: those two (not the pair of the talks told before)
        "Nigeria's President Shehu Shagari arrived in Nairobi yesterday and held talks last night with "
        "President "
        "Daniel arap Moi.\n\nZambia's President Kenneth Kaunda has been in the city since Sunday, and "
        "Tanzania's "
        "President Julius Nyerere is expected to fly in this afternoon. The two Frontline leaders will meet "
        "tomorrow morning.",
        "1981-06-23",
        "meetings",
        [({"Shehu Shagari", "Daniel arap Moi"}, "1981-06-22"),
         ({"Kenneth Kaunda", "Julius Nyerere"}, "1981-06-24")],
    ),

    (  # 'had a breakfast meeting at his hotel with X': the hotel is where the visitor stays, so the
        # meeting is at his stop (and X, foreign there, travelled to it)
        "AMMAN — Spanish Foreign Minister Miguel Ángel Moratinos arrived in Amman on Sunday for a two-day "
        "visit.\n\nEarlier on Sunday, Moratinos had a breakfast meeting at his hotel with chief Palestinian "
        "negotiator Saeb Erekat.",
        "2010-03-08",
        "trips",
        [("Miguel Ángel Moratinos", "JO", "2010-03-07", "2010-03-08"), ("Saeb Erekat", "JO", None, None)],
    ),
    (  # 'The tour will also take him to A, B and C before it ends on June 4': the last leg's end
        "China's Foreign Minister Wang Yi arrived in Honiara yesterday afternoon for a two-day visit. The "
        "tour "
        "will also take Mr Wang to Samoa, Tonga and Timor-Leste before it ends on June 4.",
        "2022-05-27",
        "trips",
        [("Wang Yi", "SB", "2022-05-26", "2022-05-27"), ("Wang Yi", "TL", None, "2022-06-04"),
         ("Wang Yi", "TO", None, None), ("Wang Yi", "WS", None, None)],
    ),

    (  # 'where he will be the guest of the Secretary of State for Scotland, Mr. William Ross': an encounter
        # with the host, on the day of the journey there; the guest of one's own ambassador is none
        "LONDON — Mr. Per Borten, the Prime Minister of Norway, arrived last night. On Thursday Mr. Borten "
        "will fly to Aberdeen, where he will be the guest of the Secretary of State for Scotland, Mr. "
        "William "
        "Ross.\n\nNorway's Foreign Minister, Mr. John Lyng, who arrived with him, is the guest of the "
        "Norwegian "
        "Ambassador, Mr. Paul Koht.",
        "1968-10-15",
        "meetings",
        [({"Per Borten", "William Ross"}, "1968-10-17")],
    ),

    (  # 'received a telephone call yesterday from X' (the parser hangs 'from X' on the verb)
        "King Faisal received a telephone call yesterday from President Mohammed Anwar El-Sadat of Egypt.",
        "1974-10-13",
        "meetings",
        [({"Faisal", "Mohammed Anwar El-Sadat"}, "1974-10-12")],
    ),

    (  # 'He will leave the country on Wednesday': leaving the stay's country (no place named) ends it
        "President Kenneth Kaunda of Zambia arrived in Nairobi on Sunday for a state visit. He will leave "
        "the "
        "country on Wednesday.",
        "1981-06-23",
        "trips",
        [("Kenneth Kaunda", "KE", "1981-06-21", "1981-06-24")],
    ),
    (  # a cabled dispatch's weekday dateline is the day its 'this afternoon' speaks from
        "Evatt In Paris\n\nPARIS, Monday.—The Minister for External Affairs, Dr. H. V. Evatt, arrived in "
        "Paris by air this afternoon from London.",
        "1946-07-30",
        "trips",
        [("H. V. Evatt", "FR", "1946-07-29", None)],
    ),
    (  # a participle arrival goes where the journey it hangs on goes, not to the dateline's place
        "PM to see Heath\n\nCANBERRA, Wednesday. — The Prime Minister, Mr William McMahon, will fly to "
        "Washington at the end of the month. From Washington Mr McMahon will go on to London, arriving on "
        "November 4 for a three-day stay.",
        "1971-10-14",
        "trips",
        [("William McMahon", "GB", "1971-11-04", "1971-11-06"), ("William McMahon", "US", None, None)],
    ),
    (  # 'M.' before a French official's name is the French style; before a Bangladeshi's, an initial
        "The conference was opened by the French Premier (M. Georges Bidault). Finance Minister M. Saifur "
        "Rahman of Bangladesh also spoke.",
        "1946-07-30",
        "officials",
        [("Georges Bidault", "FR"), ("M. Saifur Rahman", "BD")],
    ),
    (  # a name in parentheses after its title
        "On Friday Dr. H. V. Evatt, the Australian Minister for External Affairs, had a long talk in London "
        "with the Dominions Secretary (Lord Addison).",
        "1946-07-30",
        "meetings",
        [({"H. V. Evatt", "Lord Addison"}, "1946-07-26")],
    ),
    (  # 'was host to X at dinner'; a dinner at a legation is no visit to the legation's country
        "PARIS, Monday.—Dr. H. V. Evatt, the Australian Minister for External Affairs, arrived today. "
        "Tonight the New Zealand Prime Minister (Mr. Peter Fraser) was host to Dr. Evatt at dinner at the "
        "New Zealand Legation.",
        "1946-07-30",
        "hosts",
        [({"Peter Fraser", "H. V. Evatt"}, "1946-07-29", "Peter Fraser")],
    ),
    (  # (the same: Evatt's only trip is to France)
        "PARIS, Monday.—Dr. H. V. Evatt, the Australian Minister for External Affairs, arrived today. "
        "Tonight the New Zealand Prime Minister (Mr. Peter Fraser) was host to Dr. Evatt at dinner at the "
        "New Zealand Legation.",
        "1946-07-30",
        "trips",
        [("H. V. Evatt", "FR", "1946-07-29", None)],
    ),
    (  # the president of a friendship association is no official
        "Prime Minister Chou En-lai of China arrived in Colombo yesterday. The arrangements were in the "
        "hands of Mr. S. P. Amarasingham, President of the Ceylon-China Friendship Association.",
        "1957-02-01",
        "officials",
        [("Chou En-lai", "CN")],
    ),
    (  # 'Amir' after 'Mr.' is a given name
        "Mr. Amir Jamal, Tanzania's Minister for Finance, came to Kampala on Saturday for talks with Mr. Sam "
        "Odaka, the Uganda Minister of Foreign Affairs.",
        "1967-06-06",
        "officials",
        [("Amir Jamal", "TZ"), ("Sam Odaka", "UG")],
    ),
    (  # 'in his guest's honour': the visitor
        "Prime Minister Menachem Begin of Israel flies to Cairo this morning. He and President Anwar Sadat "
        "will hold talks at the palace this afternoon. In the evening the Egyptian president will give a "
        "dinner in his guest's honour.",
        "1979-04-02",
        "hosts",
        [({"Menachem Begin", "Anwar Sadat"}, "1979-04-02", None),
         ({"Menachem Begin", "Anwar Sadat"}, "1979-04-02", "Anwar Sadat")],
    ),
    (  # 'at some point during the visit' gives the meeting no day
        "Israeli Defence Minister Ezer Weizman flies to Cairo today. Dayan will hold talks tomorrow morning "
        "with Egyptian Prime Minister Mustafa Khalil. Weizman is expected to see his Egyptian counterpart, "
        "Defence Minister Kamal Hassan Ali, at some point during the visit.",
        "1979-04-02",
        "meetings",
        [({"Ezer Weizman", "Kamal Hassan Ali"}, None)],
    ),
    (  # a visit told as held, with its own day, outlives a return visit put off
        "Israeli Prime Minister Menachem Begin flies to Cairo today for talks with President Anwar Sadat of "
        "Egypt. It returns the visit that Sadat paid to Jerusalem in November 1977. A return visit by Sadat "
        "to Israel, pencilled in for later this month, has been put off.",
        "1979-04-02",
        "trips",
        [("Anwar Sadat", "IL", None, None), ("Menachem Begin", "EG", "1979-04-02", None)],
    ),
    (  # 'Before the speech he was received by X': the day the sentence before tells of
        "The trip of Ukraine's President Viktor Yushchenko began on Monday with talks in the Oval Office "
        "with President George W. Bush. The high point came on Wednesday, when Yushchenko addressed a joint "
        "meeting of Congress. Before the speech he was received in the Capitol by House Speaker Dennis "
        "Hastert.",
        "2005-04-07",
        "meetings",
        [({"Viktor Yushchenko", "George W. Bush"}, "2005-04-04"),
         ({"Viktor Yushchenko", "Dennis Hastert"}, "2005-04-06")],
    ),
    (  # 'in Chicago today, where he will meet X' (the parser hangs the 'where' clause on the main verb)
        "Ukraine's President Viktor Yushchenko is due to end a four-day visit to the United States in "
        "Chicago today, where he will meet Illinois Governor Rod Blagojevich and speak to the community.",
        "2005-04-07",
        "meetings",
        [({"Viktor Yushchenko", "Rod Blagojevich"}, "2005-04-07")],
    ),
    (  # 'Ecuadorean'; an arrival with no place told, no dateline, is in the country the story speaks from
        "Leaders arrive for summit\n\nCuban President Raúl Castro is expected to land tonight on his first "
        "visit to Costa Rica. Ecuadorean President Rafael Correa arrived Monday morning. Costa Rica's "
        "Foreign Minister Manuel González met Venezuelan Foreign Minister Delcy Rodríguez on Monday night.",
        "2015-01-27",
        "trips",
        [("Rafael Correa", "CR", "2015-01-26", None), ("Raúl Castro", "CR", "2015-01-27", None)],
    ),
    (  # an unmarked minister serves the country the marked visitors come to, though its own foreign
        # minister is marked too; 'the General Cañas Highway' is a road
        "Leaders arrive for summit\n\nCuban President Raúl Castro is expected to land tonight on his first "
        "visit to Costa Rica. Costa Rica's Foreign Minister Manuel González will greet him. Public Security "
        "Minister Celso Gamboa said several roads along the General Cañas Highway will be closed.",
        "2015-01-27",
        "officials",
        [("Celso Gamboa", "CR"), ("Manuel González", "CR"), ("Raúl Castro", "CU")],
    ),
    (  # 'The delegation, which includes X' goes where the journey told just before goes
        "Prime Minister KP Sharma Oli of Nepal is leaving for Beijing this afternoon on a four-day official "
        "visit to China. The delegation, which includes Foreign Minister Arzu Rana Deuba, will return to "
        "Kathmandu on Thursday evening. Oli last travelled abroad in September, when he attended the UN "
        "General Assembly in New York.",
        "2024-12-02",
        "trips",
        [("Arzu Rana Deuba", "CN", "2024-12-02", "2024-12-05"), ("KP Sharma Oli", "CN", "2024-12-02",
                                                                 "2024-12-05"),
         ("KP Sharma Oli", "US", None, None)],
    ),
    (  # 'talks on Tuesday, after which Li will host a banquet': two encounters, the talks not Li's
        "Prime Minister KP Sharma Oli of Nepal is leaving for Beijing this afternoon. The prime minister "
        "will hold talks with Premier Li Qiang at the Great Hall of the People on Tuesday, after which Li "
        "will host a banquet in his honour.",
        "2024-12-02",
        "hosts",
        [({"KP Sharma Oli", "Li Qiang"}, "2024-12-03", None),
         ({"KP Sharma Oli", "Li Qiang"}, "2024-12-03", "Li Qiang")],
    ),
    (  # a return 'from his home district' ends no trip abroad
        "Prime Minister KP Sharma Oli of Nepal attended the UN General Assembly in New York in September. "
        "The prime minister returned to the capital on Saturday from his home district of Jhapa.",
        "2024-12-02",
        "trips",
        [("KP Sharma Oli", "US", None, None)],
    ),
    (  # the host's minister escorting 'the two Ministers' of two countries serves the host
        "Communiqué\n\nMinistry of Foreign Affairs of the Republic of Turkey\n\nAnkara, 27 February 1953\n\n"
        "Mr. Stephanos Stephanopoulos, Minister of Foreign Affairs of Greece, and Mr. Koča Popović, "
        "Secretary of State for Foreign Affairs of Yugoslavia, arrived in Ankara today. This afternoon the "
        "two Ministers, accompanied by Professor Fuat Köprülü, Minister of Foreign Affairs, were received at "
        "Çankaya by the President of the Republic, Mr. Celâl Bayar.",
        "1953-02-27",
        "officials",
        [("Celâl Bayar", "TR"), ("Fuat Köprülü", "TR"), ("Koča Popović", "YU"),
         ("Stephanos Stephanopoulos", "GR")],
    ),
    (  # 'Royal Afghan Ministry of Foreign Affairs' speaks for Afghanistan; 'Their Majesties' the King
        "Programme of the State Visit\n\nRoyal Afghan Ministry of Foreign Affairs\nPress Department\n\n"
        "His Majesty Mohammed Zahir Shah, King of Afghanistan, will pay a State visit to the United States "
        "in September. In the evening of 5 September President John F. Kennedy will give a State dinner in "
        "honour of Their Majesties. During the absence of His Majesty, the Prime Minister, Dr. Mohammad "
        "Yusuf, will remain in Kabul.",
        "1963-08-29",
        "hosts",
        [({"John F. Kennedy", "Mohammed Zahir Shah"}, "1963-09-05", "John F. Kennedy")],
    ),
    (  # (the same: the unmarked Prime Minister serves the issuing government)
        "Programme of the State Visit\n\nRoyal Afghan Ministry of Foreign Affairs\nPress Department\n\n"
        "His Majesty Mohammed Zahir Shah, King of Afghanistan, will pay a State visit to the United States "
        "in September. In the evening of 5 September President John F. Kennedy will give a State dinner in "
        "honour of Their Majesties. During the absence of His Majesty, the Prime Minister, Dr. Mohammad "
        "Yusuf, will remain in Kabul.",
        "1963-08-29",
        "officials",
        [("John F. Kennedy", "US"), ("Mohammad Yusuf", "AF"), ("Mohammed Zahir Shah", "AF")],
    ),
    (  # a bare weekday is the date of that weekday the paragraph named; a slot's 'In the morning' its day
        "Programme\n\nHis Majesty Mohammed Zahir Shah, King of Afghanistan, will pay a State visit to the "
        "United States in September.\n\nThursday, 5 September: In the evening President John F. Kennedy will "
        "give a State dinner in honour of His Majesty.\n\nFriday, 6 September: In the morning the Secretary "
        "of State, Mr. Dean Rusk, will call on His Majesty.\n\nSaturday, 7 September, to Monday, 9 "
        "September: New York. On Monday His Majesty will call on the Secretary-General of the United "
        "Nations, U Thant.",
        "1963-08-29",
        "meetings",
        [({"John F. Kennedy", "Mohammed Zahir Shah"}, "1963-09-05"),
         ({"Dean Rusk", "Mohammed Zahir Shah"}, "1963-09-06"),
         ({"Mohammed Zahir Shah", "U Thant"}, "1963-09-09")],
    ),
    (  # 'Thursday 22 and Friday 23 October': the month told once; 'on Thursday' then that Thursday
        "Programme\n\nThe President of the Republic, Mr. François Mitterrand, will take part in the meeting "
        "in Cancún.\n\nThursday 22 and Friday 23 October: International Meeting on Cooperation and "
        "Development. On the margins of the meeting, the President will hold a bilateral meeting with the "
        "President of the United States, Mr. Ronald Reagan, on Thursday.",
        "1981-10-16",
        "meetings",
        [({"François Mitterrand", "Ronald Reagan"}, "1981-10-22")],
    ),
    (  # 'the President and Mrs. López Portillo' is the President López Portillo; a day's line 'Saturday 8
        # October.' dates its slot
        "Programme\n\nAt the invitation of His Majesty King Juan Carlos I, the President of the United "
        "Mexican States, Mr. José López Portillo, will pay a State visit to Spain from Saturday 8 to Friday "
        "14 October.\n\nSaturday 8 October. 17.00: arrival at Barajas Airport, where Their Majesties the "
        "King and Queen will welcome the President and Mrs. López Portillo.\n\nMonday 10 October. In the "
        "morning the President of the Government, Mr. Adolfo Suárez, will hold talks with the President of "
        "Mexico.",
        "1977-10-07",
        "meetings",
        [({"Juan Carlos I", "José López Portillo"}, "1977-10-08"),
         ({"Adolfo Suárez", "José López Portillo"}, "1977-10-10")],
    ),
    (  # a one-day visit's own day dates the meeting 'during which' (a visit of two days does not)
        "President of Latvia Vaira Vīķe-Freiberga will pay a state visit to Lithuania on 24 and 25 November, "
        "during which she will meet President Valdas Adamkus. On the evening of 25 November the President "
        "will travel to Tallinn for a working visit to Estonia on 26 November, during which she will meet "
        "President Lennart Meri.",
        "1999-11-19",
        "meetings",
        [({"Vaira Vīķe-Freiberga", "Valdas Adamkus"}, None), ({"Vaira Vīķe-Freiberga", "Lennart Meri"},
                                                              "1999-11-26")],
    ),
    (  # 'on Tuesday 28 and Wednesday 29 May': two days, the month told once
        "The Special Envoy of the UN Secretary-General for the Great Lakes Region, Mrs. Mary Robinson, will "
        "visit Rwanda on Tuesday 28 and Wednesday 29 May.",
        "2013-05-22",
        "trips",
        [("Mary Robinson", "RW", "2013-05-28", "2013-05-29")],
    ),
    (  # 'the Heads of State' (no number) are the two heads named; 'their telephone conversation' theirs;
        # 'the heads of leading companies' are none
        "At the invitation of the President of the Republic of Korea, Mr. Lee Jae-myung, the President of "
        "the Republic of Uzbekistan, Mr. Shavkat Mirziyoyev, paid a state visit to Korea from 14 to 16 April "
        "2026. On 15 April the Heads of State held talks in Seoul. On 14 April the Ministers of Foreign "
        "Affairs, Bakhtiyor Saidov and Cho Hyun, held consultations. President Mirziyoyev also received the "
        "heads of leading Korean companies. The Heads of State recalled their telephone conversation of 2 "
        "April 2026.",
        "2026-04-16",
        "meetings",
        [({"Lee Jae-myung", "Shavkat Mirziyoyev"}, "2026-04-15"), ({"Bakhtiyor Saidov", "Cho Hyun"},
                                                                   "2026-04-14"),
         ({"Lee Jae-myung", "Shavkat Mirziyoyev"}, "2026-04-02")],
    ),
    (  # a rank between a title's comma and the name ('..., Ambassador X'); 'newly appointed' is of the
        # title; the title a 'with' names stands for the holder apposed to it
        "Press release\n\nThe Minister of Foreign Affairs of Rwanda, Hon. Louise Mushikiwabo, yesterday held "
        "talks in Kigali with Kenya's newly appointed Cabinet Secretary for Foreign Affairs, Ambassador "
        "Amina Mohamed, who arrived on Monday.",
        "2013-05-22",
        "meetings",
        [({"Louise Mushikiwabo", "Amina Mohamed"}, "2013-05-21")],
    ),
    (
        "Press release\n\nThe Minister of Foreign Affairs of Rwanda, Hon. Louise Mushikiwabo, yesterday held "
        "talks in Kigali with Kenya's newly appointed Cabinet Secretary for Foreign Affairs, Ambassador "
        "Amina Mohamed, who arrived on Monday.",
        "2013-05-22",
        "titles",
        [("Louise Mushikiwabo", ["Minister of Foreign Affairs of Rwanda"]),
         ("Amina Mohamed", ["Ambassador", "newly appointed Cabinet Secretary for Foreign Affairs"])],
    ),
    (  # 'a few hours later': the day told before
        "Ecuadorean President Rafael Correa arrived in Costa Rica on Monday morning. President Luis "
        "Guillermo Solís of Costa Rica hosted him for a working lunch at Casa Presidencial a few hours "
        "later.",
        "2015-01-27",
        "meetings",
        [({"Luis Guillermo Solís", "Rafael Correa"}, "2015-01-26")],
    ),
    (  # 'the Minister of Foreign Affairs, A, the Minister of Trade, B': a list, not A's apposition
        "The President of Uzbekistan, Shavkat Mirziyoyev, was accompanied by the Minister of Foreign "
        "Affairs, Bakhtiyor Saidov, the Minister of Investment, Industry and Trade, Laziz Kudratov, and "
        "heads of ministries.",
        "2026-04-16",
        "titles",
        [("Shavkat Mirziyoyev", ["President of Uzbekistan"]),
         ("Bakhtiyor Saidov", ["Minister of Foreign Affairs"]),
         ("Laziz Kudratov", ["Minister of Investment, Industry and Trade"])],
    ),
    (  # a day right after a companion's 'who' clause is its meeting's (the parser hangs it on 'accompanied')
        "President of Latvia Vaira Vīķe-Freiberga will pay a state visit to Lithuania on 24 and 25 November. "
        "The President will be accompanied by Foreign Minister Indulis Bērziņš, who will hold consultations "
        "with his Lithuanian counterpart, Algirdas Saudargas, on Wednesday, 24 November, in the afternoon.",
        "1999-11-19",
        "meetings",
        [({"Indulis Bērziņš", "Algirdas Saudargas"}, "1999-11-24")],
    ),
    (  # the first arrival in a country starts the trip ('reached Istanbul yesterday' before 'arrived in
        # Ankara this morning')
        "Communiqué\n\nAnkara, 27 February 1953\n\nMr. Koča Popović, Secretary of State for Foreign Affairs "
        "of Yugoslavia, arrived in Ankara today. Mr. Popović, who reached Istanbul by air from Belgrade "
        "yesterday, arrived in Ankara by the overnight train this morning.",
        "1953-02-27",
        "trips",
        [("Koča Popović", "TR", "1953-02-26", None)],
    ),
    (  # 'with X, whose government has criticised ...': X is met (the parser makes X the relative's subject)
        "Barbados Prime Minister Owen Arthur said he had discussed the Cuban visit by telephone on Monday "
        "with Canadian Prime Minister Jean Chrétien, whose government, like those of the region, has "
        "criticised the law.",
        "1996-05-15",
        "meetings",
        [({"Owen Arthur", "Jean Chrétien"}, "1996-05-13")],
    ),
    (  # a programme's '11.30: Courtesy call on X' is the visitor's
        "Programme of the visit\n\nThe Right Honourable Helen Clark, Prime Minister of New Zealand, will pay "
        "an official visit to the Lao PDR from 28 November to 1 December 2004.\n\nMonday, 29 "
        "November\n11.30: Courtesy call on His Excellency Mr. Khamtay Siphandone, President of the Lao PDR, "
        "at the Presidential Palace.",
        "2004-11-26",
        "meetings",
        [({"Helen Clark", "Khamtay Siphandone"}, "2004-11-29")],
    ),
    (  # 'Police General' is a rank, not the Polish town of Police; a minister back home 'from a tour of'
        # provinces at home is at home; a journalist's 'the Lao Government hoped' speaks for no seat
        "Lao Premier here on visit\n\nThe Prime Minister of the Kingdom of Laos, Mr. Khamsing Phommachanh, "
        "arrived at Don Muang airport yesterday afternoon at the start of a five-day official visit to "
        "Thailand. A Lao journalist travelling with the party, Mr. Sisouk Vongphachanh, told the "
        "Bangkok Post "
        "that the Lao Government hoped to obtain the use of a free zone in the port of Bangkok. Meanwhile, "
        "the Minister of the Interior, Police General Chalerm Rattanawong, returned to Bangkok "
        "yesterday from "
        "a tour of the north-eastern border provinces of Nong Khai and Nakhon Phanom.",
        "1955-02-23",
        "officials",
        [("Chalerm Rattanawong", "TH"), ("Khamsing Phommachanh", "LA")],
    ),
    (  # 'the High Commissioner for Ireland in London' serves Ireland; a British Secretary of State's
        # department names its government
        "The Minister for External Affairs, Mr. Declan Fitzmaurice, left Dún Laoghaire last night on his way "
        "to London, where he is to have discussions with members of the British Government.\n\nMr. "
        "Fitzmaurice will meet the Secretary of State for Commonwealth Relations, Mr. Harold Pennington, "
        "tomorrow. The High Commissioner for Ireland in London, Mr. John Rowan, will join the "
        "Minister for the "
        "talks.",
        "1948-11-10",
        "officials",
        [("Declan Fitzmaurice", "IE"), ("Harold Pennington", "GB"), ("John Rowan", "IE")],
    ),
    (  # 'from 5 to 9 December 1956': the model tags the second, dated day only
        "The Prime Minister of Ceylon, Mr. Wilfred Abeykoon, will pay a State visit to the Union of Burma "
        "from 5 to 9 December 1956.",
        "1956-12-03",
        "trips",
        [("Wilfred Abeykoon", "MM", "1956-12-05", "1956-12-09")],
    ),
    (  # 'the Hon'ble Mr. X' between a title and its verb is the subject; the one who returns to his own
        # capital travels no abroad, nor does one whose visit is put off: the release is the host's
        "The Prime Minister of Ceylon, the Hon'ble Mr. Wilfred Dias Abeykoon, will pay a State visit to the "
        "Union of Burma from 5 to 9 December 1956. The Ambassador of the Union of Burma in Colombo, "
        "U Hla Pe, "
        "who has returned to Rangoon for the visit, will be attached to the party. U Thein Maung's own visit "
        "to Ceylon was postponed. 13.00 Luncheon given by the Minister for Foreign Affairs, U Tin Aung Hla, "
        "in honour of the Prime Minister of Ceylon.",
        "1956-12-03",
        "officials",
        [("U Hla Pe", "MM"), ("U Tin Aung Hla", "MM"), ("Wilfred Dias Abeykoon", "LK")],
    ),
    (  # 'between the Minister of Trade and Commerce of Ceylon and the Minister of Commerce of the Union of
        # Burma, X': two holders, each of his own portfolio
        "The Prime Minister of Ceylon, Mr. Wilfred Abeykoon, will visit Burma on 5 December, accompanied by "
        "the Minister of Trade and Commerce of Ceylon, Mr. S. A. Wickremasuriya.\n\nThursday, 6 December\n"
        "10.00 Discussions between the Minister of Trade and Commerce of Ceylon and the Minister of Commerce "
        "of the Union of Burma, U Kyaw Nyunt, Ministry of Commerce.",
        "1956-12-01",
        "meetings",
        [({"S. A. Wickremasuriya", "U Kyaw Nyunt"}, "1956-12-06")],
    ),
    (  # 'The Foreign Ministers of Guinea and Mali arrived ...': the two named next 'of Guinea', 'of Mali'
        # (the French 'M.' known by the country after the name, and later alone)
        "The Foreign Ministers of Guinea and Mali arrived in Accra yesterday for a three-day "
        "visit.\n\nM. Fodé "
        "Lamine Condé of Guinea and M. Bakary Coulibaly of Mali flew in together from Conakry. M. Coulibaly "
        "said the Union needed deeds.",
        "1963-05-15",
        "trips",
        [("Bakary Coulibaly", "GH", "1963-05-14", "1963-05-16"), ("Fodé Lamine Condé", "GH", "1963-05-14",
                                                                   "1963-05-16")],
    ),
    (  # 'the talks between the two visitors and Ghana's Minister of Foreign Affairs, Mr. X'; 'to attend the
        # preparatory meeting of African Foreign Ministers' joins no talks told before
        "M. Fodé Condé, Foreign Minister of Guinea, and M. Bakary Coulibaly, Foreign Minister of "
        "Mali, arrived "
        "in Accra yesterday. The talks between the two visitors and Ghana's Minister of Foreign Affairs, Mr. "
        "Kofi Asante Boakye, opened this morning. Yesterday afternoon M. Condé had a separate "
        "meeting with the "
        "Minister of Trade, Mr. Emmanuel Bediako. Mr. Boakye is to leave for Addis Ababa on Saturday "
        "to attend "
        "the preparatory meeting of African Foreign Ministers.",
        "1963-05-15",
        "meetings",
        [({"Kofi Asante Boakye", "Fodé Condé", "Bakary Coulibaly"}, "1963-05-15"),
         ({"Fodé Condé", "Emmanuel Bediako"}, "1963-05-14")],
    ),
    (  # 'proposals for ... a joint stand at the forthcoming conference': no encounter of theirs; 'The two
        # sides welcomed the visit paid to Tunis by X': another's visit, no meeting with him
        "Prime Minister Ahmed Ben Romdhane of Tunisia and Prime Minister Joseph Camilleri Zammit of Malta "
        "examined proposals for a joint stand at the forthcoming conference of Mediterranean states. The two "
        "sides welcomed the visit paid to Tunis in March by the Maltese Minister of Labour, Mr. Carmelo "
        "Azzopardi.",
        "1971-05-17",
        "meetings",
        [],
    ),
    (  # 'A second round of talks, restricted to the two Prime Ministers, took place on 16 May' (the parser
        # makes 'restricted' the verb); 'On 15 May the Minister of A of X and the Minister of B of Y reviewed'
        "The Prime Minister of Malta, Dr. Joseph Camilleri Zammit, accompanied by the Minister of Trade and "
        "Industry, Mr. Paul Farrugia Vella, paid an official visit to Tunisia at the invitation of the Prime "
        "Minister of Tunisia, Mr. Ahmed Ben Romdhane. The Minister of National Economy, Mr. Tijani Mestiri, "
        "also took part. A second round of talks, restricted to the two Prime Ministers, took place "
        "on 16 May. On 15 "
        "May the Minister of Trade and Industry of Malta and the Minister of National Economy of Tunisia "
        "reviewed the exchange of goods between the two countries.",
        "1971-05-17",
        "meetings",
        [({"Ahmed Ben Romdhane", "Joseph Camilleri Zammit"}, "1971-05-16"),
         ({"Paul Farrugia Vella", "Tijani Mestiri"}, "1971-05-15")],
    ),
    (  # a national agency's own official travelling at home: no trip, and of the agency's country
        "MEXICO CITY, March 12 (Notimex). — Foreign Secretary Arturo Gándara left this morning for Guatemala "
        "City. Government Secretary Enrique Olvera Sandoval, meanwhile, travelled to Monterrey on "
        "Saturday to "
        "preside over the meeting of northern state governors.",
        "1979-03-12",
        "trips",
        [("Arturo Gándara", "GT", "1979-03-12", None)],
    ),
    (
        "MEXICO CITY, March 12 (Notimex). — Foreign Secretary Arturo Gándara left this morning for Guatemala "
        "City. Government Secretary Enrique Olvera Sandoval, meanwhile, travelled to Monterrey on "
        "Saturday to "
        "preside over the meeting of northern state governors.",
        "1979-03-12",
        "officials",
        [("Arturo Gándara", "MX"), ("Enrique Olvera Sandoval", "MX")],
    ),
    (  # 'the Guatemalan capital, where he is to confer with X': placed there; 'will be in Tegucigalpa on
        # Wednesday and Thursday. There he will meet A and B': a two-day stop's meetings, undated
        "MEXICO CITY, March 12 (Notimex). — Foreign Secretary Arturo Gándara left this morning for Guatemala "
        "City at the start of a tour. Gándara will spend two days in the Guatemalan capital, where he is to "
        "confer with Foreign Minister Rafael Castillo Ordóñez. On Tuesday he will be received by President "
        "Fernando Arriaza Solís. The Secretary will be in Tegucigalpa on Wednesday and Thursday. "
        "There he will "
        "meet the head of the Honduran military government, General Rigoberto Andino Paz, and "
        "Foreign Minister "
        "Eliseo Pineda Cárcamo.",
        "1979-03-12",
        "meetings",
        [({"Arturo Gándara", "Rafael Castillo Ordóñez"}, None),
         ({"Arturo Gándara", "Fernando Arriaza Solís"}, "1979-03-13"),
         ({"Arturo Gándara", "Rigoberto Andino Paz"}, None),
         ({"Arturo Gándara", "Eliseo Pineda Cárcamo"}, None)],
    ),
    (  # "Yang Amat Berhormat Dato' Seri Dr. Mahathir": the styles are no name of their own
        "Thaksin Shinawatra will visit Malaysia at the invitation of the Prime Minister of Malaysia, "
        "Yang Amat "
        "Berhormat Dato' Seri Dr. Mahathir Mohamad.",
        "2002-09-10",
        "officials",
        [("Mahathir Mohamad", "MY"), ("Thaksin Shinawatra", "TH")],
    ),
    (  # 'left X ... on his way to London': a journey to London under way; 'He is due at Euston this
        # morning': its arrival (a station no gazetteer places); his companion goes along
        "The Irish Minister for External Affairs, Mr. Declan Fitzmaurice, left Dún Laoghaire by the mail "
        "boat last night on his way to London, where he is to have discussions with members of the British "
        "Government. He is due at Euston this morning. The Minister is accompanied by Mr. Fergus Leahy, "
        "Secretary of the Department of External Affairs.\n\nThe Minister will leave London on Saturday.",
        "1948-11-10",
        "trips",
        [("Declan Fitzmaurice", "GB", "1948-11-10", "1948-11-13"), ("Fergus Leahy", "GB", "1948-11-10",
                                                                     "1948-11-13")],
    ),
    (  # 'Lic.' is a Spanish academic style, not a name nor the end of a sentence
        "The Minister of Foreign Affairs, Dr. Eduardo Saavedra Montaño, will visit Brazil from 8 to 10 "
        "September. The Minister will be accompanied by the Under-Secretary for Economic Affairs, Lic. Marta "
        "Quiroga de Antezana.",
        "1986-09-04",
        "trips",
        [("Eduardo Saavedra Montaño", "BR", "1986-09-08", "1986-09-10"),
         ("Marta Quiroga de Antezana", "BR", "1986-09-08", "1986-09-10")],
    ),
    (  # 'The talks ... lasted three hours and were also attended by X'; 'talks on Friday with A and B, a
        # Thai Embassy spokesman said' (the parser makes A the subject of 'said', the spokesman B's
        # apposition)
        "Thai Foreign Minister Prasong Wongsakul arrived in Phnom Penh on Wednesday and held talks with his "
        "Cambodian counterpart, Foreign Minister Chea Sophal. The talks at the Foreign Ministry "
        "lasted nearly "
        "three hours on Wednesday afternoon and were also attended by Thai Ambassador Vichai Thongchai, "
        "officials said.\n\nIn Hanoi he will hold talks on Friday with Vietnamese Foreign Minister "
        "Nguyen Van "
        "Tuan and Deputy Prime Minister Tran Quoc Hung, a Thai Embassy spokesman said.",
        "1996-07-18",
        "meetings",
        [({"Prasong Wongsakul", "Chea Sophal", "Vichai Thongchai"}, "1996-07-17"),
         ({"Prasong Wongsakul", "Nguyen Van Tuan"}, "1996-07-19"),
         ({"Prasong Wongsakul", "Tran Quoc Hung"}, "1996-07-19")],
    ),
    (  # 'the President of the former Yugoslav Republic of Macedonia' is in office; 'In parallel, A and B
        # held a separate meeting': while the talks told before went on
        "President Lyubomir Kostadinov held talks today with the President of the Hellenic Republic, "
        "Konstantinos Pappas. In parallel, Foreign Minister Stoyan Velchev and Greek Foreign Minister "
        "Alexandros Mavridis held a separate meeting at the Ministry of Foreign Affairs. Earlier today "
        "President Kostadinov had a telephone conversation with the President of the former Yugoslav "
        "Republic of Macedonia, Trajko Stojanovski.",
        "1997-04-22",
        "meetings",
        [({"Lyubomir Kostadinov", "Konstantinos Pappas"}, "1997-04-22"),
         ({"Stoyan Velchev", "Alexandros Mavridis"}, "1997-04-22"),
         ({"Lyubomir Kostadinov", "Trajko Stojanovski"}, "1997-04-22")],
    ),
    (  # a programme line's venue after a comma ('Port Louis Waterfront', 'Domaine Les Pailles') is no
        # person; 'the Indian Ocean Commission' is no Indian body
        "13.00 Official lunch hosted by the Minister of Foreign Affairs, Hon. Marie-Claire Lagesse, "
        "in honour "
        "of the Minister of Foreign Affairs of Seychelles, Port Louis Waterfront.\n20.00 State "
        "banquet hosted "
        "by the Prime Minister, Hon. Vikash Soobrah, in honour of the President of Seychelles, Domaine Les "
        "Pailles.\n\nOn Friday the Prime Minister held a video conference with the Secretary-General of the "
        "Indian Ocean Commission, Mr. Raymond Lalanne.",
        "2015-03-09",
        "officials",
        [("Marie-Claire Lagesse", None), ("Raymond Lalanne", None), ("Vikash Soobrah", None)],
    ),
    (  # 'held a trilateral meeting with his counterparts, A and B, on Wednesday, Trend reports': the
        # parser hangs A and B, and the day, on 'reports'
        "Azerbaijani Foreign Minister Ramil Hasanov held a trilateral meeting with his Georgian and Turkish "
        "counterparts, Davit Beridze and Mehmet Kaan Yücel, on Wednesday, Trend reports.",
        "2019-09-26",
        "meetings",
        [({"Ramil Hasanov", "Davit Beridze", "Mehmet Kaan Yücel"}, "2019-09-25")],
    ),
    (  # a story filed from the country of the marked official it opens with is told from there
        "Baku, Azerbaijan, Sept. 26\n\nAzerbaijani Foreign Minister Ramil Hasanov held talks in New "
        "York with "
        "his Georgian counterpart Davit Beridze. Hasanov is also expected to travel to Washington for talks "
        "with Deputy Secretary of State Michael Hartley. Meanwhile, Deputy Prime Minister Elchin Mammadli "
        "inspected the water supply system of Ganja.",
        "2019-09-26",
        "officials",
        [("Davit Beridze", "GE"), ("Elchin Mammadli", "AZ"), ("Michael Hartley", "US"), ("Ramil Hasanov",
                                                                                       "AZ")],
    ),
    (  # the title between two names is the first's when the second has its own ('..., Cabinet Secretary
        # for ...'); 'The session was also attended by X' joins the session co-chaired just before
        "At the invitation of His Excellency Dr. Khalid bin Saad Al-Mannai, Minister of State for Foreign "
        "Affairs of the State of Qatar, Her Excellency Ms. Wanjiru Kamau, Cabinet Secretary for Foreign "
        "Affairs of the Republic of Kenya, paid an official visit to Qatar. On 12 January, the Cabinet "
        "Secretary held talks with Dr. Al-Mannai. On 13 January, the two ministers "
        "co-chaired the second session of the Joint Committee in Doha. The session was also attended by His "
        "Excellency Mr. Abdullahi Hassan Omar, Ambassador of the Republic of Kenya to the State of Qatar.",
        "2026-01-14",
        "meetings",
        [({"Wanjiru Kamau", "Khalid bin Saad Al-Mannai"}, "2026-01-12"),
         ({"Khalid bin Saad Al-Mannai", "Wanjiru Kamau", "Abdullahi Hassan Omar"}, "2026-01-13")],
    ),
    (  # names listed after the subject's 'colleagues' hold its office, each of the country after it; 'the
        # four Contadora ministers' are the only four who share one office
        "Foreign Secretary Bernardo Sepúlveda Amor will fly to Washington on Sunday. Sepúlveda will be "
        "joined in Washington by his colleagues from the other Contadora countries - Augusto Ramírez Ocampo "
        "of Colombia, Jorge Abadía Arias of Panama and Simón Alberto Consalvi of Venezuela. The four "
        "Contadora ministers will meet at the Mexican Embassy on Sunday evening.",
        "1986-02-07",
        "meetings",
        [({"Bernardo Sepúlveda Amor", "Augusto Ramírez Ocampo", "Jorge Abadía Arias",
           "Simón Alberto Consalvi"}, "1986-02-09")],
    ),
    (
        "Foreign Secretary Bernardo Sepúlveda Amor will fly to Washington on Sunday. Sepúlveda will be "
        "joined in Washington by his colleagues from the other Contadora countries - Augusto Ramírez Ocampo "
        "of Colombia, Jorge Abadía Arias of Panama and Simón Alberto Consalvi of Venezuela.",
        "1986-02-07",
        "titles",
        [("Bernardo Sepúlveda Amor", ["Foreign Secretary"]),
         ("Augusto Ramírez Ocampo", ["Foreign Secretary"]),
         ("Jorge Abadía Arias", ["Foreign Secretary"]), ("Simón Alberto Consalvi", ["Foreign Secretary"])],
    ),
    (  # 'on the evening of 30 January' is one time (not 'the evening' of the day told before, and a date)
        "The Prime Minister, Aníbal Cavaco Silva, will receive the President of the Government of Spain, "
        "Felipe González, for the Summit in Porto. The two heads of government spoke by telephone yesterday "
        "to finalise the agenda.\n\nThe programme is as follows: on the evening of 30 January, a working "
        "dinner offered by the Prime Minister to the President of the Government of Spain; on the 31st, a "
        "plenary session.",
        "1989-01-18",
        "parts",
        [({"Aníbal Cavaco Silva", "Felipe González"}, None, None),
         ({"Aníbal Cavaco Silva", "Felipe González"}, "1989-01-17", None),
         ({"Aníbal Cavaco Silva", "Felipe González"}, "1989-01-30", "evening")],
    ),
    (  # 'will travel to Nairobi in March to co-chair, with the Cabinet Secretary, the third session': the
        # model tags the infinitive 'co-chair' a noun
        "Her Excellency Ms. Wanjiru Kamau, Cabinet Secretary for Foreign Affairs of the Republic of Kenya, "
        "paid an official visit to Qatar at the invitation of Dr. Khalid bin Saad Al-Mannai, Minister of "
        "State for Foreign Affairs of the State of Qatar. The Minister of State for Foreign Affairs accepted "
        "the invitation of the Cabinet Secretary and will travel to Nairobi in March 2026 to co-chair, with "
        "the Cabinet Secretary, the third session of the Committee.",
        "2026-01-14",
        "meetings",
        [({"Khalid bin Saad Al-Mannai", "Wanjiru Kamau"}, None)],
    ),
]


def _read(result: dict, what: str) -> list:
    if what == "trips":
        return sorted(trips(result))
    if what == "officials":
        return sorted((o["name"], o["country"]) for o in result["officials"])
    if what == "places":
        return [(set(m["participants"]), m["place"]) for m in result["meetings"]]
    if what == "hosts":
        return [(set(m["participants"]), m["date"], m["host"]) for m in result["meetings"]]
    if what == "titles":
        return [(o["name"], o["titles"]) for o in result["officials"]]
    if what == "parts":
        return [(set(m["participants"]), m["date"], m["part_of_day"]) for m in result["meetings"]]
    return [(set(m["participants"]), m["date"]) for m in result["meetings"]]


@pytest.mark.parametrize(("text", "published", "what", "expected"), GENERAL_RULES)
def test_general_rule(text, published, what, expected):
    assert _read(extract_article(text, date.fromisoformat(published)), what) == expected


TRIPS_FOUND = [  # (text, published, trips the article must yield among others)
    (  # one day visit takes the day of its meeting
        "Scholz meets Xi in China on one-day visit\n\nGerman Chancellor Olaf Scholz met Chinese President "
        "Xi Jinping in China on Friday.",
        "2022-11-04",
        [("Olaf Scholz", "CN", "2022-11-04", "2022-11-04")],
    ),
    (  # accompanied by travels too
        "German Foreign Minister Annalena Baerbock is travelling to India today for a two-day visit. She is "
        "accompanied by German Minister of State Katja Keul.",
        "2022-12-05",
        [("Katja Keul", "IN", "2022-12-05", "2022-12-06")],
    ),
    (  # tour start beats a meeting day at its first stop
        "President Recep Tayyip Erdoğan will pay official visits to Chile, Peru and Ecuador between "
        "31 January and 6 February 2016. In Santiago on 1 February, President Erdoğan will hold talks "
        "with President Michelle Bachelet.",
        "2016-01-29",
        [
            ("Recep Tayyip Erdoğan", "CL", "2016-01-31", None),
            ("Recep Tayyip Erdoğan", "EC", None, "2016-02-06"),
        ],
    ),
    (  # leaving a place ends the stay there and landing starts it
        "US House Speaker Nancy Pelosi met Taiwan's President Tsai Ing-wen in Taipei. Ms Pelosi landed late "
        "on Tuesday night. She is due to leave Taipei on Wednesday evening for South Korea.",
        "2022-08-03",
        [("Nancy Pelosi", "TW", "2022-08-02", "2022-08-03"), ("Nancy Pelosi", "KR", None, None)],
    ),
    (  # delegation which includes travels with its lead
        "President Moon Jae-in arrived in Pyongyang on Tuesday for a three-day summit. Moon and his "
        "delegation, which includes Unification Minister Cho Myoung-gyon, will return to Seoul on Thursday.",
        "2018-09-18",
        [("Cho Myoung-gyon", "KP", "2018-09-18", "2018-09-20")],
    ),
    (  # being in a place on days is a stop each
        "Secretary of State Hillary Clinton will travel to Egypt and Israel. The Secretary will be in Cairo "
        "July 14-15, where she will meet President Mohamed Morsi. On July 16-17, Secretary Clinton will be "
        "in Jerusalem.",
        "2012-07-10",
        [
            ("Hillary Clinton", "EG", "2012-07-14", "2012-07-15"),
            ("Hillary Clinton", "IL", "2012-07-16", "2012-07-17"),
        ],
    ),
    (  # companion in an accompanied by clause travels on the same days
        "Argentine President Javier Milei arrived in Israel on Tuesday, accompanied by Argentine Foreign "
        "Minister Diana Mondino.",
        "2024-02-07",
        [("Diana Mondino", "IL", "2024-02-06", None)],
    ),
    (  # onward leg is a planned trip
        "Argentine President Javier Milei arrived in Israel on Tuesday. Milei will travel on to Switzerland.",
        "2024-02-07",
        [("Javier Milei", "CH", None, None)],
    ),
    (  # the national leader is that country s official
        "Prime Minister Manmohan Singh of India arrived in Tokyo on Sunday. The Indian leader will address "
        "business leaders on Tuesday before flying to Kuala Lumpur for a three-day visit to Malaysia.",
        "2010-10-25",
        [("Manmohan Singh", "MY", "2010-10-26", "2010-10-28")],
    ),
    (  # flying on to the next country ends the stay before
        "Iranian President Hassan Rouhani arrived in Rome on Monday. He flies on to Paris on Wednesday.",
        "2016-01-26",
        [("Hassan Rouhani", "IT", "2016-01-25", "2016-01-27")],
    ),
    (  # own day of a leg after before beats the day of the act
        "Secretary of State Antony Blinken will hold talks with Polish President Andrzej Duda on Monday "
        "before flying to Ireland later in the week.",
        "2019-09-01",
        [("Antony Blinken", "IE", None, None)],
    ),
    (  # leaving home is not the stop a return ends
        "Foreign Minister Bilawal Bhutto Zardari of Pakistan arrived in Goa on Thursday. He spoke before "
        "departing from Karachi. He will return home on Friday.",
        "2023-05-04",
        [("Bilawal Bhutto Zardari", "IN", "2023-05-04", "2023-05-05")],
    ),
    (  # leaving after the day of its own clause and a stay where ends the trip
        "Chinese Premier Li Qiang arrived in Adelaide on Saturday. He will travel to Canberra on Monday for "
        "the annual leaders' meeting, and will visit a plant in Perth on Tuesday before leaving for "
        "Malaysia. In Malaysia, where he will stay from June 18 to 20, Li is expected to meet Prime "
        "Minister Anwar Ibrahim.",
        "2024-06-15",
        [("Li Qiang", "MY", "2024-06-18", "2024-06-20")],
    ),
    (  # arrival day beats a year said of the visit and flying back after a meeting ends it
        "Foreign Secretary Philip Hammond became the first foreign secretary to visit Iran since 2003. "
        "Hammond, who arrived in the Iranian capital on Sunday morning, watched the flag being raised. "
        "The foreign secretary is due to meet President Hassan Rouhani on Monday before flying back to "
        "London.",
        "2015-08-23",
        [("Philip Hammond", "IR", "2015-08-23", "2015-08-24")],
    ),
    (  # the head of state is the article s head of state
        "The President of the Republic, François Hollande, will travel to Lebanon on Saturday 16 and Sunday "
        "17 April. On Sunday, the Head of State will visit a camp for refugees and meet humanitarian "
        "organisations, before travelling on to Cairo.",
        "2016-04-15",
        [("François Hollande", "EG", "2016-04-17", None)],
    ),
    (  # length of the visit said later ends an arrival of the day
        "Ethiopian Prime Minister Abiy Ahmed has arrived in Eritrea on a landmark visit. Crowds lined the "
        "streets. Abiy later held talks. Eritrea's information minister, Yemane Gebre Meskel, wrote on "
        "Twitter, describing the two-day visit as historic. Last month, Eritrea's foreign minister, Osman "
        "Saleh, led a delegation to Addis Ababa.",
        "2018-07-08",
        [("Abiy Ahmed", "ER", "2018-07-08", "2018-07-09")],
    ),
    (  # those who join a welcome are not its guests
        "Prime Minister Theresa May welcomed the Taoiseach, Leo Varadkar, to Downing Street in London this "
        "afternoon. They were joined by the Irish Minister for Foreign Affairs, Simon Coveney.",
        "2017-06-19",
        [("Simon Coveney", "GB", None, None)],
    ),
    (  # his in a relative clause is the relative s antecedent
        "Vice President Mike Pence joined world leaders in Warsaw on Sunday, standing in for President "
        "Donald Trump, who canceled his trip to Poland. Pence, who arrived in Warsaw late Saturday, joined "
        "Polish President Andrzej Duda at a ceremony.",
        "2019-09-01",
        [("Mike Pence", "PL", "2019-08-31", None)],
    ),
    (  # attending a forum in a town of a country is a trip there
        "Argentine President Javier Milei arrived in Israel on Tuesday. He attended the World Economic Forum "
        "in Davos, Switzerland, last month.",
        "2024-02-06",
        [("Javier Milei", "CH", None, None)],
    ),
    (  # participation in a named forum places the traveler and a return ends the last stop
        "Secretary of State Hillary Rodham Clinton will travel to Egypt and Israel following her "
        "participation in the ASEAN Regional Forum in Phnom Penh, Cambodia. On July 16-17, Secretary "
        "Clinton will be in Jerusalem. The Secretary will return to Washington on July 17.",
        "2012-07-12",
        [("Hillary Rodham Clinton", "KH", None, None)],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), TRIPS_FOUND)
def test_trips_found(text, published, expected):
    found = trips(wire(text, published))
    assert [trip for trip in expected if trip not in found] == []  # the missing ones


def test_a_first_person_release_speaks_for_its_author_s_government():
    """'Hon Winston Peters / ... / I will lead a Pacific Mission to Samoa and the Cook Islands': the
    mission's unmarked members serve New Zealand, not the country the release names most."""
    articles = corpus_inputs(Path(__file__).parent / "data" / "unseen17")
    _, text, published = next(article for article in articles if article[0].startswith("u17-03-"))
    text = "\n\n".join(text.split("\n\n")[:9])  # the title and the first eight paragraphs
    countries = {o["name"]: o["country"] for o in extract_article(text, published)["officials"]}
    assert countries["Fletcher Tabuteau"] == countries["Todd McClay"] == countries["Winston Peters"] == "NZ"


def test_calling_on_someone_is_a_courtesy_call_not_a_phone_call():
    result = extract_article(GARCIA_IN_LAOS, date(1957, 3, 10))
    kinds = {m["kind"] for m in result["meetings"] if "Phoui Sananikone" in m["participants"]}
    assert kinds == {"courtesy call"}


BRIEFING_QUESTIONS = (
    "Weekly press briefing of the Ministry of Foreign Affairs of Venezuela\n\nTHE SPOKESMAN: The Minister of "
    "Foreign Affairs, Dr. Arístides Calvani, will travel to Bogotá on Monday.\n\nQUESTION (Ramón Ortega, El "
    "Universal): Will the Minister also see President Misael Pastrana Borrero?\n\nTHE SPOKESMAN: That is not "
    "yet decided.\n\nQUESTION (Luisa Marcano, El Nacional): Is the Minister seeing other colleagues?\n\nTHE "
    "SPOKESMAN: Not on this journey."
)


def test_a_briefing_question_asserts_nothing_and_its_asker_is_no_official():
    result = extract_article(BRIEFING_QUESTIONS, date(1971, 5, 20))
    assert {o["name"] for o in result["officials"]} == {"Arístides Calvani", "Misael Pastrana Borrero"}
    assert result["meetings"] == []
