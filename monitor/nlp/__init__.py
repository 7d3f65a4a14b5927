"""NLP: article text in, analyses out.

Takes an article's title and text and gives its language, entities (linked to the knowledge
base), incursion figures and theme scores, in English, Japanese and Chinese, with the evaluation
that pins their quality. Imports the basics and ingest's records, nothing later.
"""
