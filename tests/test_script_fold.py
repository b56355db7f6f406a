"""Traditional text is read by the simplified rules through a one-for-one fold (offsets do not move)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, strategies as st

from actions.lang.zh.script import fold_traditional
from actions.timex.scan import scan_deadlines


def test_fold_maps_the_words_of_times_and_keeps_the_length():
    text = "治理方案的評審要求本週完成，兩週內上報，三個月內辦結，會後儘快落實"
    folded = fold_traditional(text)
    assert folded == "治理方案的评审要求本周完成，两周内上报，三个月内办结，会后尽快落实"
    assert len(folded) == len(text)


def test_simplified_text_is_returned_as_is():
    text = "本周内完成"
    assert fold_traditional(text) is text


def test_deadlines_of_traditional_text_keep_the_words_as_written():
    text = "各單位要在兩週內上報，會後儘快落實"
    found = [(d.text, d.kind, d.due, text[d.span[0]:d.span[1]]) for d in scan_deadlines(text, dt.date(2012, 5, 10))]
    assert found == [("兩週內", "within", dt.date(2012, 5, 24), "兩週內"), ("會後", "asap", None, "會後"),
                     ("儘快", "asap", None, "儘快")]


@given(st.text(alphabet="週個內兩會後儘時間年月日前内ab12，。", max_size=60))
def test_fold_never_moves_an_offset(text):
    assert len(fold_traditional(text)) == len(text)
    for deadline in scan_deadlines(text, dt.date(2012, 5, 10)):
        assert text[deadline.span[0]:deadline.span[1]] == deadline.text


def test_owners_of_traditional_text_keep_their_names_as_written():
    import actions

    document = actions.extract("一、縣財政局要落實配套資金。\n二、各級各有關部門要抓緊整改到位。", "2012-05-10")
    assert [[(o.name, o.role) for o in item.owners] for item in document.items] == [
        [("縣財政局", "responsible")], [("各級各有關部門", "responsible")]]
