"""Rule tests for the constructions added for official readouts (State Department, White House,
Kremlin, president.gov.ua): one short sentence per construction, through analyze()/resolve()."""

from datetime import date

from envoy.enrich import extract_article
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


def test_one_day_visit_takes_the_day_of_its_meeting():
    result = wire(
        "Scholz meets Xi in China on one-day visit\n\nGerman Chancellor Olaf Scholz met Chinese President "
        "Xi Jinping in China on Friday.",
        "2022-11-04",
    )
    assert ("Olaf Scholz", "CN", "2022-11-04", "2022-11-04") in trips(result)


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


def test_accompanied_by_travels_too():
    result = wire(
        "German Foreign Minister Annalena Baerbock is travelling to India today for a two-day visit. She is "
        "accompanied by German Minister of State Katja Keul.",
        "2022-12-05",
    )
    assert ("Katja Keul", "IN", "2022-12-05", "2022-12-06") in trips(result)


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


def test_appositive_meeting_and_reporter_are_not_participants():
    result = facts(
        "Chinese Defense Minister Wei Fenghe will hold talks with U.S. Secretary of Defense Lloyd Austin, "
        "their first face-to-face meeting, spokesperson Wu Qian said."
    )
    assert pairs(result) == [{"Wei Fenghe", "Lloyd Austin"}]


def test_tour_start_beats_a_meeting_day_at_its_first_stop():
    result = wire(
        "President Recep Tayyip Erdoğan will pay official visits to Chile, Peru and Ecuador between "
        "31 January and 6 February 2016. In Santiago on 1 February, President Erdoğan will hold talks "
        "with President Michelle Bachelet.",
        "2016-01-29",
    )
    assert ("Recep Tayyip Erdoğan", "CL", "2016-01-31", None) in trips(result)
    assert ("Recep Tayyip Erdoğan", "EC", None, "2016-02-06") in trips(result)


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


def test_leaving_a_place_ends_the_stay_there_and_landing_starts_it():
    result = wire(
        "US House Speaker Nancy Pelosi met Taiwan's President Tsai Ing-wen in Taipei. Ms Pelosi landed late "
        "on Tuesday night. She is due to leave Taipei on Wednesday evening for South Korea.",
        "2022-08-03",
    )
    assert ("Nancy Pelosi", "TW", "2022-08-02", "2022-08-03") in trips(result)
    assert ("Nancy Pelosi", "KR", None, None) in trips(result)


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


def test_delegation_which_includes_travels_with_its_lead():
    result = wire(
        "President Moon Jae-in arrived in Pyongyang on Tuesday for a three-day summit. Moon and his "
        "delegation, which includes Unification Minister Cho Myoung-gyon, will return to Seoul on Thursday.",
        "2018-09-18",
    )
    assert ("Cho Myoung-gyon", "KP", "2018-09-18", "2018-09-20") in trips(result)


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


def test_being_in_a_place_on_days_is_a_stop_each():
    result = wire(
        "Secretary of State Hillary Clinton will travel to Egypt and Israel. The Secretary will be in Cairo "
        "July 14-15, where she will meet President Mohamed Morsi. On July 16-17, Secretary Clinton will be "
        "in Jerusalem.",
        "2012-07-10",
    )
    assert ("Hillary Clinton", "EG", "2012-07-14", "2012-07-15") in trips(result)
    assert ("Hillary Clinton", "IL", "2012-07-16", "2012-07-17") in trips(result)


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


def test_companion_in_an_accompanied_by_clause_travels_on_the_same_days():
    result = wire(
        "Argentine President Javier Milei arrived in Israel on Tuesday, accompanied by Argentine Foreign "
        "Minister Diana Mondino.",
        "2024-02-07",
    )
    assert ("Diana Mondino", "IL", "2024-02-06", None) in trips(result)


def test_onward_leg_is_a_planned_trip():
    result = wire(
        "Argentine President Javier Milei arrived in Israel on Tuesday. Milei will travel on to Switzerland.",
        "2024-02-07",
    )
    assert ("Javier Milei", "CH", None, None) in trips(result)


def test_attending_a_conference_in_a_city_is_a_trip_there():
    result = wire(
        "Foreign ministers including Russian Foreign Minister Sergey Lavrov and Chinese Foreign Minister "
        "Qin Gang attended the SCO meeting in Goa.",
        "2023-05-05",
    )
    assert sorted(trips(result)) == [("Qin Gang", "IN", None, None), ("Sergey Lavrov", "IN", None, None)]
    assert result["meetings"] == []
