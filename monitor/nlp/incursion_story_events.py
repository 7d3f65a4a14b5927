"""The day of the story's own event: "won the Grand Prize at the Taipei Film Awards on Saturday
night ... On the day of the ceremony Taiwan's Ministry of National Defence said five Chinese
military aircraft ... had entered". A story that has told one day and counted nothing before
"the day of the ceremony" is telling that day's event, so the count is that day's (rule 8: the
text writes the day). An event the story never dated ("on the day of the accident", after
another day's report) is only recalled, and gives no fact."""

from dataclasses import dataclass, field
from datetime import date


@dataclass
class StoryEvents:
    """The days the story has written so far, and whether it has counted craft yet."""

    days: set[date] = field(default_factory=set)
    counted: bool = False

    def note(self, days: list[date], counts: bool) -> None:
        self.days.update(days)
        self.counted = self.counted or counts

    def dates_its_event(self) -> bool:
        """Whether "the day of the <event>" can only be the one day the story has told."""
        return len(self.days) == 1 and not self.counted
