"""Automatic event annotation: triggers, types, arguments and realis.

`annotator.annotate(doc)` is the pipeline entry point. The engine is language-agnostic:
trigger lexicons, role cues and realis cues are per-language data files
(lang/<code>/events.toml, events_roles.toml, events_realis.toml) and the role frames
(which labels fit which role of which event type) are shared data (lang/xx/events.toml).
"""
