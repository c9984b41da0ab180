"""Rule tests for officials (envoy.nlp's name repair, envoy.officials' titles and countries): one short
sentence per construction."""

import pytest
from envoy.enrich import analyze
from envoy.lexicon import country_on


def officials(text: str) -> dict[str, dict]:
    return {o["name"]: o for o in analyze(text)["facts"]["officials"]}


def country(text: str, name: str) -> str | None:
    return officials(text)[name]["country"]


def test_name_pieces_the_ner_splits_are_one_name():
    found = officials("In Tanzania, the Under Secretary will meet with President Samia Suluhu Hassan today.")
    assert "Samia Suluhu Hassan" in found


def test_lone_surname_after_a_title_word():
    text = "In Jerusalem, Mr. Sullivan met with Defense Minister Gantz and National Security Advisor Hulata."
    assert "Hulata" in officials(text)


def test_headline_word_after_a_title_is_no_name():
    text = "Readout on Senior Administration Official Travel to Mexico\n\nSecretary Mayorkas went to Mexico."
    assert "Travel" not in officials(text)


def test_region_in_a_title_is_neither_a_person_nor_a_country():
    text = (
        "Sullivan was joined by the State Department’s Acting Assistant Secretary for Near Eastern Affairs"
        " Yael Lempert and Middle East and North Africa Coordinator Brett McGurk."
    )
    found = officials(text)
    assert found["Yael Lempert"]["country"] == "US"
    assert "Brett McGurk" in found


def test_royal_family_members_beside_a_king_are_no_officials():
    text = (
        "The President looks forward to welcoming His Majesty King Abdullah II of Jordan, Her Majesty Queen"
        " Rania, and His Royal Highness Crown Prince Hussein to the White House."
    )
    found = officials(text)
    assert "Abdullah II" in found
    assert "Rania" not in found and "Hussein" not in found


# ---------------------------------------------------------------- wire copy and foreign releases


def test_honorific_before_a_name_is_no_part_of_it():
    found = officials("Prime Minister Shri Narendra Modi had a telephone conversation with President Lula.")
    assert found["Narendra Modi"]["titles"] == ["Prime Minister"]


def test_ambassador_to_a_country_serves_the_sending_country():
    found = officials("US Ambassador to India Eric Garcetti met Chief Minister Eknath Shinde in Mumbai.")
    assert found["Eric Garcetti"]["country"] == "US"
    assert found["Eric Garcetti"]["titles"] == ["Ambassador to India"]


def test_headline_verb_is_no_part_of_a_name():
    text = "President Ruto Receives King Charles III\n\nPresident William Ruto has received King Charles III."
    assert "Ruto Receives" not in officials(text)


def test_lowercase_former_makes_no_official():
    text = (
        "Scholz's predecessor, former Chancellor Angela Merkel, visited China often. Former national"
        " security adviser John Bolton said the summit would mean little."
    )
    found = officials(text)
    assert "Angela Merkel" not in found and "John Bolton" not in found


def test_gazetteer_cities_subdivisions_and_official_names():
    from envoy.lexicon import gazetteer

    gaz = gazetteer()
    expected = {
        "Hiroshima": "JP", "Belém": "BR", "Camp David": "US",
        "Pará": "BR", "Republic of Poland": "PL",
    }
    assert {place: gaz.country(place) for place in expected} == expected
    assert gaz.country("Of") is None  # a Turkish town, but a word
    # any spelling of a town's name ('Port-Vila', 'Nuku‘alofa'); a city of millions though a known
    # official's name part (Ricardo Lagos); no compass word alone (a Botswana district 'South-East')
    assert [gaz.country(p) for p in ("Port Vila", "Nuku'alofa", "Lagos")] == ["VU", "TO", "NG"]
    assert gaz.country("South-east") is None
    # a listed name without its maternal surname; not a name shortened from another listed one
    assert gaz.known_country("Ollanta Humala Tasso", []) == "PE"
    assert gaz.known_country("Mohamed Ali Hassan", []) is None  # (Mohamed Irfaan Ali is listed)
    # the listed name without the maternal surname before another listed one's given name and last word
    assert gaz.known_country("Luis Echeverría Álvarez", []) == "MX"  # not Luis Monge Alvarez (CR)


def test_city_named_like_a_person_is_no_place_in_a_name():
    from envoy.lexicon import gazetteer
    from envoy.nlp import load_nlp

    doc = load_nlp()("Under Secretary Zeya met Prime Minister Najla Bouden in Zeya.")
    assert gazetteer().place_country(doc[2:3]) is None  # a name
    assert gazetteer().place_country(doc[-2:-1]) == "RU"  # after 'in': the Russian town


def test_entities_end_at_their_last_word():
    from envoy.nlp import load_nlp

    doc = load_nlp()("Minister of Foreign Affairs to visit Poland\n\nPress release Vilnius, 15 June 1993")
    assert [ent.text for ent in doc.ents if ent.text.startswith("Poland")] == ["Poland"]


def test_honorific_chain_before_a_malay_name():
    text = "Sugiono called Malaysian Foreign Minister Dato' Seri Utama Haji Mohamad bin Haji Hasan."
    found = officials(text)
    assert found["Mohamad bin Haji Hasan"]["country"] == "MY"
    assert "Dato" not in found


def test_spanish_double_surname_is_kept():
    text = "In Santiago, President Erdoğan will hold talks with President Michelle Bachelet Jeria."
    assert "Michelle Bachelet Jeria" in officials(text)


def test_emperor_is_a_title():
    text = "Emperor Akihito held talks with the king at the Imperial Palace on Wednesday."
    assert "Akihito" in officials(text)


def test_father_in_a_patronymic_is_another_person():
    text = (
        "He conveyed the greetings of the Custodian of the Two Holy Mosques King Salman bin Abdulaziz Al Saud"
        " and Crown Prince and Prime Minister Mohammed bin Salman bin Abdulaziz Al Saud."
    )
    found = officials(text)
    assert found["Salman bin Abdulaziz Al Saud"]["country"] == "SA"
    assert "Mohammed bin Salman bin Abdulaziz Al Saud" in found


def test_long_portfolio_title_is_no_part_of_the_name():
    text = "Blinken met Minister of Foreign Affairs and International Cooperation Luigi Di Maio in Rome."
    assert "Luigi Di Maio" in officials(text)


def test_subdivision_outranks_a_small_town_of_the_same_name():
    from envoy.lexicon import gazetteer

    assert gazetteer().country("Goa") == "IN"
    assert gazetteer().country("Granada") == "ES"  # a city of 230,000 keeps its name


def test_international_title_in_an_apposition():
    text = "Blinken met the African Union Commission Chairperson, Moussa Faki Mahamat, in Addis Ababa."
    found = officials(text)
    assert "Moussa Faki Mahamat" in found and found["Moussa Faki Mahamat"]["country"] is None


def test_a_definite_title_before_and_is_another_persons():
    found = officials(
        "Vice President Kamala Harris met President Hakainde Hichilema. The Vice President and President"
        " Hichilema discussed debt. Minister of Foreign Affairs and Trade Winston Peters spoke."
    )
    assert found["Hakainde Hichilema"]["titles"] == ["President"]
    assert found["Winston Peters"]["titles"] == ["Minister of Foreign Affairs and Trade"]


def test_the_bare_title_is_not_the_lower_rank():
    # 'the Prime Minister' is Modi, not the UAE's Deputy Prime Minister named after him
    found = officials(
        "Indian Prime Minister Narendra Modi arrived in Abu Dhabi on Tuesday and met Deputy Prime Minister"
        " Saif bin Zayed. External Affairs Minister S. Jaishankar is accompanying the Prime Minister."
    )
    assert found["S. Jaishankar"]["country"] == "IN"


def test_a_listed_name_spelt_another_way_is_known():
    assert officials("Dmitry Medvedev arrived in Caracas.")["Dmitry Medvedev"]["country"] == "RU"


def test_a_residence_after_a_title_word_is_no_name():
    assert list(officials("Prime Minister Helen Clark will host Mr Smith at a lunch at Premier House.")) == [
        "Helen Clark"
    ]


def test_dateline_glued_to_a_name_is_dropped():
    text = "KHARTOUM - Mariam al-Sadiq al-Mahdi, the foreign minister, met Prime Minister Abiy Ahmed."
    assert "Mariam al-Sadiq al-Mahdi" in officials(text)


