import accord.store


def test_public_names_of_the_store_are_exported_once():
    assert len(set(accord.store.__all__)) == len(accord.store.__all__)
    for name in accord.store.__all__:
        assert hasattr(accord.store, name), name
