import importlib

import pytest

from accord.errors import ConfigError
from accord.extract import Extractor, extract, extract_many, load_config
from accord.extract import stage_registry as stages
from accord.model import Document, DocumentMeta

ex = importlib.import_module("accord.extract")


def test_default_config_lists_registered_stages_in_order():
    names = [s["name"] for s in load_config()]
    assert names[0] == "accord.split_sentences.v1"
    assert names[-1] == "accord.assemble.v1"
    assert all(n in stages for n in names)


def test_every_registered_stage_states_what_it_reads_and_writes():
    for name in stages.names():
        info = stages.get(name)
        assert info.requires and info.assigns and info.doc, name


def test_a_config_can_drop_stages(tmp_path):
    cfg = tmp_path / "pipeline.yaml"
    cfg.write_text("pipeline:\n  - accord.split_sentences.v1\n  - accord.find_mentions.v1\n")
    a = Extractor(cfg).analyse("Moscow insists. Kyiv refuses.")
    assert [m.code for m in a.parties] == ["RUS", "UKR"]
    assert a.document.provisions == []


@pytest.mark.parametrize(
    "content, message",
    [
        ("pipeline:\n  - accord.nothing.v1\n", "unknown stage 'accord.nothing.v1'"),
        ("pipeline: []\n", "expected a non-empty 'pipeline' list"),
        ("pipeline: [", "cannot read the pipeline config"),
        (
            "pipeline:\n  - name: accord.split_sentences.v1\n    settings: {bogus: 1}\n",
            "stage 'accord.split_sentences.v1'",
        ),
    ],
)
def test_bad_configs_raise_a_config_error(tmp_path, content, message):
    cfg = tmp_path / "pipeline.yaml"
    cfg.write_text(content)
    with pytest.raises(ConfigError, match=message):
        Extractor(cfg)


def test_extract_returns_a_document_with_its_meta():
    meta = DocumentMeta(name="x.txt", author="RUS")
    doc = extract("Ukraine adopts neutrality.", meta)
    assert isinstance(doc, Document)
    assert doc.meta == meta
    assert doc.provisions[0].holder == "RUS"


def test_extract_many_matches_extract_one_by_one():
    texts = ["Hamas wants a truce.", "Israel rejects a Palestinian state.", ""]
    assert [d.provisions for d in extract_many(texts)] == [extract(t).provisions for t in texts]


def test_empty_text_gives_an_empty_document():
    doc = extract("")
    assert doc.provisions == [] and doc.facts == []
