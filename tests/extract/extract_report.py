"""One plain news report, shared by the extraction tests as the body of their fixture pages."""

REPORT = """
<p>The city council voted on Tuesday evening to extend the night bus network to the northern suburbs,
ending a two-year campaign by residents who said they were cut off after ten o'clock.</p>
<p>The new routes will start in September and run every twenty minutes between midnight and five,
according to the transport department, which expects about four thousand passengers a night.</p>
<p>Opposition members questioned the cost of the plan, estimated at three million a year, and asked
whether the money would be better spent on more frequent daytime services in the same districts.</p>
"""
