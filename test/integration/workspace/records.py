import enum
from dataclasses import dataclass, field


@dataclass
class Order:
    id: int
    items: list[str] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.items)


class Status(enum.Enum):
    OPEN = "open"
    DONE = "done"
