import accord.simulate


def test_public_names_are_exported():
    assert sorted(accord.simulate.__all__) == sorted(
        [
            "ACCEPTANCE_RULES",
            "DEFAULT_ROUNDS",
            "DEFAULT_STRATEGIES",
            "STRATEGIES",
            "NegotiationSpace",
            "NegotiationState",
            "PairingRow",
            "ParetoConceder",
            "Point",
            "SimulationResult",
            "Strategy",
            "StrategyRow",
            "TimeBased",
            "TitForTat",
            "TournamentResult",
            "TraceEvent",
            "ac_next",
            "ac_next_last",
            "get_acceptance",
            "make_strategy",
            "negotiate",
            "pairings",
            "register_strategy",
            "run_tournament",
            "simulate",
            "tournament",
        ]
    )
    for name in accord.simulate.__all__:
        assert getattr(accord.simulate, name) is not None
