"""Data learned by ``newsgraph train`` and shipped with the package (see README, "Models")."""
