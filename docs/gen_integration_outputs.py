"""Print the real outputs shown in docs/integrations.md: python docs/gen_integration_outputs.py

Runs the three integrations the way the page describes them, on the fixture pages, with the real
frameworks (the `scrapy`, `datatrove` and `spark` extras). Paste what it prints into the page when
the model or the fixtures change.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from test_integrations import CRAWL  # noqa: E402  (the crawl script the test runs)

PAGES = sorted((ROOT / "fixtures" / "pages").glob("*.txt"))
MOSTLY_SPAM = "人妻无码视频 | 成人在线观看 | 免费黄色电影 | 日本AV高清 | 午夜福利\n澳门赌场官网 真人荷官在线发牌 百家乐网站 体育投注平台"


def scrapy_stats(tmp: Path) -> None:
    spam_page = tmp / "mostly_spam.txt"
    spam_page.write_text(MOSTLY_SPAM, encoding="utf-8")
    pages = PAGES[:12] + [spam_page]
    script = tmp / "crawl.py"
    script.write_text(CRAWL, encoding="utf-8")
    out, stats = tmp / "items.jsonl", tmp / "stats.json"
    subprocess.run([sys.executable, str(script), json.dumps([str(p) for p in pages]), str(out), str(stats)],
                   check=True, cwd=tmp, capture_output=True)
    print("## scrapy: crawl stats over the first 12 fixture pages plus one page of pure spam")
    for k, v in sorted(json.loads(stats.read_text()).items()):
        print(f"{k}: {v}")


def datatrove_stats(tmp: Path) -> None:
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    from spamguard.integrations.datatrove import SpamGuardFilter

    src = tmp / "in"
    src.mkdir()
    with open(src / "docs.jsonl", "w", encoding="utf-8") as fh:
        for p in PAGES:
            fh.write(json.dumps({"id": p.name, "text": p.read_text(encoding="utf-8")}, ensure_ascii=False) + "\n")
    LocalPipelineExecutor(
        pipeline=[JsonlReader(str(src)), SpamGuardFilter(max_spam_ratio=0.5, exclusion_writer=JsonlWriter(str(tmp / "rej"))),
                  JsonlWriter(str(tmp / "out"))],
        tasks=1, workers=1, logging_dir=str(tmp / "logs"),
    ).run()
    stats = json.loads((tmp / "logs" / "stats.json").read_text())
    step = next(s for s in stats if "spamguard" in s["name"].lower())
    print(f"\n## datatrove: the spamguard step over the {len(PAGES)} fixture pages")
    print(json.dumps({k: v["total"] if isinstance(v, dict) else v for k, v in step["stats"].items() if k != "doc_len"},
                     ensure_ascii=False))


def spark_rows() -> None:
    from pyspark.sql import SparkSession

    from spamguard.integrations.spark import clean_dataframe

    spark = SparkSession.builder.master("local[2]").appName("spamguard-docs").config("spark.ui.enabled", "false").getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    try:
        df = spark.createDataFrame([(p.name, p.read_text(encoding="utf-8")) for p in PAGES], "id string, text string")
        print("\n## spark")
        clean_dataframe(df).select("id", "spamguard_spam_ratio", "spamguard_removed.label") \
            .where("spamguard_spam_ratio > 0").orderBy("id").show(5, truncate=60)
    finally:
        spark.stop()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
        scrapy_stats(Path(a))
        datatrove_stats(Path(b))
    spark_rows()
