"""The TIMEX3 value grammar the validator relies on."""

import pytest

from qantar import taxonomy
from qantar.timex.values import day_of, is_well_formed


@pytest.mark.parametrize("timex_type, value", [
    ("DATE", "2022-01-05"), ("DATE", "2022-01-05TEV"), ("DATE", "2022-01-04TNI"),
    ("DATE", "2022"), ("DATE", "2022-01"), ("DATE", "XXXX-01-05"), ("DATE", "XXXX-WXX-3"),
    ("DATE", "2022-W01"), ("DATE", "2022-W01-3"), ("DATE", "2022-Q1"), ("DATE", "2022-SU"),
    ("DATE", "199"), ("DATE", "20XX"), ("DATE", "PAST_REF"), ("DATE", "2024-02-29"),
    ("DATE", "XXXX-XX-XXTMO"), ("DATE", "2022-W01-WE"), ("DATE", "XXXX-WXX-WE"),
    ("TIME", "2022-01-05T23:00"), ("TIME", "2022-01-05T07:30:15"), ("TIME", "XXXX-XX-XXT23:00"),
    ("TIME", "2022-01-05T24:00"), ("TIME", "2022-01-05TAF"), ("TIME", "T12:00"),
    ("TIME", "2022-01-05T12:00Z"),
    ("DURATION", "P2D"), ("DURATION", "P2W"), ("DURATION", "PT15M"), ("DURATION", "PXD"),
    ("DURATION", "P1Y2M"), ("DURATION", "PT8H"), ("DURATION", "P81Y"), ("DURATION", "P1DT2H"),
    ("SET", "XXXX-WXX-3"), ("SET", "P1D"), ("SET", "XXXX-XX-XXT08:00"),
])
def test_well_formed(timex_type, value):
    assert is_well_formed(timex_type, value)


@pytest.mark.parametrize("timex_type, value", [
    ("DATE", "2022-13-01"), ("DATE", "2022-02-30"), ("DATE", "2022-01-32"), ("DATE", "2022-1-5"),
    ("DATE", "2022-01-05T23:00"), ("DATE", "2022-01TEV"), ("DATE", "2022-01-05TXX"),
    ("DATE", "P2D"), ("DATE", "22-01-05"), ("DATE", "XXXX-WXX-8"), ("DATE", "2022-W54"),
    ("DATE", "2022-W01-WX"), ("DATE", "2022-W01-WETEV"), ("TIME", "2022-W01-WET10:00"),
    ("DATE", "yesterday"), ("DATE", ""), ("DATE", None),
    ("TIME", "2022-01-05"), ("TIME", "2022-01-05T25:00"), ("TIME", "2022-01-05T23:60"),
    ("TIME", "2022-01-05T24:30"), ("TIME", "2022-01T23:00"),
    ("DURATION", "P"), ("DURATION", "PT"), ("DURATION", "P2DT"), ("DURATION", "2D"),
    ("DURATION", "P2H"), ("DURATION", "PD"), ("DURATION", "2022-01-05"),
    ("SET", "every day"), ("EVENT", "2022-01-05"),
])
def test_malformed(timex_type, value):
    assert not is_well_formed(timex_type, value)


def test_every_taxonomy_timex_type_has_a_grammar():
    samples = ("2022-01-05", "2022-01-05T23:00", "P2D", "XXXX-WXX-3")
    for timex_type in taxonomy.load().timex_types:
        assert any(is_well_formed(timex_type, value) for value in samples), timex_type


@pytest.mark.parametrize("value, day", [
    ("2022-01-05TEV", "2022-01-05"), ("XXXX-WXX-3", "XXXX-WXX-3"), ("2022-01-05T12:00", "2022-01-05"),
    ("2022", None), ("P2D", None), ("PRESENT_REF", None), ("2022-01", None),
])
def test_day_of(value, day):
    assert day_of(value) == day
