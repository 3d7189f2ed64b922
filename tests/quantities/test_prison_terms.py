"""What a prison term is: the imposed term read from the verb that imposed it, however said
("sentenced to", "jailed for", "sent him to prison for"), compared across articles in any
unit; a term someone faces is another role. Articles written for the tests: a fraud case
and a smuggling case."""

from __future__ import annotations

from pathlib import Path

from builders import run_articles


def _terms(report) -> list[tuple[str, float]]:
    return sorted((c.subject.id.split("|")[2], c.quantity.value) for c in report.claims
                  if c.quantity is not None and c.quantity.head == "prison-term")


def test_sent_to_prison_for_is_the_imposed_term(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Fraud case\n\nOn Friday, a judge in Leeds sent Peter Holm to prison for 96 months.\n",
        "b": "Fraud case\n\nPeter Holm, 41, was jailed for 10 years on Friday.\n",
    }, {"a": "2025-05-10", "b": "2025-05-10"})
    assert _terms(report) == [("imposed", 2922.0), ("imposed", 3652.5)]
    assert any(f.kind == "count" and f.severity == "conflict" for f in report.findings)


def test_a_term_someone_faces_is_no_imposed_term(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Smuggling case\n\nPeter Holm, who was jailed last year for theft, faces up to 20 years in prison.\n",
    }, {"a": "2025-05-10"})
    assert ("imposed", 7305.0) not in _terms(report)


def test_could_be_sent_to_prison_is_a_maximum(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Smuggling case\n\nPeter Holm could be sent to prison for up to 20 years.\n",
    }, {"a": "2025-05-10"})
    assert _terms(report) == [("maximum", 7305.0)]
