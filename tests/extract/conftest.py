import pytest

from accord.extract import Extractor
from accord.extract.lexicon import default_lexicon


@pytest.fixture(scope="session")
def lex():
    return default_lexicon()


@pytest.fixture(scope="session")
def extractor():
    return Extractor()


def triples(doc):
    """(holder, issue, stance) of a document's provisions."""
    return {(p.holder, p.issue, p.stance) for p in doc.provisions}