def test_title_as_a_predicate_makes_an_official():
    text = "Philip Hammond became the first foreign secretary to visit Iran since 2003."
    assert officials(text)["Philip Hammond"]["titles"] == ["first foreign secretary"]


def test_untitled_names_of_a_country_in_a_list_headed_by_an_office():
    text = "Foreign ministers including Sergey Lavrov of Russia and Qin Gang of China attended the meeting."
    assert country(text, "Sergey Lavrov") == "RU" and country(text, "Qin Gang") == "CN"


def test_a_companion_does_not_take_the_destinations_country():
    text = "Milei, accompanied by Foreign Minister Diana Mondino, arrived in Washington on Monday."
    assert country(text, "Diana Mondino") != "US"


def test_small_venue_towns_resolve():
    from envoy.lexicon import gazetteer

    places = ("Bled", "Évian", "Sochi", "Camp David")
    assert [gazetteer().country(p) for p in places] == ["SI", "FR", "RU", "US"]
    assert gazetteer().minor_localities["davos"] == "CH"


def test_company_executives_are_not_officials():
    text = "Samsung Electronics Vice Chairman Lee Jae-yong met President Biden."
    assert "Lee Jae-yong" not in officials(text)


# demonyms of smaller countries
SMALLER_COUNTRY_DEMONYMS = [
    ("In Bamako they met Malian President Ibrahim Boubacar Keita.", "Ibrahim Boubacar Keita", "ML"),
    ("Di Maio spoke in Rome with Maltese Foreign Minister Evarist Bartolo.", "Evarist Bartolo", "MT"),
    ("President William Ruto met Zimbabwean President Emmerson Mnangagwa.", "Emmerson Mnangagwa", "ZW"),
    ("Modi met Namibian Foreign Minister Netumbo Nandi-Ndaitwah.", "Netumbo Nandi-Ndaitwah", "NA"),
]


# the pope is the head of the holy see
HOLY_SEE = [
    ("Iranian President Hassan Rouhani met Pope Francis at the Vatican on Tuesday.", "Francis", "VA"),
    ("The pontiff, Pope Leo, received President Sergio Mattarella in Rome.", "Leo", "VA"),
]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an abbreviated title is no part of the name
        ("PM Lee Hsien Loong will travel to Putrajaya. PM Lee will return today.", "Lee Hsien Loong"),
        # an honorific style before a hyphenated given name the NER missed, named in full elsewhere
        (
            "The Honourable François-Philippe Champagne, Minister of Foreign Affairs, today spoke with"
            " Mexico's Foreign Secretary. Minister Champagne thanked him.",
            "François-Philippe Champagne",
        ),
        # a full name the NER called an organisation, its surname found alone later
        (
            "The minister today spoke with Marcelo Ebrard Casaubón, Mexico's Secretary of Foreign Affairs."
            " Minister Champagne thanked Secretary Ebrard for Mexico's help.",
            "Marcelo Ebrard Casaubón",
        ),
        # a last name the NER called a place, the parser's compound head of the name
        (
            "Finance Minister Asad Umar and Foreign Minister Shah Mahmood Qureshi are in the delegation.",
            "Shah Mahmood Qureshi",
        ),
    ],
)
def test_the_fullest_form_of_a_name(text, name):
    assert name in officials(text)


def test_a_plural_title_is_no_part_of_a_name():
    text = (
        "Secretary Videgaray met Secretary of State Rex Tillerson. On Thursday, Secretaries Tillerson and"
        " Kelly will be received by President Enrique Peña Nieto."
    )
    assert not any(name.startswith("Secretaries") for name in officials(text))


def test_a_multi_word_country_after_with_opens_a_title():
    text = "The ministers agreed to speak again together with United States Secretary of State Mike Pompeo."
    assert officials(text)["Mike Pompeo"]["titles"] == ["Secretary of State"]


def test_a_surname_joins_the_name_that_holds_it_as_a_whole_word():
    text = (
        "President Ferdinand R. Marcos Jr. arrived in Japan with First Lady Louise Araneta-Marcos."
        " Marcos will hold a summit meeting with Prime Minister Fumio Kishida."
    )
    found = officials(text)
    assert found["Ferdinand R. Marcos Jr."]["aliases"] == ["Marcos"]
    assert found["Fumio Kishida"]["country"] == "JP"


def test_an_organisation_named_like_a_person_is_no_official():
    text = "Shoukry met the Chairperson of the African Union Commission, Moussa Faki Mahamat, in Cairo."
    found = officials(text)
    assert "Union Commission" not in found
    assert found["Moussa Faki Mahamat"]["country"] is None


def test_a_plural_office_noun_in_apposition_titles_the_names():
    text = "Lavrov and Shoigu held talks with their Egyptian counterparts Nabil Fahmy and Abdel al-Sisi."
    found = officials(text)
    assert found["Nabil Fahmy"]["country"] == "EG"
    assert found["Nabil Fahmy"]["titles"] == ["counterparts"]


def test_military_ranks_are_titles():
    assert "Mohamed Hussein Tantawi" in officials("Clinton met Field Marshal Mohamed Hussein Tantawi.")


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # the NER calls both names organisations; the bare surnames later are persons
        (
            "The foreign ministers of France and Germany, Jean-Marc Ayrault and Frank-Walter Steinmeier,"
            " arrived in Niger on Monday. Steinmeier told reporters that Ayrault agreed.",
            ("Jean-Marc Ayrault", "FR"),
            ("Frank-Walter Steinmeier", "DE"),
        ),
        (
            "The foreign ministers of Brazil and Argentina, Mauro Vieira and Diana Mondino, met in Brasilia.",
            ("Mauro Vieira", "BR"),
            ("Diana Mondino", "AR"),
        ),
        (
            "The Foreign Ministers of Japan, Korea and China, Yoko Kamikawa, Cho Tae-yul and Wang Yi, met.",
            ("Yoko Kamikawa", "JP"),
            ("Cho Tae-yul", "KR"),
        ),
        (
            "The envoys of the United States and Russia, Steve Witkoff and Kirill Dmitriev, met in Riyadh.",
            ("Steve Witkoff", "US"),
            ("Kirill Dmitriev", "RU"),
        ),
        (  # country adjectives before the plural office, the names in apposition
            "The accord was signed by Foreign Minister Hakan Fidan and his Egyptian and Jordanian"
            " counterparts, Badr Abdelatty and Ayman Safadi, in Ankara.",
            ("Badr Abdelatty", "EG"),
            ("Ayman Safadi", "JO"),
        ),
    ],
)
def test_a_plural_office_of_several_countries_is_taken_respectively(text, first, second):
    found = officials(text)
    assert [(name, found[name]["country"]) for name, _ in (first, second)] == [first, second]


def test_a_predecessor_is_no_sitting_official():
    text = "Abiy said Ethiopia would accept it. His predecessor, Hailemariam Desalegn, had offered talks."
    assert "Hailemariam Desalegn" not in officials(text)


def test_a_portfolio_word_before_a_title_is_no_name():
    text = "Talks opened in Brussels between the Brexit Secretary, David Davis, and the chief negotiator."
    assert officials(text)["David Davis"]["titles"] == ["Brexit Secretary"]


def test_styles_between_a_comma_title_and_the_name():
    text = (
        "AUC Chairperson receives the Minister\n\nThe Chairperson of the African Union Commission, H.E. Dr."
        " Nkosazana Dlamini Zuma, today received the Minister."
    )
    found = officials(text)  # 'Chairperson' of the headline is no name part
    assert found["Nkosazana Dlamini Zuma"]["titles"] == ["Chairperson of the African Union Commission"]


