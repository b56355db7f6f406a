"""The remap keeps values that records hold alike once (actions.remap.Shared), and changes nothing else."""

import actions
from actions.remap import Shared, _pair


def test_pair_reuses_the_ints_and_the_tuple_of_the_span_it_meets():
    span = (1000, 2000)
    same = _pair((1000, 2000), span)
    assert same is span
    after = _pair((2000, 2500), span)
    assert after == (2000, 2500) and after[0] is span[1]
    apart = _pair((3000, 4000), span)
    assert apart == (3000, 4000)


def test_shared_strings_and_sentences():
    shared = Shared()
    name = "".join(["各", "部门"])
    assert shared.string(name) is name and shared.string("".join(["各部", "门"])) is name
    long = "很" * 20
    assert shared.string(long) is long  # long texts are not kept
    original = "一、要加强领导，各部门要落实责任。"
    first = shared.sentence_of(original, (2, 16), (2, 7), original[2:7])
    assert first == original[2:16] and shared.sentence_of(original, (2, 16), (8, 16), original[8:16]) is first
    whole = original[2:16]
    assert shared.sentence_of(original, (2, 16), (2, 16), whole) is whole


def test_items_of_one_sentence_share_its_string_and_read_as_the_text():
    text = "一、加强领导\n各部门要在6月底前制定方案，各县区要在7月底前完成排查。\n"
    document = actions.extract(text, "2012-05-10")
    assert len(document.items) == 2
    first, second = document.items
    assert first.sentence_span == second.sentence_span
    assert first.sentence is second.sentence
    for item in document.items:
        assert text[item.span[0]:item.span[1]] == item.text
        assert text[item.sentence_span[0]:item.sentence_span[1]] == item.sentence
        for owner in item.owners:
            assert text[owner.span[0]:owner.span[1]] == owner.name


def test_item_drafts_are_the_items_without_their_texts():
    from actions.items.detect import item_drafts, items_of
    from actions.outline.build import build_outline
    from actions.owners.index import OwnerIndex
    from actions.text.normalize import normalize
    from actions.timex.scan import scan_deadlines

    view = normalize("一、加强领导\n各部门要在6月底前制定方案，各县区要抓好落实。\n").view
    outline, deadlines = build_outline(view), scan_deadlines(view, None)
    full = items_of(view, outline, deadlines, OwnerIndex(view))
    drafts = item_drafts(view, outline, deadlines, OwnerIndex(view))
    assert len(full) == 2 == len(drafts) and all(item.text and item.sentence for item in full)
    for item, draft in zip(full, drafts):
        same = [name for name in draft._fields if name in type(item).model_fields and name != "owners"]
        assert same and {name: getattr(item, name) for name in same} == {name: getattr(draft, name) for name in same}
        assert [owner.model_dump() for owner in item.owners] == [owner._asdict() for owner in draft.owners] != []
        assert item.outline_path == [node.id for node in draft.path] == ["1"]
        assert item.category == [node.title for node in draft.path[: draft.headings]] == ["加强领导"]
        assert item.text == view[draft.span[0]:draft.span[1]]
        assert item.sentence == view[draft.sentence_span[0]:draft.sentence_span[1]]
