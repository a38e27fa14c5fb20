"""What each chapter finds, one module per chapter named as its notebook, and the prose formats
they share. Pure computation on a Dataset: no notebook runtime is needed to import these."""
