"""Clean Japanese lines written mostly in katakana: menus, lists, prices, rankings, results.

Japanese spam is katakana-heavy (adult words, brand copies, casino terms) while the clean Japanese
text of the corpus is a few hundred real sentences of kanji and hiragana, so the ninth session's
model read any katakana as spam: a café menu ("コーヒー カフェラテ カプチーノ エスプレッソ")
scored 0.997 adult, "チョコレート" alone 0.98, and a horse-racing results line removed a
hand-written negative page. These lines teach the model that the script is not the spam.

Words are written for spamguard by theme (food, places, sports, things, names) and joined with
katakana words of the corpus's real Japanese sentences; a word the spam side of the corpus uses
is left out, so no spam term is taught as clean. Held out by word: each word has a split, and a
line takes all its words from one split, so a test line's words are words no training line used.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable, Iterator

import regex

KATAKANA_WORD = regex.compile(r"[\p{Katakana}ー]{2,}")

THEMES: dict[str, str] = {
    "food": (
        "コーヒー カフェラテ カプチーノ エスプレッソ カフェモカ ココア ミルクティー レモネード ジュース "
        "ケーキ チーズケーキ ショートケーキ モンブラン プリン パフェ アイスクリーム チョコレート クッキー "
        "ドーナツ パンケーキ ワッフル マフィン スコーン サンドイッチ ハンバーガー ピザ パスタ スパゲッティ "
        "カレー ラーメン オムライス ハンバーグ コロッケ サラダ スープ ステーキ グラタン ドリア シチュー "
        "トースト ホットドッグ フライドポテト ヨーグルト バター チーズ ベーコン ソーセージ ハム トマト "
        "キャベツ レタス ニンジン ジャガイモ タマネギ ピーマン ブロッコリー アボカド バナナ イチゴ メロン "
        "スイカ ブドウ パイナップル マンゴー キウイ レモン オレンジ グレープフルーツ ワイン ビール "
        "ウイスキー ソーダ ハーブティー グラノーラ シリアル マカロン タルト ゼリー キャラメル バニラ "
        "シナモン ミント ガーリック オリーブオイル ドレッシング ケチャップ マヨネーズ ソース"
    ),
    "places": (
        "アメリカ イギリス フランス ドイツ イタリア スペイン カナダ オーストラリア ブラジル メキシコ "
        "インド タイ ベトナム インドネシア シンガポール マレーシア フィリピン エジプト ギリシャ トルコ "
        "オランダ スイス スウェーデン ノルウェー フィンランド デンマーク ポルトガル アルゼンチン ペルー "
        "パリ ロンドン ローマ ニューヨーク ロサンゼルス シドニー バンコク ソウル ベルリン ミラノ "
        "バルセロナ ウィーン プラハ ハワイ グアム ホノルル シアトル ボストン シカゴ バンクーバー "
        "メルボルン アムステルダム ミュンヘン ベネチア フィレンツェ ナポリ マドリード リスボン ダブリン"
    ),
    "sports": (
        "サッカー テニス ゴルフ バスケットボール バレーボール ラグビー マラソン スキー スノーボード "
        "スケート ボクシング レスリング ゴール シュート ホームラン ピッチャー キャッチャー バッター "
        "ゴールキーパー ディフェンダー フォワード コーチ チーム リーグ トーナメント スタジアム "
        "ワールドカップ オリンピック パラリンピック トレーニング ストレッチ ジョギング ウォーキング "
        "サイクリング ハイキング キャンプ ヨガ ダンス スイミング プール ジム"
    ),
    "things": (
        "パソコン スマートフォン タブレット キーボード マウス プリンター ソフトウェア データ ファイル "
        "フォルダ パスワード ネットワーク サーバー クラウド セキュリティ アップデート インストール "
        "バッテリー カメラ テレビ ラジオ エアコン テーブル ソファ ベッド カーテン カーペット キッチン "
        "シャワー タオル シャンプー ハンガー エレベーター マンション アパート ホテル レストラン カフェ "
        "デパート コンビニ ガソリンスタンド バス タクシー トラック ヘルメット シャツ ジャケット コート "
        "セーター スカート ズボン ジーンズ スニーカー ブーツ サンダル マフラー ネクタイ ベルト ポケット "
        "ボタン ノート ペン ファイル カレンダー スケジュール ピアノ ギター バイオリン ドラム コンサート "
        "アルバム バンド ミュージカル オーケストラ ドラマ ミュージアム ギャラリー ライブラリー "
        "イベント フェスティバル ワークショップ セミナー プログラム レッスン クラス テスト レポート"
    ),
    "names": (
        "ジョン マイケル エミリー サラ デビッド ジェームズ マリア アンナ トーマス ウィリアム ソフィア "
        "オリビア ルーカス ノア エマ ダニエル ジョージ ヘンリー シャーロット アレックス "
        "ゴールドシップ キタサンブラック ディープインパクト オルフェーヴル サイレンススズカ "
        "ウインドフラワー サニーブライアン グランドアース ムーンライトソング ブルーホライズン "
        "シルバーステート ロイヤルダンサー スカイハイ ホワイトリバー グリーンフォレスト "
        "ストームキャット レインボーライン アイアンハート ミラクルドリーム サウスウインド"
    ),
}

# kanji and hiragana words that sit around katakana on real pages
NAV = ["ホーム", "トップ", "お知らせ", "アクセス", "お問い合わせ", "会社概要", "店舗情報", "よくある質問", "採用情報"]
HEADINGS = ["{w}のレシピ", "人気の{w}", "{w}特集", "新作{w}", "{w}の作り方", "{w}セット", "おすすめの{w}",
            "{w}教室のご案内", "{w}大会の結果", "{w}について"]
SENTENCES = ["今日は{w}と{v}を買いました。", "{w}で{v}を楽しみました。", "週末は{w}に行って{v}を見ました。",
             "{w}の{v}がとてもおいしかったです。", "来月から{w}の{v}が始まります。"]
RANKS = ["位", "着"]


def _clean_words(spam_words: Counter, harvested: Iterable[str]) -> list[str]:
    """Written and harvested words, in order, without those the spam side uses: as a word of its
    own or inside a longer spam run ("スーパー" of "スーパーコピー")."""
    runs = [w for w in spam_words if len(w) >= 4]
    written = [w for theme in THEMES.values() for w in theme.split()]
    out: dict[str, None] = {}
    for w in [*written, *harvested]:
        if w not in out and not spam_words[w] and not any(w in r for r in runs):
            out[w] = None
    return list(out)


def katakana_lines(
    rng: random.Random,
    spam_texts: Iterable[str],
    clean_ja_texts: Iterable[str],
    split_of: Callable[[str], str],
    n_lines: int = 1200,
) -> Iterator[tuple[str, str]]:
    """(line, split) of ``n_lines`` clean katakana-heavy Japanese lines.

    Args:
        rng: the corpus's random source.
        spam_texts: every spam example's text; their katakana words are never used.
        clean_ja_texts: real clean Japanese sentences, whose katakana words join the written ones.
        split_of: the corpus's split of a group key.
    """
    spam_words = Counter(w for t in spam_texts for w in KATAKANA_WORD.findall(t))
    harvested = sorted({w for t in clean_ja_texts for w in KATAKANA_WORD.findall(t)})
    words = _clean_words(spam_words, harvested)
    pools: dict[str, list[str]] = {}
    for w in words:
        pools.setdefault(split_of(f"katakana:{w}"), []).append(w)
    splits = sorted(pools)
    sizes = [len(pools[sp]) for sp in splits]
    for _ in range(n_lines):
        split = rng.choices(splits, weights=sizes)[0]
        pool = pools[split]

        def pick(k: int) -> list[str]:
            return rng.sample(pool, min(k, len(pool)))

        shape = rng.randrange(7)
        if shape == 0:
            items = pick(rng.randint(2, 4)) + rng.sample(NAV, 2)
            rng.shuffle(items)
            line = " | ".join(items)
        elif shape == 1:
            line = rng.choice([" ", "、", "・", " / "]).join(pick(rng.randint(3, 6)))
        elif shape == 2:
            line = "　".join(f"{w} {rng.randrange(1, 40) * 20 + 80}円" for w in pick(rng.randint(2, 4)))
        elif shape == 3:
            mark = rng.choice(RANKS)
            line = " ".join(f"{i + 1}{mark} {w}" for i, w in enumerate(pick(3)))
        elif shape == 4:
            line = rng.choice(HEADINGS).format(w=pick(1)[0])
        elif shape == 5:
            w, v = pick(2)
            line = rng.choice(SENTENCES).format(w=w, v=v)
        else:
            line = pick(1)[0]
        yield line, split
