"""Eval: score retold's output against gold labels; the gate pins floors that CI enforces."""
