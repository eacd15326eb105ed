"""RDF: the vocabulary, IRIs, the mapping of a Document to triples, and serialization."""
