// placeholder: replaced by the ingest library
