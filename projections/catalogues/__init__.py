"""The catalogues: every entry of each of the company's catalogues, removed ones kept."""
