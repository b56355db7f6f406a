"""Where items come from in a speech's structure: titles, heading bodies, the audience as subject."""

import actions


def texts(text, date="2026-11-27"):
    return [item.text for item in actions.extract(text, reference_date=date).items]


SPEECH = (
    "切实提升城市管理水平努力使城市更美更绿\n"
    "——在全市城市管理工作会议上的讲话\n"
    "同志们：\n"
    "今天召开全市城市管理工作会议。下面我讲两点意见。\n"
    "一要推进城管综合执法覆盖城乡。进一步落实相对集中行政处罚权制度，不断扩大覆盖范围，力争三年内实现全覆盖。\n"
    "二要提升城管执法水平。改进执法方式，提高执法效能，推行阳光执法。\n"
)


def test_the_title_lines_of_a_speech_are_not_items():
    found = texts(SPEECH)
    assert not any("更美更绿" in text or "讲话" in text for text in found)


def test_the_body_of_an_instruction_heading_states_the_item():
    doc = actions.extract(SPEECH, reference_date="2026-11-27")
    by_text = {item.text: item for item in doc.items}
    first = by_text["进一步落实相对集中行政处罚权制度，不断扩大覆盖范围，力争三年内实现全覆盖"]
    assert first.kind == "task" and first.deadline.text == "三年内" and str(first.deadline.due) == "2029-11-27"
    assert first.category == ["推进城管综合执法覆盖城乡"]  # the title is the category, not an item
    assert "改进执法方式，提高执法效能，推行阳光执法" in by_text
    assert "推进城管综合执法覆盖城乡" not in by_text and "提升城管执法水平" not in by_text


def test_an_instruction_heading_with_an_explanatory_body_stays_the_item():
    text = "一要加强组织领导。城市管理是一项系统工程，涉及面广。\n二要落实工作责任。\n"
    assert texts(text) == ["加强组织领导", "落实工作责任"]


def test_the_audience_as_subject_does_not_continue_the_previous_owner():
    text = "市公安局要加强交通秩序管理。我们还要不断加强公安队伍的力量。"
    doc = actions.extract(text, reference_date="2026-11-27")
    owners = {item.text: [o.name for o in item.owners] for item in doc.items}
    assert owners == {"市公安局要加强交通秩序管理": ["市公安局"], "我们还要不断加强公安队伍的力量": []}


def test_definitions_and_counted_lead_ins_are_not_items():
    text = "所谓优美就是城市不仅要建设得优美，而且要管理得优美。我市在加强城市管理工作中要遵循四个原则：一是坚持属地管理原则。二是坚持建管并重原则。"
    found = texts(text)
    assert not any("优美" in item or "遵循" in item for item in found)
    assert found == ["坚持属地管理原则", "坚持建管并重原则"]


def test_a_lead_in_that_announces_where_to_work_is_not_part_of_the_item():
    text = "必须完善保障机制，健全保障体系，具体要在“五个强”下功夫、见成效：一是强组织。二是强投入。\n"
    found = texts(text)
    assert found[0] == "必须完善保障机制，健全保障体系"
    assert not any("下功夫" in item for item in found)


def test_the_one_named_responsible_owns_the_action_that_follows():
    text = "各乡镇党政主要负责人是本地安全生产第一责任人，要亲自抓、负总责。企业是安全生产的责任主体，要加大投入。"
    doc = actions.extract(text, reference_date="2026-03-02")
    rows = [(item.text, [(o.name, o.role, o.inherited) for o in item.owners]) for item in doc.items]
    assert rows == [
        ("各乡镇党政主要负责人是本地安全生产第一责任人，要亲自抓、负总责", [("各乡镇党政主要负责人", "responsible", False)]),
        ("企业是安全生产的责任主体，要加大投入", [("企业", "responsible", False)]),
    ]


def test_a_further_disposal_joined_by_bing_jiang_is_an_action_of_its_own():
    text = "各村要加强领导，并将防汛工作纳入年终考核，对失职的干部要严肃问责。"
    doc = actions.extract(text, reference_date="2026-03-02")
    rows = [(item.text, item.kind) for item in doc.items]
    assert rows == [("各村要加强领导", "task"), ("将防汛工作纳入年终考核", "task"), ("对失职的干部要严肃问责", "directive")]
    # a submission after 并将 stays the last step of its action
    assert [item.text for item in actions.extract("各村要加强领导，并将情况报镇政府。").items] == ["各村要加强领导，并将情况报镇政府"]


def test_a_thing_with_its_own_modal_after_an_action_starts_a_further_one():
    text = "要把卫生整治纳入年度考核，对敷衍塞责的人员要严肃追责。"
    assert texts(text) == ["要把卫生整治纳入年度考核", "对敷衍塞责的人员要严肃追责"]


def test_a_party_and_its_time_lead_the_prompt_action_after_them():
    text = "各包村干部在会议结束后，及时到村里召开群众会，传达会议精神，并结合本村实际，制定切实可行的整改措施。"
    doc = actions.extract(text, reference_date="2026-03-02")
    rows = [(item.text, item.kind, [o.name for o in item.owners]) for item in doc.items]
    assert rows == [
        ("各包村干部在会议结束后，及时到村里召开群众会，传达会议精神", "task", ["各包村干部"]),
        ("结合本村实际，制定切实可行的整改措施", "task", ["各包村干部"]),
    ]
    # a past time is no limit: the report of what a party did is no item
    assert actions.extract("县水利局在去年底，完成了水库除险加固。").items == []


def test_an_unspecified_limit_after_a_directive_times_it_and_starts_no_new_action():
    text = "各科室必须对标对表，抓好关键环节，按照时间节点，完成分解任务。"
    doc = actions.extract(text, reference_date="2026-03-02")
    assert [(item.text, item.deadline.text if item.deadline else None) for item in doc.items] == [
        ("各科室必须对标对表，抓好关键环节，按照时间节点，完成分解任务", "时间节点")]
    # a time of its own still starts a further action
    assert len(actions.extract("各科室要抓好关键环节，6月底前，完成分解任务。", reference_date="2026-03-02").items) == 2


def test_a_modal_after_two_connectives_starts_a_further_action():
    text = "各村应把握好工作进度，同时还要加强与相关单位的衔接。"
    assert texts(text) == ["各村应把握好工作进度", "同时还要加强与相关单位的衔接"]


def test_members_announced_by_a_directive_lead_in_are_items_without_a_cue_of_their_own():
    doc = actions.extract("县交通局要抓好两件事，一是修好道路，二是建好桥梁。", reference_date="2026-03-02")
    assert [(item.text, [o.name for o in item.owners]) for item in doc.items] == [
        ("修好道路", ["县交通局"]), ("建好桥梁", ["县交通局"])]
    # a report of what was done announces no actions
    assert actions.extract("今年县交通局主要做了两件事，一是修好道路，二是建好桥梁。").items == []
