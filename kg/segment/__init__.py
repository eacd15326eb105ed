"""Segment: the report text becomes sections and sentences with offsets."""
