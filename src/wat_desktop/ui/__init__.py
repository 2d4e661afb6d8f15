"""The PySide6 user interface: views and small controllers over the services."""
