"""One spider per CMS family; one spider instance per registered host."""
