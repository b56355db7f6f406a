"""Traditional characters → simplified ones, one character for one, so that offsets do not move.

Speeches from Hong Kong, Taiwan or an old Big5 page are written in traditional characters
(兩週內, 個月內, 會後, 儘快). The rules are written once, in simplified characters; a rule
stage that reads traditional text matches on `fold_traditional(view)`, a string of the same
length, and takes the words it reports from the view itself. Only characters with one
simplified form are folded (乾/幹 → 干 but 乾坤 stays: a fold must never change a word's
meaning), and only those the rules read: the words of times, directives, units and roles.
A rule that needs one more adds it here.
"""

from __future__ import annotations

import re

_PAIRS = (
    # times and calendars
    "週周 個个 內内 兩两 會会 後后 儘尽 盡尽 時时 間间 開开 節节 號号 於于 當当 這这 禮礼 曆历 歷历 "
    "點点 幾几 數数 萬万 億亿 歲岁 頭头 過过 來来 從从 現现 際际 屆届 慶庆 運运 學学 終终 舊旧 "
    "鐘钟 夠够 較较 遲迟 臨临 農农 災灾 險险 陽阳 陰阴 輪轮 "
    # directives and narrative around a time
    "進进 達达 為为 計计 劃划 規规 則则 經经 發发 說说 動动 實实 務务 須须 應应 該该 爭争 確确 "
    "組组 織织 議议 結结 預预 與与 東东 將将 繼继 續续 啟启 設设 製制 臺台 檯台 報报 總总 統统 "
    "辦办 負负 責责 協协 縣县 區区 鄉乡 鎮镇 處处 隊队 員员 幹干 導导 領领 關关 門门 機机 構构 "
    "級级 麼么 對对 邊边 題题 問问 齊齐 專专 項项 據据 選选 讓让 證证 驗验 檢检 調调 "
    "備备 認认 傳传 執执 夥伙 彙汇 匯汇 監监 營营 業业 廠厂 場场 財财 資资 "
    "紀纪 錄录 黨党 稅税 費费 價价 質质 標标 準准 評评 審审 範范 圍围 況况 嚴严 厲厉 緊紧 決决 斷断 "
    "體体 環环 護护 衛卫 醫医 藥药 療疗 養养 腦脑 網网 線线 條条 張张 廣广 電电 話话 "
    # units, roles and reports (the owner rules)
    "籌筹 黨党 單单 書书 記记 長长 廳厅 團团 聯联 屬属 強强 莊庄 樓楼 銀银 "
)
_TABLE = {ord(pair[0]): ord(pair[1]) for pair in _PAIRS.split()}

# The standard library's engine: it tests a large character class by a bitmap, about 15 times
# faster than `regex` on a text without any of them (the common case, looked at once per text).
_TRADITIONAL = re.compile("[" + "".join(chr(code) for code in _TABLE) + "]")


def fold_traditional(text: str) -> str:
    """`text` with the traditional characters the rules read replaced by their simplified
    form; the same string (no copy) when it has none. Same length as `text`."""
    if _TRADITIONAL.search(text) is None:
        return text
    return text.translate(_TABLE)
