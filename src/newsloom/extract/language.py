"""Deciding an article's language from what the page declares and what its text reads as.

Templates often declare one language for every page of a multilingual site (or keep the
theme's default "en-US"), so a declaration is trusted unless py3langid reads a long enough
text as another language with high confidence.
"""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

OVERRIDE_CONFIDENCE = 0.95
"""py3langid's normalised probability above which it overrides a page's declaration."""
GUESS_CONFIDENCE = 0.5
"""Below this, an undeclared page gets no language rather than a guess."""
MIN_OVERRIDE_CHARS = 400
SAMPLE_CHARS = 1500
"""py3langid's cost grows with the text; this much decides a language reliably."""
_EQUIVALENT = {"nb": "no", "nn": "no"}


def choose_language(declared: str | None, text: str) -> str | None:
    """The page's declared primary language, or py3langid's reading of `text` (see module docstring)."""
    if not text.strip():
        return declared
    detected, confidence = _identifier().classify(text[:SAMPLE_CHARS])
    detected = _EQUIVALENT.get(detected, detected)
    if declared is None:
        return detected if confidence >= GUESS_CONFIDENCE else None
    if detected != declared and confidence >= OVERRIDE_CONFIDENCE and len(text) >= MIN_OVERRIDE_CHARS:
        return detected
    return declared


@cache
def _identifier() -> LanguageIdentifier:
    """The model takes most of a second to load, so each process loads it once, on first use."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