APPOSED_LIST = (
    "The delegation included Foreign Minister Park Jin, Defence Minister Shin Won-sik and Kim Tae-hyo,"
    " a deputy national security adviser."
)
# (text, name, the name's title): signature blocks, lists of names, appositions
TITLE_CASES = [
    (  # a signature block: name, then its title on the next line
        "President Tinubu will return to Lagos at the end of the summit.\n\nDele Alake\nSpecial Adviser to"
        " the President\n(Special Duties, Communications and Strategy)\nJune 19, 2023",
        "Dele Alake",
        "Special Adviser to the President",
    ),
    (  # a portfolio's lower-case words: 'in charge of'
        "The President will travel to Lomé on Friday.\n\nSigned\nKwame Mensah\nMinister of State in charge"
        " of Regional Integration\n12th May, 2024",
        "Kwame Mensah",
        "Minister of State in charge of Regional Integration",
    ),
    (  # a plural title before a list of names titles each
        "Governors Gavin Newsom and Kathy Hochul met Canadian Prime Minister Mark Carney.",
        "Kathy Hochul",
        "Governors",
    ),
    (  # a plural office in apposition to a list titles each
        "The summit was preceded by talks of the defence ministers of the two countries, Richard Marles"
        " and Rajnath Singh, on Friday.",
        "Rajnath Singh",
        "defence ministers of the two countries",
    ),
    (  # an apposition after the last name of a list is the last name's, not the first's
        APPOSED_LIST,
        "Kim Tae-hyo",
        "a deputy national security adviser",
    ),
    (APPOSED_LIST, "Shin Won-sik", "Defence Minister"),
    (  # an 'and' before the styles of a name joins two people, not two titles
        "Minister Hayashi and Hon. Enrique Manalo, Secretary for Foreign Affairs, signed the pact.",
        "Enrique Manalo",
        "Secretary for Foreign Affairs",
    ),
]


@pytest.mark.parametrize(("text", "name", "title"), TITLE_CASES, ids=[c[1] for c in TITLE_CASES])
def test_the_title_of(text, name, title):
    assert officials(text)[name]["titles"] == [title]


def test_a_title_after_the_name_when_the_apposition_head_is_no_title():
    text = (
        "Minister Lamola will visit Ghana.\n\nEnquiries: Mr Chrispin Phiri, Spokesperson of the Department of"
        " International Relations and Cooperation\n\nOR Tambo Building, Pretoria"
    )
    assert officials(text)["Chrispin Phiri"]["country"] == "ZA"


# malay styles and long names
MALAY_STYLES_AND_LONG_NAMES = [
    # a country's long name is no person; styles between the comma title and the name
    (
        "The Minister of Foreign Affairs II of Brunei Darussalam, Dato Erywan Pehin Yusof, visited Nay"
        " Pyi Taw on 4 June.",
        "Erywan Pehin Yusof",
        "BN",
    ),
    # a third name part the NER left out after it added a given name
    ("The Secretary-General of ASEAN, Dato Lim Jock Hoi, visited Nay Pyi Taw.", "Lim Jock Hoi", None),
    # two given names left out; a title of particles ('Yang Di-Pertuan') is no name
    (
        "His Majesty Sultan Haji Hassanal Bolkiah Mu'izzaddin Waddaulah, Sultan and Yang Di-Pertuan of"
        " Brunei Darussalam, reiterates ASEAN's commitment.",
        "Hassanal Bolkiah Mu'izzaddin Waddaulah",
        "BN",
    ),
]


def test_an_official_who_hosts_foreign_counterparts_is_not_one_of_them():
    text = (
        "Secretary Blinken and Secretary Austin hosted their Japanese counterparts, Foreign Minister Yoko"
        " Kamikawa and Defense Minister Minoru Kihara."
    )
    assert country(text, "Blinken") != "JP"


# abbreviated titles and church styles
ABBREVIATED_TITLES_AND_CHURCH_STYLES = [
    # an abbreviated title matches the listed office of a known surname
    ("PM Modi held talks with President Ruto of Kenya at Hyderabad House.", "Modi", "IN"),
    # a church rank before the name is a style, not a name part
    ("Vatican Secretary of State Cardinal Pietro Parolin met Chinese officials.", "Pietro Parolin", "VA"),
]


def test_our_ambassador_who_joins_a_visiting_speaker_is_posted_there():
    text = (
        "Foreign Secretary David Lammy today became the first British Foreign Secretary to visit Laos since"
        " 1990.\n\nSpeaking in Vientiane, the Foreign Secretary said:\n\n\"I met President Thongloun"
        " Sisoulith today, and our Ambassador, Mark Gooding, joined me for that meeting.\""
    )
    facts = analyze(text)["facts"]
    gooding = next(o for o in facts["officials"] if o["name"] == "Mark Gooding")
    assert gooding["country"] == "GB"  # the speaker's 'our'
    assert [t["traveler"] for t in facts["trips"]] == ["David Lammy"]  # 'became the first ... to visit'


def test_a_definite_title_stands_for_the_name_in_apposition_to_it():
    text = (
        "Yesterday President Lula received Prime Minister Mark Rutte in Brasília. The Minister of Foreign"
        " Affairs, Ambassador Mauro Vieira, will travel to Paris on Monday. On that day he will meet Foreign"
        " Minister Stéphane Séjourné."
    )
    meetings = analyze(text)["facts"]["meetings"]
    assert ["Mauro Vieira", "Stéphane Séjourné"] in [m["participants"] for m in meetings]


# countries the ner misses
COUNTRIES_THE_NER_MISSES = [
    # 'of' and a country the NER did not tag
    (
        "Deputy Prime Minister and Foreign Minister Ishaq Dar of Pakistan met Chinese Foreign Minister"
        " Wang Yi.",
        "Ishaq Dar",
        "PK",
    ),
    # a royal host at a listed palace
    ("King Charles III received Japanese Emperor Naruhito at Buckingham Palace.", "Charles III", "GB"),
]


def test_a_queen_regnant_is_an_official_a_queen_consort_not():
    found = officials("Queen Elizabeth II and Queen Rania hosted US President Donald Trump at Windsor.")
    assert found["Elizabeth II"]["country"] == "GB" and "Rania" not in found


def test_a_city_the_ner_calls_a_person_is_a_destination():
    text = "Senators Lindsey Graham and Richard Blumenthal visited Kyiv and met President Zelenskyy."
    assert country(text, "Richard Blumenthal") != "UA"


# ---------------------------------------------------------------- country evidence, strongest first

COUNTRY_CASES = [
    (  # a traveller flies back home: not the country of the hosts they met
        "President Javier Milei will meet Italian President Sergio Mattarella in Rome on Monday. He will"
        " be received by Pope Francis. Milei flies back to Buenos Aires on Monday night.",
        "Javier Milei",
        "AR",
    ),
    (  # a counterpart serves another country than the official whose counterpart they are
        "Chinese Foreign Minister Wang Yi held talks with his counterpart Ri Yong-ho in Pyongyang on"
        " Wednesday.",
        "Ri Yong-ho",
        "KP",
    ),
    (  # a spokesperson speaks for the government whose position they report
        "Chinese Foreign Minister Wang Yi met North Korean leader Kim Jong-un in Pyongyang. Foreign ministry"
        " spokeswoman Hua Chunying told a press briefing that China hoped to play a role.",
        "Hua Chunying",
        "CN",
    ),
    (  # 'the president' one travels with is the article's principal, not the host named last
        "Argentine President Javier Milei arrived in Rome. Milei will meet Italian President Sergio"
        " Mattarella on Monday. Foreign Minister Diana Mondino, who is travelling with the president,"
        " will join the meeting.",
        "Diana Mondino",
        "AR",
    ),
    (  # a title stops at a comma it has grown past: the places before it are a tour's
        "The tour will take him to Indonesia, South Korea and Japan, Foreign Secretary Nirupama Rao told"
        " journalists in New Delhi.",
        "Nirupama Rao",
        "IN",
    ),
    (  # an apposition the parser reads as a conjunct: 'China's chief delegate ..., Vice Minister X'
        "SEOUL, Aug. 24 (Yonhap) -- China's chief delegate to the six-party talks on North Korea's nuclear"
        " program, Vice Foreign Minister Wu Dawei, held talks with Vice Foreign Minister Song Min-soon on"
        " Wednesday. Song also met Foreign Minister Ban Ki-moon.",
        "Wu Dawei",
        "CN",
    ),
    (  # a courtesy call in the dateline's country on 'the crown prince' (a royal title, marked
        # Saudi): the host serves the dateline's country
        "ISLAMABAD: Saudi Crown Prince Mohammed bin Salman and Prime Minister Narendra Modi will meet"
        " next week.\n\nOn Monday, the crown prince called on President Arif Alvi at Aiwan-e-Sadr.",
        "Arif Alvi",
        "PK",
    ),
    (  # a visitor 'arrived here' (the dateline): whom they call on is not of the visitor's country
        "SEOUL, Aug. 24 (Yonhap) -- Chinese Vice Foreign Minister Wu Dawei held talks on Wednesday.\n\nWu"
        " arrived here Tuesday for a three-day visit. Wu will meet Unification Minister Chung Dong-young"
        " before returning to Beijing.",
        "Chung Dong-young",
        "KR",
    ),
    (  # a chargé d'affaires serves the sending country, not the post's
        "The US charge d'affaires in Singapore, Mr Rafik Mansour, told reporters on Friday.",
        "Rafik Mansour",
        "US",
    ),
    (  # a town's name inside an institution's ('Lok Sabha'; Sabha, Libya) names no country
        "NEW DELHI, November 4 -- He is expected to meet Leader of the Opposition in the Lok Sabha Sushma"
        " Swaraj. Prime Minister Manmohan Singh will host a dinner.",
        "Sushma Swaraj",
        "IN",
    ),
    (  # a postponed visit ('Rau's visit to Chișinău') is still the person's own destination: no
        # country rather than the destination's
        "On Thursday, the Minister of Foreign Affairs, Zbigniew Rau, held a telephone conversation with"
        " US Secretary of State Antony Blinken. Minister Rau's visit to Chișinău, during which he was to"
        " meet the Minister of Foreign Affairs of the Republic of Moldova, Nicu Popescu, has been postponed.",
        "Zbigniew Rau",
        None,
    ),
]




