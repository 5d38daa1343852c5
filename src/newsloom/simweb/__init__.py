"""A simulated web of news outlets on loopback, for the demo, the tests and the benchmarks.

`SimWeb` serves several outlets (each on its own 127.0.0.1 port) whose articles are written
from a seeded world of events, and reports the ground truth through `published()`.
`HostileWeb` serves the misbehaving endpoints Newsloom must survive.
"""

from newsloom.simweb.hostile import HostileWeb
from newsloom.simweb.server import OutletInfo, PublishedArticle, SimWeb, SimWebThread, run_in_thread

__all__ = ["HostileWeb", "OutletInfo", "PublishedArticle", "SimWeb", "SimWebThread", "run_in_thread"]
