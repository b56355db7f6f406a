"""Extraction pauses the cyclic garbage collector (actions.collector): it must make no cycles
for it to find, and must give the collector back as it found it."""

import gc
from pathlib import Path

import pytest

import actions
from actions.collector import collector_paused

SPEECHES = sorted((Path(__file__).parents[1] / "fixtures" / "speeches").glob("speech-*.txt"))


def test_an_extraction_leaves_no_cycles_for_the_collector():
    texts = [path.read_text(encoding="utf-8") for path in SPEECHES]
    texts.append("第一篇\n一、要加强领导，各部门要在6月底前完成排查。\n第二篇\n（一）各县区要配合。\n")
    actions.extract(texts[-1])
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        for text in texts:
            document = actions.extract(text, "2012-05-10")
            assert document.items
            del document
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()


def test_the_collector_is_given_back_as_it_was():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
        actions.extract("一、要加强领导。")
        assert not gc.isenabled()
    assert gc.isenabled()
    actions.extract("一、要加强领导。")
    assert gc.isenabled()
    gc.disable()
    try:
        actions.extract("一、要加强领导。")
        assert not gc.isenabled()
    finally:
        gc.enable()
    with pytest.raises(TypeError):
        actions.extract(None)
    assert gc.isenabled()