# ---------------------------------------------------------------- name forms

NAME_CASES = [
    ("Chief of Army Staff Gen. Qamar Javed Bajwa also called on the crown prince.", "Qamar Javed Bajwa"),
    (
        "Minister for Foreign Affairs of the Republic of Indonesia, Retno L.P. Marsudi, today met the"
        " ambassador.",
        "Retno L.P. Marsudi",
    ),
    ("She will call on Prime Minister Sheikh Hasina in Dhaka.", "Sheikh Hasina"),
    ("Retno met the State Counsellor of Myanmar, Daw Aung San Suu Kyi, on Monday.", "Aung San Suu Kyi"),
    (
        "Baird will travel to Bangkok for meetings with Thailand's Minister of Foreign Affairs, Surapong"
        " Tovichakchaikul, on regional security.",
        "Surapong Tovichakchaikul",
    ),
    # religious and pilgrim styles open no name
    ("Speaker Alhaji Aminu Tambuwal received the delegation.", "Aminu Tambuwal"),
    ("Supreme Leader Ayatollah Ruhollah Khomeini received the envoy.", "Ruhollah Khomeini"),
    # a rank written out is a style; the apposition's country of two words is no person
    ("Brigadier Julius Maada Bio, President of Sierra Leone, hosted a dinner.", "Julius Maada Bio"),
    # 'Hon.' is one token: no sentence ends inside 'the Minister of Trade, Hon. X'
    ("She was accompanied by the Minister of Trade, Hon. Kobina Tahir Hammond, who joined the talks.",
     "Kobina Tahir Hammond"),
    # 'Yang' is a Malay style only before another style word: a surname here
    ("Chinese Foreign Minister Yang Jiechi met Japanese Foreign Minister Koichiro Gemba in Beijing.",
     "Yang Jiechi"),
    # Portuguese particles, also after a name the NER cut before them
    ("Portuguese Foreign Minister João Cravinho do Carmo met his Spanish counterpart in Madrid on Monday.",
     "João Cravinho do Carmo"),
    # a surname and a hyphenated given name of two syllables, by its shape (the NER missed it)
    ("Wi Jae-sung, Seoul's chief nuclear envoy, met his Japanese counterpart in Tokyo.", "Wi Jae-sung"),
    # a given name the NER glued to the styles before it as an organisation ('H.E. Mr. Tsend')
    ("Minister Motegi held a telephone talk with H.E. Mr. Tsend Munkh-Erdene, Minister for Foreign Affairs"
     " of Mongolia.", "Tsend Munkh-Erdene"),
    # a name word with an apostrophe inside ('okina), lower case after it
    ("The delegation met Prime Minister Fiame Naomi Mata'afa, who thanked them.", "Fiame Naomi Mata'afa"),
    # post-nominal letters are no part of the name
    ("Statement by the Minister for Health, Stephen Donnelly T.D., on the new measures.", "Stephen Donnelly"),
    # a style before a full name is no part of it ('Sheikh Hasina' above keeps it)
    ("Kuwait's Foreign Minister Sheikh Ahmad Nasser Al-Mohammad Al-Sabah met the Emir of Qatar.",
     "Ahmad Nasser Al-Mohammad Al-Sabah"),
    # a portfolio word inside a title is no name; 'negotiator' is an office
    ("Foreign Minister Wang Yi met Oman's Minister Responsible for Foreign Affairs Badr Albusaidi.",
     "Badr Albusaidi"),
    ("He met the UK's chief negotiator, David Frost, in London on Monday.", "David Frost"),
    # an untitled name the article's only orphan title stands for ('The Secretary-General', twice)
    ("The Secretary-General met today in Suva with Prime Minister Frank Bainimarama of Fiji. The"
     " Secretary-General thanked the Prime Minister.\n\nKofi Annan will travel to Apia tomorrow, where he"
     " will meet Prime Minister Tuilaepa Sailele Malielegaoi of Samoa.", "Kofi Annan"),
]


@pytest.mark.parametrize(("text", "name"), NAME_CASES, ids=[c[1] for c in NAME_CASES])
def test_name_forms(text, name):
    assert name in officials(text)


NOT_OFFICIALS = [
    # initials after a lower-case preposition that is also a title word ('under')
    ("The talks resumed under U.N. supervision in Geneva, President Nicos Anastasiades said.", "U.N."),
    # the head of an indefinite, private body
    ('"Exports must grow," said Maria Lopes, president of a Lisbon-based exporters\' association.',
     "Maria Lopes"),
]


@pytest.mark.parametrize(("text", "name"), NOT_OFFICIALS, ids=[c[1] for c in NOT_OFFICIALS])
def test_not_officials(text, name):
    assert name not in officials(text)


def test_title_word_owning_an_institution_makes_no_official():
    found = officials('"He wants it," said Dr Alison Grey, a specialist at King\'s College London.')
    assert not found


def test_surname_joins_the_official_not_the_consort_sharing_it():
    text = (
        "President Luiz Inácio Lula da Silva met the Prime Minister of Japan. Ishiba will host a dinner in"
        " honour of President Lula and First Lady Janja Lula da Silva. President Lula thanked him."
    )
    assert "Janja Lula da Silva" not in officials(text)


COUNTRY_RULES = [
    # a country's long official name inside a title (six words)
    (
        "Putin held talks with Chairman of the State Affairs Commission of the Democratic People's Republic"
        " of Korea Kim Jong-un in Vladivostok.",
        "Kim Jong-un",
        "KP",
    ),
    # heads of an international commission or bank serve no country; a body's seat is not its country
    (
        "President Obama will travel to Ethiopia. In Addis Ababa he will meet AU Commission chairperson"
        " Nkosazana Dlamini-Zuma.",
        "Nkosazana Dlamini-Zuma",
        None,
    ),
    (
        "Lula attended the inauguration of Dilma Rousseff as president of the Shanghai-based New"
        " Development Bank.",
        "Dilma Rousseff",
        None,
    ),
    # an apposed title ends before its relative clause (whose countries are not the person's)
    (
        "Japanese Prime Minister Junichiro Koizumi will visit Pyongyang. Koizumi will be accompanied by"
        " Hitoshi Tanaka, director general of the Foreign Ministry's Asian Affairs Bureau, who held secret"
        " contacts with a North Korean official.",
        "Hitoshi Tanaka",
        "JP",
    ),
    # a seat of government written as a name is a place, not a person ('Cheong Wa Dae', the Blue House)
    (
        "The delegation, led by Chung Eui-yong, head of the National Security Office at Cheong Wa Dae, flew"
        " to Pyongyang. Cheong Wa Dae spokesman Kim Eui-kyeom said Chung met Kim Jong-un.",
        "Chung Eui-yong",
        "KR",
    ),
    # an envoy 'for' a country serves the sending government
    (
        "Secretary of State Hillary Clinton will travel to Burma. Special Representative and Policy"
        " Coordinator for Burma Derek Mitchell will accompany the Secretary.",
        "Derek Mitchell",
        "US",
    ),
    # host-side officials receive the visitor where the visit happens: a conjunct verb's place and
    # subject, a place the parser hangs on the object (see also test_meeting_clause_rules)
    (
        "Secretary of State Hillary Clinton will travel to Burma. In Nay Pyi Taw, she will meet with"
        " President Thein Sein and will call on Thura Shwe Mann, Speaker of the Lower House of Parliament.",
        "Thura Shwe Mann",
        "MM",
    ),
    (
        "British Foreign Secretary David Cameron is touring Central Asia. Cameron began the tour on Monday,"
        " when he met Foreign Minister Sirojiddin Muhriddin in Dushanbe.",
        "Sirojiddin Muhriddin",
        "TJ",
    ),
    # a visitor who speaks where they flew to does not serve that place
    (
        "Foreign Minister Marty Natalegawa flew to Manila on Wednesday. \"ASEAN must speak with one voice,\""
        " Marty told reporters in Manila. President Yudhoyono of Indonesia ordered the mission.",
        "Marty Natalegawa",
        "ID",
    ),
    # one country closing a list of holders of the same office is the last one's only (not IN; the
    # sentence says nothing else of Kishida)
    (
        "President Biden will meet Prime Minister Albanese, Prime Minister Kishida, and Prime Minister"
        " Narendra Modi of India in Hiroshima.",
        "Kishida",
        None,
    ),
    # the legislature's leaders serve the government whose titles they hold
    (
        "Earlier today, President Biden met at the White House with Speaker of the House Kevin McCarthy and"
        " Senate Majority Leader Chuck Schumer.",
        "Chuck Schumer",
        "US",
    ),
]


