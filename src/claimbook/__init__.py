"""claimbook: a claim-by-claim report on press claims about North Korean soldiers in Russia.

The subpackages follow the flow of a run: ``data`` reads and validates a data directory,
``extraction`` proposes candidate claims from article text, ``chapters`` computes what each
chapter finds, ``page`` shows it in a notebook, ``build`` executes the templates and compiles
the site. ``vocab`` and ``text`` hold the vocabularies and language rules they share.
"""

from importlib.metadata import version

__version__ = version("claimbook")
