"""The language of a text, with py3langid's normalised confidence (0..1)."""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

SAMPLE_CHARS = 2000
"""py3langid's cost grows with the text; this much decides a language reliably."""
_EQUIVALENT = {"nb": "no", "nn": "no"}


def detect_language(text: str) -> tuple[str | None, float]:
    """The language code py3langid reads `text` as, and its confidence; (None, 0.0) for no text."""
    if not text.strip():
        return None, 0.0
    code, confidence = _identifier().classify(text[:SAMPLE_CHARS])
    return _EQUIVALENT.get(code, code), float(confidence)


@cache
def _identifier() -> LanguageIdentifier:
    """Loading the model takes a moment, so each process loads it once, on first use."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
