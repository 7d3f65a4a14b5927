"""The helping verbs of a passive or a perfect, which stand between a count and the verb that
tells where or how it was seen: "125 aircraft had been detected on Monday", "two balloons have
been tracked on Sunday", "four ships were being monitored in the zone on Friday". They say
nothing of the count's day, so the day written after them is still the count's own."""

AUXILIARIES = {"had", "has", "have", "been", "being", "be"}
