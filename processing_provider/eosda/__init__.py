"""EOSDA's Processing algorithms."""
