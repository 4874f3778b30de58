"""Label Studio round trip: labeling config, export to tasks, import of exports with a
change report, and push/pull against a running server.

    tasks = export_tasks(docs)                        # one task per document
    report = import_export("export.json", docs)      # -> annotation/gold/<doc_id>.json
"""

from .config import generated_files as config_files
from .config import render as config_xml
from .export import export_tasks
from .importer import import_export, import_tasks
from .task_files import read_tasks, write_tasks
from .report import ChangeReport
from .server import connect, pull, push

__all__ = ["ChangeReport", "config_files", "config_xml", "connect", "export_tasks", "import_export",
           "import_tasks", "pull", "push", "read_tasks", "write_tasks"]
