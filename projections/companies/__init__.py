"""The companies read model: each company's settings (time zone, locale)."""
