"""The e-mail list: every e-mail sent from a record, with how its delivery went."""
