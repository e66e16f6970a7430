"""Executing notebooks with nbclient: clearing outputs, running them (several at a
time), naming the failing cell, and giving widgets ids that do not change between runs."""

from __future__ import annotations

import asyncio
import atexit
import hashlib
import json
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kit.errors import KitError

KERNEL = "python3"
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"


async def execute(nb: Any, name: str, cwd: Path, env: dict[str, str], timeout: int) -> None:
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    nb.metadata["kernelspec"] = {
        "name": KERNEL,
        "display_name": "Python 3 (ipykernel)",
        "language": "python",
    }
    client = NotebookClient(
        nb,
        timeout=timeout,
        startup_timeout=120,
        kernel_name=KERNEL,
        resources={"metadata": {"path": str(cwd)}},
        store_widget_state=True,
        record_timing=False,
        extra_arguments=["--IPKernelApp.log_level=ERROR"],  # no transport warnings
    )
    try:
        await client.async_execute(env=env)
    except Exception as raised:  # re-raised below unless a cell failed
        err = _cell_failure(raised, (CellExecutionError, CellTimeoutError, DeadKernelError))
        if err is None:
            raise
        index, cell = _failed_cell(nb)
        first = cell.source.strip().splitlines()[0] if cell is not None and cell.source else ""
        summary = str(err).strip().splitlines()[-1] if str(err).strip() else type(err).__name__
        raise KitError(f"{name}: cell {index} failed ({first!r}): {_strip_ansi(summary)}") from None
    finally:
        # a clean-up that raised leaves nbclient's exit hook registered, and it would fail
        # again at interpreter exit with a traceback under the build's own message
        atexit.unregister(client._cleanup_kernel)


def _cell_failure(
    raised: BaseException, kinds: tuple[type[BaseException], ...]
) -> BaseException | None:
    """The cell's own failure behind ``raised``: itself, or the error it was raised while
    handling. nbclient shuts the kernel down after a failing cell, and that clean-up can
    raise an error of its own (an ``assert self.km is not None`` seen in a fresh clone);
    the build must still name the cell that failed, not the clean-up."""
    seen: set[int] = set()
    current: BaseException | None = raised
    while current is not None and id(current) not in seen:
        if isinstance(current, kinds):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def _failed_cell(nb: Any) -> tuple[int | str, Any]:
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return index, cell
    # a timeout or dead kernel leaves no error output: the first unexecuted code cell
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code" and cell.get("execution_count") is None:
            return index, cell
    return "?", None


def _strip_ansi(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def stabilise_widget_ids(nb: Any, name: str) -> Any:
    """Replace widget model ids by ids derived from the notebook name and the widgets'
    order of appearance, so that re-running a notebook gives the same ids."""
    import nbformat

    state = nb.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})
    if not state:
        return nb
    order: list[str] = []

    def visit(model_id: str) -> None:
        if model_id in state and model_id not in order:
            order.append(model_id)
            refs = re.findall(r"IPY_MODEL_([0-9a-f]+)", json.dumps(state[model_id], sort_keys=True))
            for ref in refs:
                visit(ref)

    for cell in nb.cells:
        for output in cell.get("outputs", []):
            view = output.get("data", {}).get(WIDGET_VIEW)
            if view:
                visit(view.get("model_id", ""))

    def anonymous(model_id: str) -> str:
        return re.sub(r"IPY_MODEL_[0-9a-f]+", "", json.dumps(state[model_id], sort_keys=True))

    for model_id in sorted((m for m in state if m not in order), key=anonymous):
        visit(model_id)
    mapping = {
        old: hashlib.md5(f"{name}:{number}".encode()).hexdigest()[: len(old)]
        for number, old in enumerate(order)
    }
    pattern = re.compile("|".join(re.escape(old) for old in mapping))
    text = pattern.sub(lambda m: mapping[m.group(0)], nbformat.writes(nb))
    return nbformat.reads(text, as_version=4)


def clear_outputs(nb: Any) -> None:
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
            cell.metadata.pop("execution", None)
    nb.metadata.pop("widgets", None)


#: The logger the kernel's message streams report their own callbacks' errors to. When a
#: cell fails, the kernel is shut down while a reply may still be on its way, and the
#: stream logs that as a traceback of its own (zmqstream ``_log_error``): noise after the
#: failure the build names, never the failure itself.
TRANSPORT_LOGGER = "tornado.application"


@contextmanager
def quiet_kernel_transport() -> Iterator[None]:
    """Silence the kernel transport's own error log while notebooks run (restored after)."""
    logger = logging.getLogger(TRANSPORT_LOGGER)
    before = logger.disabled
    logger.disabled = True
    try:
        yield
    finally:
        logger.disabled = before


def run_all(jobs: list[tuple[Any, str, Path, dict[str, str]]], timeout: int, workers: int):
    """Execute every notebook, ``workers`` at a time; report every failure at the end."""

    async def main() -> list[BaseException | None]:
        gate = asyncio.Semaphore(max(1, workers))

        async def one(job: tuple[Any, str, Path, dict[str, str]]) -> None:
            async with gate:
                await execute(*job, timeout=timeout)

        return await asyncio.gather(*(one(job) for job in jobs), return_exceptions=True)

    with quiet_kernel_transport():
        errors = [e for e in asyncio.run(main()) if e is not None]
    for error in errors:
        if not isinstance(error, KitError):
            raise error
    if errors:
        raise KitError("\n".join(str(e) for e in errors))
