import importlib

ex = importlib.import_module("accord.extract")


def test_extract_package_exports_its_public_names():
    assert set(ex.__all__) == {
        "CLASSIFIERS",
        "Extractor",
        "Lexicon",
        "Registry",
        "classifier_config",
        "default_extractor",
        "default_lexicon",
        "extract",
        "extract_many",
        "extractor_for",
        "load_config",
        "stage_registry",
    }
    for name in ex.__all__:
        assert hasattr(ex, name)


def test_accord_extract_is_the_extractor_function():
    import accord

    assert accord.extract is ex.extract
