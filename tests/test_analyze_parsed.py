"""The parser runs only the components a question needs (retold.analyze.parsed)."""

from __future__ import annotations

from helpers import nlp_or_skip
from retold.analyze.parsed import ENTITY_PIPES, PARSE_PIPES, SYNTAX_PIPES, parse_sentences

TEXT = "Cruz said the plan would fail, and Microsoft said nothing"


def test_syntax_and_entities_read_apart_as_together() -> None:
    nlp = nlp_or_skip()
    (full,) = parse_sentences(nlp, [TEXT], pipes=PARSE_PIPES).values()
    (syntax,) = parse_sentences(nlp, [TEXT], pipes=SYNTAX_PIPES).values()
    (entities,) = parse_sentences(nlp, [TEXT], pipes=ENTITY_PIPES).values()
    assert [(t.tag, t.dep, t.head) for t in syntax.tokens] == [
        (t.tag, t.dep, t.head) for t in full.tokens
    ]
    assert [t.ent for t in entities.tokens] == [t.ent for t in full.tokens]
    assert full.entity_at(0) == entities.entity_at(0) == "PERSON"
    assert syntax.entity_at(0) == ""  # the recogniser did not run
    assert not any(t.tag for t in entities.tokens)  # nor the tagger


def test_the_model_multiplies_through_numpy_and_parses_as_blis_does() -> None:
    import spacy

    nlp = nlp_or_skip()
    layers = [n for _, c in nlp.pipeline if hasattr(c, "model") for n in c.model.walk()]
    assert layers and not any(getattr(n.ops, "use_blis", False) for n in layers)
    blis = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"], exclude=["lemmatizer"])
    texts = [TEXT, '"We will rebuild," the mayor told reporters on Tuesday in Leeds.']
    for doc, other in zip(nlp.pipe(texts), blis.pipe(texts), strict=True):
        assert [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in doc] == [
            (t.tag_, t.dep_, t.head.i, t.ent_type_) for t in other
        ]
