"""Ingest: a file on disk becomes a Document with clean, repaired text."""
