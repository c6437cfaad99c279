"""Commands of this group (being built)."""

COMMANDS: list = []
