"""`construct` builds the same records as validation does, for the models the detectors build."""

from actions.construct import construct
from actions.models import Item, Owner


def test_owner_built_without_validation_equals_validated_owner():
    values = {"name": "市城管执法局", "role": "lead", "span": (3, 9), "inherited": False}
    built = construct(Owner, dict(values))
    validated = Owner.model_validate(values)
    assert built == validated
    assert built.model_dump() == validated.model_dump()
    assert built.model_fields_set == validated.model_fields_set


def test_item_built_without_validation_dumps_like_a_validated_item():
    import actions

    doc = actions.extract("一、各县市区政府要在6月底前完成隐患排查。\n", reference_date="2012-05-10")
    assert doc.items, "the sample sentence is a task"
    item = doc.items[0]
    values = {name: getattr(item, name) for name in Item.model_fields}
    built = construct(Item, values)
    assert built == Item.model_validate(item.model_dump())
    assert built.model_dump_json() == item.model_dump_json()


def _same_state(a, b):
    return (type(a) is type(b) and a.__dict__ == b.__dict__ and list(a.__dict__) == list(b.__dict__)
            and a.model_fields_set == b.model_fields_set and a.__pydantic_extra__ == b.__pydantic_extra__
            and a.__pydantic_private__ == b.__pydantic_private__)


def test_updated_gives_the_state_model_copy_gives_on_every_record_of_a_speech():
    from pathlib import Path

    import actions
    from actions.construct import updated
    from actions.models import Deadline, OutlineNode

    text = (Path(__file__).parents[1] / "fixtures" / "speeches" / "speech-1.txt").read_text(encoding="utf-8")
    doc = actions.extract(text, reference_date="2012-05-10")
    records = list(doc.items) + [owner for item in doc.items for owner in item.owners]
    records += [item.deadline for item in doc.items if item.deadline is not None] + list(doc.outline)
    assert {type(record) for record in records} == {Item, Owner, Deadline, OutlineNode}
    for record in records:
        changes = {"span": (1, 2)} if isinstance(record, (Owner, Deadline)) else {"span": (1, 2), "children": []} \
            if isinstance(record, OutlineNode) else {"id": "T999", "span": (1, 2)}
        copied, built = record.model_copy(update=changes), updated(record, changes)
        assert _same_state(built, copied)
        assert built.model_dump_json() == copied.model_dump_json()
    partial = OutlineNode.model_validate({key: value for key, value in doc.outline[0].model_dump().items() if key != "children"})
    assert _same_state(updated(partial, {"title": "总体要求"}), partial.model_copy(update={"title": "总体要求"}))


def test_records_given_every_field_share_one_set_of_names_that_setting_a_field_keeps():
    from actions.construct import all_fields, updated

    values = {"name": "市城管执法局", "role": "lead", "span": (3, 9), "inherited": False}
    first, second = construct(Owner, dict(values)), construct(Owner, dict(values))
    assert first.model_fields_set is second.model_fields_set is all_fields(Owner)
    assert updated(first, {"span": (4, 9)}).model_fields_set is all_fields(Owner)
    first.role = "support"  # pydantic adds the name to the set: it is there already
    assert all_fields(Owner) == set(Owner.model_fields)
    assert second.role == "lead" and first.role == "support"
    partial = Owner.model_validate({"name": "市局", "span": None})  # defaults not given: a set of its own
    assert partial.model_fields_set == {"name", "span"}
    assert updated(partial, {"role": "lead", "inherited": True}).model_fields_set is all_fields(Owner)
    assert updated(partial, {"role": "lead"}).model_fields_set == {"name", "span", "role"}
    assert partial.model_fields_set == {"name", "span"}
