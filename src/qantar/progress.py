"""Progress of a long pass over the articles: a bar with articles/s and the time left on a
terminal, a log line every few seconds otherwise (a CI log, a file, a pipe)."""

import time
from contextlib import contextmanager

from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)

LOG_EVERY_SECONDS = 10.0


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m" if seconds >= 3600 else f"{seconds // 60}m{seconds % 60:02d}s"


class LogLines:
    """`done/total articles, rate/s, ETA` on the console every `every` seconds and at the end."""

    def __init__(self, console, what: str, every: float = LOG_EVERY_SECONDS, clock=time.monotonic):
        self.console, self.what, self.every, self.clock = console, what, every, clock
        self.started = self.last = clock()

    def __call__(self, done: int, total: int) -> None:
        now = self.clock()
        if now - self.last < self.every and done != total:
            return
        self.last = now
        rate = done / (now - self.started) if now > self.started else 0.0
        eta = _duration((total - done) / rate) if rate else "?"
        self.console.print(f"{self.what}: {done}/{total} articles, {rate:.1f} articles/s, ETA {eta}",
                           highlight=False, soft_wrap=True)


@contextmanager
def reporter(console, what: str = "building"):
    """A callback progress(done, total) suited to where the console writes."""
    if not console.is_terminal:
        yield LogLines(console, what)
        return
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TaskProgressColumn(),
               TextColumn("{task.fields[rate]} articles/s"), TimeElapsedColumn(), TextColumn("ETA"),
               TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(what, total=None, rate="–")
        started = time.monotonic()

        def update(done: int, total: int) -> None:
            elapsed = time.monotonic() - started
            bar.update(task, completed=done, total=total, rate=f"{done / elapsed:.1f}" if elapsed else "–")

        yield update
