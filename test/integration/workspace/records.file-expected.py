"""_summary_"""

import enum
from dataclasses import dataclass, field


@dataclass
class Order:
    """_summary_

    Attributes:
        id: _description_
        items: _description_
    """

    id: int
    items: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        """_summary_"""
        return len(self.items)


class Status(enum.Enum):
    """_summary_

    Attributes:
        OPEN: _description_
        DONE: _description_
    """

    OPEN = "open"
    DONE = "done"
