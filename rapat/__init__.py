"""Rapat Lampung: the command line, the mirror of the sites, and dataset releases."""

__version__ = "0.1.0"
