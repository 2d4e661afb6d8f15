"""Use cases the UI and the command line call. No Qt here."""
