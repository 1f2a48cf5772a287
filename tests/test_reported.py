"""Sentences that report a third party's promise are the host's (``spamguard.reported``), and a
Chinese clause that reports what its subject claims describes it (``clauses.describes``)."""

from __future__ import annotations

import pytest

import spamguard
from spamguard.clauses import describes
from spamguard.reported import reports


@pytest.mark.parametrize("sentence, reported", [
    ("Payday lenders promise cash in your account within an hour, no credit check.", True),
    ("The site claims to hold a licence from the gaming authority.", True),
    ("Ces sites promettent des gains faciles et des bonus sans dépôt.", True),
    ("Diese Apps versprechen Kredite ohne Schufa in zehn Minuten.", True),
    ("这些网站宣称注册即送彩金，当天出款。", True),
    # the seller speaking, an imperative, a pitch that names the goods, a word that holds the verb
    ("We promise cash in your account within an hour, no credit check.", False),
    ("Nous promettons des gains faciles et des bonus sans dépôt.", False),
    ("我们宣称注册即送彩金，当天出款。", False),
    ("Claim your bonus now and get 200 free spins!", False),
    ("New players claim 200 free spins on their first deposit.", False),
    ("Instant cash loans, no credit check, approved in minutes!", False),
    ("A compromise was reached after a long night of talks.", False),
    # a subject longer than a subject: a clause before the verb
    ("When the council met on Tuesday evening to vote the budget the mayor promised a new library.", False),
])
def test_a_report_is_a_third_partys_promise_opening_the_sentence(sentence, reported):
    assert reports(sentence) is reported


_LOAN_APPS = (
    "Consumer News | Money | Tech\nHow quick-loan apps trap their users\n{} Once the loan is taken, the app asks for "
    "the phone's contacts and adds fees nobody mentioned.\nRegulators removed dozens of these apps from the stores "
    "last month."
)


def test_news_reporting_what_loan_apps_promise_stays_and_the_sellers_own_promise_goes():
    """Both read as certain loan spam; the report puts the apps first, the pitch speaks for the seller."""
    report = "These apps promise instant cash loans with no credit check, money in your account within minutes."
    pitch = "We promise instant cash loans with no credit check, money in your account within minutes."
    assert spamguard.clean(_LOAN_APPS.format(report)).removed == ()
    text = _LOAN_APPS.format(pitch)
    assert [text[s.start : s.end].strip() for s in spamguard.clean(text).removed] == [pitch]


def test_a_chinese_clause_reporting_what_its_subject_claims_is_the_hosts():
    text = ("首页\n台北讯\n调查局表示，诈骗集团在社群网站刊登广告，宣称免费看最新素人影片、不用绑卡直接看，诱骗民众点击连结。"
            "民众点击后，个人资料即遭窃取。")
    assert describes("宣称免费看最新素人影片、不用绑卡直接看")
    assert spamguard.clean(text).removed == ()
