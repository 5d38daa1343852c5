"""Runners decide where the pipeline's steps run: `local.LocalRunner` (one process) by default."""
