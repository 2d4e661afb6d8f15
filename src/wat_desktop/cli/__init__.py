"""The command line: the same services as the GUI, for batch work without a window."""
