"""Spurious items (issue 16): attendance and report lines, purpose statements, assessments, aims."""

import actions


def _texts(text):
    return [item.text for item in actions.extract(text, reference_date="2026-03-01").items]


def test_attendance_and_report_lines_of_a_news_report_are_not_items():
    report = ("3月2日，县政府召开招商工作调度会。各乡镇主要负责人及县直有关部门负责人参加会议。"
              "会上，各牵头单位负责人汇报了项目进展情况。会议要求，各乡镇要加快项目建设。")
    assert _texts(report) == ["各乡镇要加快项目建设"]


def test_a_meeting_purpose_with_its_trailing_aims_is_not_an_item():
    speech = "今天召开这个会，主要任务是分析防汛形势，动员全县上下立即行动起来，确保安全度汛。各乡镇要落实防汛责任。"
    assert _texts(speech) == ["各乡镇要落实防汛责任"]


def test_necessity_and_key_words_holding_yao_are_assessments():
    speech = "出台这个办法十分必要。精准是要义。发展是第一要务。各部门要抓紧制定配套细则。"
    assert _texts(speech) == ["各部门要抓紧制定配套细则"]


def test_a_trailing_aim_opens_no_item_but_a_named_event_does():
    speech = ("全面落实包保责任，广泛开展宣传，确保人民群众生命财产安全。"
              "要建立例会制度，确保召开联席会议每季度一次以上。")
    texts = _texts(speech)
    assert not any(text.startswith("确保人民群众") for text in texts)
    assert any(text.startswith("确保召开联席会议") or "确保召开联席会议" in text for text in texts)


def test_an_event_about_to_happen_and_a_head_count_are_not_items():
    host = "各位代表：\n各项筹备工作已就绪，大会明天就要开幕了。现在，请工作人员清点人数。下面请县长作报告。"
    assert _texts(host) == []


def _kinds(text):
    return {item.text: item.kind for item in actions.extract(text, reference_date="2026-03-01").items}


def test_a_checkable_action_without_owner_or_date_is_a_task_and_a_bare_completion_is_not():
    kinds = _kinds("要建立周报制度。要组织一次应急演练。要向农户发放明白纸。要列出问题清单。"
                   "要确保完成全年目标任务。要落实好防汛预案。")
    assert kinds["要建立周报制度"] == "task"
    assert kinds["要组织一次应急演练"] == "task"
    assert kinds["要向农户发放明白纸"] == "task"
    assert kinds["要列出问题清单"] == "task"
    assert kinds["要确保完成全年目标任务"] == "directive"
    kinds = _kinds("要组织策划好节会招商活动。要为全面建成小康社会多作贡献。")
    assert kinds == {"要组织策划好节会招商活动": "task", "要为全面建成小康社会多作贡献": "directive"}


def test_under_a_meeting_report_of_demands_a_modal_directive_is_graded_as_usual():
    report = "会议强调，要提高政治站位，压实工作责任。会议要求，要加强督查问责。"
    kinds = _kinds(report)
    assert set(kinds.values()) == {"directive"}


def test_weak_modals_given_to_a_party_and_named_responsibility_are_items():
    speech = ("有条件的地方，也可以先行试点。各地可以统筹安排专项资金。各村应把握好工作进度。"
              "村党支部书记是第一责任人。也希望街道居委会配合。我建议大家读一读这份材料。")
    texts = _texts(speech)
    for expected in ("也可以先行试点", "各地可以统筹安排专项资金", "各村应把握好工作进度", "村党支部书记是第一责任人",
                     "也希望街道居委会配合", "我建议大家读一读这份材料"):
        assert any(expected in text for text in texts), expected
    assert _kinds(speech)["村党支部书记是第一责任人"] == "task"


def test_can_be_described_and_the_speakers_own_party_committee_are_not_items():
    speech = "有的地方可以用穷山恶水来形容。镇党委将定期组织检查督查。"
    assert _texts(speech) == []


def test_a_clause_cut_off_after_its_subjects_modal_is_no_item():
    # The text ends right after 要: no action is stated; the heading's title is the item.
    speech = "一是强化思想意识。各部门要统一思想。\n二是强化责任落实。各乡镇政府、各有关部门要"
    assert _texts(speech) == ["各部门要统一思想", "强化责任落实"]
    # a word ending in 要 (纪要) is no modal
    assert _texts("由县政府负责，信用社负责按县政府办公会议纪要") != []


def test_the_own_side_or_a_higher_body_saying_what_it_will_do_inside_a_sentence_is_no_item():
    speech = "各地要开展督查，加强督促指导，明年中央将继续开展成效考核。按照分级负责的要求，镇党委将组织检查督查，抓好整改。"
    assert _texts(speech) == ["各地要开展督查，加强督促指导"]


def test_a_judgement_with_its_modal_inside_a_de_phrase_is_no_item():
    speech = "防汛是一场必须打赢的硬仗。作风问题是我们必须正视和解决好的重要问题。各乡镇要落实防汛责任。"
    assert _texts(speech) == ["各乡镇要落实防汛责任"]


def test_an_assessment_holding_a_negated_modal_is_no_item():
    speech = "有的地方对违规问题处理不坚决。这样搞形式实在不应该。各乡镇不应该放松警惕。"
    assert _texts(speech) == ["各乡镇不应该放松警惕"]


def test_a_purpose_clause_and_a_warning_to_the_audience_are_no_items():
    speech = "希望引起大家高度警觉。为确保安全度汛，各乡镇要落实防汛责任。为确保会议精神\n得到较好的"
    assert _texts(speech) == ["各乡镇要落实防汛责任"]


def test_what_this_meeting_is_and_what_a_thing_bears_on_are_no_items():
    speech = ("一是重点项目建设关系到全县经济发展，事关长远。二是此次会议是继去年5月之后召开的又一次推进会。"
              "三是重点抓好项目调度。")
    assert _texts(speech) == ["重点抓好项目调度"]