MEETING_CLAUSES = [
    # (sentence, the meeting verb, its place, a courtesy call): a 'where' on an xcomp, a meal as a
    # meeting, a courtesy call paid, a place on the object
    (
        "Tomorrow she will continue her visit to Dhaka, Bangladesh, where she is scheduled to meet with"
        " Foreign Minister Ali.",
        "meet",
        "BD",
        False,
    ),
    ("In Astana he had a working breakfast with Foreign Minister Murat Nurtleu.", "had", "KZ", False),
    ("Minister Kamikawa paid a courtesy call on Hon. Francis G. Escudero.", "paid", None, True),
    ("On Monday he met Foreign Minister Sirojiddin Muhriddin in Dushanbe.", "met", "TJ", False),
    # a 'where' after a place and its date ('on Friday 3 May'); a city the NER calls an organisation
    (
        "She will end the trip with a stop in Ulaanbaatar on Friday 3 May, where she will meet Prime"
        " Minister Oyun-Erdene.",
        "meet",
        "MN",
        False,
    ),
]


@pytest.mark.parametrize(("text", "verb", "place", "call"), MEETING_CLAUSES)
def test_meeting_clause_rules(text, verb, place, call):
    from envoy import officials as rules
    from envoy.nlp import load_nlp

    token = next(tok for tok in load_nlp()(text) if tok.text == verb)
    assert (rules._meets(token), rules._clause_place(token), rules._calls_on(token)) == (True, place, call)


NAME_RULES = [
    # an office's last word the NER glues to the name ('Federal District Yury Trutnev')
    (
        "Taking part were Deputy Prime Minister and Presidential Envoy to the Far Eastern Federal District"
        " Yury Trutnev.",
        "Yury Trutnev",
    ),
    # the last word of a two-word country whose first word reads as a demonym ('Saudi' + 'Arabia')
    (
        "Blinken met the Minister of Foreign Affairs of Saudi Arabia Faisal bin Farhan Al Saud in Riyadh.",
        "Faisal bin Farhan Al Saud",
    ),
]


@pytest.mark.parametrize(("text", "name"), NAME_RULES)
def test_name_rules(text, name):
    assert name in officials(text)


# ---------------------------------------------------------------- countries, one text each

