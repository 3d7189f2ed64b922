"""Each article's one dated happening of a kind, joined across the articles of one story
(events/story_happenings.py): an approval or an advisory told once in each article, on days
one apart, is one happening whose two days the date rule compares; kept apart when the days
lie far apart, a plan meets a held event, the article dates two of the kind, another body
holds the other, or the mention stands outside both leads with no name shared. Small articles
invented for the tests: a wind farm's licence, a water advisory, a museum's permit."""

from __future__ import annotations

from builders import run_dated


def _date_findings(report) -> list[str]:
    return [f.summary for f in report.findings if f.kind == "date" and f.severity in ("conflict", "tension")]


_FILLER = ("Residents packed the village hall to hear the plans. Farmers asked about access roads. "
           "A second meeting is planned for the spring. ")


def _licence(a_day: str, b_day: str, *, a_more: str = "", b_more: str = "") -> dict[str, tuple[str, str]]:
    return {
        "a": ("2024-05-09", "Wind farm cleared\n\nKESTRA - Engineers at Brannock Energy cheered after "
                            f"regulators approved its offshore wind farm {a_day}.{a_more} Its chief executive, "
                            "Mara Lind, said the news was welcome. " + _FILLER),
        "b": ("2024-05-09", "Licence granted\n\nThe Marine Licensing Authority of Oldwick "
                            f"{b_day} approved the Tarn Bank wind farm proposed by Brannock Energy.{b_more} " + _FILLER),
    }


def test_an_approval_told_once_in_each_lead_on_two_days_is_one_happening(tmp_path) -> None:
    report = run_dated(tmp_path, _licence("on Monday", "on Tuesday"))
    assert any("2024-05-06" in s and "2024-05-07" in s for s in _date_findings(report)), \
        [f.summary for f in report.findings]


def test_days_a_week_apart_are_two_happenings(tmp_path) -> None:
    report = run_dated(tmp_path, _licence("on April 29", "on Tuesday"))
    assert not _date_findings(report), [f.summary for f in report.findings]


def test_a_plan_does_not_meet_a_held_event(tmp_path) -> None:
    docs = _licence("on Monday", "on Tuesday")
    docs["a"] = ("2024-05-05", "Wind farm decision due\n\nKESTRA - Engineers hope regulators will approve "
                               "the offshore wind farm on Monday. " + _FILLER)
    report = run_dated(tmp_path, docs)
    assert not _date_findings(report), [f.summary for f in report.findings]


def test_an_article_dating_two_of_the_kind_has_no_one_happening(tmp_path) -> None:
    report = run_dated(tmp_path, _licence(
        "on Monday", "on Tuesday",
        a_more=" Harbour officials separately approved a new ferry berth on Wednesday."))
    assert not _date_findings(report), [f.summary for f in report.findings]


def _advisory(a_where: str, b_where: str) -> dict[str, tuple[str, str]]:
    return {
        "a": ("2024-08-13", "Boil your water\n\nLENHAM - " + a_where + "The Lenham Water Board issued an advisory on "
                            "Sunday telling households in the north of the town to boil tap water, after a "
                            "pipe failure let silt into the supply. Its engineer, Kasia Brol, said tests would "
                            "run all week."),
        "b": ("2024-08-13", "Tap water warning\n\n" + b_where + "Health officials issued a boil-water advisory on "
                            "Monday for parts of Lenham. Shops near the station ran out of bottled water, "
                            "said the town's mayor, Tomasz Wilk."),
    }


def test_an_advisory_told_once_in_each_lead_is_one_happening(tmp_path) -> None:
    report = run_dated(tmp_path, _advisory("", ""))
    assert any("2024-08-11" in s and "2024-08-12" in s for s in _date_findings(report)), \
        [f.summary for f in report.findings]


def test_an_advisory_told_far_from_both_leads_needs_a_name_shared(tmp_path) -> None:
    padding = ("The town's summer fair went ahead as planned despite the heat, with stalls along the river "
               "and a brass band from the next valley. Council staff counted more visitors than last year, "
               "and traders said takings were up. ") * 4
    report = run_dated(tmp_path, _advisory(padding, padding))
    assert not _date_findings(report), [f.summary for f in report.findings]


def test_a_mention_naming_nobody_joins_no_one_of_two_bodies_approving(tmp_path) -> None:
    """Two bodies each approved a permit on its own day (two approvals); a third article that
    names nobody approving on one of those days is neither in particular."""
    report = run_dated(tmp_path, {
        "a": ("2024-03-14", "Permit\n\nThe Corvale City Council on Monday approved a building permit for a "
                            "new wing of the Estra Gallery, mayor Ilse Varga said."),
        "b": ("2024-03-14", "Heritage\n\nThe Norland Heritage Agency on Tuesday approved plans for a glass "
                            "roof at the Estra Gallery, its director Pavel Ruzek said."),
        "c": ("2024-03-14", "Gallery news\n\nStaff at the Estra Gallery celebrated after officials approved "
                            "the extension on Wednesday, curator Anna Holm said."),
    })
    assert not _date_findings(report), [f.summary for f in report.findings]


