"""mkdocs-macros glue: thin functions that turn `decision_tree` views into page markup."""
