"""Time expressions (TIMEX3): a language-agnostic rule engine over per-language word lists.

- `resources`: loads lang/xx/timex.toml (shared rules) and lang/<code>/timex.toml (word
  lists, endings, rules), checks them and compiles the rules to regexes;
- `normalize`: evaluates a rule's value expression (`at(weekday({weekday}), {daypart})`)
  against the document creation time;
- `values`: the TIMEX3 value grammar (`is_well_formed`), used by the validator;
- `annotator`: the pipeline layer `annotate(doc)`.
"""