TEXT_COUNTRIES = [
    (  # name glued to a place entity after a title
        "Putin arrived at the invitation of President of the People's Republic of China Xi Jinping.",
        {"Xi Jinping": "CN"},
    ),
    (  # double surname with glued hyphen
        "Zelenskyy met with Speaker of the Seimas of the Republic of Lithuania Viktorija Čmilytė-Nielsen"
        " and President of the Riigikogu of the Republic of Estonia Jüri Ratas.",
        {"Viktorija Čmilytė-Nielsen": "LT", "Jüri Ratas": "EE"},
    ),
    (  # title holding a comma list before the name
        "Kubrakov will meet French Minister of the Economy, Finance and the Recovery Bruno Le Maire today.",
        {"Bruno Le Maire": "FR"},
    ),
    (  # comma glued titles and a demonym glued to the name
        "President of Ukraine Volodymyr Zelenskyy met with Vice-President,Head of the Federal Department"
        " of Foreign Affairs of the Swiss Confederation Ignazio Cassis.",
        {"Ignazio Cassis": "CH"},
    ),
    (  # attribution line apposition
        "Secretary Blinken’s Travel to Cairo\n\nNed Price, Department Spokesperson\n\nBlinken will travel.",
        {"Ned Price": "US"},
    ),
    (  # members of a national group serve its country
        "Deputy Secretary of State Wendy Sherman met Moroccan Foreign Minister Nasser Bourita in Rabat. The"
        " year saw"
        " the first visit by senior Israeli officials to Morocco, including Foreign Minister Lapid.",
        {"Lapid": "IL", "Wendy Sherman": "US"},
    ),
    (  # list a government included and regions in titles
        "DHS Secretary Alejandro Mayorkas traveled to Mexico. Additional representatives of the Government"
        " of Mexico included Undersecretary of Public Security Ricardo Mejia, and Chief of the Secretariat"
        " of Foreign Relations North America Unit Roberto Velasco.",
        {"Ricardo Mejia": "MX", "Roberto Velasco": "MX"},
    ),
    (  # country closing a coordination of titled names
        "President Biden met with President Guy Parmelin and Foreign Minister Ignazio Cassis of Switzerland."
        " Secretary of State Antony Blinken and Secretary Blinken’s deputy joined President Biden.",
        {"Guy Parmelin": "CH", "Ignazio Cassis": "CH"},
    ),
    (  # place of the scene is no part of a title
        "U.S. Under Secretary Uzra Zeya went to Belgium. While in Brussels Under Secretary Zeya met them.",
        {"Uzra Zeya": "US"},
    ),
    (  # unmarked official serves the home country not the marked foreign one
        "Vice President Kamala Harris met today with Honduran President Xiomara Castro. President Castro"
        " thanked Vice President Harris. The United States will provide vaccines to Honduras.",
        {"Kamala Harris": "US", "Xiomara Castro": "HN"},
    ),
    (  # deputy secretary general of an organization serves no country
        "NATO Deputy Secretary General Mircea Geoana met Deputy Secretary of State Wendy Sherman today.",
        {"Mircea Geoana": None, "Wendy Sherman": "US"},
    ),
    (  # demonym ambassador after a title chain is found
        "German Ambassador to India Philipp Ackermann joined the talks.",
        {"Philipp Ackermann": "DE"},
    ),
    (  # consul general in a city is a post
        "Garcetti was accompanied by US Consul General in Mumbai Mike Hankey, an official statement said.",
        {"Mike Hankey": "US"},
    ),
    (  # name cut by the ner is completed from the gazetteer
        "Biden welcomed South Korean President Yoon Suk Yeol to Camp David on Friday.",
        {"Yoon Suk Yeol": "KR"},
    ),
    (  # counterpart is a title
        "Marsudi will meet with her South African counterpart Naledi Pandor.",
        {"Naledi Pandor": "ZA"},
    ),
    (  # comma apposition after a title of a place
        "On Wednesday, Lula will meet with the President of Bolivia, Luis Arce. The Governor of Pará,"
        " Helder Barbalho, will host a dinner.",
        {"Luis Arce": "BO", "Helder Barbalho": "BR"},
    ),
    (  # lowercase title after an office
        '"This is historic," White House national security adviser Jake Sullivan told reporters.',
        {"Jake Sullivan": "US"},
    ),
    (  # spokesperson serves the country they speak in
        "Japanese Prime Minister Fumio Kishida arrived in Kyiv on Tuesday. Chief Cabinet Secretary"
        " Hirokazu Matsuno told a news conference in Tokyo that the visit was important.",
        {"Hirokazu Matsuno": "JP"},
    ),
    (  # press secretary alone names no country
        "Press Secretary Dmitry Peskov told reporters in Moscow that President Putin would not attend.",
        {"Dmitry Peskov": "RU"},
    ),
    (  # staff of an international official serve no country
        "The Secretary-General, António Guterres, will travel to Egypt on Thursday, his Spokesperson,"
        " Stéphane Dujarric, told reporters in New York. The Emergency Relief Coordinator, Martin"
        " Griffiths, has been in Cairo since Monday.",
        {"Stéphane Dujarric": None, "Martin Griffiths": None},
    ),
    (  # companion serves the country of the official accompanied
        "Chinese President Xi Jinping arrived in India on Friday. Xi, accompanied by Foreign Minister"
        " Wang Yi, landed in Chennai, where Indian Prime Minister Narendra Modi received him.",
        {"Wang Yi": "CN"},
    ),
    (  # official met by a foreign visitor is not of the visitor country
        "German Chancellor Olaf Scholz met Chinese President Xi Jinping in Beijing on Friday. After the"
        " talks, Scholz also met Premier Li Keqiang.",
        {"Li Keqiang": "CN"},
    ),
    (  # known name matches without accents and styles
        "The call followed the talks of President Prabowo Subianto and Prime Minister Anwar Ibrahim.",
        {"Anwar Ibrahim": "MY"},
    ),
    (  # of the republic names no town
        "The President of the Republic, François Hollande, will travel to Lebanon on Saturday.",
        {"François Hollande": "FR"},
    ),
    (  # known name with a maternal surname
        "In Lima, President Erdoğan will be received by President Ollanta Humala Tasso.",
        {"Ollanta Humala Tasso": "PE"},
    ),
    (  # country before a title after with
        "Wei will hold talks with U.S. Secretary of Defense Lloyd Austin in Singapore.",
        {"Lloyd Austin": "US"},
    ),
    (  # name with glued particles is one name
        "Blinken met with Sudanese Foreign Minister Mariam al-Sadiq al-Mahdi in Khartoum.",
        {"Mariam al-Sadiq al-Mahdi": "SD"},
    ),
    (  # country adjective serves coordinated titled names
        "Russian Foreign Minister Sergei Lavrov and Defence Minister Sergei Shoigu met Chinese officials.",
        {"Sergei Shoigu": "RU"},
    ),
    (  # title on the header line after the name
        "Victoria Nuland\nDepartment Spokesperson\nWashington, DC\nMay 2, 2013\n\nThe talks resume today.",
        {"Victoria Nuland": "US"},
    ),
    (  # title closed by a comma before the name
        "Blinken met Nigeria's Minister of Industry, Doris Uzoka-Anite, in Abuja.",
        {"Doris Uzoka-Anite": "NG"},
    ),
    (  # officials met in a place serve its country
        "Secretary of State John Kerry will travel to Egypt, Saudi Arabia and Qatar. In Cairo, he will meet"
        " with President Hamid Farouk and Foreign Minister Kamel Samir.",
        {"Kamel Samir": "EG"},
    ),
    (  # a visit to a country makes the visitor foreign to it
        "Minister of International Relations Ronald Lamola will undertake an official visit to Ghana."
        " Ghana and South Africa will sign a treaty. Ghana hopes for trade.",
        {"Ronald Lamola": "ZA"},
    ),
    (  # official a visitor is due to meet serves the visited country
        "British Foreign Secretary Philip Hammond arrived in Tehran on Sunday. The foreign secretary is due"
        " to meet President Hamid Karimi on Monday before flying back to London.",
        {"Hamid Karimi": "IR"},
    ),
    (  # a fellow traveller serves the principals country
        "President Javier Milei of Argentina arrived in Israel. Foreign Minister Diana Mondino, who is"
        " travelling with him, met officials.",
        {"Diana Mondino": "AR"},
    ),
    (  # the purpose of a trip is no destination
        "Foreign Minister Vivian Balakrishnan will travel to Putrajaya on 9 April for the Malaysia-Singapore"
        " Retreat. He will meet Malaysian Foreign Minister Saifuddin Abdullah and return to Singapore today.",
        {"Vivian Balakrishnan": "SG"},
    ),
    (  # an audience is a meeting with a host
        "President Marcos arrived in Tokyo. He will have an audience with Emperor Naruhito on Friday.",
        {"Naruhito": "JP"},
    ),
    (  # the countries an unmarked lead visits are not home
        "Chancellor Friedrich Merz is travelling to Warsaw today, government spokesman Stefan Kornelius said."
        " In Warsaw he will be received by Prime Minister Donald Tusk. Merz will return to Berlin tonight.",
        {"Stefan Kornelius": "DE"},
    ),
    (  # a style apposition gives way to the office and stands for the person
        "His Highness Prince Faisal bin Farhan, Minister of Foreign Affairs, arrived in Tehran today. He"
        " conveyed the greetings of the Custodian of the Two Holy Mosques King Salman. His Highness is"
        " scheduled to meet the Speaker of the Islamic Consultative Assembly, Mohammad Bagher Ghalibaf.",
        {"Faisal bin Farhan": "SA", "Mohammad Bagher Ghalibaf": "IR"},
    ),
    (  # a national minister for eu affairs serves the country
        "Minister Luigi Di Maio spoke with the Spanish Minister of Foreign Affairs, European Union and"
        " Cooperation, Arancha González Laya.",
        {"Arancha González Laya": "ES"},
    ),
    (  # a shared demonym after a glued dateline
        "CAIRO, November 14. /ITAR-TASS/. Russian Foreign Minister Sergei Lavrov and Defence Minister"
        " Sergei Shoigu held talks on Thursday.",
        {"Sergei Shoigu": "RU"},
    ),
    (  # a where clause after a place and a date is in that place
        "Secretary of State Hillary Rodham Clinton will be in Cairo July 14-15, where she will meet with"
        " President Mohamed Morsi. She will then travel to Israel.",
        {"Mohamed Morsi": "EG"},
    ),
    (  # a messenger conveys the greetings of a leader of their country
        "Addis Ababa, 12 March 2014 - The Chairperson of the African Union Commission, H.E. Dr. Nkosazana"
        " Dlamini Zuma, today received the Minister of Foreign Affairs of Namibia, H.E. Mrs. Netumbo"
        " Nandi-Ndaitwah. The Minister conveyed the"
        " greetings of H.E. President Hifikepunye Pohamba.",
        {"Hifikepunye Pohamba": "NA"},
    ),
    (  # a companion in a relative clause serves the principals country
        "Argentine President Javier Milei arrived in Israel on Tuesday. Milei, who is accompanied on the"
        " visit by Foreign Minister Diana Mondino, later prayed at the Western Wall. He is due to meet Prime"
        " Minister Benjamin Netanyahu and President Isaac Herzog.",
        {"Diana Mondino": "AR"},
    ),
    (  # its in a title stands for the country named before
        "US House Speaker Nancy Pelosi met lawmakers at Taiwan's parliament, the Legislative Yuan,"
        " including its deputy speaker, Tsai Chi-chang. China's foreign ministry summoned the US"
        " ambassador, Nicholas Burns, and China announced drills.",
        {"Tsai Chi-chang": "TW"},
    ),
    (  # an official met on the purpose of a stop serves its country
        "Deputy Secretary of State Wendy Sherman will begin her trip in Istanbul and Ankara, Turkey from"
        " March 4 to 5 to meet with Foreign Minister Cavusoglu. She will then travel to Madrid, Spain and"
        " Rabat, Morocco.",
        {"Cavusoglu": "TR"},
    ),
    (  # a seat of government names the home country
        "President Joe Biden spoke with Ukrainian President Volodymyr Zelenskyy, the White House said.",
        {"Joe Biden": "US"},
    ),
    (  # the seat of government that speaks is the home country
        "A Downing Street spokesperson said: Prime Minister Theresa May welcomed the new Taoiseach, Leo"
        " Varadkar, to London. They were joined by the Irish Minister for Foreign Affairs, Simon Coveney,"
        " and by the Brexit Secretary, David Davis.",
        {"David Davis": "GB"},
    ),
    (  # a traveller returns home
        "Foreign Minister Vivian Balakrishnan will travel to Kuala Lumpur, Malaysia to discuss Myanmar and"
        " Thailand. Balakrishnan will return to Singapore on Friday.",
        {"Vivian Balakrishnan": "SG"},
    ),
    (  # a loose comma phrase with a title after the name
        "According to Ned Price, spokesman for the State Department, Blinken will travel to Kyiv.",
        {"Ned Price": "US"},
    ),
    (  # current office of a predecessor in an international body
        "Mr Brown's predecessor, Tony Blair, is now the Middle East envoy of the Quartet.",
        {"Tony Blair": None},
    ),
    (  # the side one takes part for: 'on the Chinese side', 'the Russian side was represented by'
        "The Russian side was represented by Deputy Foreign Minister Sergei Ryabkov. The forum, attended on"
        " the Chinese side by Vice Premier Liu He, ended on Friday.",
        {"Sergei Ryabkov": "RU", "Liu He": "CN"},
    ),
    (  # a plural office in running text before names, shared by the coordinated name
        "Their foreign ministers, Penny Wong of Australia and Winston Peters of New Zealand, met separately.",
        {"Penny Wong": "AU", "Winston Peters": "NZ"},
    ),
    (  # a national news agency's story: an unmarked official serves the agency's government
        "SUVA, May 4 (Xinhua) -- Fijian Prime Minister Sitiveni Rabuka received Chinese Premier Li Qiang."
        " Commerce Minister Wang Wentao told reporters that trade would grow.",
        {"Wang Wentao": "CN"},
    ),
    (  # only a dateline's parenthesis names an agency: '(MAP)' in the prose is an action plan
        "Allies back Georgia\n\nBRUSSELS, April 2 (Reuters) - Foreign Minister Grigol Vashadze said the"
        " Membership Action Plan (MAP) was near. Secretary General Jaap de Hoop Scheffer met Vashadze.",
        {"Grigol Vashadze": "GE"},
    ),
    (  # an international agency's story: the dateline's country, not a place of the subject's
        # relative clause
        "BUENOS AIRES, May 4 (AFP) - Economy Minister Sergio Massa, who was in Washington last week for talks"
        " with IMF officials, told reporters that inflation would fall.",
        {"Sergio Massa": "AR"},
    ),
    (  # regional bodies serve no country; an international body's executive is an official
        "The President spoke by telephone with the President of the ECOWAS Commission, Dr Omar Touray. The"
        " Secretary-General briefed Hans Blix, Executive Chairman of the UN Monitoring, Verification and"
        " Inspection Commission.",
        {"Omar Touray": None, "Hans Blix": None},
    ),
    (  # a queen regnant named by title and given name is the listed monarch (the capitals name nothing)
        "QUEEN BEATRIX welcomed the Polish president to The Hague on Monday. Queen Beatrix later hosted a"
        " banquet.",
        {"Beatrix": "NL"},
    ),
    (  # 'our' in a quotation: the country of the official the quotation is attributed to
        "Speaking in Jakarta, the Prime Minister of Australia, Anthony Albanese, said:\n\n\"I met President"
        " Joko Widodo today, and our Ambassador, Penny Williams, joined me for that meeting.\"",
        {"Penny Williams": "AU"},
    ),
    (  # whom a visit to a place is for talks with serves that place's country
        "President Ruto returned to Nairobi on Sunday. A stop in Kampala for consultations with Prime"
        " Minister Robinah Nabbanja has been postponed.",
        {"Robinah Nabbanja": "UG"},
    ),
    (  # known officials of two countries named as often: the home is that of the one named first
        "King Abdullah II held talks with Emir Sheikh Tamim bin Hamad Al Thani on Sunday. Planning Minister"
        " Zeina Toukan told reporters that trade would grow.",
        {"Zeina Toukan": "JO"},
    ),
    (  # a list's plural office, and the country marked before the name
        "The two trade ministers, Smith and Chile's Juan Rodriguez, met on Monday.",
        {"Juan Rodriguez": "CL"},
    ),
    (  # a country of several words after 'of' the NER splits; it is no part of the next title
        "Prime Minister Keith Rowley of Trinidad and Tobago and Prime Minister Mia Mottley of Barbados met in"
        " Georgetown.",
        {"Keith Rowley": "TT", "Mia Mottley": "BB"},
    ),
    (  # a national news agency's story: unmarked officials serve its country
        "Maputo, 3 May (Lusa) - Foreign Minister Augusto Santos Silva met President Filipe Nyusi on Monday."
        " Deputy Minister Teresa Ribeiro also attended.",
        {"Augusto Santos Silva": "PT", "Teresa Ribeiro": "PT"},
    ),
    (  # 'X's meeting with Y' during X's own visit ('his visit', no other name between)
        "Foreign Minister Yoko Kamikawa thanked Mongolia for the welcome extended to Prime Minister Fumio"
        " Kishida during his visit to Ulaanbaatar, recalling that the Prime Minister's meeting with"
        " President Ukhnaagiin Khurelsukh had been productive.",
        {"Ukhnaagiin Khurelsukh": "MN"},
    ),
    (  # the partner of talks held where a visitor travelled
        "Foreign Minister Winston Peters arrived in Apia on Monday. Peters says relations are strong after"
        " talks in Apia with the Prime Minister, Tuilaepa Sailele Malielegaoi, on Tuesday. Mr Peters thanked"
        " Samoa and New Zealand officials.",
        {"Tuilaepa Sailele Malielegaoi": "WS"},
    ),
    (  # 'lead a delegation on a visit to': abroad; the tour's stop the paragraph names; a lunch
        # 'hosted by' a host of the guest who attends it
        "Minister of Foreign Affairs Jaushieh Joseph Wu will lead a delegation on a visit to Eswatini and"
        " Palau.\n\nThe delegation will be in Mbabane on March 3. Minister Wu is scheduled to call on Prime"
        " Minister Russell Dlamini. On March 4, he will attend a working lunch hosted by Deputy Prime"
        " Minister Thulisile Dladla. Taiwan thanks its allies.",
        {"Jaushieh Joseph Wu": "TW", "Russell Dlamini": "SZ", "Thulisile Dladla": "SZ"},
    ),
    (  # a plural office of 'country, name' pairs separated by semicolons
        "President Ivan Duque yesterday led a videoconference with the prime ministers of Spain, Pedro"
        " Sanchez; Portugal, Antonio Costa; and Italy, Giuseppe Conte.",
        {"Antonio Costa": "PT", "Giuseppe Conte": "IT"},
    ),
    (  # a wire story filed from where the visitor it follows arrives: unmarked officials are the hosts
        "MANILA (AP) — Secretary of State John Kerry arrived in the Philippines on Monday to discuss maritime"
        " security.\n\nKerry was to dine with President Benigno Aquino III on Monday night. Foreign Minister"
        " Albert del Rosario was also expected at the dinner, officials said. President Barack Obama has"
        " praised the alliance.",
        {"Albert del Rosario": "PH", "John Kerry": "US"},
    ),
    (  # a cancelled trip ('who canceled his trip to Poland') is no visit to the dateline's country
        "WARSAW, Poland (AP) — Vice President Mike Pence joined world leaders in Warsaw on Sunday, standing"
        " in for President Donald Trump, who canceled his trip to Poland. Pence met President Andrzej Duda.",
        {"Mike Pence": "US"},
    ),
    (  # who receives an international official where the official (referred to by title) travelled
        "Secretary-General Kofi Annan this morning met the press.\n\nThe Secretary-General arrived in"
        " Kinshasa on Friday. On Sunday afternoon he was received by President Joseph Kabila at the Palais de"
        " la Nation.",
        {"Joseph Kabila": "CD"},
    ),
    (  # 'the foreign ministers of the two countries, A and B': the countries named before, in order
        "President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany met in Paris on Monday."
        " The foreign ministers of the two countries, Catherine Colonna and Annalena Baerbock, held separate"
        " talks.",
        {"Catherine Colonna": "FR", "Annalena Baerbock": "DE"},
    ),
    (  # 'proceed to' is travel; whom the consultations there are with serves that place's country
        "Minister Ronald Lamola will proceed to Abuja on Thursday for consultations with the Foreign"
        " Minister, Yusuf Tuggar. South Africa hopes for progress.",
        {"Ronald Lamola": "ZA", "Yusuf Tuggar": "NG"},
    ),
    (  # an orphan title's holder serves the organisation it names
        "The Secretary-General met today in Suva with Prime Minister Frank Bainimarama of Fiji. The"
        " Secretary-General thanked the Prime Minister.\n\nKofi Annan will travel to Apia tomorrow.",
        {"Kofi Annan": None},
    ),
    (  # a subdivision the NER misses before a title word is a place ('UN', 'NIS' are not towns)
        "West Bengal Chief Minister Mamata Banerjee pulled out. Punjab Chief Minister Amarinder Singh"
        " and UN Secretary-General Ban Ki-moon spoke.",
        {"Mamata Banerjee": "IN", "Amarinder Singh": "IN", "Ban Ki-moon": None},
    ),
    (  # 'X and Y will accompany Z': companions serve Z's government
        "Indian Prime Minister Manmohan Singh arrives in Dhaka tomorrow. External Affairs Minister S.M."
        " Krishna and the chief ministers of Assam and Tripura, Tarun Gogoi and Manik Sarkar, will accompany"
        " Singh. Krishna is scheduled to meet Foreign Minister Dipu Moni tomorrow morning.",
        {"S.M. Krishna": "IN", "Dipu Moni": "BD"},
    ),
    (  # a national parliament names its country
        "Rainer Arnold, defence spokesman of the opposition Social Democrats in the Bundestag, said the"
        " minister was wrong.",
        {"Rainer Arnold": "DE"},
    ),
    (  # a release's header line naming a seat of government: the issuing government's own officials
        "Readout of the Vice President's Meetings\nThe White House\nOffice of the Vice President\n\n"
        "Vice President Joe Biden arrived in Ankara this morning and met with Prime Minister Binali Yıldırım."
        " The Vice President departs Ankara tomorrow for Stockholm, Sweden, where he will meet with Prime"
        " Minister Stefan Löfven.",
        {"Joe Biden": "US", "Binali Yıldırım": "TR"},
    ),
    (  # a statement's author named in its headline ('Statement by X, Title (Place, date)'), whose
        # 'We will return to Paris' says home; a hyphenated given name the NER cuts ('Jean-')
        "Iraq - Statement by Jean-Yves Le Drian, Minister for Europe and Foreign Affairs (Baghdad, 26 August"
        " 2017)\n\nI arrived in Baghdad this morning with Florence Parly, Minister for the Armed Forces.\n\n"
        "Together we were received by Prime Minister Haider al-Abadi. I then held talks with my counterpart,"
        " Foreign Minister Ibrahim al-Jaafari.\n\nWe will return to Paris tonight.",
        {"Jean-Yves Le Drian": "FR", "Haider al-Abadi": "IQ"},
    ),
    (  # 'Mr Macron' is the president, not 'his wife, Brigitte Macron': his companions serve France;
        # a hyphenated surname the NER cuts ('Maite Nkoana' + '-Mashabane')
        "French President Emmanuel Macron began a state visit to the Netherlands yesterday. King"
        " Willem-Alexander hosted a banquet in honour of Mr Macron and his wife, Brigitte Macron. Mr Macron"
        " is accompanied by Foreign Minister Catherine Colonna. Foreign Minister Maite Nkoana-Mashabane of"
        " South Africa sent greetings.",
        {"Catherine Colonna": "FR", "Maite Nkoana-Mashabane": "ZA"},
    ),
    (  # a title-case dateline with its date: 'Bogotá, April 14, 2020.' files from Colombia
        "Blum holds videoconference\n\nBogotá, April 14, 2020. Foreign Minister Claudia Blum de Barberi held"
        " a videoconference this Tuesday with the Foreign Ministers of Peru, Gustavo Meza-Cuadra; and of"
        " Brazil, Ernesto Araújo.",
        {"Claudia Blum de Barberi": "CO"},
    ),
    (  # a country of two words between the title and the name is no part of the name
        "Prime Minister of Viet Nam Nguyen Xuan Phuc is visiting Japan from June 5 to 8.",
        {"Nguyen Xuan Phuc": "VN"},
    ),
    (  # the NER's DATE 'April 9 - Chinese' swallows the demonym after a dateline's dash
        "BUENOS AIRES, April 9 - Chinese President Jiang Zemin held talks with Argentine President"
        " Fernando de la Rua on Monday.",
        {"Jiang Zemin": "CN", "Fernando de la Rua": "AR"},
    ),
]


