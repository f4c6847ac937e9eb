// placeholder: replaced by the query library
