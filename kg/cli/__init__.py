"""The ``kg`` command: thin subcommands that call the stages' functions.

Each subcommand is a module of this package with ``HELP`` (one line), ``add_arguments(parser)``
and ``run(args) -> int``. Heavy imports happen inside ``run``, so ``kg --help`` stays fast.
A :class:`kg.errors.KGError` becomes one line on stderr and exit status 2; nothing else is
caught, so a bug keeps its traceback.
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys

from kg import __version__
from kg.errors import KGError

#: Subcommands in the order ``kg --help`` lists them.
COMMANDS = ("build", "validate", "query", "table", "export", "push", "viz", "link", "series",
            "bench")

EPILOG = """examples:
  kg build data/reports/yanhu-2023.txt --out out
  kg validate out/yanhu-2023.ttl
  kg query out/yanhu-2023.ttl examples/queries/enterprises-with-national-honors.rq
  kg table out/yanhu-2023.ttl --kind observations --out figures.csv
  kg viz out/yanhu-2023.ttl --out graph.html
"""


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="kg", description="Build, check, query and explore knowledge graphs of Chinese "
        "government work reports (政府工作报告).", epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    top.add_argument("--version", action="version", version=f"govkg {__version__}")
    subs = top.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMANDS:
        module = importlib.import_module(f"kg.cli.{name}")
        sub = subs.add_parser(name, help=module.HELP, description=module.__doc__,
                              formatter_class=argparse.RawDescriptionHelpFormatter)
        module.add_arguments(sub)
        sub.set_defaults(_module=module)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        status = args._module.run(args)
        sys.stdout.flush()  # a full disk shows here, not at exit after the status is set
        return status
    except KGError as exc:
        print(f"kg {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _silence_stdout()
        return 0
    except OSError as exc:
        if exc.filename is not None or exc.errno not in _WRITE_ERRORS:
            raise  # not standard output: a bug, keep its traceback
        _silence_stdout()
        print(f"kg {args.command}: error: cannot write to standard output "
              f"({exc.strerror})", file=sys.stderr)
        return 2


#: Why writing to standard output fails when it is a file: a full disk (> /dev/full), a
#: quota, a file too large, an I/O error.
_WRITE_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def _silence_stdout() -> None:
    """Point standard output at /dev/null, so what is still buffered is not written (and
    fails again) when the interpreter exits."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass
