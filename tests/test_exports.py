import accord


def test_public_names_are_exported_and_importable():
    for name in accord.__all__:
        assert hasattr(accord, name), name


def test_all_lists_each_name_once():
    assert len(set(accord.__all__)) == len(accord.__all__)
