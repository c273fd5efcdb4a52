"""Meetings as files other tools read: iCalendar, Open Civic Data events, CSV, JSON Lines, Atom."""

from rapat.feeds.export import FORMATS, ExportError, export_meetings

__all__ = ["FORMATS", "ExportError", "export_meetings"]
