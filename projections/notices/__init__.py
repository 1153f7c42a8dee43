"""The notice list read model: notices (avisos) as their latest event left them."""
