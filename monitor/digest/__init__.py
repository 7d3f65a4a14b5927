"""Digest: the archive in, what readers receive out.

Takes the archive's answers and gives the daily digest (built, clustered, rendered from the
templates here, mailed and stored), alerts by email, Atom feeds and exports. Imports everything
below it (basics, ingest, nlp, archive); the pipeline, the service and the CLI sit above it.
"""
