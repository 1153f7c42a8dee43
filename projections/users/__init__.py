"""The user directory read model: users, with their role and business unit, and the units' tree."""
