"""Command-line interface (typer). Commands are thin wrappers over library calls."""

def main() -> None:  # placeholder until the app lands
    raise SystemExit(0)
