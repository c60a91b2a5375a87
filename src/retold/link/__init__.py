"""Link: across articles.  Near-duplicate copies, stories (events) and stale reprints.

Every entry point is a pure function over ``Article`` records with an options
dataclass; nothing is cached between calls.
"""
