"""Archive: analysed articles in, answers out.

Takes articles and their analyses and gives them back as the SQLite archive: the schema and its
migrations, the writers for analyses, entities, themes, digests and alerts, the full-text and CJK
search index, and one query per question that the digest, the CLI and Datasette all ask.
Imports the basics, ingest and nlp.
"""