def _bus(extra: str = "") -> dict[str, tuple[str, str]]:
    docs = {
        "a": ("2024-10-14", "Bus plunges into river\n\nVELDEN - A school bus crashed into the Mura river near Velden "
                            "on Saturday, police spokesman Erik Moser said. Eleven children were taken to hospital."),
        "b": ("2024-10-16", "Brakes under scrutiny\n\nInvestigators examining last Friday's accident near Velden "
                            "are concentrating on the bus's brakes, inspector Hanna Leitner said."),
    }
    if extra:
        docs["c"] = ("2024-10-14", extra)
    return docs


def test_the_accident_is_the_one_kind_of_misfortune_the_other_articles_report(tmp_path) -> None:
    report = run_dated(tmp_path, _bus())
    assert any("2024-10-11" in s and "2024-10-12" in s for s in _date_findings(report)), \
        [f.summary for f in report.findings]


def test_the_accident_is_none_of_two_kinds_reported_in_its_days(tmp_path) -> None:
    report = run_dated(tmp_path, _bus("Warehouse burns\n\nVELDEN - A fire destroyed a timber warehouse near Velden "
                                      "on Saturday, firefighters said. Nobody was hurt."))
    assert not any("2024-10-11" in s for s in _date_findings(report)), [f.summary for f in report.findings]


def test_the_generic_nouns_stand_for_classes_of_the_tables() -> None:
    """`coref.yaml` `lone.generic`: each noun is no class of the tables (it is read as an open
    class), and each kind it may stand for is one."""
    from claimcheck.events.lexicon import classes, settings

    known = set(classes().classes)
    for noun, kinds in settings().lone.generic.items():
        assert noun not in known, noun
        assert set(kinds) <= known, (noun, set(kinds) - known)


def _variants(report) -> list[str]:
    return [f.summary for f in report.findings if f.kind == "date" and f.severity == "variant"]


def test_earlier_this_week_holds_the_day_another_article_gives(tmp_path) -> None:
    docs = _advisory("", "")
    docs["a"] = ("2024-08-15", docs["a"][1].replace("on Sunday", "on Tuesday"))
    docs["b"] = ("2024-08-15", docs["b"][1].replace("on Monday", "earlier this week"))
    report = run_dated(tmp_path, docs)
    assert any("2024-08-13" in s and "W33" in s for s in _variants(report)), [f.summary for f in report.findings]


def test_a_week_between_two_days_of_two_happenings_joins_neither(tmp_path) -> None:
    """Two bodies approving on two days of one week (two approvals): "earlier this week" in a
    third article fits both days, so it is neither."""
    report = run_dated(tmp_path, {
        "a": ("2024-03-15", "Permit\n\nThe Corvale City Council on Monday approved a building permit for a "
                            "new wing of the Estra Gallery, mayor Ilse Varga said."),
        "b": ("2024-03-15", "Heritage\n\nThe Norland Heritage Agency on Thursday approved plans for a glass "
                            "roof at the Estra Gallery, its director Pavel Ruzek said."),
        "c": ("2024-03-15", "Gallery news\n\nStaff at the Estra Gallery celebrated after officials approved "
                            "the extension earlier this week, curator Anna Holm said."),
    })
    assert not any("W11" in s for s in _variants(report) + _date_findings(report)), \
        [f.summary for f in report.findings]


def _pay(b_object: str) -> dict[str, tuple[str, str]]:
    return {
        "a": ("2024-06-05", "Pay deal at Vessel Motors\n\nThe Metalworkers Union and Vessel Motors reached a deal "
                            "on Sunday to raise wages by 6%, union leader Ola Brekke said."),
        "b": ("2024-06-05", f"Strike averted\n\nThe Metalworkers Union reached {b_object} with Vessel Motors on "
                            "Monday, ending the threat of a strike, the union's spokeswoman, Ines Haug, said."),
    }


def test_a_deal_and_an_agreement_are_one_patient(tmp_path) -> None:
    report = run_dated(tmp_path, _pay("an agreement"))
    assert any("2024-06-02" in s and "2024-06-03" in s for s in _date_findings(report)), \
        [f.summary for f in report.findings]


def test_a_deal_and_a_settlement_are_two(tmp_path) -> None:
    report = run_dated(tmp_path, _pay("a settlement"))
    assert not _date_findings(report), [f.summary for f in report.findings]


def test_a_joined_mention_quotes_its_clause_not_its_sentence(tmp_path) -> None:
    """"KESTRA - Engineers at X cheered after regulators approved its wind farm on Monday.": the
    claim joined across articles quotes "approved its offshore wind farm on Monday", so a finding
    never also quotes what the rest of the sentence says; its span still indexes the text."""
    report = run_dated(tmp_path, _licence("on Monday", "on Tuesday"))
    joined = [c for c in report.claims if c.source == "a" and c.predicate == "approval"]
    text = (tmp_path / "corpus" / "a.txt").read_text(encoding="utf-8")
    assert joined and all(c.quote.startswith("approved") and c.quote.endswith("on Monday") for c in joined), \
        [c.quote for c in joined]
    assert all(text[c.span[0]:c.span[1]] == c.quote for c in joined)
