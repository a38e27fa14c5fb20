"""claimbook: a claim-by-claim report on press claims about North Korean soldiers in Russia."""

__version__ = "0.1.0"
