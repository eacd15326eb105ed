"""kg table: not built yet."""

HELP = "(not built yet)"


def add_arguments(parser) -> None:
    pass


def run(args) -> int:
    print("kg table: not built yet")
    return 1
