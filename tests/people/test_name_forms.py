"""Forms of one person's name that join only with agreeing evidence: an initial written onto
a name word ("B.Tsetseg"), one Cyrillic letter romanised two ways ("Dzh"/"Zh"), a name in
apposition to a definite post, and one office's holder written with a surname a letter or
two apart. Small invented reports (an energy forum, a port authority, a sports tribunal)."""

from __future__ import annotations

from pathlib import Path

from builders import run_articles, run_dated

from claimcheck.models import Report

DAY = "2026-05-11"


def _people(report: Report) -> list[set[str]]:
    return [set(e.names) for e in report.entities if e.kind == "person"]


def _run(tmp_path: Path, a: str, b: str) -> Report:
    return run_articles(tmp_path, {"a": a, "b": b}, {"a": DAY, "b": DAY})


def test_an_initial_written_onto_a_name_joins_the_one_full_name(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Energy forum\n\nThe forum opened in Darkhan. Tsetseg Batbold, director of the grid agency, "
                  "spoke first. Batbold said reserves were low.\n",
                  "Energy forum\n\nThe grid agency was represented by Director B.Tsetseg, who spoke first.\n")
    assert any({"Tsetseg Batbold", "B.Tsetseg"} <= names for names in _people(report))


def test_an_initial_that_fits_two_full_names_joins_neither(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Energy forum\n\nTsetseg Batbold, director of the grid agency, spoke first. Tsetseg Bayar, "
                  "director of the fuel agency, spoke next. Batbold and Bayar agreed.\n",
                  "Energy forum\n\nThe grid agency was represented by Director B.Tsetseg, who spoke first.\n")
    assert not any("B.Tsetseg" in names and len(names) > 1 for names in _people(report))


def test_an_initial_that_fits_no_other_word_joins_nothing(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Energy forum\n\nTsetseg Batbold, director of the grid agency, spoke first. Batbold said "
                  "reserves were low.\n",
                  "Energy forum\n\nThe grid agency was represented by Director D.Tsetseg, who spoke first.\n")
    assert not any("D.Tsetseg" in names and len(names) > 1 for names in _people(report))


def test_dzh_and_zh_are_one_spelling_with_one_given_name(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Port talks\n\nPort authority chief Aslan Dzhumabayev opened the talks. Dzhumabayev spoke.\n",
                  "Port talks\n\nPort authority chief Aslan Zhumabayev opened the talks. Zhumabayev spoke.\n")
    assert any({"Aslan Dzhumabayev", "Aslan Zhumabayev"} <= names for names in _people(report))


def test_dzh_and_zh_with_two_given_names_stay_two_people(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Port talks\n\nPort authority chief Aslan Dzhumabayev opened the talks. Dzhumabayev spoke.\n",
                  "Port talks\n\nPort authority chief Timur Zhumabayev opened the talks. Zhumabayev spoke.\n")
    assert not any({"Aslan Dzhumabayev", "Timur Zhumabayev"} <= names for names in _people(report))


def test_a_name_in_apposition_to_a_definite_post_is_a_person(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Floods\n\nThe prefect of Varna county, Ivo Petrov, declared an emergency.\n",
                  "Floods\n\nThe rain stopped on Monday.\n")
    assert any("Ivo Petrov" in names for names in _people(report))


def test_a_body_in_apposition_to_a_common_noun_is_no_person(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Floods\n\nThe operator of the dam, Hidro Nova, declared an emergency.\n",
                  "Floods\n\nThe rain stopped on Monday.\n")
    assert not any("Hidro Nova" in names for names in _people(report))


def _office_findings(report: Report) -> list[tuple[str, str]]:
    return sorted((f.kind, f.severity) for f in report.findings if f.kind in ("role_holder", "name_variant"))


def test_one_panel_chair_with_a_surname_a_letter_apart_is_a_name_variant(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Appeal\n\nThe tribunal's appeals panel, chaired by judge Anna Krohn, upheld the ban. Krohn "
                  "read the ruling.\n",
                  "Appeal\n\nThe appeals panel, chaired by judge Anna Krone, upheld the ban. Krone read the "
                  "ruling.\n")
    assert _office_findings(report) == [("name_variant", "variant")]


def test_one_panel_chaired_by_two_given_names_is_a_conflict(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Appeal\n\nThe tribunal's appeals panel, chaired by judge Anna Krohn, upheld the ban. Krohn "
                  "read the ruling.\n",
                  "Appeal\n\nThe appeals panel, chaired by judge Berta Krone, upheld the ban. Krone read the "
                  "ruling.\n")
    assert _office_findings(report) == [("role_holder", "conflict")]


def test_a_name_chaired_by_is_a_person_without_a_known_given_name(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Appeal\n\nThe panel chaired by Ilse Vranck upheld the ban.\n",
                  "Appeal\n\nThe rain stopped on Monday.\n")
    assert any("Ilse Vranck" in names for names in _people(report))


def test_a_body_led_by_a_firm_is_no_person(tmp_path: Path) -> None:
    report = _run(tmp_path,
                  "Bid\n\nThe consortium led by Vantor Kestrel won the tender.\n",
                  "Bid\n\nThe rain stopped on Monday.\n")
    assert not any("Vantor Kestrel" in names for names in _people(report))


def test_a_long_surname_with_two_slips_and_one_given_name_is_one_person(tmp_path: Path) -> None:
    # a union leader's surname misspelt by one outlet, and a different title for him there
    report = _run(tmp_path,
                  "Dock strike\n\nUnion president Ewa Kowalczyk said the walkout would go on.\n",
                  "Dock strike\n\nThe walkout went on, said Ewa Kowalcik, the union's general secretary.\n")
    assert any({"Ewa Kowalczyk", "Ewa Kowalcik"} <= names for names in _people(report))
    assert any(f.kind == "name_variant" for f in report.findings)


def test_two_surnames_two_slips_apart_stay_apart_when_short_prefixed_or_given_names_differ(tmp_path: Path) -> None:
    from claimcheck.entities.names import parse_name, same_person

    def same(a: str, b: str) -> bool:
        return same_person(parse_name(a), parse_name(b))[0]

    assert same("Ewa Kowalczyk", "Ewa Kowalcik")
    assert not same("Mark Williams", "Mark Williamson")  # one name inside the other: two names
    assert not same("Karl Meyer", "Karl Maier")  # too short for two slips
    assert not same("Lorenzo Castellani", "Lorenzo Castelli")  # two letters dropped: another name
    assert not same("Anna Lindberg", "Anna Lindgren")  # three edits apart
    assert not same("Ewa Kowalczyk", "Ola Kowalcik")  # another given name


def test_a_compound_portfolio_is_no_part_of_the_name(tmp_path: Path) -> None:
    # "Minister of Foreign Trade X": the portfolio is foreign trade (a trade ministry), so
    # "Trade" is not read into the name and the trade minister of another article is no rival title
    report = run_dated(tmp_path, {
        "a": ("2026-03-11", "Talks\n\nKenya's Minister of Foreign Trade Amina Odhiambo signed the accord on Monday.\n"),
        "b": ("2026-03-11", "Talks\n\nKenya's Minister of Trade and Industry Amina Odhiambo signed the accord on "
                            "Monday.\n"),
    })
    assert [f.summary for f in report.findings if f.severity in ("conflict", "tension")] == []
    assert not any("Trade Amina" in f.summary for f in report.findings)
