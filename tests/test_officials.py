"""Rule tests for officials (envoy.nlp's name repair, envoy.officials' titles and countries): one short
sentence per construction."""

from envoy.enrich import analyze


def officials(text: str) -> dict[str, dict]:
    return {o["name"]: o for o in analyze(text)["facts"]["officials"]}


def country(text: str, name: str) -> str | None:
    return officials(text)[name]["country"]


def test_name_pieces_the_ner_splits_are_one_name():
    found = officials("In Tanzania, the Under Secretary will meet with President Samia Suluhu Hassan today.")
    assert "Samia Suluhu Hassan" in found


def test_name_glued_to_a_place_entity_after_a_title():
    text = "Putin arrived at the invitation of President of the People's Republic of China Xi Jinping."
    assert country(text, "Xi Jinping") == "CN"


def test_double_surname_with_glued_hyphen():
    text = (
        "Zelenskyy met with Speaker of the Seimas of the Republic of Lithuania Viktorija Čmilytė-Nielsen"
        " and President of the Riigikogu of the Republic of Estonia Jüri Ratas."
    )
    found = officials(text)
    assert found["Viktorija Čmilytė-Nielsen"]["country"] == "LT"
    assert found["Jüri Ratas"]["country"] == "EE"


def test_title_holding_a_comma_list_before_the_name():
    text = "Kubrakov will meet French Minister of the Economy, Finance and the Recovery Bruno Le Maire today."
    assert country(text, "Bruno Le Maire") == "FR"


def test_comma_glued_titles_and_a_demonym_glued_to_the_name():
    text = (
        "President of Ukraine Volodymyr Zelenskyy met with Vice-President,Head of the Federal Department"
        " of Foreign Affairs of the Swiss Confederation Ignazio Cassis."
    )
    assert country(text, "Ignazio Cassis") == "CH"


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


def test_attribution_line_apposition():
    text = "Secretary Blinken’s Travel to Cairo\n\nNed Price, Department Spokesperson\n\nBlinken will travel."
    assert country(text, "Ned Price") == "US"


def test_members_of_a_national_group_serve_its_country():
    text = (
        "Deputy Secretary Wendy Sherman met Moroccan Foreign Minister Nasser Bourita in Rabat. The year saw"
        " the first visit by senior Israeli officials to Morocco, including Foreign Minister Lapid."
    )
    found = officials(text)
    assert found["Lapid"]["country"] == "IL"
    assert found["Wendy Sherman"]["country"] == "US"


def test_list_a_government_included_and_regions_in_titles():
    text = (
        "DHS Secretary Alejandro Mayorkas traveled to Mexico. Additional representatives of the Government"
        " of Mexico included Undersecretary of Public Security Ricardo Mejia, and Chief of the Secretariat"
        " of Foreign Relations North America Unit Roberto Velasco."
    )
    found = officials(text)
    assert found["Ricardo Mejia"]["country"] == "MX"
    assert found["Roberto Velasco"]["country"] == "MX"


def test_country_closing_a_coordination_of_titled_names():
    text = (
        "President Biden met with President Guy Parmelin and Foreign Minister Ignazio Cassis of Switzerland."
        " Secretary of State Antony Blinken and Secretary Blinken’s deputy joined President Biden."
    )
    found = officials(text)
    assert found["Guy Parmelin"]["country"] == "CH"
    assert found["Ignazio Cassis"]["country"] == "CH"


def test_place_of_the_scene_is_no_part_of_a_title():
    text = "Under Secretary Uzra Zeya went to Belgium. While in Brussels Under Secretary Zeya met officials."
    assert country(text, "Uzra Zeya") == "US"


def test_unmarked_official_serves_the_home_country_not_the_marked_foreign_one():
    text = (
        "Vice President Kamala Harris met today with Honduran President Xiomara Castro. President Castro"
        " thanked Vice President Harris. The United States will provide vaccines to Honduras."
    )
    found = officials(text)
    assert found["Kamala Harris"]["country"] == "US"
    assert found["Xiomara Castro"]["country"] == "HN"


def test_deputy_secretary_general_of_an_organization_serves_no_country():
    text = "NATO Deputy Secretary General Mircea Geoana met Deputy Secretary Wendy Sherman in Brussels."
    found = officials(text)
    assert found["Mircea Geoana"]["country"] is None
    assert found["Wendy Sherman"]["country"] == "US"


def test_royal_family_members_beside_a_king_are_no_officials():
    text = (
        "The President looks forward to welcoming His Majesty King Abdullah II of Jordan, Her Majesty Queen"
        " Rania, and His Royal Highness Crown Prince Hussein to the White House."
    )
    found = officials(text)
    assert "Abdullah II" in found
    assert "Rania" not in found and "Hussein" not in found
