"""Coverage: one story side by side.

What each outlet shared, added and left out (sentence alignment), how it named things
(framing), whom the story comes from (provenance), and when things happened (dates
in the text resolved against publication dates; each story's event date; each
person's statements on one timeline).  Everything here reads stored articles,
analyses and statement groups and returns records; nothing here writes the store.
"""