def test_companions_after_a_fronted_participle_serve_the_lead():
    found = officials(
        "TASHKENT - President Park Geun-hye arrived in Tashkent on Monday. Accompanying Park are Trade,"
        " Industry and Energy Minister Yoon Sang-jick and presidential secretary for economic affairs"
        " Ahn Chong-bum."
    )
    assert {n: found[n]["country"] for n in ("Yoon Sang-jick", "Ahn Chong-bum")} == {
        "Yoon Sang-jick": "KR",
        "Ahn Chong-bum": "KR",
    }
    assert found["Ahn Chong-bum"]["titles"] == ["presidential secretary for economic affairs"]


def test_a_datelines_dash_is_no_part_of_a_title():
    found = officials("BUENOS AIRES - Chinese President Jiang Zemin held talks in the city on Monday.")
    assert found["Jiang Zemin"]["titles"] == ["President"]


@pytest.mark.parametrize(("text", "expected"), TEXT_COUNTRIES,
                         ids=[next(iter(c[1])) for c in TEXT_COUNTRIES])
def test_countries_in_text(text, expected):
    found = officials(text)
    assert {name: found[name]["country"] for name in expected} == expected


ONE_NAME_COUNTRIES = [
    *COUNTRY_CASES,
    *COUNTRY_RULES,
    *SMALLER_COUNTRY_DEMONYMS,
    *HOLY_SEE,
    *MALAY_STYLES_AND_LONG_NAMES,
    *ABBREVIATED_TITLES_AND_CHURCH_STYLES,
    *COUNTRIES_THE_NER_MISSES,
]


