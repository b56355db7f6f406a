"""The meeting date: written under the title or in the signature, never a posting stamp or
a date of the body's narrative."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actions.text.normalize import normalize
from actions.timex.meeting_date import find_reference_date

BODY = "同志们：\n" + "今天召开全市安全生产工作会议，主要任务是总结工作、部署任务，各单位要认真抓好落实。" * 3 + "\n"


def _date(text: str) -> dt.date | None:
    view = normalize(text).view
    found = find_reference_date(view)
    if found is None:
        return None
    date, (start, end) = found
    assert "年" in view[start:end] and view[start:end].endswith(("日", "号"))
    return date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在全市工作会议上的讲话\n（2012年3月9日）\n" + BODY, dt.date(2012, 3, 9)),
        ("在全市工作会议上的讲话\n(2012年3月9日)\n" + BODY, dt.date(2012, 3, 9)),
        ("在全市工作会议上的讲话\n二〇一二年三月九日\n" + BODY, dt.date(2012, 3, 9)),
        ("在全市工作会议上的讲话\n（二○一二年十月二十日）\n" + BODY, dt.date(2012, 10, 20)),
        ("——在全市工作会议上的讲话（2013年1月15日）\n" + BODY, dt.date(2013, 1, 15)),
        ("在全市工作会议上的讲话\n张三\n（２０１２年３月９日）\n" + BODY, dt.date(2012, 3, 9)),
        ("在全市工作会议上的讲话\n" + BODY + "\n市人民政府办公室\n2012年5月10日\n", dt.date(2012, 5, 10)),
        ("在全市工作会议上的讲话\n" + BODY + "\n二〇一二年五月十日", dt.date(2012, 5, 10)),
        ("在全市工作会议上的讲话\n（2012年3月9日在全市安全生产工作会议上）\n" + BODY, dt.date(2012, 3, 9)),
        ("专题会议纪要\n时间：2012年3月9日上午9：00\n地点：市政府三楼会议室\n" + BODY, dt.date(2012, 3, 9)),
        ("专题会议纪要\n会议时间：2012年3月9日（星期五）\n" + BODY, dt.date(2012, 3, 9)),
    ],
)
def test_meeting_date_in_head_or_signature(text, expected):
    assert _date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "在全市工作会议上的讲话\n发布时间：2012年3月10日\n" + BODY,
        "在全市工作会议上的讲话\n来源：市政府网 2012年3月10日\n" + BODY,
        "在全市工作会议上的讲话\n2012-03-10 08:00\n" + BODY,
        "在全市工作会议上的讲话\nhttp://www.example.gov.cn/2012年3月10日\n" + BODY,
        "在全市工作会议上的讲话\n" + BODY + "xiexiebang.com范文网 2012年3月10日\n",
        "在全市工作会议上的讲话\n" + BODY + "第 3 页 共 5 页\n",
        "在全市工作会议上的讲话\n" + BODY + "2012年3月10日前，各单位要把方案报送市政府办公室，逾期不报的要通报批评。\n",
        "在全市工作会议上的讲话\n" + BODY + "最后期限是2012年9月30日。\n" + BODY,
        "2012年3月9日，市政府召开全市安全生产工作会议，会议由常务副市长主持，各县市区政府和市直各部门主要负责人参加了会议，会议总结了去年的工作并部署了今年的任务，要求各单位抓好落实。\n" + BODY,
        "在全市工作会议上的讲话\n发布时间：2012年3月9日上午9：00\n" + BODY,
        "在全市工作会议上的讲话\n时间：2012年3月9日前完成报送\n" + BODY,
        "",
    ],
)
def test_no_meeting_date_from_furniture_or_narrative(text):
    assert _date(text) is None


def test_an_impossible_date_is_not_a_meeting_date():
    assert _date("讲话\n（2012年2月30日）\n" + BODY) is None


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["（", "）", "2012", "年", "3", "月", "9", "日", "\n", "时间：", "讲话", "网", "二〇一二", "三", "九", " "]), max_size=40).map("".join))
def test_meeting_date_never_raises_and_its_span_holds_the_date(text):
    view = normalize(text).view
    found = find_reference_date(view)
    if found is not None:
        date, (start, end) = found
        assert 0 <= start < end <= len(view)
        assert view[start:end].endswith(("日", "号"))
