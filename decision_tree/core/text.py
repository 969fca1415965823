"""Bilingual text: every string a reader sees exists in Chinese and English.

A missing translation is a bug the reader would notice, so `Text` refuses to exist
without both languages instead of falling back silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = get_args(Lang)


@dataclass(frozen=True, slots=True)
class Text:
    """One user-facing string in both site languages."""

    zh: str
    en: str

    def __getitem__(self, lang: Lang) -> str:
        if lang == "zh":
            return self.zh
        if lang == "en":
            return self.en
        raise KeyError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")

    def missing(self) -> list[Lang]:
        """The languages whose text is empty (validation reports them by node)."""
        return [lang for lang in LANGS if not self[lang].strip()]


def check_lang(lang: str) -> Lang:
    """Narrow a user-supplied language code, naming the valid ones when it is wrong."""
    for known in LANGS:
        if lang == known:
            return known
    raise ValueError(f"unknown language {lang!r}; expected one of {', '.join(LANGS)}")
