"""Ingest: feeds in, articles out.

Takes the feeds of feeds.yaml (or an OPML file) and gives `Article` records: fetched over HTTP
behind the request guard, parsed, sanitised, with full text where a feed carries only a summary,
and each feed's health. Imports only the top-level basics (config, clock, errors, urls, ...).
"""
