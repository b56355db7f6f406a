"""`construct` builds the same records as validation does, for the models the detectors build."""

from actions.items.construct import construct
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