@pytest.mark.parametrize(
    ("text", "name", "expected"), ONE_NAME_COUNTRIES, ids=[c[1] for c in ONE_NAME_COUNTRIES]
)
def test_country_of_one_name(text, name, expected):
    assert country(text, name) == expected


def test_a_countrys_possessive_in_a_list_with_an_official_is_an_official_of_it():
    text = (
        "Saudi Foreign Minister Prince Faisal bin Farhan Al Saud, Kuwait's Sheikh Ahmad Nasser Al-Sabah, "
        "Oman's Sayyid Badr bin Hamad Albusaidi and Bahrain's Abdullatif bin Rashid Al Zayani arrived in "
        "Wuxi on Sunday."
    )
    found = officials(text)
    assert found["Badr bin Hamad Albusaidi"]["country"] == "OM"
    assert found["Abdullatif bin Rashid Al Zayani"]["country"] == "BH"


def test_business_leaders_are_no_officials():
    text = (
        "I will also meet Indonesian business leaders, including Arief Santoso, President Director of the "
        "Nusantara Trade Council."
    )
    assert "Arief Santoso" not in officials(text)


@pytest.mark.parametrize(
    ("code", "day", "then"),
    [
        ("RU", "1989-01-10", "SU"),
        ("RU", "1991-12-26", "RU"),
        ("LT", "1991-06-01", "LT"),  # independent since March 1990
        ("RS", "1976-03-10", "YU"),
        ("RS", "2004-05-01", "CS"),  # Serbia and Montenegro
        ("RS", "2007-01-01", "RS"),
        ("SK", "1992-12-31", "CS"),
        ("FR", "1960-01-01", "FR"),
        ("CD", "1986-03-14", "ZR"),
        (None, "1980-01-01", None),  # an international organisation's official
    ],
)
def test_country_on_the_day(code, day, then):
    assert country_on(code, day) == then


def test_the_title_after_for_or_to_is_the_principal_s():
    """'Spokesman for Secretary-General Kofi Annan': Annan is the Secretary-General, not a spokesman."""
    text = "News\n\nThe briefing was given by Fred Eckhard, Spokesman for Secretary-General Kofi Annan."
    assert officials(text)["Kofi Annan"]["titles"] == ["Secretary-General"]
    text = "News\n\nMinister for Foreign Affairs Marise Payne met the press."
    assert officials(text)["Marise Payne"]["titles"] == ["Minister for Foreign Affairs"]


def test_an_agency_s_dash_ends_the_dateline_and_madam_is_a_style():
    text = (
        "Liberian President arrives\n\nAccra, July 19, GNA - President Ellen Johnson Sirleaf of Liberia "
        "arrives in Accra tomorrow. Madam Johnson Sirleaf took office in January."
    )
    found = officials(text)
    assert list(found) == ["Ellen Johnson Sirleaf"]
    assert found["Ellen Johnson Sirleaf"]["titles"] == ["President"]
