"""Entry script of the PyInstaller build (see build.spec): the ``wfh-desktop`` command.

PyInstaller freezes a script, not a ``module:function`` entry point, so this file stands in
for the console script that ``pip install`` generates from ``wfh_desktop.cli:main``.
"""
import sys

from wfh_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
