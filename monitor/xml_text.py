"""Text fit for XML 1.0: every character the XML writers (Atom feeds, OPML) put in a document.

XML 1.0 holds only tab, line feed, carriage return and the characters from U+0020 up, less the
surrogates and U+FFFE and U+FFFF (its `Char` production). A feed name from feeds.yaml may hold
any other one (a YAML escape, "\\x0c" pasted with the name), as may an `--entity` typed at the
command line or a row an older release stored; lxml refuses such a string, so an Atom export
or `monitor serve`'s Atom page failed whole, and ElementTree writes it, so an OPML export could
not be read back. The writers pass every text through `xml_text`, which leaves such characters
out, as ingest leaves them out of what a feed sends.

A feed reader lays these documents out for a person, as a mail client does the digest: the bidi
controls that `errors.without_bidi_controls` takes out of every mail and terminal line are left
out here too, or one override in a title reversed the rest of its line in the reader (an Atom
export kept them after the mails stopped doing so)."""

import re

from .errors import without_bidi_controls

# What XML 1.0's Char production excludes (https://www.w3.org/TR/xml/#charsets).
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(text: str) -> str:
    """`text` without the characters an XML 1.0 document cannot hold, nor bidi controls."""
    return without_bidi_controls(_NOT_XML.sub("", text))
