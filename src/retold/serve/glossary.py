"""The words retold's output uses, in one place: `retold --help` prints them, and the
README's "Glossary" section is this text as Markdown (a test keeps the two the same;
``python -m retold.serve.glossary`` prints the Markdown)."""

from __future__ import annotations

import textwrap

HELP_WIDTH = 76  # click indents the epilog by two columns: 78 in all

Term = tuple[str, str]  # (word, what it means)

GLOSSARY: tuple[tuple[str, tuple[Term, ...]], ...] = (
    (
        "Grades: how faithfully one outlet's wording carries a statement's original",
        (
            ("verbatim", "the same words (typography, contractions, numerals against words aside)"),
            ("edited", "the original's words, lightly edited: a part of it, a tense, a word cut"),
            ("paraphrased", "the same statement in other words (reported speech, a translation)"),
            (
                "altered",
                "the meaning changed, on explicit evidence only: a negation dropped or added, "
                "a number changed, or a cut just before a counterpoint or a correction",
            ),
        ),
    ),
    (
        "Copy kinds: how one article reproduces another",
        (
            ("exact", "the same text, word for word"),
            ("near", "the same text, edited: trimmed, re-headlined, sentences changed"),
            ("rewrite", "the same text sentence by sentence, in other words"),
        ),
    ),
    (
        "Finding kinds: claims about an article or a story, each with its evidence spans",
        (
            (
                "stale_reprint",
                "published long after its story (or the article it copies) and still "
                "describing the earlier event",
            ),
            ("quote_altered", "a wording graded altered, with what changed"),
            (
                "uncredited_copy",
                "copies or rewrites another article, or the statements of a source others "
                "credit, and credits neither; the same text two outlets print on one day, "
                "neither crediting a source, may be one wire story both carry (said so, at "
                "lower confidence)",
            ),
            (
                "added_context",
                "a paragraph only this outlet carries that is context, not news: background "
                "looking back from the event, or its government's view",
            ),
            ("omitted", "facts most of a story's outlets report that this one leaves out"),
            (
                "framing",
                "one name spelled differently across outlets or inside one article "
                "(Kiev/Kyiv), or a loaded word only one outlet uses",
            ),
            (
                "primary_source",
                "the interview or report a story goes back to (the outlet most articles "
                "credit), named even when it is not in the corpus",
            ),
        ),
    ),
    (
        "Speaker kinds: who a quote's speaker is",
        (
            (
                "person",
                "a person, by the fullest name the article gives; by the surname alone where "
                "the article never names them in full ('Mr. Clyburn said') or names several "
                "people with it and nothing tells which one spoke ('Clinton said' of Bill and "
                "Hillary Clinton), at lower confidence",
            ),
            ("organization", "a body that speaks: a company, an agency, an outlet"),
            (
                "description",
                "the words the text uses of a speaker it does not name ('a senior aide')",
            ),
            (
                "unknown",
                "with a speaker: a one-word name the text does not tell a person or a body "
                "('Hale said', at lower confidence); with none: no speaker found",
            ),
        ),
    ),
    (
        "Confidence",
        (
            (
                "confidence",
                "0 to 1 on each finding (and each quote's speaker): how strong the rule that "
                "made it is (a stale reprint resting on a copy link 0.9, on similarity alone "
                "0.6). Set per rule, not a measured probability; compare it within one kind",
            ),
        ),
    ),
)


def glossary_help(width: int = HELP_WIDTH) -> str:
    """The glossary for `retold --help`, wrapped to ``width``: click keeps a paragraph
    after ``\\b`` as written."""
    blocks = []
    for heading, terms in GLOSSARY:
        lines = textwrap.wrap(f"{heading}:", width)
        for word, meaning in terms:
            lines += textwrap.wrap(
                f"{word}: {meaning}.", width, initial_indent="  ", subsequent_indent="      "
            )
        blocks.append("\b\n" + "\n".join(lines))
    return "Glossary:\n\n" + "\n\n".join(blocks)


def glossary_markdown() -> str:
    """The README's "Glossary" section, less its heading."""
    parts = []
    for heading, terms in GLOSSARY:
        parts.append(f"**{heading}.**\n")
        parts.extend(f"- `{word}`: {meaning}." for word, meaning in terms)
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


if __name__ == "__main__":
    print(glossary_markdown(), end="")
