"""The CSS and script shared by every page: inline, so a page needs no network."""

from .. import taxonomy

# Light, distinct hues: dark text on them stays readable.
_PALETTE = ["#8fc1ff", "#ffb27a", "#9be39b", "#f7a6d8", "#d9c27a", "#c7b3ff",
            "#7fe0d6", "#ffd36b", "#b8d98a", "#f4a3a3", "#a9c8e8", "#e3b5f0"]
LANGUAGE_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b",
                    "#e377c2", "#17becf", "#7f7f7f", "#bcbd22", "#393b79", "#637939"]


def colours(names: list[str]) -> dict[str, str]:
    return {name: _PALETTE[i % len(_PALETTE)] for i, name in enumerate(names)}


def css() -> str:
    tax = taxonomy.load()
    rules = [f".ent.{name}{{background:{colour}}}" for name, colour in colours(tax.entity_types).items()]
    rules += [f".ev.{name}{{border-bottom-color:{colour}}}" for name, colour in colours(tax.event_types).items()]
    return """
body{font:16px/1.9 "DejaVu Sans",Verdana,sans-serif;max-width:60em;margin:1.5em auto;padding:0 1em;color:#111}
h1{font-size:1.3em} table{border-collapse:collapse} td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}
.seg{margin:.2em 0 1em;padding-left:.6em;border-left:4px solid #ddd}
.seg .meta{display:block;font-size:.7em;color:#555;letter-spacing:.03em}
.seg.social_post{border-left-color:#1d9bf0;background:#f5fbff}
.seg.heading{font-weight:bold;font-size:1.1em}
.seg.caption,.seg.source_line{font-size:.9em;color:#333}
.ann{border-radius:3px;padding:0 1px}
.ann.silver{outline:1px dashed #555}
.tx{background:#fff0a8;box-shadow:inset 0 -2px #b08d00}
.ev{border-bottom:3px solid #888;font-weight:bold}
.ev.other{border-bottom-style:dotted}
.lbl::after{content:attr(data-label);font-size:.62em;font-weight:normal;vertical-align:super;color:#333;
 margin:0 .15em;white-space:nowrap}
.arg{outline:3px solid #d00 !important}
.role::after{content:attr(data-role);font-size:.62em;color:#d00;vertical-align:sub}
.events{font-size:.85em;color:#222;margin:-.6em 0 1em 1.2em;padding:0;list-style:none}
.legend span{margin-right:.6em}
""" + "\n".join(rules)


SCRIPT = """
document.querySelectorAll('.ev[data-args]').forEach(function (trigger) {
  function toggle(on) {
    trigger.dataset.args.split(' ').forEach(function (pair) {
      if (!pair) return;
      var parts = pair.split('=');
      document.querySelectorAll('[data-id="' + parts[1] + '"]').forEach(function (el) {
        el.classList.toggle('arg', on);
        el.classList.toggle('role', on);
        if (on) el.dataset.role = parts[0]; else delete el.dataset.role;
      });
    });
  }
  ['mouseenter', 'focus'].forEach(function (e) { trigger.addEventListener(e, function () { toggle(true); }); });
  ['mouseleave', 'blur'].forEach(function (e) { trigger.addEventListener(e, function () { toggle(false); }); });
});
"""
