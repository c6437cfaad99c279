"""The command line: thin wrappers over library calls, one module per command group."""
