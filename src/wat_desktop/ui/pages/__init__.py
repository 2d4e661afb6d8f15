"""One page class per step of the navigator."""
