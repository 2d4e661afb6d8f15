"""Small, Qt-free services of the operating system: paths, files, locks, settings."""
