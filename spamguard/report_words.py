"""Whether a Chinese or Japanese page reports on a kind of spam: the words news uses about it.

News on a gambling ring, a counterfeit seizure or a loan scam names what the spammers sell inside
its own sentences ("…警方近日查获一个名为www.88bet.com的赌博网站…", "…スーパーコピー 時計 を通販サイトで
購入したが届かない…"), and that piece reads as certain spam alone. The page around it uses the words
of a report: the offence, the fraud, the counterfeit, the prescription (赌博, 詐欺, 偽ブランド, 处方药).
Spam injected into a page lands among words about something else. The classifier's reading of the
page around (``view.on_topic``) does not tell them apart in these scripts: a host's ordinary
Chinese or Japanese leans to some category of spam by chance, and news on spam reads no more like
it as a whole (0.0001 to 0.003 against a median of 0.0007 for the hosts of the held-out pages).

>>> reports_on("警方提醒市民远离网络赌博。", "gambling"), reports_on("图书馆延长开放时间。", "gambling")
(True, False)
"""

from __future__ import annotations

import regex

from .page import Page

__all__ = ["page_reports_on", "reports_on"]

# The words a report uses about each category, in simplified and traditional Chinese and in
# Japanese: the offence, the fraud or the harm, and for pills the prescriber, not the goods (which
# spam names too).
_REPORT_WORDS = {
    "gambling": "赌博|賭博|涉赌|涉賭|赌资|賭資|赌客|賭客|聚赌|聚賭|違法カジノ|賭博罪|ギャンブル依存",
    "replica": "假冒|仿冒|假货|假貨|冒牌|侵权|侵權|偽ブランド|偽物|模倣品|商標権",
    "scam": "诈骗|詐騙|詐欺|骗取|騙取|骗局|騙局|高利贷|高利貸|非法放贷|闇金|悪質業者",
    "pharma": "处方药|處方藥|処方薬|医生|醫生|医師|药师|藥師|薬剤師|副作用",
    "adult": "色情|淫秽|淫穢|猥亵|猥褻|わいせつ|性教育|児童ポルノ|扫黄|掃黃",
    "essay": "代写|代寫|学术不端|學術不端|剽窃|剽竊|論文代行",
    "seo": "刷单|刷單|虚假流量|虛假流量|ステマ",
    "offtopic": "虚假宣传|虛假宣傳|誇大広告|景品表示法",
}
_LABELS = tuple(_REPORT_WORDS)
_PATTERNS = tuple(regex.compile(_REPORT_WORDS[label]) for label in _LABELS)


def reports_on(text: str, label: str) -> bool:
    """Whether ``text`` uses a word that news uses about spam of category ``label``."""
    return label in _LABELS and _PATTERNS[_LABELS.index(label)].search(text) is not None


def page_reports_on(page: Page, label: str, a: int, z: int) -> bool:
    """Whether the page's text outside ``a``..``z`` uses a word that news uses about spam of category
    ``label`` (the words are found once a page for each category, and each piece asks in constant
    time: a long page has many pieces)."""
    if label not in _LABELS:
        return False
    spans = page.cached("report_words", _LABELS.index(label), lambda k: [m.span() for m in _PATTERNS[k].finditer(page.text)])
    # the words found do not overlap and come in the page's order: the first and the last tell
    return bool(spans) and (spans[0][1] <= a or spans[-1][0] >= z)
