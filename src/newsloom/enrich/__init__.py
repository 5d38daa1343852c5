"""The enrich stage: language, people, organisations, places, topics, keywords and a summary.

Offline and model-free: a rule-based recogniser, a compact GeoNames gazetteer shipped with the package
and a few shipped word lists. `enrich_texts` reads several articles as one story.
"""

from newsloom.enrich.document import enrich_file, enrich_text, enrich_texts, enrichment_json
from newsloom.enrich.model import Enrichment, Entity, Place

__all__ = ["Enrichment", "Entity", "Place", "enrich_file", "enrich_text", "enrich_texts", "enrichment_json"]
