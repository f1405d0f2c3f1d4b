"""WFH Desktop: the Qt-free core (domain, rules, import/export, command line)."""

__version__ = "0.1.0"
