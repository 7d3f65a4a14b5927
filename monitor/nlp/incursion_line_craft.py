"""The craft of a bare count in a list's labelled line: the label's.

"• PLA aircraft: 11, of which 2 were drones; 8 entered the ADIZ (north, southwest)": the 8 name
no craft of their own, and are of the line's aircraft, not of the drones named last as a part of
them; "3. Balloons: 2 (1 crossed the median line)": the 1 is a balloon. The story gave a bare
count the last craft named before it that fits its zone (incursion_antecedents.py), which in such
a line is the part named between, not the craft the line is about. A share pointing back ("2 of
them") keeps what it points at.
"""

from .incursion_claims import Reading
from .incursion_craft_zones import craft_fits


def give_line_counts_their_label(reading: Reading) -> None:
    """Gives each bare count after a labelled line's first count the label's craft, where that
    craft can be in the count's zones."""
    if not reading.claims or not reading.claims[0].labelled:
        return
    label = reading.claims[0]
    if label.craft is None:
        return
    for claim in reading.claims[1:]:
        zones = [zone for zone in claim.zones if zone is not None]
        bare = claim.craft is None and not claim.reference and claim.count is not None
        if bare and zones and craft_fits(label.craft, zones):
            claim.craft, claim.ships = label.craft, label.ships
