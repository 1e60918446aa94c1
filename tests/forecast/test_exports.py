import accord.forecast


def test_forecast_package_exports_its_public_names_once():
    assert len(set(accord.forecast.__all__)) == len(accord.forecast.__all__)
    for name in accord.forecast.__all__:
        assert hasattr(accord.forecast, name), name
