"""The closed vocabularies the analysis tags articles with and feeds.yaml's rules name.

They live below every stage because both ends read them: the nlp stage produces these values,
and the config (an alert rule's `themes:` and `incursions:`) checks a user's words against them
before anything is analysed.
"""

THEMES = ("cooperation", "security")

# An incursion figure: how many of WHAT were seen in which of ZONES, at which of PLACES.
WHAT = ("aircraft", "drones", "balloons", "navy vessels", "official ships", "missiles")
ZONES = (
    "around Taiwan", "ADIZ", "median line", "contiguous zone", "territorial waters",
    "restricted waters",
)  # fmt: skip
PLACES = ("Taiwan", "Senkaku Islands", "Kinmen", "Matsu")
