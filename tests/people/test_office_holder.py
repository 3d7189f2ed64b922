"""Who holds a singular post of a body, keyed by the post and its holder-of scope with no
table of organisations (claimcheck.office_claims), and two holders of one office across
sources (claimcheck.check.office_holder.v1). Small invented reports: a hospital, a football
club, a court, a university, a shipping firm, a trade summit."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_articles

from claimcheck.checks.office_holder import canonical_scopes
from claimcheck.models import Report
from claimcheck.office_claims import PREDICATE, tables

DAY = "2026-04-14"
RULE = "claimcheck.check.office_holder.v1"


def _posts(report: Report) -> dict[str, tuple[str, str | None]]:
    return {c.subject.label or c.subject.id: (str(c.value.value), c.title.body if c.title else None)
            for c in report.claims if c.predicate == PREDICATE and c.value is not None}


@pytest.mark.parametrize("ex", tables().examples, ids=lambda e: e.text)
def test_office_examples(tmp_path: Path, ex) -> None:  # type: ignore[no-untyped-def]
    # the surname again: a name the tables do not know is confirmed by the article
    text = f"News of the day\n\n{ex.text} {ex.person.split()[-1]} spoke again later.\n"
    report = run_articles(tmp_path, {"a": text}, {"a": DAY})
    got = _posts(report).get(ex.person)
    assert got == ((ex.post, ex.scope) if ex.post else None)


def _findings(tmp_path: Path, a: str, b: str, day_a: str = DAY, day_b: str = DAY) -> list[str]:
    report = run_articles(tmp_path, {"a": a, "b": b}, {"a": day_a, "b": day_b})
    return [f.severity for f in report.findings if f.rule == RULE]


def test_two_heads_of_one_hospital_unit_conflict(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Ward closed\n\nLena Ortiz, chief of the cardiology unit, said the ward was full.\n",
                     "Ward full\n\nMarta Quiles, chief of the hospital's cardiology unit, said beds were short.\n") \
        == ["conflict"]


def test_chiefs_of_two_units_never_meet(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Ward closed\n\nLena Ortiz, chief of the cardiology unit, said the ward was full.\n",
                     "Ward full\n\nMarta Quiles, chief of the hospital's oncology unit, said beds were short.\n") == []


def test_a_deputy_and_a_chief_of_one_body_never_meet(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Ward closed\n\nLena Ortiz, chief of the cardiology unit, said the ward was full.\n",
                     "Ward full\n\nMarta Quiles, deputy chief of the cardiology unit, said beds were short.\n") == []


def test_a_former_holder_is_no_second_holder(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Club news\n\nThe club's president, Anton Berg, praised the players. Berg spoke again later.\n",
                     "Club news\n\nThe club's former president, Jonas Lind, praised the players. Lind spoke again later.\n") == []


def test_holders_a_year_apart_are_a_change(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Club news\n\nThe club's president, Anton Berg, praised the players. Berg spoke again later.\n",
                     "Club news\n\nThe club's president, Jonas Lind, praised the players. Lind spoke again later.\n",
                     day_b="2027-05-20") == []


def test_an_open_scope_joins_the_one_written_scope(tmp_path: Path) -> None:
    # "its rector" in a story with one university's rector written: that rector's, as sure as written
    assert _findings(tmp_path,
                     "Campus news\n\nThe rector of the University of Tarvel, Ines Falk, welcomed the ruling. Falk spoke again later.\n",
                     "Campus news\n\nThe university reopened. Its rector, Paula Rhee, welcomed the ruling. Rhee spoke again later.\n") \
        == ["conflict"]


def test_two_panels_chaired_by_two_people_never_meet(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Appeal heard\n\nThe appeals panel, chaired by retired judge Maria Velde, upheld the ban. Velde spoke again later.\n",
                     "Appeal heard\n\nThe ethics panel, chaired by retired judge Hanna Roos, upheld the ban. Roos spoke again later.\n") == []


def test_one_panel_chaired_and_led_by_its_president(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Appeal heard\n\nThe Maritime Appeals Panel, chaired by retired judge Maria Velde, upheld the ban. Velde spoke again later.\n",
                     "Appeal heard\n\nThe Maritime Appeals Panel, led by its president Hanna Roos, upheld the ban. Roos spoke again later.\n") \
        == ["conflict"]


def test_two_heads_of_one_delegation_conflict(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Trade talks\n\nThe Chilean delegation was led by Pablo Soto. Soto spoke again later.\n",
                     "Trade talks\n\nChile was represented by Rosa Quispe. Quispe spoke again later.\n") == ["conflict"]


def test_heads_of_two_delegations_never_meet(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Trade talks\n\nThe Chilean delegation was led by Pablo Soto. Soto spoke again later.\n",
                     "Trade talks\n\nPeru was represented by Rosa Quispe. Quispe spoke again later.\n") == []


def test_one_source_naming_two_holders_is_no_conflict(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Ship news\n\nThe ship's master, Captain Olav Strand, spoke. The ship's master, Captain Ruben "
                     "Salas, also spoke.\n",
                     "Ship news\n\nThe cargo was unloaded on Monday.\n") == []


def test_scopes_join_by_containment_only_when_unambiguous() -> None:
    canon = canonical_scopes({"cardiology unit", "hospital cardiology unit", "oncology unit", "unit"})
    assert canon["cardiology unit"] == "hospital cardiology unit"
    assert "unit" not in canon  # fits two units: joins neither
    assert None not in canon
    assert canonical_scopes({"=fsf", "rail =fsf federation", "fsf"})["fsf"] == canonical_scopes(
        {"=fsf", "rail =fsf federation", "fsf"})["rail =fsf federation"]


def test_a_country_s_team_led_by_an_official_is_its_delegation(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Border talks\n\nThe Ghanaian delegation was headed by Kofi Mensah. Mensah spoke later.\n",
                     "Border talks\n\nGhana's team, led by deputy trade minister Ama Owusu, pressed for a deal. "
                     "Owusu spoke later.\n") == ["conflict"]


def test_a_country_s_side_in_sport_is_no_delegation(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Final\n\nThe Ghanaian delegation was headed by Kofi Mensah. Mensah spoke later.\n",
                     "Final\n\nGhana's team, led by captain Ama Owusu, won the final. Owusu spoke later.\n") == []


def test_a_person_who_led_a_country_s_delegation_heads_it(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Border talks\n\nThe Ghanaian delegation was headed by Kofi Mensah. Mensah spoke later.\n",
                     "Border talks\n\nAma Owusu led the Ghanaian delegation at the talks. Owusu spoke later.\n") \
        == ["conflict"]


def test_a_person_who_led_a_country_s_side_in_sport_heads_no_delegation(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Final\n\nThe Ghanaian delegation was headed by Kofi Mensah. Mensah spoke later.\n",
                     "Final\n\nAma Owusu led the Ghana side to a win. Owusu spoke later.\n") == []


def test_who_heads_the_body_meets_the_head_of_it(tmp_path: Path) -> None:
    # "who heads the <body>" (present tense) and "head of the <named body>": one post of one body
    assert _findings(tmp_path,
                     "Blood stocks\n\nLena Ortiz, who heads the blood bank, said stocks were low. Ortiz spoke again later.\n",
                     "Blood stocks\n\nMarta Quiles, head of the Tarvel Blood Bank, said stocks were short. "
                     "Quiles spoke again later.\n") != []


def test_who_headed_or_who_leads_a_race_say_nothing(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Blood stocks\n\nLena Ortiz, who headed the blood bank until 2019, said stocks were low. "
                     "Ortiz spoke again later.\n",
                     "Blood stocks\n\nMarta Quiles, head of the Tarvel Blood Bank, said stocks were short. "
                     "Quiles spoke again later.\n") == []
    assert _findings(tmp_path / "race",
                     "Sailing\n\nLena Ortiz, who leads the race, said the wind had dropped. Ortiz spoke again later.\n",
                     "Sailing\n\nMarta Quiles, who leads the race, said the wind had risen. Quiles spoke again later.\n") == []


def test_two_event_directors_of_one_day_conflict(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Rally stopped\n\nThe stage was cut, rally director Lena Ortiz said. Ortiz spoke again later.\n",
                     "Rally stopped\n\nThe route was changed, said rally director Ana Brook. Brook spoke again later.\n") \
        == ["conflict"]


def test_event_spokespeople_and_another_events_director_stay_quiet(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Rally stopped\n\nThe stage was cut, rally spokeswoman Lena Ortiz said. Ortiz spoke again later.\n",
                     "Rally stopped\n\nThe route was changed, said rally spokeswoman Ana Brook. Brook spoke again later.\n") \
        == []
    assert _findings(tmp_path / "two",
                     "Rally stopped\n\nThe stage was cut, rally director Lena Ortiz said. Ortiz spoke again later.\n",
                     "Festival opens\n\nThe tents went up, said festival director Ana Brook. Brook spoke again later.\n") \
        == []


def test_this_years_head_speaks_as_of_writing(tmp_path: Path) -> None:
    # "this year's jury": a period holding the publication day names the head as of writing
    assert _findings(tmp_path,
                     "Poetry prize\n\nThis year's jury, chaired by Ana Brook, met twice. Brook spoke again later.\n",
                     "Poetry prize\n\nJury president Lena Ortiz praised the winner. Ortiz spoke again later.\n",
                     day_b="2026-04-15") == ["conflict"]


def test_last_years_head_is_no_second_holder(tmp_path: Path) -> None:
    assert _findings(tmp_path,
                     "Poetry prize\n\nLast year's jury, chaired by Ana Brook, met twice. Brook spoke again later.\n",
                     "Poetry prize\n\nJury president Lena Ortiz praised the winner. Ortiz spoke again later.\n",
                     day_b="2026-04-15") in ([], ["tension"])
