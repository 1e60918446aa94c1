"""Whether a name is a country's, by pycountry (a state named, not a city or a demonym)."""

from __future__ import annotations

import functools

import pycountry


@functools.lru_cache(maxsize=4096)
def names_a_country(name: str) -> bool:
    """Whether pycountry knows ``name`` as a country ("Cyprus"; not "Mexico City").

    >>> names_a_country("Cyprus"), names_a_country("Mexico City")
    (True, False)
    """
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True
