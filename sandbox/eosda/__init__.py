"""The EOSDA emulator: ``api`` registers its routes; the other modules make its data."""
